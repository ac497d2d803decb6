// Applies the reader's colour theme before first paint: loaded synchronously in
// <head> (the Content-Security-Policy allows scripts from the site itself, not
// inline ones). Same key and rules as src/lib/theme/page-theme.ts.
(function () {
	var root = document.documentElement;
	var choice = null;
	try {
		choice = localStorage.getItem('gz-budget:theme');
	} catch (e) {
		// storage blocked: follow the system
	}
	if (choice !== 'light' && choice !== 'dark') choice = 'system';
	var dark = choice === 'dark' || (choice === 'system' && !!window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches);
	root.setAttribute('data-theme', dark ? 'dark' : 'light');
	root.setAttribute('data-theme-choice', choice);
	// JavaScript runs: show the controls that need it (theme switch, print button).
	root.classList.add('js');
})();
