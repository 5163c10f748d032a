/**
 * Audit grid v1: what a trained auditor observes when visiting, calling, e-mailing, writing to or
 * browsing a public service as an ordinary user would (issue 20's « audits mystères »). Versioned
 * like the questionnaire: a grid's items never change meaning; a new wording or item is a v2.
 *
 * The items are written in this project's own words from the reception commitments French
 * administrations publish (the Référentiel Marianne and its successor Services Publics+): a service
 * that can be reached, that is signposted and accessible, a courteous and identified agent, the
 * user oriented to the right person, an answer that can be understood, within the announced delay,
 * and online procedures that can be found. Each item is mapped to one of the five criteria the
 * citizens rate, so the auditors' and the citizens' figures line up criterion by criterion.
 *
 * An item is a fact (yes / no, or « not applicable » where the grid allows it) or a measured value
 * (rings before pick-up, minutes waited, working days to answer) scored by thresholds. Pure data
 * and pure functions: no zod, no I/O.
 * @module
 */
import type { Criterion } from './questionnaire.js';

export const AUDIT_GRID_VERSION = 'v1' as const;
export const AUDIT_GRID_VERSIONS = [AUDIT_GRID_VERSION] as const;

/** How an audit reaches the service: one grid per channel. */
export const AUDIT_CHANNELS = ['accueil-physique', 'telephone', 'courriel', 'courrier', 'site-internet'] as const;
export type AuditChannel = (typeof AUDIT_CHANNELS)[number];

export const AUDIT_CHANNEL_LABELS_FR: Readonly<Record<AuditChannel, string>> = {
  'accueil-physique': 'Visite sur place',
  telephone: 'Appel téléphonique',
  courriel: 'Courriel ou formulaire',
  courrier: 'Lettre',
  'site-internet': 'Site internet',
};

/** A fact observed: yes or no, and « not applicable » only where the item allows it. */
export interface FactItem {
  id: string;
  kind: 'fact';
  criterion: Criterion;
  label: string;
  /** The auditor may answer « non applicable » (a service with no online procedure, a building with no step). */
  allowsNotApplicable: boolean;
}

/**
 * A value measured, scored 1 up to `full`, ½ up to `half`, 0 beyond (lower is better): the first
 * threshold is the commitment, the second a tolerance.
 */
export interface MeasureItem {
  id: string;
  kind: 'measure';
  criterion: Criterion;
  label: string;
  unit: 'sonneries' | 'minutes' | 'jours ouvrés';
  /** The largest value a form accepts: beyond it, a typing error rather than an observation. */
  max: number;
  full: number;
  half: number;
}

export type AuditItem = FactItem | MeasureItem;

const fact = (id: string, criterion: Criterion, label: string, allowsNotApplicable = false): FactItem => ({
  id,
  kind: 'fact',
  criterion,
  label,
  allowsNotApplicable,
});
const measure = (id: string, criterion: Criterion, label: string, unit: MeasureItem['unit'], full: number, half: number, max: number): MeasureItem => ({
  id,
  kind: 'measure',
  criterion,
  label,
  unit,
  full,
  half,
  max,
});

/** Items several channels share, worded once. */
const UNDERSTANDABLE = fact('reponse-comprehensible', 'efficacite', 'La réponse est claire et compréhensible sans connaissance administrative');
const COMPLETE = fact('reponse-complete', 'efficacite', 'La réponse traite toute la demande, ou dit ce qui manque et à qui s’adresser');
const ONLINE_POINTED = fact('demarche-en-ligne-indiquee', 'en-ligne', 'La démarche en ligne qui existe est indiquée', true);
const SIGNED = fact('reponse-signee', 'accueil', 'La réponse permet d’identifier qui l’a écrite (nom ou service, contact)');
const POLITE_WRITING = fact('reponse-courtoise', 'accueil', 'La réponse est courtoise (formule d’appel et de politesse, ton respectueux)');

