import { foldText } from '@shared/search/normalise';

/**
 * A stable id from the label (« Taille de tee-shirt » → `taille-de-tee-shirt`): values are filed
 * under it, so it never changes afterwards, even when the label does.
 */
export function customFieldId(label: string, taken: ReadonlySet<string>): string {
  const base =
    foldText(label)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 34)
      .replace(/-+$/, '') || 'champ';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}
