import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { quorumFigures } from '@shared/events/quorum';
import { SHEET_LABELS_FR } from '@shared/pdf/attendance-sheet.testing';
import type { AttendanceSheetInput, AttendanceSheetRow } from '@shared/pdf/attendance-sheet';
import { attendanceSheetDocument } from '@shared/pdf/attendance-sheet';
import { renderPdfInNode } from '../bench/pdf';
import { pdfPageCount, pdfText } from '../support/pdf-text';
import { personId } from '@shared/testing/ids';

/**
 * The sheet as a treasurer hands it out: pdfmake renders it with the app's fonts, poppler reads
 * it back. A thousand people run over many pages: every page must carry the table's header and
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
  writeFileSync(file, await renderPdfInNode(attendanceSheetDocument(input)));
  const text = pdfText(file);
  return {
    file,
    text,
    pageTexts: text.split('\f').filter((page) => page.trim() !== ''),
    pages: pdfPageCount(file),
  };
}

const base = {
  organisation: 'Foyer rural de Montcuq',
  event: { title: 'Loto de printemps', when: 'samedi 14 mars 2026 à 20 h', location: 'Salle des fêtes' },
  labels: SHEET_LABELS,
};

describe('attendance sheet PDF (pdfmake in Node, read back with pdftotext)', () => {
  it('prints 1,000 people over many pages, the header on each, page x / y, totals at the end', async () => {
    const { text, pageTexts, pages } = await render('thousand', {
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
  }, 90_000);

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
