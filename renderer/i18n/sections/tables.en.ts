import type { tablesFr } from '@renderer/i18n/sections/tables.fr';
import type { TranslationShape } from '@renderer/i18n/shape';

export const tablesEn: TranslationShape<typeof tablesFr> = {
  actions: 'Actions',
  export: {
    button: 'Export',
    label: 'Export the list “{{list}}”',
    csv: 'Export as CSV (Excel)',
    xlsx: 'Export as XLSX',
    empty: 'The list is empty: nothing to export.',
    done_one: '{{count, number}} row exported ({{format}}).',
    done_other: '{{count, number}} rows exported ({{format}}).',
    failed: 'The export could not be written: {{message}} Try again, or choose another folder.',
  },
  yes: 'Yes',
  no: 'No',
};
