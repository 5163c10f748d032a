/**
 * Plausible mystery audits for local state (issue 20): a few auditors, this year's campaign and
 * last year's (so the Trophée de la qualité de l'accueil shows a previous rank), and audits on
 * several channels of the seeded territories, deterministic like the answers' seed.
 *
 * The auditors and campaigns go through the team's routes; the audits through the store POST
 * /v1/audits uses (run-audit-seed.ts says why).
 *
 * Per Trophée category, the first AUDITED_PER_CATEGORY seeded territories are audited: most of them
 * enough to be ranked (MIN_AUDITS_RANKED audits or more, on MIN_CHANNELS_RANKED channels or more),
 * the last BELOW_PER_CATEGORY of them too little (too few audits, or one channel only), so the
 * palmarès shows candidates below the minimum and results pages a suppressed figure.
 * @module
 */
import { AUDIT_GRID_V1, AUDIT_GRID_VERSION, type AuditChannel, type Observation } from '../../survey/audit-grid.js';
import { MIN_AUDITS, MIN_AUDITS_RANKED, MIN_CHANNELS_RANKED, type Assignment, type AuditRequest } from '../../survey/audits.js';
import type { Service } from '../../survey/questionnaire.js';
import type { Territory } from '../../survey/results.js';
import type { TerritoryId } from '../../survey/territory.js';
import { categoryOf } from '../../survey/trophy.js';
import { Random } from './random.js';

/** Display names of the seeded auditors (the team's console shows them; no audit names them). */
export const SEED_AUDITORS = ['Camille Auditrice', 'Karim Auditeur', 'Léa Auditrice', 'Yves Auditeur'] as const;

export const AUDITED_PER_CATEGORY = 9;
export const BELOW_PER_CATEGORY = 2;

/** The service an audit of this kind of territory looks at first, and a second one for the larger ones. */
const SERVICES_AUDITED: Record<Territory['kind'], [Service, Service]> = {
  commune: ['mairie', 'etat-civil'],
  epci: ['dechets', 'france-services'],
  departement: ['solidarites-departement', 'transport'],
};
/** A commune under 2,000 inhabitants rarely answers letters and e-mails: visits and calls come first. */
const CHANNEL_ORDER: readonly AuditChannel[] = ['accueil-physique', 'telephone', 'site-internet', 'courriel', 'courrier'];

const NOTES = [
  'Accueil chaleureux, agent disponible malgré l’affluence.',
  'Aucun panneau depuis l’arrêt de bus, entrée difficile à trouver.',
  'Messagerie pleine lors du premier appel, agent joint au deuxième essai.',
  'Réponse complète avec le lien vers la démarche en ligne.',
  'Agent pressé, réponse partielle.',
  // Masked by the Worker like a citizen's comment: the seed shows it.
  'L’agent m’a donné son portable, le 06 12 34 56 78, pour rappeler.',
];

export interface SeedAudit {
  auditor: number;
  audit: AuditRequest;
  /** When the server received it (ms): a few hours after it was made, never after `now`. */
  receivedAt: number;
}

export interface AuditSeedPlan {
  auditors: readonly string[];
  /** Per campaign year, its assignments with the auditor as an index into `auditors`. */
  campaigns: { year: number; assignments: (Omit<Assignment, 'auditor'> & { auditor: number })[] }[];
  audits: SeedAudit[];
  /** Territories audited, and those left below the Trophée's minimum on purpose. */
  audited: number;
  below: number;
}

/** One observation per item of the channel's grid for a service whose quality is about `quality` (0–1). */
export function seedObservations(channel: AuditChannel, quality: number, random: Random): Record<string, Observation> {
  const observations: Record<string, Observation> = {};
  const met = Math.min(0.97, Math.max(0.1, quality + random.normal(0, 0.1)));
  for (const item of AUDIT_GRID_V1[channel]) {
    if (item.kind === 'fact') {
      observations[item.id] = item.allowsNotApplicable && random.next() < 0.12 ? 'na' : random.next() < met ? 'oui' : 'non';
      continue;
    }
    // A good service answers around its commitment, a poor one around twice its tolerance.
    const typical = item.full + (1 - met) * (item.half * 2 - item.full);
    observations[item.id] = Math.min(item.max, Math.max(0, Math.round(typical * Math.exp(random.normal(0, 0.35)))));
  }
  return observations;
}

