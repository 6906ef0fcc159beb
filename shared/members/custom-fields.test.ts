import { describe, expect, it } from 'vitest';
import type { CustomFieldDefinitionInput } from '@shared/members/custom-fields';
import {
  customFieldDefinitionSchema,
  customFieldsSettingSchema,
  customFieldValuesSchema,
  validateCustomFieldValues,
} from '@shared/members/custom-fields';

const definitions = customFieldsSettingSchema.parse({
  fields: [
    { id: 'taille', label: 'Taille', type: 'choice', choices: ['S', 'M', 'L'] },
    { id: 'certificat', label: 'Certificat médical', type: 'date', required: true },
    { id: 'licence', label: 'N° de licence', type: 'text' },
    { id: 'enfants', label: 'Enfants', type: 'number' },
    { id: 'benevole', label: 'Bénévole', type: 'boolean' },
    { id: 'ancien', label: 'Ancien champ', type: 'text', archived: true },
  ] satisfies CustomFieldDefinitionInput[],
}).fields;

describe('custom field definitions', () => {
  it('requires at least two distinct choices for a choice field, none otherwise', () => {
    const issues = (field: CustomFieldDefinitionInput) =>
      customFieldDefinitionSchema.safeParse(field).error?.issues.map((issue) => issue.message) ?? [];
    expect(issues({ id: 'x', label: 'X', type: 'choice', choices: ['A'] })).toContain(
      'errors.members.customFieldChoicesRequired',
    );
    expect(issues({ id: 'x', label: 'X', type: 'choice', choices: ['A', 'A'] })).toContain(
      'errors.members.customFieldChoicesDuplicate',
    );
    expect(issues({ id: 'x', label: 'X', type: 'text', choices: ['A', 'B'] })).toContain(
      'errors.members.customFieldChoicesOnlyForChoice',
    );
    expect(issues({ id: 'Taille T-shirt', label: 'X', type: 'text' })).toContain(
      'errors.members.customFieldIdFormat',
    );
  });

  it('refuses two fields with the same id', () => {
    const result = customFieldsSettingSchema.safeParse({
      fields: [
        { id: 'a', label: 'A', type: 'text' },
        { id: 'a', label: 'B', type: 'text' },
      ],
    });
    expect(result.error?.issues[0]?.message).toBe('errors.members.customFieldIdDuplicate');
  });
});

describe('custom field values', () => {
  it('accepts values of the right type, drops empty ones and keeps archived or unknown fields', () => {
    const values = customFieldValuesSchema(definitions).parse({
      taille: 'M',
      certificat: '2025-09-10',
      licence: '  ',
      enfants: 2,
      benevole: false,
      ancien: 'gardé',
      supprime: 'gardé aussi',
    });
    expect(values).toEqual({
      taille: 'M',
      certificat: '2025-09-10',
      enfants: 2,
      benevole: false,
      ancien: 'gardé',
      supprime: 'gardé aussi',
    });
  });

  it('explains each wrong value with its field', () => {
    expect(
      validateCustomFieldValues(
        { taille: 'XXL', certificat: '2025-02-31', enfants: 'deux', benevole: 'oui' },
        definitions,
      ),
    ).toEqual([
      { fieldId: 'taille', message: 'errors.members.customFieldChoice' },
      { fieldId: 'certificat', message: 'errors.common.isoDate' },
      { fieldId: 'enfants', message: 'errors.members.customFieldNumber' },
      { fieldId: 'benevole', message: 'errors.members.customFieldBoolean' },
    ]);
    expect(validateCustomFieldValues({}, definitions)).toEqual([
      { fieldId: 'certificat', message: 'errors.members.customFieldRequired' },
    ]);
  });
});
