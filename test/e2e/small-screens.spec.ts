import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import { firstRun } from './helpers';
import { overlap, settleNotices } from './layout';
import { createDoorAccount, newPerson, todayTyped } from './door';
import { deName } from '@shared/format/french-elision';

/**
 * The door volunteer's phone (360×640, 412×915), and a laptop for contrast: each screen of the
 * entrance, the sign-in and lock screens and the start-up failure page fits the width (no
 * sideways scrolling, nothing past the right edge) and every control is a touch target of at
 * least 44×44 px.
 */
const PHONES = [
  { width: 360, height: 640 },
  { width: 412, height: 915 },
] as const;
const SIZES = [...PHONES, { width: 1280, height: 800 }] as const;
const TOUCH = 44;

const shots = 'test-results/small-screens';
mkdirSync(shots, { recursive: true });

const DOOR = { name: 'Porte 3', pin: '975310' };

/**
 * What does not fit: a page wider than the screen, a visible element past its right edge, and —
 * among the controls inside `scope` (a CSS selector) — any smaller than a fingertip.
 */
async function misfits(page: Page, scope: string): Promise<string[]> {
  return page.evaluate(
    ({ scope, touch }) => {
      const problems: string[] = [];
      const say = (element: Element) =>
        (element.getAttribute('aria-label') ?? (element.textContent ?? '').trim() ?? element.tagName)
          .replace(/\s+/g, ' ')
          .slice(0, 50) || element.outerHTML.slice(0, 80);
      const root = document.documentElement;
      if (root.scrollWidth > window.innerWidth)
        problems.push(`page plus large que l’écran (${root.scrollWidth} > ${window.innerWidth})`);
      const shown = (element: Element) => {
        const box = element.getBoundingClientRect();
        const style = getComputedStyle(element);
        return box.width > 0 && box.height > 0 && style.visibility !== 'hidden' && style.opacity !== '0';
      };
      for (const element of document.body.querySelectorAll('*')) {
        if (!shown(element)) continue;
        const box = element.getBoundingClientRect();
        if (box.right > window.innerWidth + 0.5)
          problems.push(
            `dépasse à droite (${Math.round(box.right)} px) : ${element.tagName} « ${say(element)} »`,
          );
      }
      // A placeholder cut short (an empty field shows it whole or it says nothing useful).
      const ruler = document.createElement('canvas').getContext('2d');
      for (const input of document.querySelectorAll<HTMLInputElement>('input[placeholder]')) {
        if (!shown(input) || input.value !== '' || !ruler) continue;
        const style = getComputedStyle(input);
        ruler.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
        const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
        if (ruler.measureText(input.placeholder).width > room + 0.5)
          problems.push(`texte d’aide coupé : « ${input.placeholder} »`);
      }
      const controls =
        'button, a[href], input:not([type="hidden"]), textarea, select, [role="button"], [role="listitem"][tabindex]';
      for (const container of scope ? document.querySelectorAll(scope) : []) {
        if (!shown(container)) continue;
        for (const control of container.querySelectorAll(controls)) {
          // A visually hidden input (a segmented control's radio) is tapped through its label.
          // A password field's input sits inside the box that is tapped.
          const target =
            control instanceof HTMLInputElement && !shown(control)
              ? (control.labels?.[0] ?? null)
              : (control.closest('.mantine-Input-input') ?? control);
          if (!target || !shown(target)) continue;
          const box = target.getBoundingClientRect();
          if (box.width < touch - 0.5 || box.height < touch - 0.5)
            problems.push(
              `cible trop petite (${Math.round(box.width)}×${Math.round(box.height)}) : « ${say(target)} »`,
            );
        }
      }
      return [...new Set(problems)];
    },
    { scope, touch: TOUCH },
  );
}

async function fits(page: Page, name: string, scope: string, desktopScope = '') {
  const { width, height } = page.viewportSize() ?? { width: 0, height: 0 };
  // On a laptop, Mantine's desktop sizes stay, except on the entrance (`desktopScope`).
  if (width >= 768) scope = desktopScope;
  await settleNotices(page);
  await page.screenshot({ path: join(shots, `${width}x${height}-${name}.png`) });
  expect(await misfits(page, scope), `${name} à ${width}×${height}`).toEqual([]);
}

