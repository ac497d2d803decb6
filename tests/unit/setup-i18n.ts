// Vitest: both dictionaries loaded before any test, Chinese the language
// (tests that switch to English switch back in afterEach).
import { loadAllLangs } from '../../src/lib/i18n/i18n.ts';

await loadAllLangs();
