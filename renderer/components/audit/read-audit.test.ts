import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { TFunction } from 'i18next';
import type { AuditEntry } from '@shared/audit/audit';
import type { AuditReading } from '@renderer/components/audit/read-audit';
import {
  auditFieldLabel,
  describeAuditChange,
  describeAuditDetail,
  describeAuditDevice,
  describeAuditTarget,
  isVisibleChange,
  visibleChanges,
} from '@renderer/components/audit/read-audit';
import { initI18n } from '@renderer/i18n/i18n';
import { fieldLabel } from '@renderer/components/field-label';
import { collectionSpecs } from '@shared/schema/collections';
import { baseDocumentShape } from '@shared/schema/common';

let reading: AuditReading;
const names = {
  person: (id: string) => ({ p1: 'Zoé Lefèvre' })[id],
  household: (id: string) => ({ h1: 'Famille Roux' })[id],
  season: (id: string) => ({ s1: '2025-2026' })[id],
  tariff: (id: string) => ({ t1: 'Famille' })[id],
  user: (id: string) => ({ u1: 'Sophie Secrétaire' })[id],
  customField: (id: string) => ({ f1: 'Taille du maillot' })[id],
  event: (id: string) => ({ e1: 'Soirée jeux' })[id],
  attendance: (id: string) => ({ a1: { personId: 'p1', eventId: 'e1' } })[id],
  donation: (id: string) => ({ d1: { donorId: 'p1', receivedOn: '2026-12-24' } })[id],
  receipt: (id: string) => ({ r1: '2026-0042', r2: '2026-0043' })[id],
  importedAt: (id: string) => ({ i1: '2026-03-14T09:05:00.000Z' })[id],
  membership: (id: string) =>
    ({
      m1: { holderId: 'p1', seasonId: 's1', tariffId: 't1', tariffLabel: 'Famille' },
      m2: { holderId: 'h1', seasonId: 's0', tariffId: 't0', tariffLabel: 'Ancien tarif' },
    })[id],
};

beforeAll(async () => {
  const i18n = await initI18n('fr');
  reading = { t: i18n.t.bind(i18n) as TFunction, locale: 'fr-FR', names };
});

/** What shared/audit/audit.ts journals as changed, without its parts. */
const MASKED = new Set(['secret', 'recovery']);

/** The schema inside optional, default and nullable wrappers. */
function unwrapped(schema: z.ZodType): z.ZodType {
  let inner = schema;
  while (inner instanceof z.ZodOptional || inner instanceof z.ZodDefault || inner instanceof z.ZodNullable) {
    inner = inner.unwrap() as z.ZodType;
  }
  return inner;
}

/** The paths of the parts of a field that is itself a record (`donor.name`, `donor.address.city`). */
function nestedPaths(field: string, schema: z.ZodType): string[] {
  const inner = unwrapped(schema);
  if (!(inner instanceof z.ZodObject)) return [];
  return Object.entries(inner.shape).flatMap(([part, partSchema]) => {
    const path = `${field}.${part}`;
    const deeper = nestedPaths(path, partSchema as z.ZodType);
    return deeper.length > 0 ? deeper : [path];
  });
}

const change = (collection: string, field: string, before: unknown, after: unknown) =>
  describeAuditChange(reading, collection, { field, before, after }).replaceAll('\u00a0', ' ');

