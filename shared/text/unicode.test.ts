import { describe, expect, it } from 'vitest';
import {
  hasControlCharacters,
  isWellFormedText,
  printable,
  sliceWhole,
  truncateText,
} from '@shared/text/unicode';

describe('text at the boundaries', () => {
  it('never cuts an emoji in two', () => {
    const text = 'ab😀cd';
    expect(sliceWhole(text, 3)).toBe('ab');
    expect(sliceWhole(text, 4)).toBe('ab😀');
    expect(sliceWhole(text, 10)).toBe(text);
    for (let max = 0; max <= text.length; max++) {
      expect(isWellFormedText(sliceWhole(text, max))).toBe(true);
      expect(isWellFormedText(truncateText(text, Math.max(1, max)))).toBe(true);
    }
    expect(truncateText('ab😀cd', 4)).toBe('ab…');
    expect(truncateText('abc', 4)).toBe('abc');
  });

  it('finds lone surrogates', () => {
    expect(isWellFormedText('é😀')).toBe(true);
    expect(isWellFormedText('a\ud800')).toBe(false);
    expect(isWellFormedText('\udc00b')).toBe(false);
  });

  it('finds and removes what drives a terminal', () => {
    expect(hasControlCharacters('Porte 1')).toBe(false);
    expect(hasControlCharacters('Porte\u001b[2J')).toBe(true);
    expect(hasControlCharacters('a\u202eb')).toBe(true);
    expect(hasControlCharacters('a\u009bb')).toBe(true);
    expect(printable('\u001b[2J\u001b[HPorte\u0007 1\r\n')).toBe('[2J[HPorte 1');
    expect(printable('x\ud800')).toBe('x\ufffd');
    expect(printable('Café 😀')).toBe('Café 😀');
  });
});
