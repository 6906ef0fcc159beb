import type { Locator, Page } from '@playwright/test';

/** The two screens of the association's PCs: a common laptop and the old office monitor. */
export const SIZES = [
  { width: 1366, height: 768 },
  { width: 1280, height: 800 },
] as const;

/**
 * Waits until no notice is sliding in or out: Mantine moves a notice past the right edge of the
 * screen while it comes and goes (250 ms), which is not a layout a person sees as broken. A
 * notice that stays is measured like the rest.
 */
export async function settleNotices(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      [...document.querySelectorAll<HTMLElement>('.mantine-Notifications-notification')].every(
        (notice) => /\(0\)$/.test(notice.style.transform) && notice.getAnimations().length === 0,
      ),
    undefined,
    { timeout: 5_000 },
  );
}

/**
 * What a person would see as broken in the layout, in a few words each: a horizontal scroll, a
 * control pushed off the right edge, a dialog that does not fit, a label or button whose text is
 * cut (`overflow: hidden` with more text than room).
 */
export async function layoutProblems(page: Page): Promise<string[]> {
  await settleNotices(page);
  return page.evaluate(() => {
    const problems: string[] = [];
    const say = (element: Element) => (element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 60);
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth + 1)
      problems.push(`défilement horizontal de la page (${root.scrollWidth} > ${root.clientWidth})`);
    const visible = (element: Element) => {
      const box = element.getBoundingClientRect();
      const style = getComputedStyle(element);
      return box.width > 0 && box.height > 0 && style.visibility !== 'hidden';
    };
    for (const element of document.querySelectorAll('button, a, input, label, [role="tab"], th')) {
      if (!visible(element)) continue;
      const box = element.getBoundingClientRect();
      if (box.right > window.innerWidth + 1) problems.push(`hors de l’écran à droite : « ${say(element)} »`);
    }
    for (const dialog of document.querySelectorAll('[role="dialog"]')) {
      if (!visible(dialog)) continue;
      const box = dialog.getBoundingClientRect();
      if (
        box.top < 0 ||
        box.left < 0 ||
        box.bottom > window.innerHeight + 1 ||
        box.right > window.innerWidth + 1
      )
        problems.push(`dialogue plus grand que l’écran : « ${say(dialog)} »`);
    }
    // A text cut short: the element's own text needs more room than it has, and the rest is hidden.
    for (const element of document.querySelectorAll(
      'label, button, a, th, td, h1, h2, h3, p, span, [role="tab"]',
    )) {
      if (!visible(element) || !(element instanceof HTMLElement)) continue;
      const own = [...element.childNodes].some(
        (node) => node.nodeType === Node.TEXT_NODE && node.textContent?.trim(),
      );
      if (!own) continue;
      const style = getComputedStyle(element);
      const hides = style.overflowX !== 'visible' || style.textOverflow === 'ellipsis';
      if (hides && element.scrollWidth > element.clientWidth + 1)
        problems.push(`texte coupé : « ${say(element)} »`);
    }
    return [...new Set(problems)];
  });
}

/** The element that has the focus: its name as a person reads it, and whether the focus shows. */
export async function focused(
  page: Page,
): Promise<{ name: string; shows: boolean; inView: boolean; style: string }> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!(element instanceof HTMLElement) || element === document.body)
      return { name: '', shows: false, inView: false, style: '' };
    const labelled = element.getAttribute('aria-labelledby');
    const name = (
      element.getAttribute('aria-label') ??
      (labelled ? document.getElementById(labelled.split(' ')[0] ?? '')?.textContent : null) ??
      (element instanceof HTMLInputElement
        ? (element.labels?.[0]?.textContent ?? element.placeholder)
        : null) ??
      element.innerText
    )
      .trim()
      .replace(/\s+/g, ' ');
    const style = getComputedStyle(element);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 1;
    const ring = style.boxShadow !== 'none';
    // Mantine's fields show the focus with their border in the primary colour (not grey).
    const probe = document.body.appendChild(document.createElement('span'));
    probe.style.color = 'var(--mantine-primary-color-filled)';
    const primary = getComputedStyle(probe).color;
    probe.remove();
    const border = element.matches('input, textarea, select') && style.borderColor === primary;
    const box = element.getBoundingClientRect();
    const inView =
      box.bottom > 0 && box.top < window.innerHeight && box.right > 0 && box.left < window.innerWidth;
    const seen = `outline ${style.outlineStyle} ${style.outlineWidth}, ombre ${style.boxShadow}, bordure ${style.borderColor} (vert ${primary})`;
    return { name, shows: outline || ring || border, inView, style: seen };
  });
}

/**
 * Whether two boxes on screen share any pixel (a notice over a dialog's buttons, the header…).
 * One that is gone (a notice closed meanwhile) covers nothing.
 */
export async function overlap(a: Locator, b: Locator): Promise<boolean> {
  const box = (locator: Locator) => locator.boundingBox({ timeout: 2_000 }).catch(() => null);
  const [one, two] = [await box(a), await box(b)];
  if (!one || !two) return false;
  return (
    one.x < two.x + two.width &&
    two.x < one.x + one.width &&
    one.y < two.y + two.height &&
    two.y < one.y + one.height
  );
}
