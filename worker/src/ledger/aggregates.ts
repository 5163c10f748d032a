/**
 * What a results query needs from a ledger, read from tallies only, and how shards' aggregates add
 * up. Unfiltered queries read the roll-ups (bounded by months × cells); filtered ones the full
 * tallies, restricted to the months asked for.
 * @module
 */
import type { LevelKey, Question, TallyRow } from '../../../survey/tally.js';

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
}

const FIRST = '0000-01';
const LAST = '9999-12';

export function readAggregates(sql: SqlStorage, filter: AggregateFilter): Aggregates {
  const from = filter.from ?? FIRST;
  const to = filter.to ?? LAST;
  const service = filter.service ?? null;
  const channel = filter.channel ?? null;
  const filtered = service !== null || channel !== null;
  // ?1 service, ?2 channel, ?3 from, ?4 to: the same bindings serve every filtered query.
  const where = 'flagged = 0 AND (?1 IS NULL OR service = ?1) AND (?2 IS NULL OR channel = ?2) AND month BETWEEN ?3 AND ?4';
  const bindings = [service, channel, from, to] as const;

  const cells = filtered
    ? sql.exec<{ question: string; level: string; count: number }>(
        `SELECT question, level, SUM(count) AS count FROM tallies WHERE ${where} GROUP BY question, level`,
        ...bindings,
      )
    : sql.exec<{ question: string; level: string; count: number }>(
        'SELECT question, level, SUM(count) AS count FROM tallies_month WHERE month BETWEEN ? AND ? GROUP BY question, level',
        from,
        to,
      );
  const months = filtered
    ? sql.exec<MonthLevelRow>(
        `SELECT month, level, SUM(count) AS count FROM tallies WHERE ${where} AND question = 'overall' GROUP BY month, level`,
        ...bindings,
      )
    : sql.exec<MonthLevelRow>(
        "SELECT month, level, count FROM tallies_month WHERE month BETWEEN ? AND ? AND question = 'overall'",
        from,
        to,
      );
  const dimensions = filtered
    ? sql.exec<{ dimension: string; value: string; count: number }>(
        `SELECT 'source' AS dimension, source AS value, SUM(count) AS count FROM tallies WHERE ${where} AND question = 'overall' GROUP BY source
         UNION ALL SELECT 'service', service, SUM(count) FROM tallies WHERE ${where} AND question = 'overall' GROUP BY service
         UNION ALL SELECT 'channel', channel, SUM(count) FROM tallies WHERE ${where} AND question = 'overall' GROUP BY channel`,
        ...bindings,
      )
    : sql.exec<{ dimension: string; value: string; count: number }>(
        'SELECT dimension, value, SUM(count) AS count FROM tallies_dimension WHERE month BETWEEN ? AND ? GROUP BY dimension, value',
        from,
        to,
      );
  const abuse = sql
    .exec<{ flagged: number | null; refused: number | null }>('SELECT SUM(flagged) AS flagged, SUM(refused) AS refused FROM abuse WHERE month BETWEEN ? AND ?', from, to)
    .one();

  return {
    cells: cells
      .toArray()
      .filter((row) => row.count > 0)
      .map((row) => ({ question: row.question as Question, level: row.level as LevelKey, count: row.count })),
    months: months.toArray().filter((row) => row.count > 0),
    dimensions: dimensions.toArray().filter((row) => row.count > 0),
    flagged: abuse.flagged ?? 0,
    refused: abuse.refused ?? 0,
  };
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
    cells: sumBy(parts.flatMap((part) => part.cells), (row) => `${row.question}\u0000${row.level}`),
    months: sumBy(parts.flatMap((part) => part.months), (row) => `${row.month}\u0000${row.level}`),
    dimensions: sumBy(parts.flatMap((part) => part.dimensions), (row) => `${row.dimension}\u0000${row.value}`),
    flagged: parts.reduce((sum, part) => sum + part.flagged, 0),
    refused: parts.reduce((sum, part) => sum + part.refused, 0),
  };
}
