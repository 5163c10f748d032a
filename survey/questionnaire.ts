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
  // Appended (wire format v1: existing ids keep their place): the State, social security and the
  // other operators a citizen meets in a territory.
  'prefecture',
  'finances-publiques',
  'tribunal',
  'caf',
  'cpam',
  'retraite',
  'msa',
  'france-travail',
  'solidarites-departement',
  'hopital',
  'gendarmerie',
  'commissariat',
  'sdis',
  'la-poste',
  'college-lycee',
  'universite',
  'france-services',
] as const;
export type Service = (typeof SERVICES)[number];

/** The groups the services are shown in, in display order (`autre` last, holding only `autre`). */
export const SERVICE_GROUPS = [
  'commune',
  'etat',
  'protection-sociale',
  'sante',
  'securite',
  'transports',
  'poste',
  'education',
  'france-services',
  'autre',
] as const;
export type ServiceGroup = (typeof SERVICE_GROUPS)[number];

/** The group of each service. */
export const SERVICE_GROUP: Readonly<Record<Service, ServiceGroup>> = {
  mairie: 'commune',
  'etat-civil': 'commune',
  ccas: 'commune',
  bibliotheque: 'commune',
  ecole: 'education',
  'petite-enfance': 'commune',
  transport: 'transports',
  dechets: 'commune',
  urbanisme: 'commune',
  'police-municipale': 'commune',
  sport: 'commune',
  culture: 'commune',
  'site-internet': 'commune',
  autre: 'autre',
  prefecture: 'etat',
  'finances-publiques': 'etat',
  tribunal: 'etat',
  caf: 'protection-sociale',
  cpam: 'protection-sociale',
  retraite: 'protection-sociale',
  msa: 'protection-sociale',
  'france-travail': 'protection-sociale',
  'solidarites-departement': 'protection-sociale',
  hopital: 'sante',
  gendarmerie: 'securite',
  commissariat: 'securite',
  sdis: 'securite',
  'la-poste': 'poste',
  'college-lycee': 'education',
  universite: 'education',
  'france-services': 'france-services',
};

/**
 * The services grouped in display order: the groups in `SERVICE_GROUPS` order, each with its
 * services in `SERVICES` order; a group without services is left out.
 */
export function groupedServices(): readonly { group: ServiceGroup; services: readonly Service[] }[] {
  return SERVICE_GROUPS.map((group) => ({ group, services: SERVICES.filter((service) => SERVICE_GROUP[service] === group) })).filter(
    ({ services }) => services.length > 0,
  );
}

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
  transport: 'Transports publics',
  dechets: 'Déchets, propreté',
  urbanisme: 'Urbanisme',
  'police-municipale': 'Police municipale',
  sport: 'Équipements sportifs',
  culture: 'Culture',
  'site-internet': 'Site internet',
  autre: 'Autre service',
  prefecture: 'Préfecture, sous-préfecture',
  'finances-publiques': 'Finances publiques (impôts)',
  tribunal: 'Tribunal, justice',
  caf: 'CAF (allocations familiales)',
  cpam: 'Assurance maladie (CPAM)',
  retraite: 'Retraite (Carsat, CNAV)',
  msa: 'MSA (Mutualité sociale agricole)',
  'france-travail': 'France Travail (emploi)',
  'solidarites-departement': 'Action sociale du département (PMI, RSA, autonomie)',
  hopital: 'Hôpital',
  gendarmerie: 'Gendarmerie',
  commissariat: 'Commissariat de police',
  sdis: 'Pompiers (SDIS)',
  'la-poste': 'La Poste',
  'college-lycee': 'Collège, lycée',
  universite: 'Université',
  'france-services': 'France services',
};

export const SERVICE_GROUP_LABELS_FR: Readonly<Record<ServiceGroup, string>> = {
  commune: 'Commune et intercommunalité',
  etat: 'État',
  'protection-sociale': 'Protection sociale',
  sante: 'Santé',
  securite: 'Sécurité et secours',
  transports: 'Transports',
  poste: 'Poste',
  education: 'Éducation et recherche',
  'france-services': 'France services',
  autre: 'Autre',
};

export const CHANNEL_LABELS_FR: Readonly<Record<Channel, string>> = {
  guichet: 'Au guichet',
  telephone: 'Par téléphone',
  courriel: 'Par courriel',
  courrier: 'Par courrier',
  'en-ligne': 'En ligne',
  autre: 'Autre',
};
