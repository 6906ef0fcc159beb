import { describe, expect, it } from 'vitest';
import type { PdfContent, PdfDocDefinition } from '@shared/pdf/doc-definition';
import { A4 } from '@shared/pdf/doc-definition';
import type { MemberCardPerson, MemberCardsInput } from '@shared/pdf/member-cards';
import {
  cutMarks,
  memberCardFileName,
  memberCardSlots,
  memberCardsDocument,
  pdfFileName,
  seasonLine,
} from '@shared/pdf/member-cards';

const labels = {
  cardTitle: 'Carte d’adhérent',
  number: 'N°',
  season: 'Saison',
  documentTitle: 'Cartes d’adhérent 2025-2026',
};
const PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

const people = (count: number): MemberCardPerson[] =>
  Array.from({ length: count }, (_, i) => ({
    firstName: `Prénom${i + 1}`,
    lastName: `Nom${i + 1}`,
    memberNumber: `A-${String(i + 1).padStart(4, '0')}`,
  }));

const build = (overrides: Partial<MemberCardsInput> = {}) =>
  memberCardsDocument({
    people: people(3),
    organisation: { name: 'Foyer rural de Montcuq', logo: '' },
    season: { label: '2025-2026' },
    perPage: 10,
    labels,
    ...overrides,
  });

function walk(node: PdfContent, visit: (node: PdfContent) => void) {
  visit(node);
  if ('stack' in node) for (const child of node.stack) walk(child, visit);
  if ('columns' in node) for (const child of node.columns) walk(child, visit);
}

/** Per page: the QR payloads, the texts and the images found. */
function pages(document: PdfDocDefinition) {
  return document.content.map((page) => {
    const qr: string[] = [];
    const texts: string[] = [];
    const images: string[] = [];
    walk(page, (node) => {
      if ('qr' in node) qr.push(node.qr);
      if ('text' in node && typeof node.text === 'string') texts.push(node.text);
      if ('image' in node) images.push(node.image);
    });
    return { qr, texts, images, pageBreak: 'pageBreak' in page ? page.pageBreak : undefined };
  });
}