describe('the journal in words', () => {
  it('names fields in French and formats values the French way', () => {
    expect(change('memberships', 'amount', 2100, 1500)).toBe('Montant : 21,00 € → 15,00 €');
    expect(change('people', 'address.city', '', 'Sarlat')).toBe('Ville : (vide) → « Sarlat »');
    expect(change('memberships', 'paidOn', '2025-09-08', '2025-09-01')).toBe(
      'Payé le : 8 septembre 2025 → 1er septembre 2025',
    );
    expect(change('memberships', 'paymentMethod', 'especes', 'cheque')).toBe(
      'Moyen de paiement : Espèces → Chèque',
    );
    expect(change('users', 'disabled', false, true)).toBe('Compte désactivé : Non → Oui');
    expect(change('users', 'role', 'secretary', 'treasurer')).toBe('Rôle : Secrétaire → Trésorier');
    const address = { line1: '3 rue du Lavoir', line2: '', postalCode: '24200', city: 'Sarlat', country: '' };
    expect(change('households', 'address', null, address)).toBe(
      'Adresse : (vide) → 3 rue du Lavoir, 24200 Sarlat',
    );
  });

  it('shows the names of what a change refers to, never an id', () => {
    expect(change('memberships', 'seasonId', '', 's1')).toBe('Saison : (vide) → 2025-2026');
    expect(change('people', 'householdId', '', 'h1')).toBe('Foyer : (vide) → Famille Roux');
    expect(change('memberships', 'holderId', 'p1', 'h1')).toBe('Adhérent : Zoé Lefèvre → Famille Roux');
    expect(change('people', 'customFields.f1', '', 'M')).toBe('Champ « Taille du maillot » : (vide) → « M »');
    expect(change('people', 'consents.imageRights.on', '', '2025-09-08')).toBe(
      'Droit à l’image (date) : (vide) → 8 septembre 2025',
    );
    expect(change('people', 'consents.newsletter.status', 'unknown', 'granted')).toBe(
      'Lettre d’information : Non demandé → Accordé',
    );
    expect(change('users', 'secret', '[masqué]', '[masqué]')).toBe(
      'Mot de passe ou code PIN : (non affiché) → (non affiché)',
    );
    expect(change('users', 'recovery', null, '[masqué]')).toBe('Code de secours : (vide) → (non affiché)');
    expect(change('users', 'mustChangeSecret', null, true)).toBe(
      'Mot de passe à changer à la connexion : (vide) → Oui',
    );
  });

  it('says in French how an account signs in and where a record was made (no « pin », « office »)', () => {
    expect(change('users', 'secretKind', '', 'pin')).toBe('Connexion par : (vide) → Code PIN');
    expect(change('users', 'secretKind', 'pin', 'password')).toBe('Connexion par : Code PIN → Mot de passe');
    expect(change('memberships', 'origin', '', 'office')).toBe('Saisie : (vide) → Au bureau');
    expect(change('people', 'origin', '', 'door')).toBe('Saisie : (vide) → À l’entrée');
    expect(change('people', 'origin', '', 'import')).toBe('Saisie : (vide) → Importée');
    expect(change('people', 'mergedIds', [], ['p1', 'p2'])).toBe(
      'Fiches fusionnées dans celle-ci : 0 fiche → 2 fiches',
    );
  });

  it('says the details column in words', () => {
    const detail = (text: string) => describeAuditDetail(reading, { detail: text });
    expect(detail('recovery.audit.signedIn')).toBe('Connexion avec le code de secours');
    expect(detail('recovery.audit.resetAdmin')).toBe(
      'Mot de passe provisoire donné par le serveur (reset-admin)',
    );
    expect(detail('wrong-secret')).toBe('Mot de passe ou code erroné');
    expect(detail('idle')).toBe('Après inactivité');
    expect(detail('update:people.update')).toBe('Refusé\u00a0: modifier une fiche');
    expect(detail('renouvellements:12')).toBe('Liste des renouvellements (12 lignes)');
    expect(detail('renouvellements-2026-2027.xlsx:12')).toBe(
      'Fichier renouvellements-2026-2027.xlsx (12 lignes)',
    );
    expect(detail('journal.csv:1')).toBe('Fichier journal.csv (1 ligne)');
    expect(detail('cartes:1')).toBe('1 carte d’adhérent');
    expect(detail('sync.audit.conflictMerged')).toMatch(/^Modifié en même temps sur deux appareils/);
    expect(detail('something-new')).toBe('Autre détail');
  });

  it('leaves out what was empty before and after (a creation records every field)', () => {
    expect(isVisibleChange({ field: 'notes', before: null, after: '' })).toBe(false);
    expect(isVisibleChange({ field: 'formerMemberNumbers', before: null, after: [] })).toBe(false);
    expect(isVisibleChange({ field: 'notes', before: null, after: 'vu en mars' })).toBe(true);
    expect(isVisibleChange({ field: 'disabled', before: null, after: false })).toBe(true);
    // Nothing paid at the door: a check-in's door payment and door cotisation at zero say nothing;
    // a record's own amount at zero (a free tariff) is said, and so is a part's amount set back to zero.
    expect(isVisibleChange({ field: 'doorPayment.amount', before: null, after: 0 })).toBe(false);
    expect(isVisibleChange({ field: 'doorMembership.amount', before: null, after: 0 })).toBe(false);
    expect(isVisibleChange({ field: 'totals.takings.especes', before: null, after: 0 })).toBe(false);
    expect(isVisibleChange({ field: 'totals.takings.especes', before: null, after: 1250 })).toBe(true);
    expect(isVisibleChange({ field: 'amount', before: null, after: 0 })).toBe(true);
    expect(isVisibleChange({ field: 'doorPayment.amount', before: 550, after: 0 })).toBe(true);
  });

  it('reads a creation as the values given, without « (vide) → »', () => {
    const created = describeAuditChange(
      reading,
      'memberships',
      { field: 'amount', before: null, after: 4500 },
      'create',
    );
    expect(created.replaceAll('\u00a0', ' ').replaceAll('\u202f', ' ')).toBe('Montant : 45,00 €');
  });

  it('says « Tarif » once when a membership changes tariff, keeping the label alone', () => {
    const both = [
      { field: 'tariffId', before: 'adulte', after: 'famille' },
      { field: 'tariffLabel', before: 'Adulte', after: 'Famille' },
      { field: 'amount', before: 2100, after: 3500 },
    ];
    expect(visibleChanges(both).map((change) => change.field)).toEqual(['tariffId', 'amount']);
    const labelOnly = [{ field: 'tariffLabel', before: 'Adulte', after: 'Adulte réduit' }];
    expect(visibleChanges(labelOnly)).toEqual(labelOnly);
    // A creation's switch left off is no news; turned off later, it is.
    const off = [
      { field: 'name', before: null, after: 'Porte 2' },
      { field: 'disabled', before: null, after: false },
    ];
    expect(visibleChanges(off, 'create').map((change) => change.field)).toEqual(['name']);
    expect(visibleChanges([{ field: 'disabled', before: true, after: false }], 'update')).toHaveLength(1);
  });

  it('names the record an entry is about', () => {
    const entry = { collectionName: 'people', documentId: 'p1' } as AuditEntry;
    expect(describeAuditTarget(reading, entry)).toBe('Personnes · Zoé Lefèvre');
    expect(describeAuditTarget(reading, { ...entry, documentId: 'gone' })).toBe('Personnes');
  });

  it('says an event’s fields and values in words: its kind, its prices, its assembly rules', () => {
    expect(change('events', 'title', 'Loto', 'Loto de printemps')).toBe(
      'Titre : « Loto » → « Loto de printemps »',
    );
    expect(change('events', 'kind', 'party', 'assembly')).toBe(
      'Genre d’événement : Fête, loto, repas → Assemblée générale',
    );
    expect(change('events', 'memberPrice', 500, 700)).toBe('Prix pour les adhérents : 5,00 € → 7,00 €');
    expect(change('events', 'membersOnly', false, true)).toBe('Réservé aux adhérents à jour : Non → Oui');
    expect(change('events', 'assembly.voters', 'members-up-to-date', 'all-members')).toBe(
      'Qui peut voter : Les membres à jour de cotisation → Tous les membres',
    );
    expect(change('events', 'assembly.quorumPercent', 0, 25)).toBe('Quorum (%) : 0 → 25');
    // A person's kind is still a person's.
    expect(change('people', 'kind', 'person', 'organisation')).toBe(
      'Type de fiche : Personne → Organisation',
    );
  });

  it('says the treasurer’s records in words: donations, receipts, deposit slips', () => {
    expect(change('donations', 'method', 'cheque', 'virement')).toBe('Mode de versement : Chèque → Virement');
    expect(change('donations', 'nature', 'numeraire', 'frais-benevoles')).toBe(
      'Nature du don : Numéraire → Frais des bénévoles non remboursés',
    );
    expect(change('donations', 'donorId', 'p1', 'p1')).toBe('Donateur : Zoé Lefèvre → Zoé Lefèvre');
    expect(change('receipts', 'status', 'issued', 'cancelled')).toBe('État : Émis → Annulé');
    expect(change('receipts', 'kind', '11580', '16216')).toBe(
      'Formulaire : Cerfa n° 11580 (particuliers) → Cerfa n° 16216 (entreprises)',
    );
    expect(change('receipts', 'total', 5000, 7500)).toBe('Total : 50,00 € → 75,00 €');
    // The donor as printed is a person or an organisation, whatever the receipt's own kind.
    expect(change('receipts', 'donor.kind', 'person', 'organisation')).toBe(
      'Donateur (sur le reçu) · Type : Personne → Organisation',
    );
    expect(change('receipts', 'cancellation.cancelledBy', '', 'u1')).toBe(
      'Annulation · Par : (vide) → Sophie Secrétaire',
    );
    expect(change('deposits', 'status', 'prepared', 'deposited')).toBe('État : Préparé → Remis à la banque');
    expect(change('deposits', 'cash', 0, 1250)).toBe('Espèces : 0,00 € → 12,50 €');
    // A consent's status is still a consent's.
    expect(change('people', 'consents.newsletter.status', 'unknown', 'granted')).toMatch(
      /^Lettre d’information : .+ → .+$/,
    );
  });

  it('has a label, in French and in English, for every field of every journalled collection', async () => {
    const bookkeeping = new Set(Object.keys(baseDocumentShape));
    const unlabelled: string[] = [];
    for (const language of ['fr', 'en'] as const) {
      const i18n = await initI18n(language);
      const t = i18n.t.bind(i18n) as TFunction;
      const other = t('fields.other');
      for (const [name, spec] of Object.entries(collectionSpecs)) {
        if (name === 'audit') continue;
        for (const field of Object.keys(spec.schema.shape)) {
          if (!bookkeeping.has(field) && fieldLabel(t, name, field) === other) {
            unlabelled.push(`${language}: ${name}.${field}`);
          }
        }
      }
    }
    expect(unlabelled).toEqual([]);
  });

  it('says which part of a nested record changed, in French and in English', async () => {
    // A receipt keeps its donor and its association as printed; a cancellation, a period, an
    // event's rules are records inside a record. Each part has a label of its own, or the
    // journal reads « Donateur (sur le reçu) : « Dupuis » » for a name, a first name or a SIREN.
    const unlabelled: string[] = [];
    for (const language of ['fr', 'en'] as const) {
      const i18n = await initI18n(language);
      const inLanguage: AuditReading = { ...reading, t: i18n.t.bind(i18n) as TFunction };
      for (const [name, spec] of Object.entries(collectionSpecs)) {
        if (name === 'audit') continue;
        for (const [field, schema] of Object.entries(spec.schema.shape)) {
          // Secrets are journalled as « changed », never walked; a consent's status is the consent.
          if (MASKED.has(field)) continue;
          for (const path of nestedPaths(field, schema as z.ZodType)) {
            if (field === 'consents' && path.endsWith('.status')) continue;
            const parent = auditFieldLabel(inLanguage, name, path.split('.').slice(0, -1).join('.'));
            if (auditFieldLabel(inLanguage, name, path) === parent)
              unlabelled.push(`${language}: ${name}.${path}`);
          }
        }
      }
    }
    expect(unlabelled).toEqual([]);
    expect(auditFieldLabel(reading, 'receipts', 'donor.firstNames')).toBe('Donateur (sur le reçu) · Prénoms');
    expect(auditFieldLabel(reading, 'receipts', 'organisation.address.city')).toBe(
      'Association (sur le reçu) · Adresse · Ville',
    );
    expect(change('receipts', 'organisation.categoryCode', 'interet-general', 'rup')).toBe(
      'Association (sur le reçu) · Catégorie (case cochée) : ' +
        `${reading.t('organisation.categories.interet-general')} → ${reading.t('organisation.categories.rup')}`,
    );
    expect(change('attendance', 'doorPayment.method', '', 'cheque')).toMatch(
      / · Moyen de paiement : \(vide\) → Chèque$/,
    );
    // A cotisation taken at the door: its season and tariff (as taken, if the tariff is gone), never its id.
    expect(change('attendance', 'doorMembership.membershipId', '', 'm1')).toMatch(
      / · Adhésion : \(vide\) → 2025-2026 · Famille$/,
    );
    // A season removed since (s0): left out, never its id; the tariff as taken says which.
    expect(change('attendance', 'doorMembership.membershipId', 'm2', 'm9')).toMatch(
      / · Adhésion : Ancien tarif → \(introuvable sur cet appareil\)$/,
    );
    expect(change('sheets', 'totals.takings.especes', 0, 1250)).toMatch(
      / · Recette · Espèces : 0,00 € → 12,50 €$/,
    );
    expect(change('receipts', 'cancellation.reason', '', 'Erreur de montant')).toBe(
      'Annulation · Motif : (vide) → « Erreur de montant »',
    );
  });

  it('never shows a list of records as JSON: its count, or that it was too long to keep', () => {
    const lines = [
      { source: 'donation', sourceId: 'd1', amount: 500 },
      { source: 'donation', sourceId: 'd2', amount: 700 },
    ];
    expect(change('receipts', 'lines', null, lines)).toBe('Dons reçus : (vide) → 2 éléments');
    // What shared/audit/audit.ts keeps of a long list: its JSON text, cut at 200 characters.
    const kept = `${JSON.stringify([...lines, ...lines, ...lines, ...lines]).slice(0, 200)}…`;
    expect(change('receipts', 'lines', null, kept)).toBe(
      'Dons reçus : (vide) → (liste trop longue pour le journal : voir la fiche)',
    );
    expect(change('receipts', 'lines', null, JSON.stringify(lines))).toBe('Dons reçus : (vide) → 2 éléments');
    // A note that only looks like it stays a note.
    expect(change('people', 'notes', '', '[Urgent] rappeler')).toBe('Notes : (vide) → « [Urgent] rappeler »');
  });

  it('names the donation, receipt or event an entry is about', () => {
    const about = (collectionName: string, documentId: string, changes: AuditEntry['changes'] = []) =>
      describeAuditTarget(reading, { collectionName, documentId, action: 'update', changes } as AuditEntry);
    expect(about('donations', 'd1')).toBe('Dons · Zoé Lefèvre, 24 décembre 2026');
    expect(about('receipts', 'r1')).toBe('Reçus fiscaux · 2026-0042');
    expect(about('events', 'e1')).toBe('Événements · Soirée jeux');
    expect(about('memberships', 'm1')).toBe('Cotisations · Zoé Lefèvre, 2025-2026 · Famille');
    expect(about('memberships', 'm2')).toBe('Cotisations · Famille Roux, Ancien tarif');
    expect(
      about('memberships', 'gone', [
        { field: 'holderId', before: null, after: 'p1' },
        { field: 'seasonId', before: null, after: 's1' },
        { field: 'tariffId', before: null, after: 't9' },
        { field: 'tariffLabel', before: null, after: 'Réduit' },
      ]),
    ).toBe('Cotisations · Zoé Lefèvre, 2025-2026 · Réduit');
    expect(about('memberships', 'gone')).toBe('Cotisations');
    // Held no more (erased, or another device's): from the entry's own creation.
    const gift = [
      { field: 'donorId', before: null, after: 'p1' },
      { field: 'receivedOn', before: null, after: '2026-11-02' },
    ];
    expect(about('donations', 'gone', gift)).toBe('Dons · Zoé Lefèvre, 2 novembre 2026');
    expect(about('receipts', 'gone', [{ field: 'number', before: null, after: '2026-0099' }])).toBe(
      'Reçus fiscaux · 2026-0099',
    );
    expect(about('donations', 'gone')).toBe('Dons');
    // A person deleted (an import undone): by the values the deletion recorded, unless erased.
    const deleted = [
      { field: 'firstName', before: 'Léa', after: null },
      { field: 'lastName', before: 'Roy', after: null },
    ];
    expect(about('people', 'gone', deleted)).toBe('Personnes · Léa Roy');
    const erased = deleted.map((line) => ({ ...line, before: '[effacé]' }));
    expect(about('people', 'gone', erased)).toBe('Personnes');
    expect(about('households', 'gone', [{ field: 'name', before: 'Famille Roy', after: null }])).toBe(
      'Foyers · Famille Roy',
    );
  });

  it('says an import’s file and what it added, and what its undo removed', () => {
    const detail = (text: string) =>
      describeAuditDetail(reading, { detail: text, action: 'import' } as AuditEntry).replaceAll(
        '\u00a0',
        ' ',
      );
    expect(detail('Adhésions HelloAsso (adhesions.csv) : 6 personnes, 6 cotisations')).toBe(
      'Adhésions HelloAsso (adhesions.csv) : 6 personnes, 6 cotisations',
    );
    expect(detail('undo: 6 personnes, 6 cotisations supprimés')).toBe(
      'Import annulé — 6 personnes, 6 cotisations supprimés',
    );
  });

  it('names a receipt by its number and an import by its date, never by their ids', () => {
    expect(change('donations', 'receiptId', '', 'r1')).toBe('Reçu fiscal : (vide) → 2026-0042');
    expect(change('memberships', 'receiptId', 'r1', 'r2')).toBe('Reçu fiscal : 2026-0042 → 2026-0043');
    expect(change('receipts', 'replaces', '', 'r1')).toBe('Remplace le reçu : (vide) → 2026-0042');
    expect(change('people', 'importId', '', 'i1')).toMatch(
      /^Import : \(vide\) → Import du 14 mars 2026 à \d\d:05$/,
    );
    // Held nowhere (another device's receipt, an import older than this device's journal).
    expect(change('donations', 'receiptId', '', 'r9')).toBe(
      'Reçu fiscal : (vide) → (introuvable sur cet appareil)',
    );
    expect(change('memberships', 'holderId', '', 'p9')).toBe(
      'Adhérent : (vide) → (introuvable sur cet appareil)',
    );
    expect(change('attendance', 'checkedInBy', '', 'u9')).toMatch(
      / : \(vide\) → \(introuvable sur cet appareil\)$/,
    );
    expect(change('people', 'importId', '', 'i9')).toBe('Import : (vide) → Un import de fichier');
  });

  it('names a check-in by its person and event, never by their ids', () => {
    // A change of a record this device holds (Léa registered, then let in at the door).
    const update = {
      collectionName: 'attendance',
      documentId: 'a1',
      action: 'update',
      changes: [{ field: 'present', before: false, after: true }],
    } as AuditEntry;
    expect(describeAuditTarget(reading, update)).toBe('Présences · Zoé Lefèvre — Soirée jeux');
    // A record held no more (folded into the sheet of a closed event): its creation names both.
    const created = {
      collectionName: 'attendance',
      documentId: 'folded',
      action: 'create',
      changes: [
        { field: 'eventId', before: undefined, after: 'e1' },
        { field: 'personId', before: undefined, after: 'p1' },
      ],
    } as AuditEntry;
    expect(describeAuditTarget(reading, created)).toBe('Présences · Zoé Lefèvre — Soirée jeux');
    expect(describeAuditTarget(reading, { ...update, documentId: 'folded' })).toBe('Présences');
    const lines = created.changes.map((line) =>
      describeAuditChange(reading, 'attendance', line, 'create').replaceAll('\u00a0', ' '),
    );
    expect(lines).toEqual(['Événement : Soirée jeux', 'Personne : Zoé Lefèvre']);
  });
});

