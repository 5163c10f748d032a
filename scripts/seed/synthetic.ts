/**
 * Realistic synthetic answers for local state: territories of every kind and size, participation
 * around a few answers per 1,000 inhabitants a year, each territory with its own quality profile,
 * services by kind of territory, kit assets as sources, a few comments (some with personal data, to
 * show the masking), over the last twelve months.
 * @module
 */
import { CRITERIA, type Channel, type OverallLevel, type Service } from '../../survey/questionnaire.js';
import type { Answer, Criteria } from '../../survey/response.js';
import type { Territory } from '../../survey/results.js';
import type { TerritoryId } from '../../survey/territory.js';
import { CATEGORIES, CATEGORY_IDS } from '../../survey/trophy.js';
import { Random } from './random.js';

export interface SeedBatch {
  /** Receipt time of every answer in the batch (ms). */
  at: number;
  answers: Answer[];
}

const SERVICES_BY_KIND: Record<Territory['kind'], Partial<Record<Service, number>>> = {
  commune: {
    mairie: 30,
    'etat-civil': 20,
    ecole: 10,
    bibliotheque: 10,
    ccas: 6,
    'petite-enfance': 6,
    urbanisme: 5,
    sport: 4,
    culture: 4,
    'police-municipale': 3,
    'site-internet': 2,
    // A town's posters also reach the State's and social security's desks in its territory.
    'france-services': 4,
    caf: 3,
    'la-poste': 3,
    prefecture: 2,
  },
  epci: { dechets: 35, transport: 30, 'petite-enfance': 10, culture: 8, sport: 7, 'site-internet': 10, 'france-services': 8, 'france-travail': 5 },
  departement: { 'solidarites-departement': 30, ccas: 10, transport: 25, 'college-lycee': 10, sdis: 5, 'site-internet': 15, culture: 10, autre: 10 },
};
const CHANNEL_WEIGHTS: Record<Channel, number> = { guichet: 50, telephone: 20, 'en-ligne': 15, courriel: 8, courrier: 2, autre: 5 };
/** Sources as the widget and the kit set them (kit asset ids from survey/sources.ts). */
const SOURCE_WEIGHTS = {
  site: 55,
  qr: 15,
  'affiche-a4': 10,
  'flyer-a5': 6,
  'social-1200x630': 5,
  'banniere-300x250': 4,
  'signature-600x150': 3,
  borne: 2,
} as const;
const COMMENTS = [
  'Accueil très agréable, agent patient et souriant.',
  'Trop d’attente au guichet le samedi matin.',
  'Démarche en ligne simple, merci.',
  'Personne ne répond au téléphone entre 12 h et 14 h.',
  'Le site ne fonctionne pas bien sur mobile.',
  'Très bonne écoute, ma demande a été traitée rapidement.',
  'Rappelez-moi au 06 12 34 56 78 svp.',
  'Répondez-moi à prenom.nom@example.fr, je n’ai jamais eu de retour.',
  'Horaires d’ouverture pas adaptés quand on travaille.',
  'Locaux difficiles d’accès en fauteuil.',
];

/** Picks at least `count` territories across every trophy category, the demo town first. */
export function pickTerritories(all: Territory[], random: Random, count: number): Territory[] {
  const chosen = new Map<string, Territory>();
  const demo = all.find((territory) => territory.id === 'commune:25056');
  if (demo) chosen.set(demo.id, demo);
  const perCategory = Math.ceil(count / CATEGORY_IDS.length);
  for (const id of CATEGORY_IDS) {
    const { kind, min, max } = CATEGORIES[id];
    const pool = all.filter((territory) => territory.kind === kind && territory.population >= min && territory.population < max && territory.population > 0);
    for (let taken = 0; taken < perCategory && pool.length > 0;) {
      const [territory] = pool.splice(random.int(0, pool.length - 1), 1);
      if (territory && !chosen.has(territory.id)) {
        chosen.set(territory.id, territory);
        taken += 1;
      }
    }
  }
  return [...chosen.values()];
}

