import type { TFunction } from 'i18next';
import type { Cents } from '@shared/money/cents';
import { formatDate, formatMoney } from '@shared/format/intl';
import { formatAddress } from '@shared/members/address';
import type { Address } from '@shared/members/address';
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

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const isAddress = (value: unknown): value is Address =>
  typeof value === 'object' && value !== null && 'city' in value && 'postalCode' in value;

/** A stored value as a person reads it: « 21,00 € », « 8 septembre 2025 », « Oui », an address. */
export function fieldValue(t: TFunction, locale: string, field: string, value: unknown): string {
  if (value === '' || value === null || value === undefined) return t('sync.replaced.emptyValue');
  if (typeof value === 'boolean') return value ? t('sync.replaced.yes') : t('sync.replaced.no');
  if (field === 'amount' && typeof value === 'number') return formatMoney(value as Cents, locale);
  if (typeof value === 'string')
    return ISO_DATE.test(value) ? formatDate(value, locale) : `«\u00a0${value}\u00a0»`;
  if (isAddress(value)) return formatAddress(value) || t('sync.replaced.emptyValue');
  return JSON.stringify(value);
}
