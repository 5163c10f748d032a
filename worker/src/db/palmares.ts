/**
 * Published palmarès in D1: one row per year and category, the ranking as the barometer's team
 * published it after its review. Once published, a year's ranking is served from here, unchanged,
 * whatever answers or registrations come later.
 * @module
 */
import { RankingSchema, type Category, type Ranking } from '../../../survey/trophy.js';
import type { Env } from '../env.js';

/** The published ranking of a year and category, or null. */
export async function publishedRanking(env: Env, year: number, category: Category): Promise<Ranking | null> {
  const row = await env.DB.prepare('SELECT ranking FROM palmares WHERE year = ? AND category = ?').bind(year, category).first<{ ranking: string }>();
  // A stored record is input too: parsed, never trusted as typed.
  return row ? RankingSchema.parse(JSON.parse(row.ranking)) : null;
}

export async function isPublished(env: Env, year: number): Promise<boolean> {
  return (await env.DB.prepare('SELECT 1 AS one FROM palmares WHERE year = ? LIMIT 1').bind(year).first()) !== null;
}

/** Stores every category of a year in one batch (a transaction): a palmarès is published whole or not at all. */
export async function publish(env: Env, year: number, rankings: Ranking[], now: number): Promise<boolean> {
  // A plain INSERT: if another publication got there first, the key conflict rolls the whole batch back.
  const insert = env.DB.prepare('INSERT INTO palmares (year, category, published_at, ranking) VALUES (?, ?, ?, ?)');
  try {
    await env.DB.batch(rankings.map((ranking) => insert.bind(year, ranking.category, now, JSON.stringify(ranking))));
    return true;
  } catch (error) {
    if (String(error).includes('UNIQUE constraint failed')) return false;
    throw error;
  }
}
