import { isOptionsGroup } from '@mantine/core';
import type { ComboboxItem, ComboboxParsedItem, OptionsFilter } from '@mantine/core';
import { labelMatches } from '@shared/search/normalise';

/**
 * The filter of every searchable list of choices (Select, Autocomplete): Mantine's own compares
 * letters as typed, so "zoe" never found « Zoé » nor "prenom" « Prénom ». This one reads what is
 * typed as the people search does (shared/search), keeping groups and the list's limit.
 */
export const foldedOptionsFilter: OptionsFilter = ({ options, search, limit }) => {
  const found: ComboboxParsedItem[] = [];
  for (const option of options) {
    if (found.length >= limit) break;
    if (isOptionsGroup(option)) {
      const items = option.items.filter((item: ComboboxItem) => labelMatches(item.label, search));
      if (items.length > 0) found.push({ group: option.group, items: items.slice(0, limit - found.length) });
    } else if (labelMatches(option.label, search)) {
      found.push(option);
    }
  }
  return found;
};
