import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { quorumFigures } from '@shared/events/quorum';
import { SHEET_LABELS_FR } from '@shared/pdf/attendance-sheet.testing';
import type { AttendanceSheetInput, AttendanceSheetRow } from '@shared/pdf/attendance-sheet';
import { renderSheetInNode } from '../bench/pdf';
import { pdfPageCount, pdfText, pdfWords, type PdfWord } from '../support/pdf-text';
import { personId } from '@shared/testing/ids';

/**
 * The sheet as a treasurer hands it out: drawn as the app draws it (pdfkit, the app's fonts),
 * poppler reads it back. A thousand people run over many pages: every page must carry the table's header and
 * « Page x / y », and the totals come once, at the very end.
 */
const folder = mkdtempSync(join(tmpdir(), 'tilleul-sheet-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const SHEET_LABELS: AttendanceSheetInput['labels'] = {
  ...SHEET_LABELS_FR,
  documentTitle: 'Feuille d’émargement — Loto de printemps',
};

function people(count: number): AttendanceSheetRow[] {
  // Given in reverse: the sheet sorts them itself.
  return Array.from({ length: count }, (_, i) => {
    const n = count - i;
    return {
      personId: personId(`p${n}`),
      lastName: `Nom${String(n).padStart(4, '0')}`,
      firstName: `Prénom${n}`,
      memberNumber: `A-${String(n).padStart(4, '0')}`,
      status: n % 3 === 0 ? 'À renouveler' : 'À jour',
      present: false,
    };
  });
}

async function render(name: string, input: AttendanceSheetInput) {
  const file = join(folder, `${name}.pdf`);
  writeFileSync(file, await renderSheetInNode(input));
  const text = pdfText(file);
  return {
    file,
    text,
    pageTexts: text.split('\f').filter((page) => page.trim() !== ''),
    pages: pdfPageCount(file),
    words: pdfWords(file),
  };
}

/** A4's height less the bottom margin (16 mm): where the content ends and the footer begins. */
const CONTENT_BOTTOM = 841.89 - 16 * (72 / 25.4);

/** Words below the content that are not the footer (« page x / y » and the event): none allowed. */
function overFooter(words: readonly PdfWord[]): PdfWord[] {
  return words.filter((word) => word.yMax > CONTENT_BOTTOM + 0.5 && word.yMin < CONTENT_BOTTOM + 10);
}

/** The words on the line of the word `first` (same page, same top). */
function lineOf(words: readonly PdfWord[], first: string): string[] {
  const start = words.find((word) => word.text === first);
  if (!start) return [];
  return words
    .filter((word) => word.page === start.page && Math.abs(word.yMin - start.yMin) < 1)
    .map((word) => word.text);
}

const base = {
  organisation: 'Foyer rural de Montcuq',
  event: { title: 'Loto de printemps', when: 'samedi 14 mars 2026 à 20 h', location: 'Salle des fêtes' },
  labels: SHEET_LABELS,
};

describe('attendance sheet PDF (pdfkit in Node, read back with pdftotext)', () => {
  it('prints 1,000 people over many pages, the header on each, page x / y, totals at the end', async () => {
    const { text, pageTexts, pages, words } = await render('thousand', {
      ...base,
      rows: people(1000),
      blankLines: 20,
    });
    expect(pages).toBeGreaterThan(20);
    expect(pageTexts).toHaveLength(pages);
    pageTexts.forEach((page, index) => {
      expect(page).toMatch(/N°\s+Nom\s+Prénom\s+Statut\s+Signature/);
      expect(page).toContain(`Page ${index + 1} / ${pages}`);
      expect(page).toContain('Foyer rural de Montcuq');
    });
    // The association, the event, its date and place, once at the top.
    expect(pageTexts[0]).toContain('Feuille d’émargement');
    expect(pageTexts[0]).toContain('samedi 14 mars 2026 à 20 h — Salle des fêtes');
    // Sorted by name and numbered: line 1 is Nom0001, line 1000 is Nom1000.
    expect(pageTexts[0]).toMatch(/\b1\s+NOM0001\s+Prénom1\s+À jour/);
    expect(text).toMatch(/\b1000\s+NOM1000\s+Prénom1000/);
    // Blank numbered lines for walk-ins, then the totals, only on the last page.
    const last = pageTexts.at(-1) ?? '';
    expect(last).toMatch(/\b1020\b/);
    expect(text).not.toMatch(/\b1021\b/);
    expect(last).toContain('Personnes listées : 1000');
    expect(last).toContain('Lignes libres : 20');
    expect(last).toContain('Présents : ________');
    expect(text.match(/Totaux/g)).toHaveLength(1);
    // A blank line carries its number and nothing else; nothing runs into the footer.
    expect(lineOf(words, '1001')).toEqual(['1001']);
    expect(overFooter(words)).toEqual([]);
  }, 90_000);

  it('counts the present once presence is known', async () => {
    const [first, second] = people(2) as [AttendanceSheetRow, AttendanceSheetRow];
    const known = await render('present', {
      ...base,
      rows: [{ ...first, present: true }, second],
      blankLines: 0,
    });
    expect(known.text).toContain('Présents : 1');
    // A first name typed over two lines (pasted) stays on its row, as one line.
    const unknown = await render('present-unknown', {
      ...base,
      rows: [first, { ...second, firstName: 'Anne\n  Marie' }],
      blankLines: 0,
    });
    expect(unknown.text).toContain('Présents : ________');
    expect(lineOf(unknown.words, 'NOM0001')).toEqual(['1', 'NOM0001', 'Anne', 'Marie', 'À', 'jour']);
  });

  it('prints a closed sheet: the closing under the title, presence in place of signatures, its corrections', async () => {
    const [first, second] = people(2) as [AttendanceSheetRow, AttendanceSheetRow];
    const { text, words } = await render('closed', {
      ...base,
      rows: [
        { ...first, present: true, presence: 'Entrée à 20:01' },
        { ...second, presence: 'Absent' },
      ],
      blankLines: 0,
      closed: {
        note: 'Clôturée le 20/11/2026 par Sophie',
        amendmentsTitle: 'Corrections après clôture',
        amendments: ['21/11/2026 10:00, Sophie : Prénom1 Nom0001 présent — oublié à la porte'],
      },
    });
    const flat = text.replace(/\s+/g, ' ');
    expect(flat.indexOf('Clôturée le 20/11/2026 par Sophie')).toBeGreaterThan(
      flat.indexOf('Loto de printemps'),
    );
    expect(flat.indexOf('Clôturée le 20/11/2026 par Sophie')).toBeLessThan(flat.indexOf('N° Nom'));
    expect(lineOf(words, 'NOM0002')).toEqual([
      '2',
      'NOM0002',
      'Prénom2',
      'À',
      'jour',
      'Entrée',
      'à',
      '20:01',
    ]);
    expect(flat).toMatch(
      /Totaux .* Corrections après clôture 21\/11\/2026 10:00, Sophie : .* oublié à la porte/,
    );
    const open = await render('not-closed', { ...base, rows: [first], blankLines: 0 });
    expect(open.text).not.toContain('Corrections');
  });

  it('keeps long names in their cells and breaks a long end block between its lines', async () => {
    const long = 'Wolfeschlegelsteinhausenbergerdorff Ängström-Ødegård';
    const rows = people(60).map((row) => ({ ...row, lastName: `${row.lastName} ${long}`, firstName: long }));
    const lines = Array.from(
      { length: 90 },
      (_, i) => `Porte ${i + 1}, 14/03/2026 : espèces comptées ${i},00 €`,
    );
    const { text, pages, words } = await render('long', {
      ...base,
      rows,
      blankLines: 0,
      cashCounts: { title: 'Comptages de caisse', lines },
    });
    expect(overFooter(words)).toEqual([]);
    // Every count printed once, in order, over the pages it needs.
    const flat = text.replace(/\s+/g, ' ');
    let at = flat.indexOf('Comptages de caisse');
    for (const line of lines) {
      const next = flat.indexOf(line, at);
      expect(next, line).toBeGreaterThan(at);
      at = next;
    }
    expect(pages).toBeGreaterThan(4);
    // A name clipped to its column's 30 characters, over two lines inside its cell.
    const [name] = words.filter((word) => word.text.startsWith('WOLFESCH'));
    expect(name).toBeDefined();
    expect((name as PdfWord).xMax).toBeLessThan(39.69 + 28 + 8 + 120 + 8);
  });

  it('prints the doors’ cash counts after the totals, for the treasurer', async () => {
    const { text } = await render('cash-counts', {
      ...base,
      rows: people(3),
      blankLines: 0,
      cashCounts: {
        title: 'Comptages de caisse',
        lines: [
          'Porte 1, 14/03/2026 à 23:10 : espèces comptées 123,50 €, enregistrées 125,00 € (1,50 € manquant) ; chèques n° 8812 : 12,00 € ; carte 0,00 €',
        ],
      },
    });
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toMatch(/Totaux .*Comptages de caisse Porte 1, 14\/03\/2026 à 23:10/);
    expect(flat).toContain('espèces comptées 123,50 €, enregistrées 125,00 € (1,50 € manquant)');
    expect(flat).toContain('chèques n° 8812 : 12,00 €');
    // No count, no block.
    const none = await render('no-cash-counts', { ...base, rows: people(3), blankLines: 0 });
    expect(none.text).not.toContain('Comptages de caisse');
  });

  it('prints an AG sheet: represented by, proxies held, voices, and the certified totals', async () => {
    const one = { memberNumber: '', status: 'À jour', present: false };
    const rows: AttendanceSheetRow[] = [
      {
        ...one,
        personId: personId('a'),
        lastName: 'Durand',
        firstName: 'Élodie',
        present: true,
        proxiesHeld: 1,
        votes: 2,
      },
      {
        ...one,
        personId: personId('b'),
        lastName: 'Martin',
        firstName: 'Léa',
        representedBy: 'Élodie Durand',
        votes: 0,
      },
      { ...one, personId: personId('c'), lastName: 'Bernard', firstName: 'Paul', present: true, votes: 1 },
      { ...one, personId: personId('d'), lastName: 'Petit', firstName: 'Jean', votes: 0 },
    ];
    const figures = quorumFigures(
      [
        { personId: personId('a'), present: true, proxyHolderId: '' },
        { personId: personId('b'), present: false, proxyHolderId: personId('a') },
        { personId: personId('c'), present: true, proxyHolderId: '' },
      ],
      () => true,
      4,
      { quorumPercent: 50, maxProxiesPerMember: 2 },
    );
    const { text, pages } = await render('assembly', {
      ...base,
      event: { title: 'Assemblée générale ordinaire', when: 'samedi 20 juin 2026', location: 'Mairie' },
      rows,
      blankLines: 5,
      assembly: figures,
    });
    expect(pages).toBe(1);
    expect(text).toMatch(/N°\s+Nom\s+Prénom\s+Statut\s+Représenté par\s+Pouvoirs\s+Voix\s+Signature/);
    expect(text).toMatch(/2\s+DURAND\s+Élodie\s+À jour\s+1\s+2/);
    expect(text).toMatch(/3\s+MARTIN\s+Léa\s+À jour\s+Élodie Durand\s+0/);
    expect(text).toContain('Membres ayant droit de vote : 4');
    expect(text).toContain('Présents : 2');
    expect(text).toContain('Représentés : 1');
    expect(text).toContain('Voix : 3');
    expect(text).toContain('Quorum requis : 2');
    expect(text).toContain('Quorum atteint');
    expect(text).toContain('Certifié exact');
    expect(text).toMatch(/Le président\s+Le secrétaire de séance/);
  });
});
