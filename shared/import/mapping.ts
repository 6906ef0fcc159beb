import { z } from 'zod';
import { normaliseLabel } from '@shared/import/helloasso-values';

/**
 * The column mapping of an ordinary CSV or XLSX file (not a HelloAsso export): each column of the
 * file goes to one field of Tilleul, or is ignored. Tilleul proposes it from the headers' names
 * (accents, case, punctuation and the usual synonyms of French spreadsheets do not matter); the
 * secretary corrects it; it is saved for the next file with the same columns (`headersKey`).
 */
export const MAPPING_FIELDS = [
  'ignore',
  'person.civility',
  'person.firstName',
  'person.lastName',
  'person.email',
  'person.phone',
  'person.line1',
  'person.line2',
  'person.postalCode',
  'person.city',
  'person.birthDate',
  'person.memberNumber',
  'person.notes',
  'person.imageRights',
  'person.newsletter',
  'membership.season',
  'membership.tariff',
  'membership.amount',
  'membership.paidOn',
  'membership.method',
  'membership.chequeNumber',
  'donation.amount',
  'donation.date',
  'donation.method',
  'donation.campaign',
] as const;
export type MappingField = (typeof MAPPING_FIELDS)[number];

/** French names, as the Select shows them, grouped by what they fill. */
export const MAPPING_FIELD_LABELS: Record<MappingField, string> = {
  ignore: 'Ignorer cette colonne',
  'person.civility': 'Civilité',
  'person.firstName': 'Prénom',
  'person.lastName': 'Nom',
  'person.email': 'E-mail',
  'person.phone': 'Téléphone',
  'person.line1': 'Adresse (ligne 1)',
  'person.line2': 'Adresse (ligne 2)',
  'person.postalCode': 'Code postal',
  'person.city': 'Ville',
  'person.birthDate': 'Date de naissance',
  'person.memberNumber': 'N° d’adhérent',
  'person.notes': 'Notes',
  'person.imageRights': 'Consentement droit à l’image',
  'person.newsletter': 'Consentement lettre d’information',
  'membership.season': 'Cotisation : saison',
  'membership.tariff': 'Cotisation : tarif',
  'membership.amount': 'Cotisation : montant',
  'membership.paidOn': 'Cotisation : date de paiement',
  'membership.method': 'Cotisation : mode de paiement',
  'membership.chequeNumber': 'Cotisation : n° de chèque',
  'donation.amount': 'Don : montant',
  'donation.date': 'Don : date',
  'donation.method': 'Don : mode de paiement',
  'donation.campaign': 'Don : campagne',
};

/** A header cut to this length is still recognisable; a longer one is a pasted cell, not a title. */
export const HEADER_MAX_LENGTH = 200;
/** No association's file has more columns; a sheet with more is not a list of people. */
export const MAX_MAPPED_COLUMNS = 200;

export const columnMappingSchema = z
  .object({
    /** The file's headers as written (cut to `HEADER_MAX_LENGTH`), in the file's order. */
    headers: z.array(z.string().max(HEADER_MAX_LENGTH)).min(1).max(MAX_MAPPED_COLUMNS),
    /** One field per header, same order. */
    fields: z.array(z.enum(MAPPING_FIELDS)).min(1).max(MAX_MAPPED_COLUMNS),
  })
  .strict()
  .superRefine((mapping, ctx) => {
    if (mapping.fields.length !== mapping.headers.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['fields'],
        message: 'Une correspondance par colonne du fichier.',
      });
    }
    const used = mapping.fields.filter((field) => field !== 'ignore');
    if (new Set(used).size !== used.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['fields'],
        message: 'Un champ de Tilleul est choisi pour deux colonnes.',
      });
    }
  });
export type ColumnMapping = z.output<typeof columnMappingSchema>;

/** How many mappings are kept; the oldest goes when a new set of columns comes. */
export const MAX_SAVED_MAPPINGS = 30;

