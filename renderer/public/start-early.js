/*
 * What the page does before the app's modules arrive: a classic script that index.html runs
 * first (no module, no import, nothing the app's code needs to work).
 *
 * The language of the start screen in index.html (« Ouverture… » or « Opening… ») is the one the
 * app will use, read from the same storage key as renderer/i18n/i18n.ts (`storedLanguage`) and set
 * on <html>, so that the page's CSS shows that label. The app sets it again when it starts.
 */
/* global document, localStorage -- a classic script in the page */
try {
  if (localStorage.getItem('tilleul.language') === 'en') document.documentElement.lang = 'en';
} catch {
  // No storage (a policy, a sandbox): French, as the app does then.
}
