import { describe, expect, it } from 'vitest';
import type { Cents } from '@shared/money/cents';
import { attendanceDocumentSchema } from '@shared/events/attendance';
import { notesAfterCorrection } from '@shared/events/door-payment-correction';
import { isWellFormedText } from '@shared/text/unicode';

describe('the notes after a door payment correction', () => {
  it('keep the correction whole within the notes’ 500 characters, the oldest text giving way', () => {
    const long = `${'😀'.repeat(240)}fin`;
    const notes = notesAfterCorrection(long, 1000 as Cents, { amount: 0 as Cents, reason: 'r'.repeat(200) });
    expect(notes.length).toBeLessThanOrEqual(500);
    expect(notes.endsWith(`Raison : ${'r'.repeat(200)}`)).toBe(true);
    expect(notes).toContain('fin\nPaiement à l’entrée corrigé : 10,00\u00a0€ → 0,00\u00a0€.');
    // Never half an emoji: every surrogate is paired.
    expect(isWellFormedText(notes)).toBe(true);
    expect(attendanceDocumentSchema.shape.notes.safeParse(notes).success).toBe(true);
  });

  it('starts the notes when there were none', () => {
    expect(notesAfterCorrection('', 500 as Cents, { amount: 800 as Cents, reason: '' })).toBe(
      'Paiement à l’entrée corrigé : 5,00\u00a0€ → 8,00\u00a0€.',
    );
  });
});
