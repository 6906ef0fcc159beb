import type { Page } from '@playwright/test';
import { fr } from '@renderer/i18n/fr';

/**
 * What must never reach the screen in French: an i18n key (a missing translation, or a path
 * that names a group of texts), a piece of a key, an English role name, the empty-set sign,
 * a document id, an unreplaced `{{variable}}`.
 */

/** Every path of the French dictionary, leaves and groups alike (a group comes out as a path). */
function paths(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return typeof value === 'string' ? [path] : [path, ...paths(value as object, path)];
  });
}

const KEYS = new Set(paths(fr));
const SECTIONS = new Set(Object.keys(fr));
/** camelCase or snake_case pieces of keys (`rupDecreeDate`, `check_in`), not plain words. */
const SEGMENTS = new Set(
  [...KEYS]
    .flatMap((key) => key.split('.'))
    .filter((segment) => /^[a-z][a-z0-9]*(?:[A-Z][a-zA-Z0-9]*|(?:_[a-z0-9]+)+)$/.test(segment)),
);

const KEY_LIKE = /\b[a-z]+(\.[a-zA-Z-]+){1,}\b/g;
const TOKEN = /\b[A-Za-z][A-Za-z0-9_]*\b/g;
const ENGLISH_ROLE = /\b(admin|secretary|treasurer|door)\b/g;
const UUID = /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi;

/** The leaks found in a text, each said in a few words with what was seen. */
export function rawTextLeaks(text: string): string[] {
  const found: string[] = [];
  for (const [match] of text.matchAll(KEY_LIKE)) {
    // A key of the dictionary, or a path under one of its sections: a key that does not exist.
    if (KEYS.has(match) || SECTIONS.has(match.split('.')[0] ?? '')) found.push(`i18n key « ${match} »`);
  }
  for (const [token] of text.matchAll(TOKEN)) {
    if (SEGMENTS.has(token)) found.push(`key segment « ${token} »`);
  }
  for (const [role] of text.matchAll(ENGLISH_ROLE)) found.push(`English role « ${role} »`);
  for (const [id] of text.matchAll(UUID)) found.push(`document id « ${id} »`);
  if (text.includes('∅')) found.push('« ∅ »');
  for (const [variable] of text.matchAll(/{{\s*\w+\s*}}/g)) found.push(`variable « ${variable} »`);
  return [...new Set(found)];
}

/**
 * The visible text of the page (`innerText`), less what is shown on purpose as an identifier
 * (`data-identifier`: this device's id in Paramètres → À propos), and what a field shows as
 * its placeholder, which is on screen too.
 */
export async function visibleText(page: Page): Promise<string> {
  return page.evaluate(() => {
    let text = document.body.innerText;
    for (const element of document.querySelectorAll<HTMLElement>('[data-identifier]')) {
      text = text.split(element.innerText).join(' ');
    }
    const placeholders = [...document.querySelectorAll<HTMLInputElement>('input, textarea')]
      .filter((field) => field.offsetParent !== null && field.placeholder)
      .map((field) => field.placeholder);
    return [text, ...placeholders].join('\n');
  });
}
