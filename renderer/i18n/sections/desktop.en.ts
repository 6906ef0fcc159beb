import type { desktopFr } from '@renderer/i18n/sections/desktop.fr';
import type { TranslationShape } from '@renderer/i18n/shape';

export const desktopEn: TranslationShape<typeof desktopFr> = {
  feed: {
    title: 'Public update source',
    intro:
      'Tilleul looks for updates when it starts, then every four hours: on the association’s server when this device is enrolled with it, and at this address otherwise or when that server distributes none.',
    label: 'Address of the public source',
    placeholder: 'https://updates.example.org/tilleul/',
    description: 'Starts with https://. Leave empty to use only the association’s server.',
    save: 'Save the source',
    saved: 'Update source saved.',
    cleared: 'Public source removed: only the association’s server will be asked.',
    current: 'Current source: {{url}}',
    none: 'No public source.',
  },
};
