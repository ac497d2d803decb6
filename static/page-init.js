// Runs before first paint, loaded synchronously in <head> (the
// Content-Security-Policy allows scripts from the site itself, not inline ones).
// 1. The reader's colour theme: same key and rules as src/lib/theme/page-theme.ts.
// 2. The reader's language: a click on the language switch (an <a
//    data-lang-switch="en|zh">, LanguageSwitch.svelte) stores the choice and
//    carries the page's query and fragment over, here so that it works before
//    the page has hydrated too. A reader who chose English and opens a Chinese
//    address (no /en/ prefix) is sent to the English page at once, with the
//    same query and fragment. An /en/ address is always shown in English: a
//    link says which language it wants.
(function () {
	if (document.addEventListener) {
		document.addEventListener(
			'click',
			function (e) {
				var a = e.target && e.target.closest ? e.target.closest('a[data-lang-switch]') : null;
				if (!a) return;
				try {
					localStorage.setItem('gz-budget:lang', a.getAttribute('data-lang-switch'));
				} catch (err) {
					// storage blocked: the address still carries the language
				}
				if (!a.search && location.search) a.search = location.search;
				if (!a.hash && location.hash) a.hash = location.hash;
			},
			true
		);
	}
	var root = document.documentElement;
	var choice = null;
	var language = null;
	try {
		choice = localStorage.getItem('gz-budget:theme');
		language = localStorage.getItem('gz-budget:lang');
	} catch (e) {
		// storage blocked: follow the system, stay in the page's language
	}
	if (language === 'en' && document.currentScript && document.currentScript.src) {
		// the site's base path: this file lives at its root
		var base = new URL('.', document.currentScript.src).pathname;
		var path = location.pathname;
		if (path.indexOf(base) === 0 && !/^en(\/|$)/.test(path.slice(base.length))) {
			location.replace(base + 'en/' + path.slice(base.length) + location.search + location.hash);
			return;
		}
	}
	if (choice !== 'light' && choice !== 'dark') choice = 'system';
	var dark = choice === 'dark' || (choice === 'system' && !!window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches);
	root.setAttribute('data-theme', dark ? 'dark' : 'light');
	root.setAttribute('data-theme-choice', choice);
	// JavaScript runs: show the controls that need it (theme switch, print button).
	root.classList.add('js');
})();
