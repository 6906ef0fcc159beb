/*
 * What the page does before the app's modules arrive: a classic script that index.html runs
 * first (no module, no import, nothing the app's code needs to work).
 *
 * The language of the start screen in index.html (« Ouverture… » or « Opening… ») is the one the
 * app will use, decided as renderer/i18n/i18n.ts's `storedLanguage` decides it (the same storage
 * key, then the browser's languages) and set on <html>, so that the page's CSS shows that label.
 * The app sets it again when it starts.
 */
/* global document, localStorage, navigator, window -- a classic script in the page */
function startLanguage() {
  let stored = null;
  try {
    stored = localStorage.getItem('tilleul.language');
  } catch {
    // No storage (a policy, a sandbox): the browser's languages decide, as in the app.
  }
  if (stored === 'fr' || stored === 'en') return stored;
  for (const tag of navigator.languages || []) {
    const primary = String(tag).split('-')[0].toLowerCase();
    if (primary === 'fr' || primary === 'en') return primary;
  }
  return 'fr';
}
if (startLanguage() === 'en') document.documentElement.lang = 'en';

/*
 * If one of the app's own files does not arrive (the network cut mid-load, a server whose web
 * build was replaced while it ran), the app's module never runs and the start screen would turn
 * forever. It says so instead, in the page's language, with a button that reloads. Once the app
 * has replaced the start screen, its own screens tell what fails later.
 */
window.addEventListener(
  'error',
  (event) => {
    const target = event.target;
    // The app's scripts and styles only: an icon or a manifest that fails stops nothing.
    const appFile =
      target &&
      (target.tagName === 'SCRIPT' ||
        (target.tagName === 'LINK' && (target.rel === 'stylesheet' || target.rel === 'modulepreload')));
    if (!appFile) return;
    const screen = document.querySelector('#root > .start-screen');
    if (!screen || screen.classList.contains('start-screen--failed')) return;
    const english = document.documentElement.lang === 'en';
    const title = document.createElement('h1');
    title.className = 'start-screen__title';
    title.textContent = english ? 'Tilleul could not load' : 'Tilleul n’a pas pu se charger';
    const body = document.createElement('p');
    body.className = 'start-screen__body';
    body.textContent = english
      ? 'Part of the application did not arrive. Check the network, then reload the page. If it happens again, the association’s server may have been updated without being restarted: tell whoever looks after it.'
      : 'Une partie de l’application n’est pas arrivée. Vérifiez le réseau, puis rechargez la page. Si cela recommence, le serveur de l’association a peut-être été mis à jour sans être redémarré\u00a0: prévenez la personne qui s’en occupe.';
    const reload = document.createElement('button');
    reload.type = 'button';
    reload.className = 'start-screen__button';
    reload.textContent = english ? 'Reload the page' : 'Recharger la page';
    reload.addEventListener('click', () => window.location.reload());
    screen.classList.add('start-screen--failed');
    screen.setAttribute('role', 'alert');
    screen.replaceChildren(title, body, reload);
    reload.focus();
  },
  true,
);
