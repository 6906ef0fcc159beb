import { useTranslatedField } from '@renderer/components/translated-field';
import type { OrganisationFormApi } from '@renderer/pages/settings/organisation/form-values';

/**
 * A field's props with its error in words, and `data-path`: a refused save puts the focus on
 * the first field in error by finding it with that attribute.
 */
export function useOrganisationField(form: OrganisationFormApi) {
  const field = useTranslatedField(form);
  return (path: string) => ({ ...field(path), 'data-path': path });
}
