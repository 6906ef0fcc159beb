import type { PdfColumns, PdfContent, PdfDocDefinition, PdfStack, PdfText } from '@shared/pdf/doc-definition';
import { stackDocuments } from '@shared/pdf/doc-definition';
import { formatFrenchDate } from '@shared/dates/parse-date';
import { ORGANISATION_CATEGORIES } from '@shared/schema/organisation';
import { CGI_ARTICLES } from '@shared/receipts/receipt';
import type { DonorSnapshot, OrganisationSnapshot, ReceiptDocument } from '@shared/receipts/receipt';
import { DONATION_FORMS, DONATION_NATURES } from '@shared/donations/donation';
import {
  ARTICLE_LABELS,
  CATEGORY_LABELS,
  CERFA_MODELS,
  FORM_LABELS,
  METHOD_BOXES,
  NATURE_LABELS,
} from '@shared/receipts/cerfa';

/**
 * A tax receipt as a pdfmake document (DESIGN.md, Receipts; issue 17): Cerfa n° 11580*05 for a
 * person, n° 16216 for a company, with every mention of the official model on one A4 page,
 * black on white (boxes are drawn, never coloured), built only from the receipt's frozen
 * snapshot: printing it again next year gives the same text, whatever the settings say then.
 */
export interface ReceiptDocumentOptions {
  /** A reprint: « Duplicata » in the header. */
  duplicate?: boolean;
  /** The signatory's signature, a `data:image/png|jpeg;base64,` URL. */
  signatureImage?: string;
}

const NBSP = '\u00a0';

/** `8721` → `87,21`, `123456` → `1 234,56` (no-break spaces: they never split a figure). */
export function figures(cents: number): string {
  const euros = Math.floor(cents / 100);
  const rest = String(cents % 100).padStart(2, '0');
  return `${String(euros).replace(/\B(?=(\d{3})+(?!\d))/g, NBSP)},${rest}`;
}

/** The amount in figures framed by asterisks, so nothing can be written before or after it. */
export function framedAmount(cents: number): string {
  return `***${figures(cents)}${NBSP}€***`;
}

const heading = (text: string): PdfText => ({ text, bold: true, fontSize: 10, margin: [0, 8, 0, 3] });
/** A new object each time: pdfmake writes its layout into the nodes it is given. */
const rule = (): PdfContent =>
  ({
    canvas: [{ type: 'line', x1: 0, y1: 0, x2: 523, y2: 0, lineWidth: 0.75 }],
    margin: [0, 4, 0, 0],
  }) as PdfContent;
const field = (label: string, value: string): PdfText => ({
  text: [{ text: `${label}${NBSP}: `, bold: true }, { text: value === '' ? '—' : value }],
  margin: [0, 1, 0, 1],
});

/** A drawn box, crossed when `checked` (an « X » in it, that pdftotext reads too), and its label. */
function checkbox(
  label: string,
  checked: boolean,
  width: number | '*' = '*',
): PdfColumns & { width: number | '*' } {
  const box: PdfStack & { width: number } = {
    width: 11,
    stack: [
      { canvas: [{ type: 'rect', x: 0, y: 1, w: 8, h: 8, lineWidth: 0.8 }] },
      ...(checked
        ? [
            {
              text: 'X',
              bold: true,
              fontSize: 8,
              margin: [1.3, -9.2, 0, 0] as [number, number, number, number],
            },
          ]
        : []),
    ],
  };
  return {
    width,
    columns: [box, { width: '*', text: label, bold: checked }],
    columnGap: 2,
    margin: [0, 1, 0, 1],
  };
}

/** Boxes two by two. */
function boxGrid(boxes: PdfColumns[]): PdfContent[] {
  const rows: PdfContent[] = [];
  for (let i = 0; i < boxes.length; i += 2) {
    const pair = boxes.slice(i, i + 2).map((box) => ({ ...box, width: '*' as const }));
    rows.push({ columns: pair.length === 2 ? pair : [...pair, { width: '*', text: '' }], columnGap: 10 });
  }
  return rows;
}

function address(snapshot: { address: DonorSnapshot['address'] }): string {
  const { line1, line2, postalCode, city, country } = snapshot.address;
  return [line1, line2, [postalCode, city].filter(Boolean).join(' '), country].filter(Boolean).join(', ');
}

function beneficiary(organisation: OrganisationSnapshot): PdfContent[] {
  const categories = ORGANISATION_CATEGORIES.map((code) => {
    let label = CATEGORY_LABELS[code];
    if (code === 'rup' && organisation.categoryCode === 'rup' && organisation.rupDecreeDate !== '') {
      label = `${label} par décret en date du ${formatFrenchDate(organisation.rupDecreeDate)}`;
    }
    if (code === 'autre' && organisation.categoryCode === 'autre')
      label = `${label}${NBSP}: ${organisation.category}`;
    return checkbox(label, organisation.categoryCode === code);
  });
  return [
    heading('Bénéficiaire des versements'),
    field('Nom ou dénomination', organisation.name),
    ...(organisation.siren !== '' ? [field('N° SIREN', organisation.siren)] : []),
    ...(organisation.rna !== '' ? [field('N° RNA', organisation.rna)] : []),
    field('Adresse', address(organisation)),
    field('Objet', organisation.object),
    { text: 'Catégorie de l’organisme (case cochée)', italics: true, margin: [0, 2, 0, 1] },
    { stack: boxGrid(categories), fontSize: 7 },
  ];
}

