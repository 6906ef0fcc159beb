import { describe, expect, it } from 'vitest';
import { detectHeaderIndex, detectSeparator, readCsvTable } from '@shared/import/table';

describe('detectSeparator', () => {
  it('finds ; , and tab, decimal commas and quoted separators notwithstanding', () => {
    expect(detectSeparator('Nom;Montant;Ville\nDupont;15,00;Sarlat\nRoy;1 250,00;"Domme; bourg"\n')).toBe(
      ';',
    );
    expect(detectSeparator('Nom,Montant,Ville\nDupont,"15,00",Sarlat\nRoy,"1 250,00",Domme\n')).toBe(',');
    expect(detectSeparator('Nom\tMontant\tVille\nDupont\t15,00\tSarlat\n')).toBe('\t');
  });

  it('one broken row does not change the answer', () => {
    expect(detectSeparator('a;b;c\n1;2;3\n4;5;6;7\n8;9;10\n')).toBe(';');
  });
});

describe('detectHeaderIndex', () => {
  it('skips a title, an export date and blank rows above the header', () => {
    const rows = [
      ['Liste des adhérents', '', ''],
      ['Exporté le 01/12/2025', '', ''],
      ['', '', ''],
      ['Nom', 'Prénom', 'Ville'],
      ['Dupont', 'Jean', 'Sarlat'],
    ];
    expect(detectHeaderIndex(rows)).toBe(3);
  });

  it('a table of figures has no header', () => {
    expect(
      detectHeaderIndex([
        ['1', '2'],
        ['3,5', '4'],
      ]),
    ).toBe(-1);
  });
});

describe('readCsvTable', () => {
  it('numbers rows as the spreadsheet does, a quoted line break inside one row', () => {
    const table = readCsvTable(
      '\ufeffTitre de l’export\n\nNom;Adresse\nDupont;"1 rue\ndu Pont"\nRoy;Domme\n',
    );
    expect(table.headerLine).toBe(3);
    expect(table.header).toEqual(['Nom', 'Adresse']);
    expect(table.rows).toEqual([
      { line: 4, cells: ['Dupont', '1 rue\ndu Pont'] },
      { line: 5, cells: ['Roy', 'Domme'] },
    ]);
  });

  it('a trailing separator (Excel) is no column; empty cells after the header width are dropped', () => {
    const table = readCsvTable('Nom;Ville;\nDupont;Sarlat;\n');
    expect(table.header).toEqual(['Nom', 'Ville']);
    expect(table.rows).toEqual([{ line: 2, cells: ['Dupont', 'Sarlat'] }]);
    expect(table.errors).toEqual([]);
  });

  it('an over-long cell is an error of its row', () => {
    const table = readCsvTable(`Nom;Ville\nDupont;${'x'.repeat(6000)}\nRoy;Domme\n`);
    expect(table.rows.map((row) => row.line)).toEqual([3]);
    expect(table.errors[0]).toMatchObject({
      line: 2,
      message: expect.stringMatching(/dépasse 5000 caractères/),
    });
  });
});
