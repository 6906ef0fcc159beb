import { describe, expect, it, vi } from 'vitest';
import { generateDemoAssociation } from '@shared/demo/demo-association';
import { collectionSpecs } from '@shared/schema/collections';
import { checkPulledDocument } from '@shared/sync/pulled-document';

const demo = generateDemoAssociation({ size: 'small', seed: 7 });
const person = demo.people[0];
if (!person) throw new Error('the demo has people');

describe('a pulled document', () => {
  it('of a collection with migrations is checked by its schema once when it fits (issue 19)', () => {
    const spec = collectionSpecs.people;
    expect(spec.version).toBeGreaterThan(0);
    const parse = vi.spyOn(spec.schema, 'safeParse');
    try {
      const checked = checkPulledDocument(spec, JSON.parse(JSON.stringify({ ...person, _deleted: false })));
      expect(checked).toEqual({ ok: true, document: { ...person, _deleted: false } });
      expect(parse).toHaveBeenCalledTimes(1);
    } finally {
      parse.mockRestore();
    }
  });

  it('that fits no version is refused with what is wrong, and one without `_deleted` too', () => {
    const spec = collectionSpecs.people;
    const wrong = checkPulledDocument(spec, { ...person, lastName: 42, _deleted: false });
    expect(wrong.ok).toBe(false);
    if (!wrong.ok) expect(wrong.issues.some((issue) => issue.startsWith('lastName:'))).toBe(true);
    const undeclared = checkPulledDocument(spec, { ...person });
    expect(undeclared).toEqual({ ok: false, documentId: person.id, issues: ['_deleted'] });
  });
});
