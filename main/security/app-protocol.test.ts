import * as nodePath from 'node:path';
import { describe, expect, it } from 'vitest';
import { mimeTypeFor, resolveAppFile } from './app-protocol';

const root = '/opt/tilleul/dist/renderer';
const resolve = (url: string) => resolveAppFile(url, root, nodePath.posix);

describe('resolveAppFile', () => {
  it('maps the origin root and /index.html to the entry document', () => {
    const expected = { ok: true, filePath: `${root}/index.html`, mimeType: 'text/html; charset=utf-8' };
    expect(resolve('app://tilleul/')).toEqual(expected);
    expect(resolve('app://tilleul')).toEqual(expected);
    expect(resolve('app://tilleul/index.html')).toEqual(expected);
    expect(resolve('app://tilleul/index.html?x=1#/membres')).toEqual(expected);
  });

  it('maps assets inside the build folder, decoding ordinary escapes', () => {
    expect(resolve('app://tilleul/assets/index-Bx12.js')).toEqual({
      ok: true,
      filePath: `${root}/assets/index-Bx12.js`,
      mimeType: 'text/javascript; charset=utf-8',
    });
    expect(resolve('app://tilleul/assets/r%C3%A9gion%20nord.png')).toMatchObject({
      ok: true,
      filePath: `${root}/assets/région nord.png`,
    });
  });

  it('keeps literal and %2e dot segments inside the build folder', () => {
    // The URL parser resolves these before we see them; the result must still be under root.
    for (const url of [
      'app://tilleul/../../etc/passwd',
      'app://tilleul/assets/../../../etc/passwd',
      'app://tilleul/%2e%2e/%2e%2e/etc/passwd',
      'app://tilleul/.%2E/secret',
      'app://tilleul/assets/%2e%2e',
    ]) {
      const result = resolve(url);
      if (result.ok) expect(result.filePath.startsWith(`${root}/`), url).toBe(true);
    }
  });

  it('refuses encoded separators that would climb out of the build folder', () => {
    for (const url of [
      'app://tilleul/..%2f..%2fetc%2fpasswd',
      'app://tilleul/assets/..%2F..%2F..%2Fsecret',
      'app://tilleul/..%5c..%5cwindows%5cwin.ini',
      'app://tilleul/%2fetc%2fpasswd',
      'app://tilleul/%2e%2e%2fsecret',
    ]) {
      expect(resolve(url), url).toEqual({ ok: false, status: 403 });
    }
  });

  it('refuses absolute paths, drive letters, NTFS streams and control characters', () => {
    for (const url of [
      'app://tilleul/C:%5cWindows%5cwin.ini',
      'app://tilleul/C:/Windows/win.ini',
      'app://tilleul/index.html:secret',
      'app://tilleul/index.html%00.png',
      'app://tilleul/a%0Ab',
    ]) {
      expect(resolve(url), url).toEqual({ ok: false, status: 403 });
    }
  });

  it('refuses malformed escapes', () => {
    expect(resolve('app://tilleul/%E0%A4%A')).toEqual({ ok: false, status: 400 });
  });

  it('serves no directory listing', () => {
    expect(resolve('app://tilleul/assets/')).toEqual({ ok: false, status: 404 });
    expect(resolve('app://tilleul//etc/passwd')).toEqual({ ok: false, status: 404 });
  });

  it('answers nothing for another origin', () => {
    expect(resolve('app://evil/index.html')).toEqual({ ok: false, status: 404 });
    expect(resolve('file:///opt/tilleul/dist/renderer/index.html')).toEqual({ ok: false, status: 404 });
  });

  it('stays inside the build folder with Windows path rules too', () => {
    const winRoot = 'C:\\Program Files\\Tilleul\\resources\\app.asar\\dist\\renderer';
    const ok = resolveAppFile('app://tilleul/assets/app.js', winRoot, nodePath.win32);
    expect(ok).toEqual({
      ok: true,
      filePath: `${winRoot}\\assets\\app.js`,
      mimeType: 'text/javascript; charset=utf-8',
    });
    expect(resolveAppFile('app://tilleul/..%5c..%5csecret', winRoot, nodePath.win32)).toEqual({
      ok: false,
      status: 403,
    });
    expect(resolveAppFile('app://tilleul/D:%5csecret', winRoot, nodePath.win32)).toEqual({
      ok: false,
      status: 403,
    });
  });
});

describe('mimeTypeFor', () => {
  it('knows what a Vite build emits', () => {
    expect(mimeTypeFor('index.html')).toBe('text/html; charset=utf-8');
    expect(mimeTypeFor('a.JS')).toBe('text/javascript; charset=utf-8');
    expect(mimeTypeFor('a.css')).toBe('text/css; charset=utf-8');
    expect(mimeTypeFor('a.woff2')).toBe('font/woff2');
    expect(mimeTypeFor('a.svg')).toBe('image/svg+xml');
  });

  it('serves anything else as opaque bytes', () => {
    expect(mimeTypeFor('a.exe')).toBe('application/octet-stream');
    expect(mimeTypeFor('README')).toBe('application/octet-stream');
  });
});
