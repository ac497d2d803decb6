// The shape every namespace of messages has: Chinese is the reference, and
// the English of a namespace must have the same keys (TypeScript checks it;
// messages.test.ts checks the placeholders).

/** The same keys as `T`, every message a string. */
export type Translation<T> = { readonly [K in keyof T]: T[K] extends string ? string : Translation<T[K]> };

/** 'a.b.c' for every message of a nested dictionary. */
export type MessagePaths<T, P extends string = ''> = {
	[K in keyof T & string]: T[K] extends string ? `${P}${K}` : MessagePaths<T[K], `${P}${K}.`>;
}[keyof T & string];
