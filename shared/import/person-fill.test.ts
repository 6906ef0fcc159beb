import { describe, expect, it } from 'vitest';
import { emptyFieldsFilled, fillUndone, saidFields, withFill } from '@shared/import/person-fill';
import { makePerson } from '@shared/members/testing';

const file = {
  email: 'lea.roy@example.org',
  phone: '06 12 34 56 78',
  birthDate: '1984-03-12',
  address: { line1: '3 rue des Tilleuls', line2: '', postalCode: '24250', city: 'Domme' },
};

describe('filling the empty fields of a person already in Tilleul', () => {
  it('fills only what the record lacks, and an address only into none', () => {
    const lea = makePerson({ id: 'lea', firstName: 'Léa', lastName: 'Roy', phone: '05 53 00 00 00' });
    const changes = emptyFieldsFilled(lea, file);
    expect(changes).toEqual([
      { field: 'email', value: 'lea.roy@example.org' },
      { field: 'birthDate', value: '1984-03-12' },
      { field: 'address.line1', value: '3 rue des Tilleuls' },
      { field: 'address.postalCode', value: '24250' },
      { field: 'address.city', value: 'Domme' },
    ]);
    expect(saidFields(changes)).toBe('e-mail, date de naissance, adresse');
    const filled = withFill(lea, changes);
    expect(filled).toMatchObject({ phone: '05 53 00 00 00', email: 'lea.roy@example.org' });
    expect(filled.address).toEqual({ ...lea.address, ...file.address });
    // Nothing left to fill: a second import of the file changes nothing.
    expect(emptyFieldsFilled(filled, file)).toEqual([]);
    // A record with a city keeps its address; a file without a city brings none.
    const housed = makePerson({
      id: 'h',
      firstName: 'A',
      lastName: 'B',
      address: { ...lea.address, city: 'Sarlat' },
    });
    expect(emptyFieldsFilled(housed, file).map((c) => c.field)).toEqual(['email', 'phone', 'birthDate']);
    expect(
      emptyFieldsFilled(lea, { ...file, address: { ...file.address, city: '' } }).map((c) => c.field),
    ).toEqual(['email', 'birthDate']);
  });

  it('writes over nothing that arrived meanwhile (a field, or an address)', () => {
    const lea = makePerson({ id: 'lea', firstName: 'Léa', lastName: 'Roy' });
    const changes = emptyFieldsFilled(lea, file);
    const meanwhile = { ...lea, email: 'lea@tilleul.fr', address: { ...lea.address, city: 'Sarlat' } };
    const written = withFill(meanwhile, changes);
    expect(written.email).toBe('lea@tilleul.fr');
    expect(written.address).toEqual(meanwhile.address);
    expect(written.phone).toBe('06 12 34 56 78');
  });

  it('is undone where the import’s value still stands, and keeps what was corrected since', () => {
    const lea = makePerson({ id: 'lea', firstName: 'Léa', lastName: 'Roy' });
    const changes = emptyFieldsFilled(lea, file);
    const corrected = { ...withFill(lea, changes), phone: '07 00 00 00 00' };
    const undone = fillUndone(corrected, changes);
    expect(undone.kept).toEqual(['phone']);
    expect(undone.person).toMatchObject({ email: '', birthDate: '', phone: '07 00 00 00 00' });
    expect(undone.person.address).toEqual(lea.address);
  });
});