/** A time in `year` before `now`, as ISO 8601: office hours (9 h to 17 h UTC), from 2 January to 30 December, so in `year` in Paris too. */
function observedAt(year: number, now: number, random: Random): string {
  const start = Date.UTC(year, 0, 2, 9);
  const end = Math.min(Date.UTC(year, 11, 30, 17), now - 60 * 60 * 1000);
  const day = Math.floor(random.next() * Math.max(1, (end - start) / 86_400_000));
  const at = Math.min(end, start + day * 86_400_000 + random.int(0, 8 * 60) * 60_000);
  return new Date(at).toISOString();
}

/**
 * The plan for the seeded territories (in the answers' seed order). Audits keep their seeded ids,
 * so a second run sends the same audits and the server acknowledges them as duplicates.
 */
export function auditSeedPlan(territories: readonly Territory[], options: { now?: number; seed?: number } = {}): AuditSeedPlan {
  const now = options.now ?? Date.now();
  const random = new Random(options.seed ?? 2020);
  // In the first two days of January this year's campaign has not begun: the two years before it then.
  const thisYear = new Date(now).getUTCFullYear() - (now < Date.UTC(new Date(now).getUTCFullYear(), 0, 3) ? 1 : 0);
  const years = [thisYear - 1, thisYear];
  const perCategory = new Map<string, Territory[]>();
  for (const territory of territories) {
    const category = categoryOf(territory.kind, territory.population);
    if (!category) continue;
    const list = perCategory.get(category) ?? [];
    if (list.length < AUDITED_PER_CATEGORY) perCategory.set(category, [...list, territory]);
  }
  const campaigns = years.map((year) => ({ year, assignments: [] as AuditSeedPlan['campaigns'][number]['assignments'] }));
  const audits: SeedAudit[] = [];
  let below = 0;
  let audited = 0;
  for (const list of perCategory.values()) {
    list.forEach((territory, index) => {
      audited += 1;
      const short = index >= list.length - BELOW_PER_CATEGORY;
      if (short) below += 1;
      const quality = 0.35 + random.next() * 0.55;
      const auditor = random.int(0, SEED_AUDITORS.length - 1);
      const [main, second] = SERVICES_AUDITED[territory.kind];
      // Ranked: 3 or 4 channels, 5 to 9 audits a year. Below: one channel (some audits) or two (two audits).
      const channels = short
        ? CHANNEL_ORDER.slice(0, index % 2 === 0 ? 1 : MIN_CHANNELS_RANKED)
        : CHANNEL_ORDER.slice(0, random.int(MIN_CHANNELS_RANKED + 1, CHANNEL_ORDER.length - 1));
      for (const campaign of campaigns) {
        const lines = channels.map((channel, line) => ({ channel, service: line === 0 || territory.population < 10_000 ? main : second }));
        for (const line of lines) campaign.assignments.push({ auditor, territory: territory.id as TerritoryId, ...line });
        const count = short ? (channels.length === 1 ? random.int(MIN_AUDITS, MIN_AUDITS_RANKED + 1) : MIN_CHANNELS_RANKED) : random.int(MIN_AUDITS_RANKED, 9);
        // A year's quality drifts a little: ranks move between last year and this one.
        const yearly = Math.min(0.95, Math.max(0.2, quality + random.normal(0, 0.06)));
        for (let number = 0; number < count; number += 1) {
          const { channel, service } = lines[number % lines.length] as (typeof lines)[number];
          const audit: AuditRequest = {
            id: random.uuid(),
            grid: AUDIT_GRID_VERSION,
            territory: territory.id as TerritoryId,
            service,
            channel,
            observedAt: observedAt(campaign.year, now, random),
            observations: seedObservations(channel, yearly, random),
          };
          if (random.next() < 0.25) audit.notes = random.pick(NOTES);
          audits.push({ auditor, audit, receivedAt: Math.min(now, Date.parse(audit.observedAt) + random.int(1, 72) * 3_600_000) });
        }
      }
    });
  }
  return { auditors: SEED_AUDITORS, campaigns, audits, audited, below };
}
