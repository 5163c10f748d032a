/**
 * Published palmarès in D1, one table per Trophée (`palmares` for participation,
 * `palmares_accueil` for the quality of reception): one row per year and category, the ranking as
 * the barometer's team published it after its review. Once published, a year's ranking is served
 * from here, unchanged, whatever answers, audits or registrations come later.
 * @module
 */
import type * as z from 'zod/mini';
import { AccueilRankingSchema } from '../../../survey/audits.js';
import { RankingSchema, type Category } from '../../../survey/trophy.js';
import type { Env } from '../env.js';

/** Each Trophée's table and the schema its stored rankings are read back with. */
const TROPHIES = {
  participation: { table: 'palmares', schema: RankingSchema },
  accueil: { table: 'palmares_accueil', schema: AccueilRankingSchema },
} as const;
export type Trophy = keyof typeof TROPHIES;
/** A published ranking of a Trophée, as stored and served. */
export type Stored<T extends Trophy> = z.infer<(typeof TROPHIES)[T]['schema']>;

/** The published ranking of a year and category, or null. */
export async function publishedRanking<T extends Trophy>(env: Env, trophy: T, year: number, category: Category): Promise<Stored<T> | null> {
  const { table, schema } = TROPHIES[trophy];
  const row = await env.DB.prepare(`SELECT ranking FROM ${table} WHERE year = ? AND category = ?`).bind(year, category).first<{ ranking: string }>();
  // A stored record is input too: parsed, never trusted as typed.
  return row ? (schema.parse(JSON.parse(row.ranking)) as Stored<T>) : null;
}

export async function isPublished(env: Env, trophy: Trophy, year: number): Promise<boolean> {
  return (await env.DB.prepare(`SELECT 1 AS one FROM ${TROPHIES[trophy].table} WHERE year = ? LIMIT 1`).bind(year).first()) !== null;
}

/** Stores every category of a year in one batch (a transaction): a palmarès is published whole or not at all. */
export async function publish<T extends Trophy>(env: Env, trophy: T, year: number, rankings: Stored<T>[], now: number): Promise<boolean> {
  // A plain INSERT: if another publication got there first, the key conflict rolls the whole batch back.
  const insert = env.DB.prepare(`INSERT INTO ${TROPHIES[trophy].table} (year, category, published_at, ranking) VALUES (?, ?, ?, ?)`);
  try {
    await env.DB.batch(rankings.map((ranking) => insert.bind(year, ranking.category, now, JSON.stringify(ranking))));
    return true;
  } catch (error) {
    if (String(error).includes('UNIQUE constraint failed')) return false;
    throw error;
  }
}
