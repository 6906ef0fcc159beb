/**
 * Bytes of an imported file to text. Associations bring CSV files saved by HelloAsso (UTF-8 with
 * a BOM), by LibreOffice (UTF-8 without one) and by Excel on a French PC (« CSV (séparateur :
 * point-virgule) », Windows-1252). Strict UTF-8 is tried first: a Windows-1252 file with an
 * accent is almost never valid UTF-8, so the fall-back is safe; the reverse guess would turn
 * « é » into « Ã© » without a word.
 */
export type ImportEncoding = 'utf-8-bom' | 'utf-8' | 'windows-1252';

export type DecodedText =
  { ok: true; text: string; encoding: ImportEncoding } | { ok: false; message: string };

/** Above this, a file is not an association's export: refused before anything is decoded. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

/**
 * A file over `MAX_IMPORT_BYTES`, said in French; checked on the file's size before a byte is
 * read (a 50 MB file is never loaded whole into the renderer's memory).
 */
export function importSizeProblem(size: number): string | undefined {
  if (size <= MAX_IMPORT_BYTES) return undefined;
  return (
    `Ce fichier pèse ${Math.round(size / 1024 / 1024)} Mo : c’est plus que les ` +
    `${MAX_IMPORT_BYTES / 1024 / 1024} Mo qu’un import accepte (des dizaines de milliers de lignes). ` +
    'Coupez-le en plusieurs fichiers, ou enregistrez seulement la feuille utile.'
  );
}

const BINARY_MESSAGE =
  'Ce fichier n’est pas un tableau en texte (CSV) : enregistrez-le depuis votre tableur au ' +
  'format « CSV » ou « Classeur Excel (.xlsx) », puis choisissez-le à nouveau.';

export const ENCODING_LABELS: Record<ImportEncoding, string> = {
  'utf-8-bom': 'UTF-8 (avec BOM)',
  'utf-8': 'UTF-8',
  'windows-1252': 'Windows-1252 (Excel)',
};

/**
 * Bytes 0x80–0x9F of Windows-1252 (€, œ, Œ, typographic quotes…). Browsers decode them so; Node
 * built without full ICU decodes the label as Latin-1 and gives C1 controls: mapped here, so that
 * « œuvre » and « 15 € » read the same everywhere.
 */
const WINDOWS_1252_C1 =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';
const C1 = /[\u0080-\u009f]/g;

function hasBom(bytes: Uint8Array): boolean {
  return bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}

/** A NUL byte never appears in a text table; every binary format (XLSX, PDF, images) has some. */
function looksBinary(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, 64 * 1024);
  for (let i = 0; i < end; i += 1) if (bytes[i] === 0) return true;
  return false;
}

export function decodeImportBytes(bytes: Uint8Array): DecodedText {
  const tooLarge = importSizeProblem(bytes.length);
  if (tooLarge) return { ok: false, message: tooLarge };
  if (
    bytes.length >= 2 &&
    ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
  ) {
    return {
      ok: false,
      message:
        'Ce fichier est en UTF-16 (« Texte Unicode » d’Excel) : enregistrez-le plutôt au format ' +
        '« CSV UTF-8 » ou « Classeur Excel (.xlsx) ».',
    };
  }
  if (looksBinary(bytes)) return { ok: false, message: BINARY_MESSAGE };
  const bom = hasBom(bytes);
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { ok: true, text, encoding: bom ? 'utf-8-bom' : 'utf-8' };
  } catch {
    // Not UTF-8: the Windows code page of French Excel. Every byte has a character there.
    const text = new TextDecoder('windows-1252')
      .decode(bytes)
      .replace(C1, (c) => WINDOWS_1252_C1[c.charCodeAt(0) - 0x80] ?? c);
    return { ok: true, text, encoding: 'windows-1252' };
  }
}