const type = async (field: Locator, text: string) => {
  await field.click();
  await field.pressSequentially(text, { delay: 20 });
};

test('the door on a phone: sign in, search, check in, a walk-in, a fee — everything fits and is big enough to tap', async ({
  page,
}) => {
  test.setTimeout(240_000);
  // The office sets the door up on its PC.
  await page.setViewportSize({ width: 1280, height: 800 });
  await firstRun(page, '/#/parametres/comptes');
  await createDoorAccount(page, DOOR);
  const people = [];
  for (const [first, last] of [
    ['Léa', 'Martin'],
    ['Marc', 'Petit'],
    ['Zoé', 'Bernard'],
    ['Jean-Baptiste', 'de La Rochefoucauld-Montmorency'],
  ] as const)
    people.push({ first, last, number: await newPerson(page, first, last) });
  await page.goto('/#/evenements/nouveau');
  await type(page.getByRole('textbox', { name: 'Titre' }), 'Grand loto de la fête patronale de Saint-Léger');
  await type(page.getByRole('textbox', { name: 'Date', exact: true }), todayTyped());
  await type(page.getByRole('textbox', { name: 'Prix pour les adhérents' }), '0');
  await type(page.getByRole('textbox', { name: 'Prix pour les autres' }), '5,50');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Grand loto/ })).toBeVisible();
  await page.getByRole('button', { name: 'Verrouiller' }).click();
  // The office's notices go with its session: none stays over the lock screen (it would
  // otherwise close by itself after 4 s).
  await expect(page.getByText('Événement créé.')).toBeHidden({ timeout: 1_000 });

  for (const [index, size] of SIZES.entries()) {
    await page.setViewportSize(size);
    // The lock screen, then the PIN.
    await expect(page.getByRole('heading', { name: 'Tilleul est verrouillé' })).toBeVisible();
    await fits(page, '01-lock', 'body', '.mantine-Container-root');
    await page.getByRole('button', { name: new RegExp(`^${DOOR.name}`) }).click();
    await expect(page.getByRole('textbox', { name: 'Code PIN' })).toBeFocused();
    await fits(page, '02-pin', 'body', '.mantine-Container-root');
    await page.getByRole('textbox', { name: 'Code PIN' }).fill(DOOR.pin);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await expect(page).toHaveURL(/#\/entree$/);

    // The door, empty: the event, the counters, the header with « Verrouiller ».
    const search = page.getByRole('textbox', { name: 'Nom, prénom ou numéro' });
    await expect(search).toBeFocused();
    await expect(page.getByTestId('count-present')).toHaveText(String(index));
    await fits(page, '03-door', 'body', 'main');

    // A search with a long name, then Léa: she pays 5,50 € at the door (the payment dialog).
    await page.keyboard.type('rochefoucauld');
    await expect(page.getByRole('list', { name: 'Personnes trouvées' }).getByRole('listitem')).toHaveCount(1);
    await fits(page, '04-search', 'body', 'main');
    await search.clear();
    const { first, last } = people[index] ?? { first: '', last: '' };
    await page.keyboard.type(last.toLowerCase());
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: `À l’entrée : ${first} ${last}` });
    await expect(dialog.getByRole('textbox', { name: 'Montant (Entrée)' })).toHaveValue('5,50');
    await fits(page, '05-fee', '[role="dialog"]', '[role="dialog"]');
    await dialog.getByRole('button', { name: /Entrée\s:\sChèque/ }).click();
    await expect(dialog.getByRole('textbox', { name: 'Numéro du chèque' })).toBeFocused();
    await fits(page, '06-cheque', '[role="dialog"]', '[role="dialog"]');
    await dialog.getByRole('button', { name: /Entrée\s:\sEspèces/ }).click();

    // Checked in: the notice with its « Annuler » whole, the counters and the title not hidden.
    const notice = page
      .getByRole('alert')
      .filter({ hasText: `Entrée ${deName(`${first} ${last}`)} enregistrée.` });
    await expect(notice).toBeVisible();
    await page.screenshot({ path: join(shots, `${size.width}x${size.height}-07-notice.png`) });
    await expect(page.getByTestId('count-present')).toHaveText(String(index + 1));
    const undo = notice.getByRole('button', { name: 'Annuler' });
    await expect(undo).toBeVisible();
    expect(await undo.evaluate((button) => button.scrollWidth <= button.clientWidth)).toBe(true);
    // Inside its notice, not running past its edge (at 300 px wide on a phone it did).
    const [noticeBox, undoBox] = [await notice.boundingBox(), await undo.boundingBox()];
    expect(noticeBox && undoBox && undoBox.x + undoBox.width <= noticeBox.x + noticeBox.width).toBe(true);
    // The recent entries' « Annuler » keeps its word beside a name (it was cut to « Annule »).
    const recentUndo = page.getByRole('button', { name: `Annuler l’entrée ${deName(`${first} ${last}`)}` });
    const whole = (button: HTMLElement) =>
      [button, ...button.querySelectorAll<HTMLElement>('*')].every(
        (part) => part.scrollWidth <= part.clientWidth + 1,
      );
    expect(await recentUndo.evaluate(whole)).toBe(true);
    expect(await overlap(notice, page.getByTestId('count-present'))).toBe(false);
    expect(await overlap(notice, page.getByText('Grand loto de la fête patronale de Saint-Léger'))).toBe(
      false,
    );
    expect(await overlap(notice, search)).toBe(false);
    await fits(page, '07-checked-in', 'body', 'main, [role="alert"]');

    // Someone the file does not know: the walk-in dialog.
    await page.keyboard.type('Inconnu Durand');
    await page.getByRole('button', { name: 'Nouvelle personne' }).click();
    await expect(page.getByRole('dialog', { name: 'Nouvelle personne à l’entrée' })).toBeVisible();
    await fits(page, '08-walk-in', '[role="dialog"]', '[role="dialog"]');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await search.clear();

    await page.getByRole('button', { name: 'Verrouiller' }).click();
  }
});