/** Months (start instants, UTC noon on the 15th) of the twelve months before `now`. */
export function lastTwelveMonths(now: number): number[] {
  const date = new Date(now);
  return Array.from({ length: 12 }, (_, index) => Date.UTC(date.getUTCFullYear(), date.getUTCMonth() - 11 + index, 15, 12));
}

/** One synthetic answer for a territory whose share of « Très bien » is about `quality`. */
export function syntheticAnswer(territory: Territory, quality: number, random: Random): Answer {
  const happy = Math.min(0.97, Math.max(0.03, quality + random.normal(0, 0.12)));
  const roll = random.next();
  const overall: OverallLevel = roll < happy ? 'tres-bien' : roll < happy + (1 - happy) * 0.55 ? 'moyen' : 'pas-bien';
  const centre = overall === 'tres-bien' ? 4.3 : overall === 'moyen' ? 3 : 1.8;
  const criteria: Criteria = {};
  // Half the citizens leave after the first tap; the others rate some criteria.
  if (random.next() < 0.5) {
    for (const criterion of CRITERIA) {
      if (random.next() < 0.2) continue;
      if (criterion === 'en-ligne' && random.next() < 0.5) {
        criteria[criterion] = null;
        continue;
      }
      criteria[criterion] = Math.min(5, Math.max(1, Math.round(random.normal(centre, 0.8)))) as 1 | 2 | 3 | 4 | 5;
    }
  }
  const answer: Answer = {
    id: random.uuid(),
    questionnaire: 'v1',
    territory: territory.id as TerritoryId,
    service: random.weighted(SERVICES_BY_KIND[territory.kind] as Record<Service, number>),
    overall,
    source: random.weighted(SOURCE_WEIGHTS),
    lang: random.next() < 0.95 ? 'fr' : random.pick(['en', 'es', 'ar', 'de']),
  };
  if (random.next() < 0.85) answer.channel = random.weighted(CHANNEL_WEIGHTS);
  if (Object.keys(criteria).length > 0) answer.criteria = criteria;
  if (random.next() < 0.08) answer.comment = random.pick(COMMENTS);
  return answer;
}

export interface SeedPlan {
  territories: Territory[];
  answers: number;
  batches: () => Generator<SeedBatch>;
}

/**
 * The seed: batches of at most `batchSize` answers, each for one territory and month.
 * @param perThousand mean answers per 1,000 inhabitants a year
 */
export function seedPlan(
  all: Territory[],
  options: { seed?: number; territories?: number; now?: number; batchSize?: number; perThousand?: number } = {},
): SeedPlan {
  const random = new Random(options.seed ?? 2026);
  const territories = pickTerritories(all, random, options.territories ?? 300);
  const months = lastTwelveMonths(options.now ?? Date.now());
  const plan = territories.map((territory) => {
    // Participation varies a lot between territories (that is what the trophy rewards): log-normal.
    const yearly = Math.max(1, Math.round((territory.population / 1000) * (options.perThousand ?? 2) * Math.exp(random.normal(0, 0.7))));
    return { territory, yearly, quality: 0.35 + random.next() * 0.5, seed: random.int(1, 2 ** 31) };
  });
  const batchSize = options.batchSize ?? 2000;
  return {
    territories,
    answers: plan.reduce((sum, entry) => sum + entry.yearly, 0),
    *batches() {
      for (const { territory, yearly, quality, seed } of plan) {
        const local = new Random(seed);
        // Spread the year's answers over the months, with a slow rise as the survey becomes known.
        const weights = months.map((_, index) => 0.6 + index * 0.07);
        const total = weights.reduce((sum, weight) => sum + weight, 0);
        let left = yearly;
        for (const [index, at] of months.entries()) {
          const count = index === months.length - 1 ? left : Math.min(left, Math.round((yearly * (weights[index] ?? 0)) / total));
          left -= count;
          for (let start = 0; start < count; start += batchSize) {
            yield { at, answers: Array.from({ length: Math.min(batchSize, count - start) }, () => syntheticAnswer(territory, quality, local)) };
          }
        }
      }
    },
  };
}
