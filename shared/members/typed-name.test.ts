import { describe, expect, it } from 'vitest';
import { splitTypedName } from '@shared/members/person';

describe('a name typed in a search, as a new file’s names', () => {
  it('takes the last word as the surname and the words before as first names', () => {
    expect(splitTypedName('  Lucie   Fabre ')).toEqual({ firstName: 'Lucie', lastName: 'Fabre' });
    expect(splitTypedName('Jean Pierre Martin')).toEqual({ firstName: 'Jean Pierre', lastName: 'Martin' });
  });
  it('reads one word as a surname, and nothing as nothing', () => {
    expect(splitTypedName('Fabre')).toEqual({ firstName: '', lastName: 'Fabre' });
    expect(splitTypedName('   ')).toEqual({ firstName: '', lastName: '' });
  });
});
