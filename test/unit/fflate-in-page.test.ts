import { unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { strToU8, unzip, zip } from '../../build/fflate-in-page';

// Past fflate's thresholds: 160 KB to zip, 512 KB to unzip, where its own zip()/unzip() would
// start a Web Worker (a `blob:` one in a browser, which the app's policy refuses).
const sheet = strToU8('<row><c>Hélène Dupré</c><c>1 250,00</c></row>'.repeat(20_000));
const files = { 'xl/worksheets/sheet1.xml': sheet, '[Content_Types].xml': strToU8('<Types/>') };

describe('fflate for the XLSX libraries, in the page (build/fflate-in-page.ts)', () => {
  it('zips a large workbook through the same callback, readable by fflate itself', async () => {
    expect(sheet.byteLength).toBeGreaterThan(512 * 1024);
    let answeredDuringTheCall = false;
    const archive = await new Promise<Uint8Array>((resolve, reject) => {
      let returned = false;
      zip(files, { level: 6 }, (error, data) => {
        answeredDuringTheCall = !returned;
        if (error) reject(error);
        else resolve(data);
      });
      returned = true;
    });
    expect(answeredDuringTheCall).toBe(false);
    expect(unzipSync(archive)).toEqual(files);
  });

  it('unzips a large workbook with the filter read-excel-file gives, and its error for a bad file', async () => {
    const archive = zipSync(files);
    const kept = await new Promise((resolve, reject) =>
      unzip(archive, { filter: (file) => file.name.startsWith('xl/') }, (error, data) =>
        error ? reject(error) : resolve(data),
      ),
    );
    expect(kept).toEqual({ 'xl/worksheets/sheet1.xml': sheet });
    // Not a zip: fflate's own error, whose numeric code read-excel-file turns into « invalid file ».
    const failure = await new Promise<unknown>((resolve) =>
      unzip(strToU8('pas un classeur'), (error) => resolve(error)),
    );
    expect(typeof (failure as { code?: unknown }).code).toBe('number');
  });

  it('a cancelled call never answers', async () => {
    let answered = false;
    const cancel = zip(files, () => {
      answered = true;
    });
    cancel();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(answered).toBe(false);
  });
});
