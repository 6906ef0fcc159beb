import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { memberCardsDocument } from '@shared/pdf/member-cards';
import type { MemberCardPerson } from '@shared/pdf/member-cards';
import { renderPdfInNode } from '../bench/pdf';
import { pdfPageCount, pdfText } from '../support/pdf-text';

/**
 * The real thing: pdfmake renders the document with the fonts the app bundles, poppler reads it
 * back. Proves the cards carry text a machine (and a person) can read, accents included.
 */
const folder = mkdtempSync(join(tmpdir(), 'tilleul-cards-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

async function renderToFile(people: MemberCardPerson[], perPage: 8 | 10) {
  const document = memberCardsDocument({
    people,
    organisation: { name: 'Foyer rural de Montcuq', logo: PNG },
    season: { label: '2025-2026' },
    perPage,
    labels: {
      cardTitle: 'Carte d’adhérent',
      number: 'N°',
      season: 'Saison',
      documentTitle: 'Cartes d’adhérent 2025-2026',
    },
  });
  const file = join(folder, `cards-${perPage}-${people.length}.pdf`);
  writeFileSync(file, await renderPdfInNode(document));
  return { text: pdfText(file), pages: pdfPageCount(file) };
}

describe('member cards PDF (pdfmake in Node, read back with pdftotext)', () => {
  it('prints both names and both numbers of a household', async () => {
    const { text, pages } = await renderToFile(
      [
        { firstName: 'Hélène', lastName: 'Dupré-Lefèvre', memberNumber: 'A-0042' },
        { firstName: 'Noé', lastName: 'Dupré-Lefèvre', memberNumber: 'B-0007' },
      ],
      10,
    );
    expect(pages).toBe(1);
    for (const expected of ['Hélène Dupré-Lefèvre', 'Noé Dupré-Lefèvre', 'A-0042', 'B-0007']) {
      expect(text).toContain(expected);
    }
    expect(text).toContain('Foyer rural de Montcuq');
    expect(text).toContain('Saison 2025-2026');
  });

  it('puts 8 cards on a sheet and starts a new one for the ninth', async () => {
    const people = Array.from({ length: 9 }, (_, i) => ({
      firstName: `Membre${i + 1}`,
      lastName: 'Test',
      memberNumber: `A-${String(i + 1).padStart(4, '0')}`,
    }));
    const { text, pages } = await renderToFile(people, 8);
    expect(pages).toBe(2);
    const [first = '', second = ''] = text.split('\f');
    expect(first).toContain('A-0008');
    expect(first).not.toContain('A-0009');
    expect(second).toContain('Membre9 Test');
  });
});
