import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { receiptDocument, receiptsBatchDocument } from '@shared/pdf/receipt';
import type { ReceiptDocumentOptions } from '@shared/pdf/receipt';
import type { ReceiptDocument, ReceiptLine } from '@shared/receipts/receipt';
import { cancelled, makeReceipt } from '@shared/receipts/testing';
import { toCents } from '@shared/money/cents';
import { amountInWords } from '@shared/money/amount-in-words';
import { benchAnnualReceipts, renderPdfInNode } from '../bench/pdf';
import { pdfPageCount, pdfText } from '../support/pdf-text';
import { donationId, membershipId } from '@shared/testing/ids';

/**
 * Receipts as the treasurer hands them out: pdfmake renders them in Node with the app's fonts,
 * poppler reads them back, and every mention of the official model must be there.
 */
// RECEIPT_PDF_DIR=/some/folder keeps the PDFs, to look at them.
const kept = process.env.RECEIPT_PDF_DIR;
const folder = kept ?? mkdtempSync(join(tmpdir(), 'tilleul-receipts-'));
afterAll(() => {
  if (!kept) rmSync(folder, { recursive: true, force: true });
});

const PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

async function read(receipt: ReceiptDocument, options: ReceiptDocumentOptions = {}) {
  const file = join(folder, `${receipt.id}-${options.duplicate ? 'dup' : 'orig'}.pdf`);
  writeFileSync(file, await renderPdfInNode(receiptDocument(receipt, options)));
  // One line per layout line, spaces collapsed (no-break ones included): what a reader sees.
  const text = pdfText(file).replace(/[\u00a0\u202f]/g, ' ');
  // In the order it was drawn, so the columns of a row do not interleave.
  const raw = execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' });
  return { text, flat: raw.replace(/[\u00a0\u202f]/g, ' ').replace(/\s+/g, ' '), pages: pdfPageCount(file) };
}

/** A box is ticked when pdftotext reads the « X » drawn in it just before its label. */
const ticked = (flat: string, label: string) => flat.includes(`X ${label}`);

const line = ({
  amount = 5000,
  ...fields
}: Partial<Omit<ReceiptLine, 'amount'>> & { amount?: number }): ReceiptLine => ({
  source: 'donation',
  sourceId: donationId('donation-1'),
  receivedOn: '2026-02-14',
  amount: toCents(amount),
  method: 'cheque',
  form: 'declaration-don-manuel',
  nature: 'numeraire',
  natureDescription: '',
  valuation: '',
  label: '',
  ...fields,
});

