/**
 * Questionnaire v1: the questions, their answer levels and the closed lists of services and
 * channels, with their French labels. Compatible with the national « Je donne mon avis » core
 * (three-level overall question) and the AFNOR reception barometer's dimensions.
 * @module
 */

export const QUESTIONNAIRE_VERSION = 'v1' as const;
export const QUESTIONNAIRE_VERSIONS = [QUESTIONNAIRE_VERSION] as const;

/** The required one-tap question, on the national service's three levels. */
export const OVERALL_LEVELS = ['pas-bien', 'moyen', 'tres-bien'] as const;
export type OverallLevel = (typeof OVERALL_LEVELS)[number];

/** Score out of 10 of each overall level, as the national service scores them. */
export const OVERALL_SCORES: Readonly<Record<OverallLevel, number>> = {
  'pas-bien': 0,
  moyen: 5,
  'tres-bien': 10,
};

/** The five criteria of the AFNOR reception barometer, each rated 1–5 or « Non concerné ». */
export const CRITERIA = ['accessibilite', 'accueil', 'attente', 'efficacite', 'en-ligne'] as const;
export type Criterion = (typeof CRITERIA)[number];

export const CRITERION_LEVELS = [1, 2, 3, 4, 5] as const;
export type CriterionLevel = (typeof CRITERION_LEVELS)[number];

/** Levels counted as satisfied when computing a criterion's satisfaction rate. */
export const SATISFIED_CRITERION_LEVELS: readonly CriterionLevel[] = [4, 5];
/** Overall levels counted as satisfied. */
export const SATISFIED_OVERALL_LEVELS: readonly OverallLevel[] = ['tres-bien'];

export const COMMENT_MAX_LENGTH = 1000;

/** A source (`site`, `qr`, `borne`, a kit asset id such as `affiche-a4`): lowercase, digits, dashes. */
export const SOURCE_PATTERN = /^[a-z0-9][a-z0-9-]{0,39}$/;

export const SERVICES = [
  'mairie',
  'etat-civil',
  'ccas',
  'bibliotheque',
  'ecole',
  'petite-enfance',
  'transport',
  'dechets',
  'urbanisme',
  'police-municipale',
  'sport',
  'culture',
  'site-internet',
  'autre',
] as const;
export type Service = (typeof SERVICES)[number];

export const CHANNELS = ['guichet', 'telephone', 'courriel', 'courrier', 'en-ligne', 'autre'] as const;
export type Channel = (typeof CHANNELS)[number];

export const OVERALL_QUESTION_FR = 'De façon générale, comment ça s’est passé\u202f?';

export const OVERALL_LABELS_FR: Readonly<Record<OverallLevel, string>> = {
  'pas-bien': 'Pas bien',
  moyen: 'Moyen',
  'tres-bien': 'Très bien',
};

export const CRITERION_LABELS_FR: Readonly<Record<Criterion, string>> = {
  accessibilite: 'Accessibilité du service (horaires, lieu, téléphone)',
  accueil: 'Accueil et courtoisie',
  attente: 'Temps d’attente',
  efficacite: 'Efficacité (réponse claire, demande traitée)',
  'en-ligne': 'Démarches en ligne',
};

export const CRITERION_LEVEL_LABELS_FR: Readonly<Record<CriterionLevel, string>> = {
  1: 'Très insatisfait',
  2: 'Insatisfait',
  3: 'Moyennement satisfait',
  4: 'Satisfait',
  5: 'Très satisfait',
};

export const NOT_CONCERNED_LABEL_FR = 'Non concerné';

export const SERVICE_LABELS_FR: Readonly<Record<Service, string>> = {
  mairie: 'Mairie',
  'etat-civil': 'État civil',
  ccas: 'CCAS (action sociale)',
  bibliotheque: 'Bibliothèque, médiathèque',
  ecole: 'École, périscolaire',
  'petite-enfance': 'Petite enfance',
  transport: 'Transports',
  dechets: 'Déchets, propreté',
  urbanisme: 'Urbanisme',
  'police-municipale': 'Police municipale',
  sport: 'Équipements sportifs',
  culture: 'Culture',
  'site-internet': 'Site internet',
  autre: 'Autre service',
};

export const CHANNEL_LABELS_FR: Readonly<Record<Channel, string>> = {
  guichet: 'Au guichet',
  telephone: 'Par téléphone',
  courriel: 'Par courriel',
  courrier: 'Par courrier',
  'en-ligne': 'En ligne',
  autre: 'Autre',
};
