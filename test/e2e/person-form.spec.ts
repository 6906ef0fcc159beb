import { expect as baseExpect, test } from '@playwright/test';
import type { Page } from '@playwright/test';
import { ADMIN, firstRun, signIn } from './helpers';
import { createSeasonWithFamilyTariff } from './seasons';

// Generous: the suite shares a small build machine with other runs.
test.describe.configure({ timeout: 120_000 });
const expect = baseExpect.configure({ timeout: 15_000 });

/** Screenshots of each step, to look at (not compared): test-results/person-form/. */
const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/person-form/${name}.png` });

const heading = (page: Page, name: string) => page.getByRole('heading', { level: 1, name });
const unsavedQuestion = (page: Page) => page.getByRole('dialog', { name: 'Abandonner les modifications ?' });

/** The first account (helpers' firstRun), once the app has opened: cold starts are slow here. */
async function start(page: Page, path: string) {
  await page.goto(path);
  await expect(page.getByRole('heading', { name: 'Bienvenue dans Tilleul' })).toBeVisible();
  await firstRun(page, path);
}

/** From the member list: Alt+N, a first and last name, saved; ends on the new file. */
async function newPerson(page: Page, firstName: string, lastName: string) {
  await page.goto('/#/membres');
  await expect(heading(page, 'Membres')).toBeVisible();
  await page.keyboard.press('Alt+n');
  await expect(heading(page, 'Nouveau membre')).toBeVisible();
  await page.getByRole('textbox', { name: 'Prénom' }).fill(firstName);
  await page.getByRole('textbox', { name: /^Nom/ }).fill(lastName);
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(heading(page, `${firstName} ${lastName}`)).toBeVisible();
}

test('dates typed as a secretary types them: day first, kept, an impossible one refused', async ({
  page,
}) => {
  await start(page, '/#/membres');
  await expect(heading(page, 'Membres')).toBeVisible();

  // Alt+N from the list lands in the first field: typing starts at once.
  await page.keyboard.press('Alt+n');
  await expect(heading(page, 'Nouveau membre')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Prénom' })).toBeFocused();
  await page.keyboard.type('Jeanne');
  await page.getByRole('textbox', { name: /^Nom/ }).fill('Martin');
  const birthDate = page.getByRole('textbox', { name: 'Date de naissance' });
  // The calendar of an empty birth date starts from the years, not from this month's days.
  await page.getByRole('button', { name: 'Choisir la date dans un calendrier' }).first().click();
  const calendar = page.getByRole('dialog', { name: 'Choisir la date dans un calendrier' });
  const thisYear = new Date().getFullYear();
  await expect(calendar.getByRole('button', { name: String(thisYear), exact: true })).toBeVisible();
  // A birth date is never in the future: next year cannot be picked (shown in the same decade).
  if (thisYear % 10 !== 9) {
    await expect(calendar.getByRole('button', { name: String(thisYear + 1), exact: true })).toBeDisabled();
  }
  await page.keyboard.press('Escape');
  await expect(heading(page, 'Nouveau membre')).toBeVisible();
  await birthDate.click();
  await page.keyboard.type('14071985');
  await page.keyboard.press('Tab');
  await expect(birthDate).toHaveValue('14/07/1985');
  await shot(page, '01-birth-date-typed');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(heading(page, 'Jeanne Martin')).toBeVisible();
  await expect(page.getByText('Né(e) le 14 juillet 1985')).toBeVisible();
  // One notice for one save.
  await expect(page.getByText(/^Fiche créée\s: Jeanne Martin/)).toHaveCount(1);
  await shot(page, '02-birth-date-in-words');

  // A consent dated 31/02/2027: the French error stays under the field, the save is refused.
  await page.getByRole('link', { name: 'Modifier' }).click();
  await expect(heading(page, 'Modifier la fiche')).toBeVisible();
  await expect(birthDate).toHaveValue('14/07/1985');
  await page.getByText('Accordé', { exact: true }).first().click();
  const consentDate = page.getByRole('textbox', { name: 'Date de la décision : Droit à l’image' });
  await consentDate.click();
  await consentDate.press('Control+a');
  await page.keyboard.type('31/02/2027');
  // Enter in the field does not save the older date behind the unreadable text.
  await page.keyboard.press('Enter');
  await expect(page.getByText(/^Cette date n’existe pas\s: vérifiez le jour puis le mois/)).toBeVisible();
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByText('Certains champs sont à corriger')).toBeVisible();
  await expect(heading(page, 'Modifier la fiche')).toBeVisible();
  await expect(consentDate).toHaveValue('31/02/2027');
  // The keyboard is taken to the field to correct, not left on « Enregistrer ».
  await expect(consentDate).toBeFocused();
  await expect(page.getByText(/^Cette date n’existe pas\s: vérifiez le jour puis le mois/)).toBeVisible();
  await shot(page, '03-impossible-date-refused');

  // Corrected the short way, still day first: 3/4/25 is 3 April 2025.
  await consentDate.press('Control+a');
  await page.keyboard.type('3/4/25');
  await page.keyboard.press('Tab');
  await expect(consentDate).toHaveValue('03/04/2025');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(heading(page, 'Jeanne Martin')).toBeVisible();
  await expect(page.getByText('Droit à l’image : Accordé le 3 avril 2025')).toBeVisible();
  await expect(page.getByText('Né(e) le 14 juillet 1985')).toBeVisible();
  await expect(page.getByText('Fiche enregistrée.')).toHaveCount(1);
  await shot(page, '04-consent-date-saved');
});

test('Échap and the menu never drop what was typed without asking', async ({ page }) => {
  await start(page, '/#/membres');
  await newPerson(page, 'Paul', 'Roux');

  // No changes: Échap leaves the form as before.
  await page.getByRole('link', { name: 'Modifier' }).click();
  await expect(heading(page, 'Modifier la fiche')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(heading(page, 'Paul Roux')).toBeVisible();

  // Échap in the open calendar closes the calendar only.
  await page.getByRole('link', { name: 'Modifier' }).click();
  const phone = page.getByRole('textbox', { name: 'Téléphone' });
  await phone.fill('06 12 34 56 78');
  await page.getByRole('button', { name: 'Choisir la date dans un calendrier' }).first().click();
  const calendar = page.locator('.mantine-Popover-dropdown');
  await expect(calendar).toBeVisible();
  await shot(page, '05-calendar-open');
  await page.keyboard.press('Escape');
  await expect(calendar).toBeHidden();
  await expect(unsavedQuestion(page)).toBeHidden();
  await expect(heading(page, 'Modifier la fiche')).toBeVisible();
  await expect(phone).toHaveValue('06 12 34 56 78');
  await shot(page, '06-calendar-closed-form-kept');

  // Échap on the changed form asks; « Continuer la saisie » keeps it.
  await phone.click();
  await page.keyboard.press('Escape');
  await expect(unsavedQuestion(page)).toBeVisible();
  await shot(page, '07-escape-asks');
  await unsavedQuestion(page).getByRole('button', { name: 'Continuer la saisie' }).click();
  await expect(unsavedQuestion(page)).toBeHidden();
  await expect(heading(page, 'Modifier la fiche')).toBeVisible();
  await expect(phone).toHaveValue('06 12 34 56 78');
  // Échap in the question is « Continuer la saisie » too, and only that (walked: the form heard
  // the same Échap through the dialog's portal and asked again, the question open for good).
  await phone.click();
  await page.keyboard.press('Escape');
  await expect(unsavedQuestion(page)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(unsavedQuestion(page)).toBeHidden();
  await expect(heading(page, 'Modifier la fiche')).toBeVisible();
  await expect(phone).toHaveValue('06 12 34 56 78');

  // So do a menu link and Alt+1.
  const nav = page.getByRole('navigation', { name: 'Navigation principale' });
  await nav.getByRole('link', { name: /^Accueil/ }).click();
  await expect(unsavedQuestion(page)).toBeVisible();
  await shot(page, '08-menu-link-asks');
  await unsavedQuestion(page).getByRole('button', { name: 'Continuer la saisie' }).click();
  await phone.click();
  await page.keyboard.press('Alt+1');
  await expect(unsavedQuestion(page)).toBeVisible();
  await unsavedQuestion(page).getByRole('button', { name: 'Abandonner les modifications' }).click();
  await expect(heading(page, 'Accueil')).toBeVisible();

  // Abandoned means not written; a save, though, leaves without a question.
  await page.goBack();
  await page.goBack();
  await expect(heading(page, 'Paul Roux')).toBeVisible();
  await expect(page.getByText('06 12 34 56 78')).toHaveCount(0);
  await page.getByRole('link', { name: 'Modifier' }).click();
  await phone.fill('06 12 34 56 78');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(heading(page, 'Paul Roux')).toBeVisible();
  await expect(unsavedQuestion(page)).toBeHidden();
  await expect(page.getByText('06 12 34 56 78')).toBeVisible();
  await expect(page.getByText('Fiche enregistrée.')).toHaveCount(1);
});

test('locked mid-typing: the draft comes back after signing in, to the same user only', async ({ page }) => {
  await start(page, '/#/parametres/comptes');
  await page.getByRole('textbox', { name: 'Nom', exact: true }).fill('Sophie Secrétaire');
  await page.getByRole('combobox', { name: 'Rôle' }).click();
  await page.getByRole('option', { name: 'Secrétaire' }).click();
  await page.getByRole('textbox', { name: /^Mot de passe/ }).fill('registre-2026');
  await page.getByRole('textbox', { name: 'Confirmer' }).fill('registre-2026');
  await page.getByRole('button', { name: 'Créer le compte' }).click();
  await expect(page.getByText('Compte « Sophie Secrétaire » créé.')).toBeVisible();
  await newPerson(page, 'Léa', 'Petit');

  await page.getByRole('link', { name: 'Modifier' }).click();
  const notes = page.getByRole('textbox', { name: 'Notes' });
  await notes.click();
  await page.keyboard.type('Allergie aux arachides');
  // The draft is written 400 ms after the last key (useFormDraft): a hand reaching for the
  // shortcut takes about that long. A lock sooner than that loses the last keys (see the report).
  await page.waitForTimeout(800);
  await page.keyboard.press('Control+Shift+L');
  await expect(page.getByRole('heading', { name: 'Tilleul est verrouillé' })).toBeVisible();

  // Another account on the same PC does not get it.
  await signIn(page, 'Sophie Secrétaire', 'registre-2026');
  await expect(heading(page, 'Modifier la fiche')).toBeVisible();
  await expect(notes).toHaveValue('');
  await expect(page.getByText(/qui n’avait pas été enregistrée/)).toHaveCount(0);
  await page.getByRole('button', { name: 'Verrouiller' }).click();

  // The one who typed it does.
  await signIn(page, ADMIN.name, ADMIN.password);
  await expect(heading(page, 'Modifier la fiche')).toBeVisible();
  await expect(
    page.getByText(/^Votre saisie du .*, qui n’avait pas été enregistrée, est revenue\.$/),
  ).toBeVisible();
  await expect(notes).toHaveValue('Allergie aux arachides');
  await shot(page, '09-draft-restored');

  // « Repartir de la fiche enregistrée » drops it; typing again and saving ends the draft.
  await page.getByRole('button', { name: 'Repartir de la fiche enregistrée' }).click();
  await expect(notes).toHaveValue('');
  await expect(page.getByText(/qui n’avait pas été enregistrée/)).toHaveCount(0);
  // Its button gone, the focus is on the form's first field (it fell on the page).
  await expect(page.getByRole('textbox', { name: 'Prénom' })).toBeFocused();
  await notes.fill('Allergie aux arachides');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(heading(page, 'Léa Petit')).toBeVisible();
  await page.getByRole('link', { name: 'Modifier' }).click();
  await expect(notes).toHaveValue('Allergie aux arachides');
  await expect(page.getByText(/qui n’avait pas été enregistrée/)).toHaveCount(0);
});

test('an e-mail typo gets a suggestion, applied in one click, never a refusal', async ({ page }) => {
  await start(page, '/#/membres/nouveau');
  await page.getByRole('textbox', { name: 'Prénom' }).fill('Jean');
  await page.getByRole('textbox', { name: /^Nom/ }).fill('Dupont');
  const email = page.getByRole('textbox', { name: 'E-mail' });
  await email.fill('jean@gmial.con');
  await email.press('Tab');
  await expect(page.getByText('Vouliez-vous dire jean@gmail.com ?')).toBeVisible();
  await shot(page, '10-email-suggestion');
  await page.getByRole('button', { name: 'Corriger l’adresse' }).click();
  await expect(email).toHaveValue('jean@gmail.com');
  await expect(page.getByText(/^Vouliez-vous dire/)).toHaveCount(0);
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(heading(page, 'Jean Dupont')).toBeVisible();
  await expect(page.getByText('jean@gmail.com')).toBeVisible();

  // Left as typed, the address is saved as typed (it may really be that one).
  await page.getByRole('link', { name: 'Modifier' }).click();
  await email.fill('jean@orange.fe');
  await email.press('Tab');
  await expect(page.getByText('Vouliez-vous dire jean@orange.fr ?')).toBeVisible();
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(heading(page, 'Jean Dupont')).toBeVisible();
  await expect(page.getByText('jean@orange.fe')).toBeVisible();
});

test('a fee and the association’s identity, half typed when the PC locks, come back', async ({ page }) => {
  await start(page, '/#/parametres/association');
  const name = page.getByLabel('Nom de l’association');
  await name.click();
  await page.keyboard.type('Foyer rural de Saint-Léger');
  await page.waitForTimeout(800);
  await page.keyboard.press('Control+Shift+L');
  await expect(page.getByRole('heading', { name: 'Tilleul est verrouillé' })).toBeVisible();
  await signIn(page, ADMIN.name, ADMIN.password);
  await expect(name).toHaveValue('Foyer rural de Saint-Léger');
  await expect(page.getByText(/qui n’avait pas été enregistrée, est revenue/)).toBeVisible();
  // « Repartir de ce qui est enregistré »: nothing was, the field empties.
  await page.getByRole('button', { name: 'Repartir de ce qui est enregistré' }).click();
  await expect(name).toHaveValue('');

  await createSeasonWithFamilyTariff(page);
  await newPerson(page, 'Paul', 'Roux');
  await page.getByRole('tab', { name: 'Adhésions' }).click();
  await page.getByRole('combobox', { name: 'Tarif' }).click();
  await page.getByRole('option', { name: /^Adulte/ }).click();
  await page.getByRole('combobox', { name: 'Moyen de paiement' }).click();
  await page.getByRole('option', { name: 'Chèque' }).click();
  await page.getByRole('textbox', { name: 'Numéro du chèque' }).click();
  await page.keyboard.type('0004567');
  await page.waitForTimeout(800);
  await page.keyboard.press('Control+Shift+L');
  await expect(page.getByRole('heading', { name: 'Tilleul est verrouillé' })).toBeVisible();
  await signIn(page, ADMIN.name, ADMIN.password);
  await page.getByRole('tab', { name: 'Adhésions' }).click();
  await expect(page.getByRole('textbox', { name: 'Numéro du chèque' })).toHaveValue('0004567');
  await expect(page.getByRole('textbox', { name: 'Montant' })).toHaveValue(/20,00/);
  await expect(page.getByText(/qui n’avait pas été enregistrée, est revenue/)).toBeVisible();
  await shot(page, '10-fee-draft-restored');
  await page.getByRole('button', { name: 'Enregistrer l’adhésion' }).click();
  await expect(page.getByText('Adhésion enregistrée.')).toBeVisible();
  await expect(page.getByText(/qui n’avait pas été enregistrée/)).toHaveCount(0);

  // A gift: the donor picked by the keyboard, the amount half typed, the lock. Back, the donor's
  // search is gone with the draft's donor: the keyboard is in the amount, not lost on the page.
  await page.goto('/#/dons/nouveau');
  const donor = page.getByRole('searchbox', { name: 'Donateur (personne ou organisme)' });
  await expect(donor).toBeFocused();
  await page.keyboard.type('roux', { delay: 10 });
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('donor-name')).toHaveText('Paul Roux');
  await expect(page.getByRole('textbox', { name: 'Montant' })).toBeFocused();
  await page.keyboard.type('35');
  await page.waitForTimeout(800);
  await page.keyboard.press('Control+Shift+L');
  await expect(page.getByRole('heading', { name: 'Tilleul est verrouillé' })).toBeVisible();
  await signIn(page, ADMIN.name, ADMIN.password);
  await expect(page.getByText(/qui n’avait pas été enregistrée, est revenue/)).toBeVisible();
  await expect(page.getByTestId('donor-name')).toHaveText('Paul Roux');
  await expect(page.getByRole('textbox', { name: 'Montant' })).toHaveValue(/^35/);
  await expect(page.getByRole('textbox', { name: 'Montant' })).toBeFocused();
});

test('a company donor: forme juridique offered as typed, SIREN checked, both on its file', async ({
  page,
}) => {
  await start(page, '/#/membres/nouveau');
  await page.getByText('Organisation (entreprise, autre association)').click();
  await page.getByRole('textbox', { name: /^Raison sociale/ }).fill('Boulangerie Martin');
  // Keyboard only: typed, the suggestion picked with the arrow and Entrée.
  const legalForm = page.getByRole('combobox', { name: /^Forme juridique/ });
  await legalForm.pressSequentially('sar');
  await expect(page.getByRole('option', { name: 'SARL', exact: true })).toBeVisible();
  await legalForm.press('ArrowDown');
  await legalForm.press('Enter');
  await expect(legalForm).toHaveValue('SARL');
  // A mistyped SIREN (its check digit) is refused under the field, in French.
  const siren = page.getByRole('textbox', { name: /^SIREN/ });
  await siren.pressSequentially('732 829 321');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByText(/Ce numéro SIREN n’est pas valide\s:\svérifiez les chiffres/)).toBeVisible();
  await shot(page, '20-company-siren-refused');
  await siren.fill('');
  await siren.pressSequentially('732 829 320');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(heading(page, 'Boulangerie Martin')).toBeVisible();
  await expect(page.getByText(/^Forme juridique\s:\sSARL$/)).toBeVisible();
  await expect(page.getByText(/^SIREN\s:\s732 829 320$/)).toBeVisible();
  await shot(page, '21-company-file');
});