describe('the Cerfa 11580*05 of a person', () => {
  it('carries every mention of the model, the amount framed by asterisks and in letters', async () => {
    const receipt = makeReceipt({
      id: 'person-single',
      number: '2026-A-0042',
      total: 123456,
      totalInWords: amountInWords(123456),
      lines: [line({ amount: 123456 })],
    });
    const { flat, pages } = await read(receipt);
    expect(pages).toBe(1);
    for (const mention of [
      'Cerfa n° 11580*05',
      '2041-RD',
      'Reçu des dons et versements effectués par les particuliers au titre des articles 200 et 978 du code général des impôts',
      'Numéro d’ordre du reçu 2026-A-0042',
      'Bénéficiaire des versements',
      'Nom ou dénomination : Foyer rural de Tilleul',
      'N° RNA : W123456789',
      'Adresse : 2 place de la Mairie, 21000 Dijon',
      'Objet : Animation culturelle et sportive du village',
      'Donateur',
      'Nom : Dupont',
      'Prénoms : Marie Claire',
      'Adresse : 5 rue des Tilleuls, 21000 Dijon',
      'Le bénéficiaire reconnaît avoir reçu, au titre des dons et versements ouvrant droit à réduction d’impôt, la somme de :',
      '***1 234,56 €***',
      'Somme en toutes lettres : mille deux cent trente-quatre euros et cinquante-six centimes',
      'Date du versement ou du don : 14/02/2026',
      'Le bénéficiaire certifie sur l’honneur que les dons et versements qu’il reçoit ouvrent droit à la réduction d’impôt prévue à l’article :',
      'Forme du don',
      'Nature du don',
      'Mode de versement',
      'Fait à Dijon, le 02/03/2026',
      'Jeanne Morel, Trésorière',
      'Signature',
    ]) {
      expect(flat, mention).toContain(mention);
    }
    for (const box of [
      'Œuvre ou organisme d’intérêt général',
      'Article 200 du CGI',
      'Déclaration de don manuel',
      'Numéraire',
      'Chèque',
    ]) {
      expect(ticked(flat, box), box).toBe(true);
    }
    for (const box of [
      'Article 238 bis du CGI',
      'Article 978 du CGI',
      'Acte authentique',
      'Acte sous seing privé',
      'Remise d’espèces',
      'Titres de sociétés cotés',
      'Musée de France',
    ]) {
      expect(ticked(flat, box), box).toBe(false);
      expect(flat, box).toContain(box);
    }
    expect(flat).not.toMatch(/DUPLICATA/i);
    expect(flat).not.toContain('ANNULÉ');
  });

  it('says « Duplicata » on a reprint, and prints the signature image', async () => {
    const receipt = makeReceipt({ id: 'person-dup' });
    const { flat, pages } = await read(receipt, { duplicate: true, signatureImage: PNG });
    expect(pages).toBe(1);
    expect(flat).toContain('DUPLICATA');
    expect(flat).toContain('2026-A-0001');
    expect(flat).not.toMatch(/Jeanne Morel, Trésorière Signature/);
  });

  it('is the same text when printed again: built from the frozen snapshot only', async () => {
    const receipt = makeReceipt({ id: 'person-again' });
    const first = await read(receipt);
    const again = await read(JSON.parse(JSON.stringify(receipt)) as ReceiptDocument);
    expect(again.text).toBe(first.text);
  });

  it('sums up a year: the period, every date with its amount, a fee, a gift in kind described and valued', async () => {
    const lines = [
      ...Array.from({ length: 12 }, (_, month) =>
        line({
          sourceId: donationId(`monthly-${month}`),
          receivedOn: `2026-${String(month + 1).padStart(2, '0')}-05`,
          amount: 1500,
          method: 'prelevement',
          label: 'Rénovation du lavoir',
        }),
      ),
      line({
        source: 'membership',
        sourceId: membershipId('fee-1'),
        receivedOn: '2026-04-02',
        amount: 4000,
        method: 'carte',
        label: 'Membre bienfaiteur',
      }),
      line({
        sourceId: donationId('kind-1'),
        receivedOn: '2026-06-20',
        amount: 35000,
        method: 'especes',
        nature: 'autre',
        form: 'acte-sous-seing-prive',
        natureDescription: 'Un ordinateur portable',
        valuation: 'Facture d’achat du 2 juin 2026',
      }),
    ];
    const total = 12 * 1500 + 4000 + 35000;
    const receipt = makeReceipt({
      id: 'person-annual',
      scope: 'annual',
      period: { from: '2026-01-01', to: '2026-12-31' },
      lines,
      total,
      totalInWords: amountInWords(total),
    });
    const { flat, pages } = await read(receipt);
    expect(pages).toBe(1);
    expect(flat).toContain('Période : du 01/01/2026 au 31/12/2026 (reçu récapitulatif annuel)');
    expect(flat).toContain('***570,00 €***');
    expect(flat).toContain('cinq cent soixante-dix euros');
    for (const date of [
      '05/01/2026 (15,00 €)',
      '05/12/2026 (15,00 €)',
      '02/04/2026 (40,00 €)',
      '20/06/2026 (350,00 €)',
    ]) {
      expect(flat, date).toContain(date);
    }
    expect(flat).not.toContain('Date du versement ou du don');
    // The fee is named: the donor sees what the sum includes.
    expect(flat).toContain('Dont cotisation sans contrepartie : Membre bienfaiteur du 02/04/2026 (40,00 €)');
    expect(flat).toContain(
      'Description et évaluation : Un ordinateur portable — Facture d’achat du 2 juin 2026 — 350,00 €',
    );
    for (const box of [
      'Déclaration de don manuel',
      'Acte sous seing privé',
      'Numéraire',
      'Autres',
      'Remise d’espèces',
      'Virement, prélèvement, carte bancaire',
    ]) {
      expect(ticked(flat, box), box).toBe(true);
    }
    expect(ticked(flat, 'Chèque')).toBe(false);
  });

  it.each([100, 400])('keeps to one page with %i gifts in the year', async (count) => {
    const lines = Array.from({ length: count }, (_, i) =>
      line({
        sourceId: donationId(`gift-${i}`),
        receivedOn: `2026-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
        amount: 1000 + i,
      }),
    );
    const total = lines.reduce((sum, gift) => sum + gift.amount, 0);
    const receipt = makeReceipt({
      id: `person-${count}`,
      scope: 'annual',
      period: { from: '2026-01-01', to: '2026-12-31' },
      lines,
      total,
      totalInWords: amountInWords(total),
    });
    const { pages, flat } = await read(receipt);
    expect(pages).toBe(1);
    expect(flat).toContain('Dates des versements : 01/2026 : 1, 13, 25');
    expect(flat).toContain('Fait à Dijon');
  });

  it('prints the recognition decree of a RUP, the words of « autre », and a cancellation', async () => {
    const rup = makeReceipt({
      id: 'rup',
      organisation: {
        ...makeReceipt({ id: 'x' }).organisation,
        categoryCode: 'rup',
        category: 'Association reconnue d’utilité publique',
        rupDecreeDate: '1998-05-12',
        siren: '732829320',
        rna: '',
      },
    });
    const rupText = (await read(rup)).flat;
    expect(
      ticked(
        rupText,
        'Association ou fondation reconnue d’utilité publique par décret en date du 12/05/1998',
      ),
    ).toBe(true);
    expect(rupText).toContain('N° SIREN : 732829320');
    const other = makeReceipt({
      id: 'other',
      organisation: {
        ...makeReceipt({ id: 'x' }).organisation,
        categoryCode: 'autre',
        category: 'Association loi 1901 d’intérêt général',
      },
    });
    expect(ticked((await read(other)).flat, 'Autre organisme : Association loi 1901 d’intérêt général')).toBe(
      true,
    );
    const { flat } = await read(cancelled(makeReceipt({ id: 'annule' }), 'Erreur sur le montant'));
    expect(flat).toContain('REÇU ANNULÉ le 05/03/2026 — motif : Erreur sur le montant');
  });
});

describe('the Cerfa 16216 of a company', () => {
  it('names the company, its forme juridique and SIREN, and ticks article 238 bis', async () => {
    const receipt = makeReceipt({
      id: 'company',
      kind: '16216',
      articles: ['238-bis'],
      number: '2026-B-0003',
      donorId: 'person-2',
      donor: {
        kind: 'organisation',
        name: 'Boulangerie Martin',
        firstNames: '',
        legalForm: 'SARL',
        siren: '732829320',
        address: { line1: '1 rue du Four', line2: '', postalCode: '21000', city: 'Dijon', country: '' },
      },
      lines: [line({ method: 'virement', amount: 150000 })],
      total: 150000,
      totalInWords: amountInWords(150000),
    });
    const { flat, pages } = await read(receipt);
    expect(pages).toBe(1);
    for (const mention of [
      'Cerfa n° 16216',
      '2041-MEC-SD',
      'Reçu des dons et versements effectués par les entreprises au titre de l’article 238 bis du code général des impôts',
      'Numéro d’ordre du reçu 2026-B-0003',
      'Entreprise donatrice',
      'Dénomination : Boulangerie Martin',
      'Forme juridique : SARL',
      'N° SIREN : 732829320',
      'Adresse du siège : 1 rue du Four, 21000 Dijon',
      'de l’entreprise désignée ci-dessus, la somme de :',
      '***1 500,00 €***',
      'Somme en toutes lettres : mille cinq cents euros',
      'Date du versement ou du don : 14/02/2026',
    ]) {
      expect(flat, mention).toContain(mention);
    }
    expect(flat).not.toContain('11580');
    expect(flat).not.toContain('Prénoms');
    expect(ticked(flat, 'Article 238 bis du CGI')).toBe(true);
    expect(ticked(flat, 'Article 200 du CGI')).toBe(false);
    expect(ticked(flat, 'Virement, prélèvement, carte bancaire')).toBe(true);
  });
});

describe('a batch of receipts for printing', () => {
  it('puts each receipt on its own page, in order', async () => {
    const receipts = benchAnnualReceipts(3);
    const file = join(folder, 'batch.pdf');
    writeFileSync(file, await renderPdfInNode(receiptsBatchDocument(receipts)));
    expect(pdfPageCount(file)).toBe(3);
    const pages = pdfText(file).split('\f');
    ['2026-A-0001', '2026-A-0002', '2026-A-0003'].forEach((number, index) => {
      expect(pages[index]).toContain(number);
    });
  });
});