function donor(receipt: ReceiptDocument): PdfContent[] {
  const { donor: snapshot } = receipt;
  if (receipt.kind === '16216') {
    return [
      heading('Entreprise donatrice'),
      field('Dénomination', snapshot.name),
      field('Forme juridique', snapshot.legalForm),
      field('N° SIREN', snapshot.siren),
      field('Adresse du siège', address(snapshot)),
    ];
  }
  return [
    heading('Donateur'),
    {
      columns: [
        { width: '*', ...field('Nom', snapshot.name) },
        { width: '*', ...field('Prénoms', snapshot.firstNames) },
      ],
    },
    field('Adresse', address(snapshot)),
  ];
}

/**
 * The dates of an annual receipt's gifts: with their amounts for a usual year, the days month by
 * month in smaller type for a long one, so that even the most a receipt holds stays on one page.
 */
function datesOfGifts(receipt: ReceiptDocument): PdfText {
  const label = { text: `Dates des versements${NBSP}: `, bold: true };
  if (receipt.lines.length <= 24) {
    const list = receipt.lines
      .map((line) => `${formatFrenchDate(line.receivedOn)} (${figures(line.amount)}${NBSP}€)`)
      .join(' ; ');
    return { text: [label, { text: list }], fontSize: 8.5 };
  }
  // Many gifts: the days, month by month (« 03/2026 : 2, 9, 16 »).
  const months = new Map<string, number[]>();
  for (const line of receipt.lines) {
    const [year, month, day] = line.receivedOn.split('-');
    const key = `${month}/${year}`;
    months.set(key, [...(months.get(key) ?? []), Number(day)]);
  }
  const list = [...months].map(([month, days]) => `${month}${NBSP}: ${days.join(', ')}`).join(' ; ');
  return { text: [label, { text: list }], fontSize: receipt.lines.length > 150 ? 6 : 7 };
}

function gifts(receipt: ReceiptDocument): PdfContent[] {
  const dates =
    receipt.scope === 'annual'
      ? [
          field(
            'Période',
            `du ${formatFrenchDate(receipt.period.from)} au ${formatFrenchDate(receipt.period.to)} (reçu récapitulatif annuel)`,
          ),
          datesOfGifts(receipt),
        ]
      : [field('Date du versement ou du don', formatFrenchDate(receipt.period.from))];
  const intro =
    receipt.kind === '16216'
      ? 'Le bénéficiaire reconnaît avoir reçu, au titre des dons et versements ouvrant droit à réduction d’impôt, de l’entreprise désignée ci-dessus, la somme de'
      : 'Le bénéficiaire reconnaît avoir reçu, au titre des dons et versements ouvrant droit à réduction d’impôt, la somme de';
  return [
    heading('Dons et versements'),
    { text: `${intro}${NBSP}:` },
    {
      columns: [
        { width: 'auto', text: framedAmount(receipt.total), bold: true, fontSize: 14 },
        {
          width: '*',
          text: [{ text: `Somme en toutes lettres${NBSP}: `, bold: true }, { text: receipt.totalInWords }],
          margin: [12, 2, 0, 0],
        },
      ],
      margin: [0, 4, 0, 4],
    },
    ...dates,
    ...fees(receipt),
  ];
}

/**
 * The membership fees a receipt covers (their tariff gives no counterpart, so the law counts
 * them as gifts): named, so that the donor and the tax office see what the sum includes.
 */
function fees(receipt: ReceiptDocument): PdfContent[] {
  const lines = receipt.lines.filter((line) => line.source === 'membership');
  if (lines.length === 0) return [];
  const list = lines
    .map((line) => `${line.label} du ${formatFrenchDate(line.receivedOn)} (${figures(line.amount)}${NBSP}€)`)
    .join(' ; ');
  return [field('Dont cotisation sans contrepartie', list)];
}

function boxes(receipt: ReceiptDocument): PdfContent[] {
  const forms = new Set(receipt.lines.map((line) => line.form));
  const natures = new Set(receipt.lines.map((line) => line.nature));
  const methods = new Set<string>(receipt.lines.map((line) => line.method));
  const inKind = receipt.lines.filter((line) => line.natureDescription !== '' || line.valuation !== '');
  return [
    {
      text: `Le bénéficiaire certifie sur l’honneur que les dons et versements qu’il reçoit ouvrent droit à la réduction d’impôt prévue à l’article${NBSP}:`,
      margin: [0, 6, 0, 2],
    },
    {
      columns: CGI_ARTICLES.map((article) =>
        checkbox(ARTICLE_LABELS[article], receipt.articles.includes(article)),
      ),
    },
    heading('Forme du don'),
    { columns: DONATION_FORMS.map((form) => checkbox(FORM_LABELS[form], forms.has(form))) },
    heading('Nature du don'),
    ...boxGrid(DONATION_NATURES.map((nature) => checkbox(NATURE_LABELS[nature], natures.has(nature)))),
    ...inKind.map((line) =>
      field(
        'Description et évaluation',
        [line.natureDescription, line.valuation, `${figures(line.amount)}${NBSP}€`]
          .filter(Boolean)
          .join(' — '),
      ),
    ),
    heading('Mode de versement'),
    {
      columns: METHOD_BOXES.map((box) =>
        checkbox(
          box.label,
          box.methods.some((method) => methods.has(method)),
        ),
      ),
    },
  ];
}

