/**
 * The audit report's data: three replies of the API for one territory and year — its audit
 * results (with the item detail when the territory's admin token is given, else without), its
 * citizens' results over the same year (their score per criterion, beside the auditors'), and its
 * département (the name the comparison prints). Each reply is checked against the contract's
 * schema by the analysis report's `ask`, so a report is never drawn from half its data.
 * @module
 */
import { AuditResultsReplySchema, type AuditResults } from '../../../survey/audits.js';
import { ResultsReplySchema, TerritoryReplySchema, type Results } from '../../../survey/results.js';
import { ask, type Fetch } from './report-data.js';

export interface AuditReportData {
  year: number;
  audits: AuditResults;
  citizens: Results;
  departementName: string;
}

/** Everything an audit report needs, asked of `endpoint` in parallel; `token` is the territory's admin token, if held. */
export async function loadAuditReportData(
  endpoint: string,
  territory: string,
  year: number,
  options: { token?: string | undefined; fetcher?: Fetch } = {},
): Promise<AuditReportData> {
  const fetcher = options.fetcher ?? fetch;
  const id = encodeURIComponent(territory);
  const url = (path: string) => new URL(path, endpoint).href;
  const headers: Record<string, string> = options.token ? { authorization: `Bearer ${options.token}` } : {};
  const [audits, citizens] = await Promise.all([
    ask(fetcher, url(`/v1/territories/${id}/audits?year=${year}`), AuditResultsReplySchema, headers),
    ask(fetcher, url(`/v1/territories/${id}/results?from=${year}-01&to=${year}-12`), ResultsReplySchema),
  ]);
  const code = audits.territory.departement;
  const departement =
    audits.territory.kind === 'departement'
      ? audits.territory
      : await ask(fetcher, url(`/v1/territories/${encodeURIComponent(`departement:${code}`)}`), TerritoryReplySchema);
  return { year, audits, citizens, departementName: departement.name };
}
