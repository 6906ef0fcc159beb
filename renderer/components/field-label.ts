import type { TFunction } from 'i18next';
import { fieldsFr } from '@renderer/i18n/sections/fields.fr';

type Labelled = keyof typeof fieldsFr;

/** « Ville », « Montant »: a stored field as a person reads it, never its code. */
export function fieldLabel(t: TFunction, collection: string, field: string): string {
  const fields = Object.hasOwn(fieldsFr, collection) ? fieldsFr[collection as Labelled] : undefined;
  if (typeof fields === 'object' && Object.hasOwn(fields, field)) {
    return t(`fields.${collection}.${field}` as 'fields.other');
  }
  return t('fields.other');
}
