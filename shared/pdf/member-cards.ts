import type { Organisation } from '@shared/schema/organisation';
import type { PersonDocument } from '@shared/members/person';
import { displayName } from '@shared/members/person';
import type { Season } from '@shared/members/season';
import type { PdfCanvas, PdfContent, PdfDocDefinition, PdfLine, Pt } from '@shared/pdf/doc-definition';
import { A4, MM } from '@shared/pdf/doc-definition';
import { sliceWhole } from '@shared/text/unicode';

/**
 * Member cards on A4 sheets, as a pdfmake document definition (plain data: the renderer prints
 * it in the browser, tests and the benchmark in Node).
 *
 * Cards sit edge to edge in a grid centred on the page, so one straight cut separates two
 * cards; cut marks in the margins show where the cuts go, and a hairline outline helps with
 * scissors. Everything is placed absolutely: a long name can never shift the next card off its
 * marks.
 */
export const MEMBER_CARDS_PER_PAGE = [8, 10] as const;
export type MemberCardsPerPage = (typeof MEMBER_CARDS_PER_PAGE)[number];

interface CardFormat {
  columns: number;
  rows: number;
  width: Pt;
  height: Pt;
}

const FORMATS: Readonly<Record<MemberCardsPerPage, CardFormat>> = {
  // ISO/IEC 7810 ID-1, the size of a bank card: fits a wallet.
  10: { columns: 2, rows: 5, width: 85.6 * MM, height: 53.98 * MM },
  // A little larger, easier to read and to cut by hand.
  8: { columns: 2, rows: 4, width: 90 * MM, height: 65 * MM },
};

export interface CardSlot {
  x: Pt;
  y: Pt;
  width: Pt;
  height: Pt;
}

/** Where each card of a page goes, row by row, in points from the page's top-left corner. */
export function memberCardSlots(perPage: MemberCardsPerPage): CardSlot[] {
  const { columns, rows, width, height } = FORMATS[perPage];
  const left = (A4.width - columns * width) / 2;
  const top = (A4.height - rows * height) / 2;
  const slots: CardSlot[] = [];
  for (let row = 0; row < rows; row++) {
    for (let column = 0; column < columns; column++) {
      slots.push({ x: left + column * width, y: top + row * height, width, height });
    }
  }
  return slots;
}

export interface MemberCardsLabels {
  /** « Carte d'adhérent » */
  cardTitle: string;
  /** « N° » */
  number: string;
  /** « Saison » */
  season: string;
  /** PDF metadata title, « Cartes d'adhérent 2025-2026 » */
  documentTitle: string;
}

export type MemberCardPerson = Pick<PersonDocument, 'firstName' | 'lastName' | 'memberNumber'>;

export interface MemberCardsInput {
  people: readonly MemberCardPerson[];
  organisation: Pick<Organisation, 'name' | 'logo'>;
  season: Pick<Season, 'label'>;
  perPage: MemberCardsPerPage;
  labels: MemberCardsLabels;
}

const INK = '#1f2a24';
const MUTED = '#5c6b63';
const ACCENT = '#2f6b3a';
const GUIDE = '#9aa59f';
const PADDING = 4 * MM;
const CUT_GAP = 2 * MM;
const CUT_LENGTH = 5 * MM;

/** Long enough for real names, short enough to stay on two lines of a card. */
function clip(text: string, max: number): string {
  const trimmed = text.trim();
  return trimmed.length <= max ? trimmed : `${sliceWhole(trimmed, max - 1).trimEnd()}…`;
}

/** Only an embedded image: a web address would make pdfmake fetch it while printing. */
function isEmbeddedImage(logo: string): boolean {
  return /^data:image\/(png|jpeg);base64,/.test(logo);
}