describe('the device of a journal entry', () => {
  const entry = (deviceId: string, recordedDevice?: { id: string; name: string }) => ({
    deviceId,
    ...(recordedDevice ? { recordedDevice } : {}),
  });

  it('is the enrolled device the server recorded, whatever the entry claims', () => {
    const here = { ...reading, deviceId: 'device-here' };
    // The door claimed the office's id; the server saw the door send it.
    expect(describeAuditDevice(here, entry('device-office', { id: 'device-door', name: 'Porte 1' }))).toEqual(
      {
        label: 'Porte 1',
        verified: true,
      },
    );
    expect(
      describeAuditDevice(here, entry('device-here', { id: 'device-here', name: 'PC du bureau' })),
    ).toEqual({
      label: 'PC du bureau',
      verified: true,
    });
  });

  it('is this device for its own entries not yet sent back, and unverified for any other', () => {
    const here = { ...reading, deviceId: 'device-here' };
    expect(describeAuditDevice(here, entry('device-here'))).toEqual({
      label: 'Cet appareil',
      verified: true,
    });
    expect(describeAuditDevice(here, entry('device-office'))).toEqual({
      label: 'Non vérifié',
      verified: false,
    });
    expect(describeAuditDevice(reading, entry('device-here'))).toEqual({
      label: 'Non vérifié',
      verified: false,
    });
  });
});
