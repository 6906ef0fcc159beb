import { describe, expect, it } from 'vitest';
import { decodeImportBytes, MAX_IMPORT_BYTES } from '@shared/import/decode';

const utf8 = (text: string) => new TextEncoder().encode(text);
/** « Prénom;Société » as French Excel saves it: Windows-1252, é = 0xE9. */
const cp1252 = Uint8Array.from(
  [...'Pr', 0xe9, ...'nom;Soci', 0xe9, 0x74, 0xe9, ...'\r\n', 0x80, 0x9c],
  (c) => (typeof c === 'number' ? c : c.charCodeAt(0)),
);

describe('decodeImportBytes', () => {
  it('UTF-8 with a BOM, without one, and Windows-1252 (with the euro sign)', () => {
    expect(decodeImportBytes(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('Prénom;€')]))).toEqual({
      ok: true,
      text: 'Prénom;€',
      encoding: 'utf-8-bom',
    });
    expect(decodeImportBytes(utf8('Prénom;€'))).toEqual({ ok: true, text: 'Prénom;€', encoding: 'utf-8' });
    expect(decodeImportBytes(cp1252)).toEqual({
      ok: true,
      text: 'Prénom;Société\r\n€œ',
      encoding: 'windows-1252',
    });
  });

  it('refuses binary files, UTF-16 and oversized files with a French next step', () => {
    const xlsxLike = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]);
    expect(decodeImportBytes(xlsxLike)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/enregistrez-le/),
    });
    expect(decodeImportBytes(Uint8Array.from([0xff, 0xfe, 0x41, 0x00]))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/UTF-16/),
    });
    expect(decodeImportBytes(new Uint8Array(MAX_IMPORT_BYTES + 1))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/Mo/),
    });
  });

  it('an empty file decodes to empty text (the parser then says it is empty)', () => {
    expect(decodeImportBytes(new Uint8Array())).toEqual({ ok: true, text: '', encoding: 'utf-8' });
  });
});