describe('member cards document', () => {
  it.each([
    [10, 1, [1]],
    [10, 10, [10]],
    [10, 11, [10, 1]],
    [10, 25, [10, 10, 5]],
    [8, 8, [8]],
    [8, 17, [8, 8, 1]],
  ] as const)('%i per page, %i cards → cards per page %j', (perPage, count, expected) => {
    const document = build({ perPage, people: people(count) });
    const found = pages(document);
    expect(found.map((page) => page.qr.length)).toEqual(expected);
    // A new sheet for every page but the first.
    expect(found.map((page) => page.pageBreak)).toEqual(
      expected.map((_, index) => (index === 0 ? undefined : 'before')),
    );
    expect(found.flatMap((page) => page.qr)).toEqual(people(count).map((p) => p.memberNumber));
  });

  it('prints the association, the person, the number and the season on each card', () => {
    const [page] = pages(build());
    expect(page?.texts).toEqual(
      expect.arrayContaining([
        'Foyer rural de Montcuq',
        'CARTE D’ADHÉRENT',
        'Prénom1 Nom1',
        'N° A-0001',
        'Saison 2025-2026',
        'Prénom3 Nom3',
        'N° A-0003',
      ]),
    );
    expect(page?.images).toEqual([]);
  });

  it('embeds the logo when it is a data URL, never a web address', () => {
    expect(pages(build({ organisation: { name: 'Club', logo: PNG } }))[0]?.images).toEqual([PNG, PNG, PNG]);
    expect(
      pages(build({ organisation: { name: 'Club', logo: 'https://example.org/logo.png' } }))[0]?.images,
    ).toEqual([]);
  });

  it('prints a card without number nor QR code for someone not numbered yet', () => {
    const [page] = pages(build({ people: [{ firstName: 'Léa', lastName: 'Martin', memberNumber: '' }] }));
    expect(page?.qr).toEqual([]);
    expect(page?.texts).toContain('Léa Martin');
    expect(page?.texts.some((text) => text.startsWith('N°'))).toBe(false);
  });

  it('keeps an organisation’s name and shortens a very long name', () => {
    const long = 'Wolfeschlegelsteinhausenbergerdorff-Montmorency de la Tour';
    const [page] = pages(
      build({ people: [{ firstName: 'Jean-Baptiste', lastName: long, memberNumber: 'A-0001' }] }),
    );
    const name = page?.texts.find((text) => text.startsWith('Jean-Baptiste')) ?? '';
    expect(name.length).toBeLessThanOrEqual(44);
    expect(name.endsWith('…')).toBe(true);
  });

  it.each([8, 10] as const)('lays %i cards edge to edge inside the A4 page', (perPage) => {
    const slots = memberCardSlots(perPage);
    expect(slots).toHaveLength(perPage);
    for (const slot of slots) {
      expect(slot.x).toBeGreaterThan(25); // clear of the printer's unprintable border
      expect(slot.y).toBeGreaterThan(25);
      expect(slot.x + slot.width).toBeLessThan(A4.width - 25);
      expect(slot.y + slot.height).toBeLessThan(A4.height - 25);
    }
    // Two columns sharing an edge: one cut separates them.
    expect((slots[0]?.x ?? 0) + (slots[0]?.width ?? 0)).toBeCloseTo(slots[1]?.x ?? 0);
  });

  it('draws a cut mark in the margins for every cut line', () => {
    // 3 vertical cuts × (top + bottom) + 6 horizontal cuts × (left + right) for 10 per page.
    expect(cutMarks(10).canvas).toHaveLength(3 * 2 + 6 * 2);
    expect(cutMarks(8).canvas).toHaveLength(3 * 2 + 5 * 2);
    const slots = memberCardSlots(10);
    for (const line of cutMarks(10).canvas) {
      if (line.type !== 'line') continue;
      // Marks stay outside the cards.
      const inside = slots.some(
        (s) =>
          line.x1 > s.x + 1 &&
          line.x1 < s.x + s.width - 1 &&
          line.y1 > s.y + 1 &&
          line.y1 < s.y + s.height - 1,
      );
      expect(inside).toBe(false);
    }
    expect(build().background).toEqual(cutMarks(10));
  });

  it('is plain data: the same input gives the same JSON', () => {
    expect(JSON.stringify(build())).toBe(JSON.stringify(build()));
    expect(build().info?.title).toBe('Cartes d’adhérent 2025-2026');
  });
});

describe('file names', () => {
  it('names one card after its number and its holder, without accents or spaces', () => {
    const helene = { firstName: 'Hélène', lastName: 'Dupré-Lefèvre', memberNumber: 'A-0042' };
    expect(memberCardFileName(helene)).toBe('carte-A-0042-Helene-Dupre-Lefevre.pdf');
  });

  it('keeps only what every system accepts in a file name', () => {
    const tricky = { firstName: 'Zoë', lastName: 'L’Œillet / O"Hara: *?<>|', memberNumber: 'B-0007' };
    expect(memberCardFileName(tricky)).toBe('carte-B-0007-Zoe-L-OEillet-O-Hara.pdf');
    expect(memberCardFileName({ firstName: '', lastName: 'Mairie', memberNumber: '' })).toBe(
      'carte-Mairie.pdf',
    );
  });

  it('falls back to a plain name when nothing is left', () => {
    expect(pdfFileName('…')).toBe('cartes.pdf');
    expect(pdfFileName('cartes-adherent-2025-2026')).toBe('cartes-adherent-2025-2026.pdf');
  });
});

describe('the season line of a card', () => {
  it('says « Saison » once, whatever the season is called', () => {
    expect(seasonLine('Saison', '2026-2027')).toBe('Saison 2026-2027');
    expect(seasonLine('Saison', 'Saison 2026-2027')).toBe('Saison 2026-2027');
    expect(seasonLine('Saison', 'saison des 20 ans')).toBe('saison des 20 ans');
    expect(seasonLine('Season', 'Année 2027')).toBe('Season Année 2027');
  });
});
