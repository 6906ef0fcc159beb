import type { UseFormReturnType } from '@mantine/form';
import type { OrganisationCategory, OrganisationInput } from '@shared/schema/organisation';
import { ORGANISATION_CATEGORIES } from '@shared/schema/organisation';

/** Every field present (empty rather than missing), the category unset until chosen. */
export type OrganisationValues = Omit<Required<OrganisationInput>, 'category' | 'address'> & {
  category: OrganisationCategory | null;
  address: Required<OrganisationInput['address']>;
};

export type OrganisationFormApi = UseFormReturnType<OrganisationValues>;

export const EMPTY: OrganisationValues = {
  name: '',
  rna: '',
  siren: '',
  address: { line1: '', line2: '', postalCode: '', city: '' },
  object: '',
  category: null,
  categoryOther: '',
  rupDecreeDate: '',
  signatoryName: '',
  signatoryTitle: '',
  logo: '',
  signature: '',
};

/** Whatever of a stored value still has the right shape, over empty fields: nothing typed is lost. */
export function toFormValues(raw: unknown): OrganisationValues {
  const source = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const address = (
    typeof source.address === 'object' && source.address !== null ? source.address : {}
  ) as Record<string, unknown>;
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  const category = ORGANISATION_CATEGORIES.find((c) => c === source.category) ?? null;
  return {
    ...EMPTY,
    ...Object.fromEntries(Object.keys(EMPTY).map((key) => [key, text(source[key])])),
    category,
    address: {
      line1: text(address.line1),
      line2: text(address.line2),
      postalCode: text(address.postalCode),
      city: text(address.city),
    },
  } as OrganisationValues;
}