function card(person: MemberCardPerson, slot: CardSlot, input: MemberCardsInput): PdfContent[] {
  const { organisation, season, labels } = input;
  const large = input.perPage === 8;
  const innerWidth = slot.width - 2 * PADDING;
  const innerHeight = slot.height - 2 * PADDING;
  const qrSize = Math.min(innerHeight - 4 * MM, large ? 32 * MM : 26 * MM);
  const gap = 3 * MM;
  const textWidth = innerWidth - qrSize - gap;
  const logoSize = large ? 12 * MM : 9 * MM;
  const name = clip(displayName(person), 44);
  const nameSize = name.length > 24 ? (large ? 11 : 10) : large ? 14 : 12;
  const hasLogo = isEmbeddedImage(organisation.logo);

  const header: PdfContent = {
    columns: [
      ...(hasLogo
        ? [{ width: logoSize, image: organisation.logo, fit: [logoSize, logoSize] as [Pt, Pt] }]
        : []),
      {
        width: '*' as const,
        text: clip(organisation.name, 60),
        bold: true,
        fontSize: large ? 9 : 8,
        color: ACCENT,
      },
    ],
    columnGap: 2 * MM,
  };

  const details: PdfContent = {
    stack: [
      header,
      {
        text: labels.cardTitle.toLocaleUpperCase('fr'),
        fontSize: large ? 7.5 : 6.5,
        color: MUTED,
        margin: [0, large ? 5 * MM : 3 * MM, 0, 1],
      },
      { text: name, bold: true, fontSize: nameSize, color: INK, lineHeight: 1.05 },
      ...(person.memberNumber
        ? [
            {
              text: `${labels.number} ${person.memberNumber}`,
              fontSize: large ? 11 : 10,
              color: INK,
              margin: [0, 2, 0, 0] as [Pt, Pt, Pt, Pt],
            },
          ]
        : []),
      {
        text: seasonLine(labels.season, season.label),
        fontSize: large ? 9.5 : 8.5,
        color: MUTED,
        margin: [0, 1, 0, 0],
      },
    ],
  };

  const outline: PdfCanvas = {
    absolutePosition: { x: slot.x, y: slot.y },
    canvas: [
      { type: 'rect', x: 0, y: 0, w: slot.width, h: slot.height, lineWidth: 0.3, lineColor: '#d5dbd7' },
    ],
  };

  const body: PdfContent = {
    absolutePosition: { x: slot.x + PADDING, y: slot.y + PADDING },
    columns: [
      { width: textWidth, ...details },
      ...(person.memberNumber
        ? [
            {
              width: qrSize,
              qr: person.memberNumber,
              fit: qrSize,
              eccLevel: 'M' as const,
              margin: [0, (innerHeight - qrSize) / 2, 0, 0] as [Pt, Pt, Pt, Pt],
            },
          ]
        : []),
    ],
    columnGap: gap,
  };
  return [outline, body];
}

/** Short ticks in the margins, in line with every cut, the same on every page. */
export function cutMarks(perPage: MemberCardsPerPage): PdfCanvas {
  const { columns, rows, width, height } = FORMATS[perPage];
  const [first] = memberCardSlots(perPage);
  const left = first?.x ?? 0;
  const top = first?.y ?? 0;
  const right = left + columns * width;
  const bottom = top + rows * height;
  const tick = (x1: Pt, y1: Pt, x2: Pt, y2: Pt): PdfLine => ({
    type: 'line',
    x1,
    y1,
    x2,
    y2,
    lineWidth: 0.5,
    lineColor: GUIDE,
  });
  const lines: PdfLine[] = [];
  for (let column = 0; column <= columns; column++) {
    const x = left + column * width;
    lines.push(tick(x, top - CUT_GAP - CUT_LENGTH, x, top - CUT_GAP));
    lines.push(tick(x, bottom + CUT_GAP, x, bottom + CUT_GAP + CUT_LENGTH));
  }
  for (let row = 0; row <= rows; row++) {
    const y = top + row * height;
    lines.push(tick(left - CUT_GAP - CUT_LENGTH, y, left - CUT_GAP, y));
    lines.push(tick(right + CUT_GAP, y, right + CUT_GAP + CUT_LENGTH, y));
  }
  return { absolutePosition: { x: 0, y: 0 }, canvas: lines };
}

/**
 * One card per person, in the order given (the caller keeps a family together), `perPage` cards
 * per A4 sheet. People without a member number get a card without number or QR code.
 */
export function memberCardsDocument(input: MemberCardsInput): PdfDocDefinition {
  const slots = memberCardSlots(input.perPage);
  const pages: PdfContent[] = [];
  for (let start = 0; start < input.people.length; start += slots.length) {
    const onPage = input.people.slice(start, start + slots.length);
    pages.push({
      stack: onPage.flatMap((person, index) => card(person, slots[index] as CardSlot, input)),
      ...(start > 0 ? { pageBreak: 'before' as const } : {}),
    });
  }
  return {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: [0, 0, 0, 0],
    info: { title: input.labels.documentTitle, creator: 'Tilleul' },
    background: cutMarks(input.perPage),
    content: pages,
    defaultStyle: { font: 'Roboto', fontSize: 9, color: INK },
  };
}

const LIGATURES: Readonly<Record<string, string>> = { œ: 'oe', Œ: 'OE', æ: 'ae', Æ: 'AE', ß: 'ss' };

/**
 * A file name every system accepts: accents dropped (œ written oe), anything but letters,
 * digits, dots and dashes turned into one dash (« cartes-adherent-2025-2026.pdf »).
 */
export function pdfFileName(base: string, fallback = 'cartes'): string {
  const safe = base
    .replace(/[œŒæÆß]/g, (letter) => LIGATURES[letter] ?? letter)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '');
  return `${safe || fallback}.pdf`;
}

/** One person's card, named so it is found in a folder: « carte-A-0042-Helene-Dupre-Lefevre.pdf ». */
export function memberCardFileName(person: MemberCardPerson): string {
  return pdfFileName(`carte-${person.memberNumber}-${displayName(person)}`, 'carte');
}

/**
 * « Saison 2026-2027 » on the card, whether the season is named « 2026-2027 » or already
 * « Saison 2026-2027 » (never « Saison Saison 2026-2027 »).
 */
export function seasonLine(word: string, label: string): string {
  return label.toLocaleLowerCase('fr').startsWith(word.toLocaleLowerCase('fr')) ? label : `${word} ${label}`;
}
