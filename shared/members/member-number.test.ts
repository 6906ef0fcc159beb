import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assignMemberNumbers,
  compareMemberNumbers,
  ensureMemberNumber,
  formatMemberNumber,
  nextMemberNumber,
  parseMemberNumber,
} from '@shared/members/member-number';

describe('member numbers', () => {
  it('formats with the device series and at least four digits', () => {
    expect(formatMemberNumber('A', 42)).toBe('A-0042');
    expect(formatMemberNumber('B', 12345)).toBe('B-12345');
    expect(() => formatMemberNumber('a', 1)).toThrow(RangeError);
    expect(() => formatMemberNumber('A', 0)).toThrow(RangeError);
  });

  it('continues after the highest number of its own series it can see, ignoring others and gaps', () => {
    expect(nextMemberNumber('A', [])).toBe('A-0001');
    expect(nextMemberNumber('A', ['A-0001', 'A-0007', 'B-0099', '', 'garbage', 'A-0003'])).toBe('A-0008');
    expect(nextMemberNumber('B', ['A-0001', 'A-0007', 'B-0099'])).toBe('B-0100');
    expect(nextMemberNumber('A', ['A-9999'])).toBe('A-10000');
  });

  it('two devices numbering offline from the same data never collide', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 5000 }), { maxLength: 30 }), (sequences) => {
        const seen = sequences.map((s) => formatMemberNumber('A', s));
        const a = assignMemberNumbers([{ memberNumber: '' }, { memberNumber: '' }], 'A', seen);
        const b = assignMemberNumbers([{ memberNumber: '' }, { memberNumber: '' }], 'B', seen);
        const all = [...seen, ...a.map((p) => p.memberNumber), ...b.map((p) => p.memberNumber)];
        expect(new Set(all).size).toBe(new Set(seen).size + 4);
      }),
    );
  });

  it('is stable once given, even when the device now has another series', () => {
    const person = { id: 'p1', memberNumber: 'A-0042' };
    expect(ensureMemberNumber(person, 'C', ['C-0100'])).toBe(person);
    expect(ensureMemberNumber({ id: 'p2', memberNumber: '' }, 'C', ['C-0100']).memberNumber).toBe('C-0101');
  });

  it('numbers a batch in order without reusing a number of the same batch', () => {
    const result = assignMemberNumbers(
      [{ memberNumber: '' }, { memberNumber: 'A-0002' }, { memberNumber: '' }],
      'A',
      ['A-0005'],
    );
    expect(result.map((p) => p.memberNumber)).toEqual(['A-0006', 'A-0002', 'A-0007']);
  });

  it('parses and sorts numerically by series', () => {
    expect(parseMemberNumber('A-0042')).toEqual({ series: 'A', sequence: 42 });
    expect(parseMemberNumber('A-0000')).toBeUndefined();
    expect(parseMemberNumber('a-0042')).toBeUndefined();
    expect(['A-10000', 'B-0001', '', 'A-9999'].sort(compareMemberNumbers)).toEqual([
      'A-9999',
      'A-10000',
      'B-0001',
      '',
    ]);
  });
});
