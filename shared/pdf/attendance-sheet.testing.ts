import type { AttendanceSheetInput } from '@shared/pdf/attendance-sheet';

/**
 * The sheet's French labels as the app's translations give them, for tests and the bench that
 * build a sheet without i18next.
 */
export const SHEET_LABELS_FR: AttendanceSheetInput['labels'] = {
  heading: 'Feuille d’émargement',
  documentTitle: 'Feuille d’émargement',
  columns: {
    line: 'N°',
    lastName: 'Nom',
    firstName: 'Prénom',
    status: 'Statut',
    signature: 'Signature',
    representedBy: 'Représenté par',
    proxiesHeld: 'Pouvoirs détenus',
    votes: 'Voix',
  },
  page: 'Page {{page}} / {{count}}',
  totals: 'Totaux',
  listed: 'Personnes listées : {{count}}',
  blank: 'Lignes libres : {{count}}',
  presentBlank: 'Présents : ________',
  presentCount: 'Présents : {{count}}',
  voters: 'Membres ayant droit de vote : {{count}}',
  presentVoters: 'Présents : {{count}}',
  represented: 'Représentés : {{count}}',
  votes: 'Voix : {{count}}',
  quorum: 'Quorum requis : {{count}}',
  quorumReached: 'Quorum atteint',
  quorumMissing: 'Quorum non atteint : il manque {{count}}',
  certified: 'Certifié exact',
  president: 'Le président',
  secretary: 'Le secrétaire de séance',
};
