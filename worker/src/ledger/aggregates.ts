/**
 * What a results query needs from a ledger, read from its roll-ups only, and how shards'
 * aggregates add up.
 * @module
 */
import type { LevelKey, Question, TallyRow } from '../../../survey/tally.js';
import { readParticipation } from './respondents.js';
import { DIMENSION_PREFIX, sliceOf } from './tally-writes.js';

export interface AggregateFilter {
  service?: string | undefined;
  channel?: string | undefined;
  /** First month, YYYY-MM, inclusive. */
  from?: string | undefined;
  /** Last month, YYYY-MM, inclusive. */
  to?: string | undefined;
}

export type MonthLevelRow = {
  month: string;
  level: string;
  count: number;
};

export interface Aggregates {
  cells: TallyRow[];
  /** Overall answers per month and level. */
  months: MonthLevelRow[];
  /** Answers per value of each dimension (source, service, channel). */
  dimensions: { dimension: string; value: string; count: number }[];
  flagged: number;
  refused: number;
  /** Answers over a respondent's daily cap: kept, left out of the figures. */
  capped: number;
  /** Respondents (survey/participation.ts) of the whole territory over the period; null under a service or channel filter. */
  respondents: number | null;
}

const FIRST = '0000-01';
const LAST = '9999-12';

/** Reads one roll-up slice: the same bounded number of rows for any volume and any filter. */
export function readAggregates(sql: SqlStorage, filter: AggregateFilter): Aggregates {
  const from = filter.from ?? FIRST;
  const to = filter.to ?? LAST;
  const slice = sliceOf(filter);
  const rows = sql
    .exec<{ question: string; level: string; count: number }>(
      'SELECT question, level, SUM(count) AS count FROM rollups WHERE slice = ? AND month BETWEEN ? AND ? GROUP BY question, level HAVING SUM(count) > 0',
      slice,
      from,
      to,
    )
    .toArray();
  const months = sql
    .exec<MonthLevelRow>(
      "SELECT month, level, count FROM rollups WHERE slice = ? AND month BETWEEN ? AND ? AND question = 'overall' AND count > 0",
      slice,
      from,
      to,
    )
    .toArray();
  const abuse = sql
    .exec<{ flagged: number | null; refused: number | null }>(
      'SELECT SUM(flagged) AS flagged, SUM(refused) AS refused FROM abuse WHERE month BETWEEN ? AND ?',
      from,
      to,
    )
    .one();
  const counted = rows.filter((row) => row.question === 'overall').reduce((sum, row) => sum + row.count, 0);
  // Days are counted whatever the filter: respondents are people of the territory, not of a service.
  const filtered = Boolean(filter.service || filter.channel);
  const participation = readParticipation(sql, from, to, counted);
  return {
    cells: rows
      .filter((row) => !row.question.startsWith(DIMENSION_PREFIX))
      .map((row) => ({ question: row.question as Question, level: row.level as LevelKey, count: row.count })),
    months,
    dimensions: rows
      .filter((row) => row.question.startsWith(DIMENSION_PREFIX))
      .map((row) => ({ dimension: row.question.slice(DIMENSION_PREFIX.length), value: row.level, count: row.count })),
    flagged: abuse.flagged ?? 0,
    refused: abuse.refused ?? 0,
    capped: participation.capped,
    respondents: filtered ? null : participation.respondents,
  };
}

/** Cells per service (the questionnaire's questions only), under an optional channel filter: what `/services` compares. */
export interface ServiceCells {
  service: string;
  cells: TallyRow[];
}

/**
 * Reads every service's slice at once (one per service, under the channel asked for): a bounded
 * number of rows whatever the volume, as `readAggregates`.
 */
export function readServiceCells(sql: SqlStorage, filter: Pick<AggregateFilter, 'channel' | 'from' | 'to'>, services: readonly string[]): ServiceCells[] {
  const slices = new Map(services.map((service) => [sliceOf({ service, channel: filter.channel }), service]));
  const byService = new Map<string, TallyRow[]>();
  for (const row of sql.exec<{ slice: string; question: string; level: string; count: number }>(
    `SELECT slice, question, level, SUM(count) AS count FROM rollups
     WHERE slice IN (SELECT value FROM json_each(?)) AND month BETWEEN ? AND ? AND question NOT LIKE '${DIMENSION_PREFIX}%'
     GROUP BY slice, question, level HAVING SUM(count) > 0`,
    JSON.stringify([...slices.keys()]),
    filter.from ?? FIRST,
    filter.to ?? LAST,
  )) {
    const service = slices.get(row.slice);
    if (service === undefined) continue;
    const cells = byService.get(service) ?? [];
    cells.push({ question: row.question as Question, level: row.level as LevelKey, count: row.count });
    byService.set(service, cells);
  }
  return [...byService].map(([service, cells]) => ({ service, cells }));
}

/** Per-service cells of a territory split over shards: every count adds up. */
export function mergeServiceCells(parts: ServiceCells[][]): ServiceCells[] {
  const merged = new Map<string, TallyRow[]>();
  for (const { service, cells } of parts.flat()) {
    const known = merged.get(service);
    if (known) known.push(...cells);
    else merged.set(service, [...cells]);
  }
  return [...merged].map(([service, cells]) => ({
    service,
    cells: sumBy(cells, (row) => `${row.question}\u0000${row.level}`),
  }));
}

function sumBy<T extends { count: number }>(rows: T[], key: (row: T) => string): T[] {
  const sums = new Map<string, T>();
  for (const row of rows) {
    const id = key(row);
    const seen = sums.get(id);
    sums.set(id, seen ? { ...seen, count: seen.count + row.count } : { ...row });
  }
  return [...sums.values()];
}

/** The aggregates of a territory split over shards: every count adds up. */
export function mergeAggregates(parts: Aggregates[]): Aggregates {
  if (parts.length === 1) return parts[0] as Aggregates;
  return {
    cells: sumBy(
      parts.flatMap((part) => part.cells),
      (row) => `${row.question}\u0000${row.level}`,
    ),
    months: sumBy(
      parts.flatMap((part) => part.months),
      (row) => `${row.month}\u0000${row.level}`,
    ),
    dimensions: sumBy(
      parts.flatMap((part) => part.dimensions),
      (row) => `${row.dimension}\u0000${row.value}`,
    ),
    flagged: parts.reduce((sum, part) => sum + part.flagged, 0),
    refused: parts.reduce((sum, part) => sum + part.refused, 0),
    capped: parts.reduce((sum, part) => sum + part.capped, 0),
    // A client answering in two shards counts twice: shards are for the busiest territories, where that is noise.
    respondents: parts.some((part) => part.respondents === null) ? null : parts.reduce((sum, part) => sum + (part.respondents ?? 0), 0),
  };
}
