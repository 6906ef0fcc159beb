import { readFileSync } from 'node:fs';
import { seasonSchema } from '@shared/members/season';

/** A HelloAsso export of `test/fixtures/helloasso/`, as text. */
export function helloAssoFixture(name: string): string {
  return readFileSync(new URL(`../fixtures/helloasso/${name}`, import.meta.url), 'utf8');
}

/** The season of the fixtures' orders, with the tariffs their « Adhésion » lines name. */
export const season = seasonSchema.parse({
  id: 's2025',
  label: '2025-2026',
  startsOn: '2025-09-01',
  endsOn: '2026-08-31',
  tariffs: [
    { id: 'adulte', label: 'Adulte', amount: 1500 },
    { id: 'enfant', label: 'Enfant', amount: 800 },
    {
      id: 'bienfaiteur',
      label: 'Bienfaiteur',
      amount: 5000,
      givesCounterpart: false,
      taxReceiptAllowed: true,
    },
  ],
});