/** The setting `import-mappings`: the mappings last used, by `headersKey` of their headers. */
export const importMappingsSettingSchema = z
  .object({
    mappings: z
      .array(
        z
          .object({
            key: z.string().regex(/^[0-9a-f]{16}$/),
            savedAt: z.iso.datetime({ offset: true }).max(40),
            mapping: columnMappingSchema,
          })
          .strict(),
      )
      .max(MAX_SAVED_MAPPINGS)
      .default([]),
  })
  .strict();
export type ImportMappingsSetting = z.output<typeof importMappingsSettingSchema>;

/** A header as compared: no accents, no case, no punctuation, single spaces. */
export function headerKey(header: string): string {
  return normaliseLabel(header)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** FNV-1a (32 bits) from `seed`: two seeds give a 64-bit key, plenty for a few dozen sets of columns. */
function fnv32(text: string, seed: number): string {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/** The same set of columns, in the same order, gives the same key, however they are spelt. */
export function headersKey(headers: readonly string[]): string {
  const text = headers.map(headerKey).join('\u0001');
  return fnv32(text, 0x811c9dc5) + fnv32(text, 0x9747b28c);
}

/** Headers as they are stored with a mapping. */
export const storedHeaders = (headers: readonly string[]) =>
  headers.map((header) => header.slice(0, HEADER_MAX_LENGTH));

/**
 * Names that French spreadsheets give each field (compared by `headerKey`). A header matches a
 * synonym when it is it, or when it starts with it followed by a space (« Nom de famille »,
 * « Code postal de l’adhérent »): the longest synonym wins, so « Date de naissance » is not a date
 * of payment.
 */
const SYNONYMS: Record<Exclude<MappingField, 'ignore'>, string[]> = {
  'person.civility': ['civilite', 'civ', 'titre', 'genre', 'sexe', 'mr mme', 'monsieur madame'],
  'person.firstName': ['prenom', 'prenoms', 'first name', 'firstname', 'prenom adherent', 'prenom du membre'],
  'person.lastName': [
    'nom',
    'nom de famille',
    'nom adherent',
    'nom du membre',
    'nom d usage',
    'nom de naissance',
    'last name',
    'lastname',
    'surname',
    'patronyme',
  ],
  'person.email': [
    'email',
    'e mail',
    'mail',
    'courriel',
    'adresse mail',
    'adresse e mail',
    'adresse email',
    'mel',
  ],
  'person.phone': [
    'telephone',
    'tel',
    'portable',
    'mobile',
    'telephone portable',
    'gsm',
    'phone',
    'numero de telephone',
    'n de telephone',
    'n telephone',
  ],
  'person.line1': ['adresse', 'adresse 1', 'adresse ligne 1', 'rue', 'voie', 'address'],
  'person.line2': [
    'adresse 2',
    'adresse ligne 2',
    'complement',
    'complement d adresse',
    'complement adresse',
  ],
  'person.postalCode': ['cp', 'code postal', 'codepostal', 'code post', 'zip', 'postal code'],
  'person.city': ['ville', 'commune', 'localite', 'city'],
  'person.birthDate': [
    'date de naissance',
    'naissance',
    'ne le',
    'nee le',
    'ne e le',
    'date naissance',
    'ddn',
    'birth date',
  ],
  'person.memberNumber': [
    // « N° » alone: Tilleul's own member list, and many others.
    'n',
    'no',
    'n adherent',
    'no adherent',
    'num adherent',
    'numero adherent',
    'numero d adherent',
    'n d adherent',
    'n de membre',
    'numero de membre',
    'matricule',
    'n licence',
  ],
  'person.notes': ['notes', 'note', 'remarque', 'remarques', 'commentaire', 'commentaires', 'observations'],
  'person.imageRights': [
    'droit a l image',
    'droit image',
    'autorisation photo',
    'photos',
    'droit a l image ok',
  ],
  'person.newsletter': [
    'newsletter',
    'lettre d information',
    'infolettre',
    'lettre d info',
    'accepte les mails',
  ],
  'membership.season': ['saison', 'annee', 'exercice', 'saison d adhesion'],
  'membership.tariff': [
    'tarif',
    'formule',
    'type d adhesion',
    'categorie',
    'type de cotisation',
    'type adhesion',
  ],
  'membership.amount': [
    'cotisation',
    'montant',
    'montant cotisation',
    'montant de la cotisation',
    'montant adhesion',
    'prix',
    'somme',
  ],
  'membership.paidOn': [
    'date de paiement',
    'date paiement',
    'paye le',
    'date d adhesion',
    'date adhesion',
    'date de cotisation',
    'date',
    'date d inscription',
  ],
  'membership.method': [
    'mode',
    'mode de paiement',
    'mode paiement',
    'moyen de paiement',
    'reglement',
    'mode de reglement',
    'paiement',
  ],
  'membership.chequeNumber': ['n cheque', 'no cheque', 'numero de cheque', 'numero cheque', 'cheque n'],
  'donation.amount': ['don', 'montant du don', 'montant don', 'dons'],
  'donation.date': ['date du don', 'date don'],
  'donation.method': ['mode de paiement du don', 'paiement du don'],
  'donation.campaign': ['campagne', 'campagne du don', 'operation', 'appel a dons'],
};

function score(header: string, synonym: string): number {
  if (header === synonym) return 1000 + synonym.length;
  if (header.startsWith(`${synonym} `)) return synonym.length;
  return 0;
}

/**
 * The proposed field of each header: the best-matching synonym, each field given to one column
 * only (the first, best match: a second « Téléphone » column is left to the secretary).
 */
export function proposeMapping(headers: readonly string[]): MappingField[] {
  const candidates: { column: number; field: MappingField; score: number }[] = [];
  headers.forEach((header, column) => {
    const key = headerKey(header);
    for (const [field, synonyms] of Object.entries(SYNONYMS) as [MappingField, string[]][]) {
      const best = Math.max(0, ...synonyms.map((synonym) => score(key, synonym)));
      if (best > 0) candidates.push({ column, field, score: best });
    }
  });
  candidates.sort((a, b) => b.score - a.score || a.column - b.column);
  const fields: MappingField[] = headers.map(() => 'ignore');
  const taken = new Set<MappingField>();
  for (const candidate of candidates) {
    if (taken.has(candidate.field) || fields[candidate.column] !== 'ignore') continue;
    fields[candidate.column] = candidate.field;
    taken.add(candidate.field);
  }
  return fields;
}

/** The saved mapping of these headers, if the same set of columns was imported before. */
export function savedMapping(
  setting: ImportMappingsSetting | undefined,
  headers: readonly string[],
): MappingField[] | undefined {
  if (!setting) return undefined;
  const key = headersKey(headers);
  const found = setting.mappings.find((entry) => entry.key === key);
  return found && found.mapping.fields.length === headers.length ? [...found.mapping.fields] : undefined;
}

/** The setting with `fields` remembered for these headers, newest first, the oldest dropped. */
export function rememberMapping(
  setting: ImportMappingsSetting | undefined,
  headers: readonly string[],
  fields: readonly MappingField[],
  now: string,
): ImportMappingsSetting {
  const key = headersKey(headers);
  const others = (setting?.mappings ?? []).filter((entry) => entry.key !== key);
  const entry = { key, savedAt: now, mapping: { headers: storedHeaders(headers), fields: [...fields] } };
  return { mappings: [entry, ...others].slice(0, MAX_SAVED_MAPPINGS) };
}

/**
 * What is wrong with a mapping before any row is read, in French: a field given twice, no name.
 * Empty when the mapping can be planned.
 */
export function mappingProblems(fields: readonly MappingField[]): string[] {
  const problems: string[] = [];
  const seen = new Set<MappingField>();
  for (const field of fields) {
    if (field === 'ignore') continue;
    if (seen.has(field)) {
      problems.push(
        `« ${MAPPING_FIELD_LABELS[field]} » est choisi pour deux colonnes : gardez-le pour une seule, ignorez l’autre.`,
      );
    }
    seen.add(field);
  }
  if (!seen.has('person.lastName')) {
    problems.push(
      'Aucune colonne n’est le « Nom » : choisissez la colonne qui porte le nom de famille (chaque ligne est une personne).',
    );
  }
  return problems;
}
