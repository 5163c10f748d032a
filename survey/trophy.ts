/**
 * The Trophée de la consultation citoyenne: participation (valid answers per 1,000 inhabitants over
 * the year) ranked within categories by kind and size.
 * @module
 */
import type { TerritoryKind } from './territory.js';

export const CATEGORIES = {
  'communes-moins-de-2000': { kind: 'commune', min: 0, max: 2_000, label: 'Communes de moins de 2 000 habitants' },
  'communes-2000-10000': { kind: 'commune', min: 2_000, max: 10_000, label: 'Communes de 2 000 à 10 000 habitants' },
  'communes-10000-50000': { kind: 'commune', min: 10_000, max: 50_000, label: 'Communes de 10 000 à 50 000 habitants' },
  'communes-50000-100000': { kind: 'commune', min: 50_000, max: 100_000, label: 'Communes de 50 000 à 100 000 habitants' },
  'communes-plus-de-100000': { kind: 'commune', min: 100_000, max: Number.MAX_SAFE_INTEGER, label: 'Communes de plus de 100 000 habitants' },
  intercommunalites: { kind: 'epci', min: 0, max: Number.MAX_SAFE_INTEGER, label: 'Intercommunalités' },
  departements: { kind: 'departement', min: 0, max: Number.MAX_SAFE_INTEGER, label: 'Départements' },
} as const satisfies Record<string, { kind: TerritoryKind; min: number; max: number; label: string }>;

export type Category = keyof typeof CATEGORIES;
export const CATEGORY_IDS = Object.keys(CATEGORIES) as Category[];

export function categoryOf(kind: TerritoryKind, population: number): Category | undefined {
  return CATEGORY_IDS.find((id) => CATEGORIES[id].kind === kind && population >= CATEGORIES[id].min && population < CATEGORIES[id].max);
}

/** Answers per 1,000 inhabitants, to two decimals; null without a population to divide by. */
export function participationRate(answers: number, population: number): number | null {
  return population > 0 ? Math.round((answers / population) * 100_000) / 100 : null;
}

/** One territory of a ranking, as `GET /v1/rankings/participation` lists it. */
export interface RankedTerritory {
  rank: number;
  territory: { id: string; name: string; population: number; departement: string };
  answers: number;
  flagged: number;
  refused: number;
  /** Answers per 1,000 inhabitants. */
  rate: number;
  /** Last year's rank and rate, or null for a territory new to the ranking. */
  previous: { rank: number; rate: number } | null;
}

/** `GET /v1/rankings/participation`'s data. */
export interface Ranking {
  period: { from: string; to: string };
  category: string;
  label: string;
  total: number;
  excluded: { flagged: number; refused: number };
  territories: RankedTerritory[];
  focus: RankedTerritory | null;
}
