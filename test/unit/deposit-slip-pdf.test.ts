import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeCheque, makeDeposit } from '@shared/deposits/testing';
import { initI18n } from '@renderer/i18n/i18n';
import { depositSlipPdfDocument } from '@renderer/pdf/deposit-slip';
import { renderPdfInNode } from '../bench/pdf';
import { pdfPageCount, pdfText } from '../support/pdf-text';

/** The slip as the bank receives it: pdfmake renders, poppler reads. */
const folder = mkdtempSync(join(tmpdir(), 'tilleul-deposit-slip-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** pdftotext keeps Intl's narrow and plain no-break spaces: read as spaces. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('the deposit slip PDF', () => {
  it('lists each cheque with its drawer, bank and number, the count and the total in French', async () => {
    const slip = makeDeposit({
      id: 'slip-1',
      number: '2026-A-0003',
      account: 'Crédit Mutuel FR76 1027 8021 0000 0123 4567 890',
      cash: 4_550,
      cheques: [
        makeCheque('donation:a', 125_000, {
          payer: 'Hélène Dupré',
          bank: 'Crédit Agricole',
          number: '0012345',
        }),
        makeCheque('membership:b', 2_000, {
          payer: 'Famille Martin',
          bank: '',
          number: '0004567',
          source: 'membership',
        }),
        makeCheque('door:e:p', 500, {
          payer: 'Paul Roux',
          bank: 'La Banque Postale',
          number: '4242',
          source: 'door',
        }),
      ],
    });
    const i18n = await initI18n('fr');
    const file = join(folder, 'slip.pdf');
    const document = depositSlipPdfDocument(i18n.t, slip, 'Foyer rural de Saint-Léger', 'fr-FR');
    // No narrow no-break space (French Intl's thousands separator): the font has no glyph for it,
    // a box printed inside « 1 250,00 € » (pdftotext reads it back as a space all the same).
    expect(JSON.stringify(document)).not.toContain('\u202f');
    writeFileSync(file, await renderPdfInNode(document));
    const text = plain(pdfText(file));
    expect(pdfPageCount(file)).toBe(1);
    expect(text).toContain('Foyer rural de Saint-Léger');
    expect(text).toContain('Bordereau de remise de chèques n° 2026-A-0003');
    expect(text).toContain('Date : 5 mars 2026');
    expect(text).toContain('Compte crédité : Crédit Mutuel FR76 1027 8021 0000 0123 4567 890');
    expect(text).toContain('Préparé par : Jeanne Morel');
    expect(text).toMatch(/1\s+Hélène Dupré\s+Crédit Agricole\s+0012345\s+02\/03\/2026\s+1 250,00 €/);
    expect(text).toMatch(/2\s+Famille Martin\s+0004567\s+02\/03\/2026\s+20,00 €/);
    expect(text).toMatch(/3\s+Paul Roux\s+La Banque Postale\s+4242\s+02\/03\/2026\s+5,00 €/);
    expect(text).toMatch(/Nombre de chèques : 3\s+Total des chèques\s+1 275,00 €/);
    expect(text).toMatch(/Espèces\s+45,50 €/);
    expect(text).toMatch(/Total remis\s+1 320,50 €/);
    expect(text).toContain('Signature du déposant');
    expect(text).toContain('Cachet de la banque');
    expect(text).not.toContain('Remis à la banque le');
  });

  it('says the day it was deposited once marked, and leaves out an unknown account', async () => {
    const slip = makeDeposit({
      id: 'slip-2',
      status: 'deposited',
      depositedOn: '2026-03-06',
      cheques: [makeCheque('donation:a', 5_000)],
    });
    const i18n = await initI18n('fr');
    const file = join(folder, 'deposited.pdf');
    writeFileSync(file, await renderPdfInNode(depositSlipPdfDocument(i18n.t, slip, 'Foyer rural', 'fr-FR')));
    const text = plain(pdfText(file));
    expect(text).toContain('Remis à la banque le 6 mars 2026');
    expect(text).not.toContain('Compte crédité');
    expect(text).toMatch(/Total remis\s+50,00 €/);
  });
});