test('the first-run screen on a phone: its three choices fit and are big enough to tap', async ({ page }) => {
  for (const size of SIZES) {
    await page.setViewportSize(size);
    await page.goto('/');
    await expect(page.getByRole('heading', { name: 'Bienvenue dans Tilleul' })).toBeVisible({
      timeout: 15_000,
    });
    await fits(page, '00-first-run', 'body');
    await page.getByText('Rejoindre le serveur de l’association').click();
    await fits(page, '00-first-run-join', 'body');
    await page.getByText('Restaurer une sauvegarde sur ce poste').click();
    await fits(page, '00-first-run-restore', 'body');
  }
});

test('the start-up failure page on a phone: the cause, the remedy and the detail fit', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
  });
  for (const size of SIZES) {
    await page.setViewportSize(size);
    await page.goto('/');
    await expect(page.getByTestId('start-failure-cause')).toHaveAttribute('data-cause', 'no-storage');
    await fits(page, '09-start-failure', 'body');
    await page.getByRole('button', { name: 'Détail technique, pour la personne qui vous aide' }).click();
    await expect(page.locator('pre')).toBeVisible();
    await fits(page, '10-start-failure-detail', 'body');
  }
});

test('the office on a 10-inch tablet held upright: members and settings, for a look', async ({ page }) => {
  await page.setViewportSize({ width: 800, height: 1280 });
  await firstRun(page);
  await newPerson(page, 'Léa', 'Martin');
  await page.goto('/#/membres');
  await expect(page.getByRole('table', { name: 'Membres' })).toBeVisible();
  await page.screenshot({ path: join(shots, '800x1280-members.png') });
  // The table's columns scroll in their own box; the page itself never scrolls sideways.
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  await page.goto('/#/parametres/association');
  await expect(page.getByLabel('Nom de l’association')).toBeVisible();
  await page.screenshot({ path: join(shots, '800x1280-settings.png') });
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
});
