import type { OrganisationCategory } from '@shared/schema/organisation';
import type { DonationForm, DonationMethod, DonationNature } from '@shared/donations/donation';
import type { CgiArticle, ReceiptKind } from '@shared/receipts/receipt';

/**
 * The words of the official models, in French only: a Cerfa is a French legal form, whatever
 * language the app is shown in. Used by the snapshot (the category as printed) and the PDF.
 */

export const CERFA_MODELS: Record<ReceiptKind, { number: string; reference: string; title: string }> = {
  '11580': {
    number: 'Cerfa n° 11580*05',
    reference: '2041-RD',
    title:
      'Reçu des dons et versements effectués par les particuliers au titre des articles 200 et 978 du code général des impôts',
  },
  '16216': {
    number: 'Cerfa n° 16216',
    reference: '2041-MEC-SD',
    title:
      'Reçu des dons et versements effectués par les entreprises au titre de l’article 238 bis du code général des impôts',
  },
};

/** The category boxes of the beneficiary block, in the order of the form. */
export const CATEGORY_LABELS: Record<OrganisationCategory, string> = {
  rup: 'Association ou fondation reconnue d’utilité publique',
  'fondation-universitaire':
    'Fondation universitaire ou fondation partenariale (art. L. 719-12 du code de l’éducation)',
  'fondation-entreprise': 'Fondation d’entreprise',
  'interet-general': 'Œuvre ou organisme d’intérêt général',
  'musee-de-france': 'Musée de France',
  enseignement:
    'Établissement d’enseignement supérieur ou d’enseignement artistique public ou privé, d’intérêt général, à but non lucratif',
  'creation-entreprises':
    'Organisme ayant pour objectif exclusif de participer financièrement à la création d’entreprises',
  'cultuelle-alsace-moselle':
    'Association cultuelle ou de bienfaisance et établissement public des cultes reconnus d’Alsace-Moselle',
  festivals: 'Organisme ayant pour activité principale l’organisation de festivals',
  'aide-personnes-en-difficulte':
    'Association fournissant gratuitement une aide alimentaire ou des soins médicaux à des personnes en difficulté ou favorisant leur logement',
  'fondation-patrimoine':
    'Fondation du patrimoine, ou fondation ou association qui affecte irrévocablement les dons à la Fondation du patrimoine',
  recherche: 'Établissement de recherche public ou privé, d’intérêt général, à but non lucratif',
  insertion:
    'Entreprise d’insertion, entreprise de travail temporaire d’insertion, association intermédiaire, atelier et chantier d’insertion ou entreprise adaptée',
  autre: 'Autre organisme',
};

export const ARTICLE_LABELS: Record<CgiArticle, string> = {
  '200': 'Article 200 du CGI',
  '238-bis': 'Article 238 bis du CGI',
  '978': 'Article 978 du CGI',
};

export const FORM_LABELS: Record<DonationForm, string> = {
  'declaration-don-manuel': 'Déclaration de don manuel',
  'acte-sous-seing-prive': 'Acte sous seing privé',
  'acte-authentique': 'Acte authentique',
  autre: 'Autres',
};

export const NATURE_LABELS: Record<DonationNature, string> = {
  numeraire: 'Numéraire',
  'titres-cotes': 'Titres de sociétés cotés',
  'abandon-revenus': 'Abandon exprès de revenus ou de produits',
  'frais-benevoles': 'Frais engagés par les bénévoles, dont ils renoncent expressément au remboursement',
  autre: 'Autres',
};

/** The method boxes: virement, prélèvement and carte share one box on the form. */
export const METHOD_BOXES = [
  { label: 'Remise d’espèces', methods: ['especes'] },
  { label: 'Chèque', methods: ['cheque'] },
  { label: 'Virement, prélèvement, carte bancaire', methods: ['virement', 'prelevement', 'carte'] },
] as const satisfies readonly { label: string; methods: readonly DonationMethod[] }[];
