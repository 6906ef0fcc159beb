import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import { deName } from '@shared/format/french-elision';

/** Typed key by key over what the field held (today's date, say), as a treasurer would, then Tab. */
export async function typeOver(field: Locator, text: string) {
  await field.click();
  await field.press('Control+a');
  await field.pressSequentially(text, { delay: 10 });
  await field.press('Tab');
}

export interface Gift {
  amount: string;
  date: string;
  method: string;
  /** Number and bank of a cheque. */
  cheque?: [string, string];
  campaign?: string;
}

/** One gift typed into the donation form already open for its donor, saved, and the form closed. */
export async function recordGift(page: Page, gift: Gift) {
  await typeOver(page.getByRole('textbox', { name: 'Montant' }), gift.amount);
  await typeOver(page.getByRole('textbox', { name: 'Date du versement' }), gift.date);
  await page.getByRole('combobox', { name: 'Mode de versement' }).click();
  await page.getByRole('option', { name: gift.method }).click();
  if (gift.cheque) {
    await typeOver(page.getByRole('textbox', { name: 'Numéro du chèque' }), gift.cheque[0]);
    await typeOver(page.getByRole('textbox', { name: 'Banque' }), gift.cheque[1]);
  }
  if (gift.campaign) await typeOver(page.getByRole('combobox', { name: 'Campagne' }), gift.campaign);
  await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  // The form closes once the gift is written: the notice alone may still be the previous gift's,
  // and a page left before the write would ask to discard it.
  await expect(page.getByRole('textbox', { name: 'Montant' })).toBeHidden();
  await expect(page.getByText('Don enregistré.').last()).toBeVisible();
}

/** A gift by cheque from the person whose page is open (its « Dons » tab, then the form). */
export async function chequeGift(
  page: Page,
  donor: string,
  amount: string,
  date: string,
  cheque: [string, string],
) {
  await page.getByRole('tab', { name: 'Dons' }).click();
  await page.getByRole('link', { name: `Enregistrer un don ${deName(donor)}` }).click();
  await recordGift(page, { amount, date, method: 'Chèque', cheque });
}