function signature(receipt: ReceiptDocument, signatureImage: string | undefined): PdfContent[] {
  const { organisation } = receipt;
  return [
    {
      columns: [
        { width: '*', text: '' },
        {
          width: 240,
          stack: [
            { text: `Fait à ${organisation.address.city}, le ${formatFrenchDate(receipt.issuedOn)}` },
            {
              text: `${organisation.signatoryName}, ${organisation.signatoryTitle}`,
              bold: true,
              margin: [0, 2, 0, 2],
            },
            ...(signatureImage
              ? [{ image: signatureImage, fit: [160, 50] as [number, number] }]
              : [
                  {
                    text: 'Signature',
                    italics: true,
                    margin: [0, 0, 0, 30] as [number, number, number, number],
                  },
                ]),
          ],
        },
      ],
      margin: [0, 10, 0, 0],
    },
  ];
}

function header(receipt: ReceiptDocument, duplicate: boolean): PdfContent[] {
  const model = CERFA_MODELS[receipt.kind];
  const cancelled =
    receipt.status === 'cancelled'
      ? [
          {
            text: `REÇU ANNULÉ le ${formatFrenchDate(receipt.cancellation.cancelledAt.slice(0, 10))} — motif${NBSP}: ${receipt.cancellation.reason}`,
            bold: true,
            fontSize: 11,
            margin: [0, 4, 0, 0],
          } satisfies PdfText,
        ]
      : [];
  return [
    {
      columns: [
        { width: 110, stack: [{ text: model.number, bold: true }, { text: model.reference }], fontSize: 8 },
        { width: '*', text: model.title, bold: true, fontSize: 11, alignment: 'center' },
        {
          width: 130,
          stack: [
            { text: 'Numéro d’ordre du reçu', fontSize: 8 },
            { text: receipt.number, bold: true, fontSize: 13 },
            ...(duplicate ? [{ text: 'DUPLICATA', bold: true, fontSize: 13 }] : []),
          ],
          alignment: 'right',
        },
      ],
    },
    ...cancelled,
    rule(),
  ];
}

/**
 * The receipt, built from its frozen snapshot only. `duplicate` says « Duplicata » (a reprint of
 * a receipt already handed out); a cancelled receipt says it is cancelled, and why.
 */
export function receiptDocument(
  receipt: ReceiptDocument,
  options: ReceiptDocumentOptions = {},
): PdfDocDefinition {
  const replaces =
    receipt.replaces !== '' ? [{ text: 'Ce reçu remplace un reçu annulé.', italics: true, fontSize: 7 }] : [];
  return {
    pageSize: 'A4',
    pageMargins: [36, 30, 36, 30],
    info: {
      title: `${options.duplicate ? 'Duplicata — ' : ''}Reçu fiscal ${receipt.number}`,
      author: receipt.organisation.name,
      subject: CERFA_MODELS[receipt.kind].number,
      creator: 'Tilleul',
    },
    defaultStyle: { fontSize: 8.5, lineHeight: 1.1 },
    content: [
      ...header(receipt, options.duplicate === true),
      ...beneficiary(receipt.organisation),
      rule(),
      ...donor(receipt),
      rule(),
      ...gifts(receipt),
      ...boxes(receipt),
      ...signature(receipt, options.signatureImage),
      ...replaces,
      {
        text: `Reçu ${receipt.number} — empreinte du contenu (SHA-256)${NBSP}: ${receipt.contentHash}`,
        fontSize: 6,
        margin: [0, 6, 0, 0],
      },
    ],
  };
}

/** The file name of a receipt's PDF: `recu-2026-A-0042.pdf`, `recu-2026-A-0042-duplicata.pdf`. */
export function receiptFileName(receipt: Pick<ReceiptDocument, 'number'>, duplicate = false): string {
  return `recu-${receipt.number}${duplicate ? '-duplicata' : ''}.pdf`;
}

/**
 * Several receipts in one PDF, one page each, for printing a batch (the annual receipts of a
 * year): the same pages as each receipt's own file.
 */
export function receiptsBatchDocument(
  receipts: readonly ReceiptDocument[],
  options: ReceiptDocumentOptions = {},
): PdfDocDefinition {
  if (receipts.length === 0) throw new RangeError('Aucun reçu à imprimer.');
  return stackDocuments(
    receipts.map((receipt) => receiptDocument(receipt, options)),
    `Reçus fiscaux (${receipts.length})`,
  );
}