export const AUDIT_GRID_V1: Readonly<Record<AuditChannel, readonly AuditItem[]>> = {
  'accueil-physique': [
    fact('lieu-signale', 'accessibilite', 'Le lieu est signalé depuis la voie publique'),
    fact('horaires-affiches', 'accessibilite', 'Les horaires d’ouverture sont affichés à l’entrée'),
    fact('entree-sans-marche', 'accessibilite', 'L’entrée est accessible sans marche, ou par une rampe ou un ascenseur', true),
    fact('salutation', 'accueil', 'L’agent salue l’usager à son arrivée au guichet'),
    fact('agent-identifiable', 'accueil', 'L’agent est identifiable (badge, plaque, présentation)'),
    fact('courtoisie', 'accueil', 'L’agent reste courtois et attentif tout au long de l’échange'),
    measure('attente-minutes', 'attente', 'Minutes d’attente avant d’être reçu', 'minutes', 10, 20, 480),
    fact('attente-assise', 'attente', 'L’usager peut attendre assis'),
    fact('bon-interlocuteur', 'efficacite', 'L’usager est orienté vers le bon interlocuteur du premier coup'),
    UNDERSTANDABLE,
    ONLINE_POINTED,
  ],
  telephone: [
    fact('agent-joint', 'accessibilite', 'Un agent est joint pendant les horaires annoncés (pas de messagerie sans suite)'),
    measure('sonneries', 'attente', 'Sonneries avant le décroché', 'sonneries', 5, 8, 60),
    measure('attente-ligne-minutes', 'attente', 'Minutes en attente sur la ligne, transferts compris', 'minutes', 2, 5, 120),
    fact('presentation', 'accueil', 'L’agent annonce le service et se présente'),
    fact('courtoisie', 'accueil', 'L’agent reste courtois et attentif tout au long de l’appel'),
    fact('bon-interlocuteur', 'efficacite', 'L’appel aboutit au bon interlocuteur, sans transferts répétés'),
    UNDERSTANDABLE,
    ONLINE_POINTED,
  ],
  courriel: [
    fact('contact-trouvable', 'accessibilite', 'Une adresse ou un formulaire de contact se trouve sur le site du service'),
    fact('accuse-reception', 'accueil', 'Un accusé de réception est envoyé, avec le délai de réponse'),
    measure('jours-reponse', 'attente', 'Jours ouvrés avant la réponse', 'jours ouvrés', 5, 10, 120),
    SIGNED,
    POLITE_WRITING,
    COMPLETE,
    UNDERSTANDABLE,
    ONLINE_POINTED,
  ],
  courrier: [
    fact('adresse-trouvable', 'accessibilite', 'L’adresse postale du service se trouve facilement'),
    measure('jours-reponse', 'attente', 'Jours ouvrés avant la réponse', 'jours ouvrés', 15, 30, 250),
    SIGNED,
    POLITE_WRITING,
    COMPLETE,
    UNDERSTANDABLE,
    ONLINE_POINTED,
  ],
  'site-internet': [
    fact('coordonnees-trouvables', 'accessibilite', 'Horaires, adresse et téléphone se trouvent en trois clics au plus depuis l’accueil'),
    fact('declaration-accessibilite', 'accessibilite', 'Le site publie sa déclaration d’accessibilité'),
    fact('contact-propose', 'accueil', 'Un moyen de contact écrit est proposé (formulaire ou adresse)'),
    fact('langage-clair', 'efficacite', 'Les pages consultées sont écrites en langage clair'),
    fact('demarche-trouvable', 'en-ligne', 'La démarche testée se trouve depuis l’accueil du site'),
    fact('demarche-aboutie', 'en-ligne', 'La démarche testée peut être menée en ligne jusqu’au bout', true),
  ],
};

/** An observation: `oui`, `non`, `na` (not applicable) for a fact; a number for a measure. */
export type Observation = 'oui' | 'non' | 'na' | number;

/** The score of one item from 0 to 1, or null when it does not count (not applicable). */
export function itemScore(item: AuditItem, observation: Observation): number | null {
  if (item.kind === 'fact') return observation === 'oui' ? 1 : observation === 'non' ? 0 : null;
  if (typeof observation !== 'number') return null;
  return observation <= item.full ? 1 : observation <= item.half ? 0.5 : 0;
}

/** What is wrong with an audit's observations against its channel's grid, as paths and messages; empty when none. */
export function observationIssues(channel: AuditChannel, observations: Readonly<Record<string, Observation>>): { path: string[]; message: string }[] {
  const grid = AUDIT_GRID_V1[channel];
  const issues: { path: string[]; message: string }[] = [];
  for (const item of grid) {
    const path = ['observations', item.id];
    if (!Object.hasOwn(observations, item.id)) {
      issues.push({ path, message: `missing: every item of the ${channel} grid is observed` });
      continue;
    }
    const value = observations[item.id];
    if (item.kind === 'fact') {
      if (value !== 'oui' && value !== 'non' && value !== 'na') issues.push({ path, message: 'expected oui, non or na' });
      else if (value === 'na' && !item.allowsNotApplicable) issues.push({ path, message: 'this item always applies: expected oui or non' });
    } else if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > item.max) {
      issues.push({ path, message: `expected a number of ${item.unit} from 0 to ${item.max}` });
    }
  }
  for (const id of Object.keys(observations))
    if (!grid.some((item) => item.id === id)) issues.push({ path: ['observations', id], message: `not an item of the ${channel} grid ${AUDIT_GRID_VERSION}` });
  return issues;
}

export interface AuditScore {
  /** Per criterion the grid of this channel covers: its score out of 10 and the items counted. */
  criteria: Partial<Record<Criterion, { score: number; items: number }>>;
  /** The mean of the criteria's scores, out of 10; null when no item counted. */
  overall: number | null;
}

const round2 = (value: number) => Math.round(value * 100) / 100;

/** An audit's scores: each criterion the mean of its items (not applicable ones left out), out of 10. */
export function scoreAudit(channel: AuditChannel, observations: Readonly<Record<string, Observation>>): AuditScore {
  const sums = new Map<Criterion, { total: number; items: number }>();
  for (const item of AUDIT_GRID_V1[channel]) {
    if (!Object.hasOwn(observations, item.id)) continue;
    const score = itemScore(item, observations[item.id] as Observation);
    if (score === null) continue;
    const sum = sums.get(item.criterion) ?? { total: 0, items: 0 };
    sums.set(item.criterion, { total: sum.total + score, items: sum.items + 1 });
  }
  const criteria: AuditScore['criteria'] = {};
  for (const [criterion, { total, items }] of sums) criteria[criterion] = { score: round2((total / items) * 10), items };
  const scores = Object.values(criteria).map((entry) => entry.score);
  return { criteria, overall: scores.length ? round2(scores.reduce((sum, score) => sum + score, 0) / scores.length) : null };
}
