/**
 * The server is killed (SIGKILL, its whole process group) while auditors send audits, and
 * restarted on the same state. Each client sends its audits one at a time, as the audit app's
 * outbox does, drops an audit only once the server acknowledged it (accepted or duplicate), and
 * sends again whatever got no answer. In the end every audit acknowledged is stored and tallied
 * exactly once: an audit stored just before the kill, whose answer was lost, comes back a
 * duplicate and is not counted twice.
 * @module
 */
import { AUDIT_CHANNELS, AUDIT_GRID_VERSION } from '../../survey/audit-grid.js';
import type { AuditRequest, CampaignReply } from '../../survey/audits.js';
import { LOCAL_OPERATOR_TOKEN } from '../../survey/registration.js';
import '../../survey/reference-data.js';
import { allTerritories } from '../../survey/territory-directory.js';
import { seedObservations } from '../seed/audits.js';
import { Random } from '../seed/random.js';
import { startLocalServer, type LocalServer } from '../lib/local-server.js';

export interface AuditFaultFigures {
  clients: number;
  audits: number;
  kills: number;
  acknowledgedBeforeKill: number;
  acknowledged: number;
  /** Audits acknowledged as `duplicate`: stored before an answer that never arrived. */
  duplicates: number;
  retries: number;
  stored: number;
  tallied: number;
  lost: number;
  doubled: number;
  seconds: number;
}

/** Communes of Lozère: audited here only. */
export const AUDIT_FAULT_TERRITORIES = allTerritories()
  .filter((territory) => territory.kind === 'commune' && territory.departement === '48')
  .slice(0, 4)
  .map((territory) => territory.id);

const operator = { authorization: `Bearer ${LOCAL_OPERATOR_TOKEN}`, 'content-type': 'application/json' };

export async function killDuringAudits(options: {
  stateDir: string;
  vars: Record<string, string>;
  clients: number;
  auditsPerClient: number;
  killAtShare: number;
  killAfterMs: number;
}): Promise<AuditFaultFigures> {
  const started = Date.now();
  let server: LocalServer = await startLocalServer({ persistTo: options.stateDir, fresh: true, vars: options.vars });
  const url = server.url;
  const port = Number(new URL(url).port);
  const year = new Date().getUTCFullYear();
  const figures: AuditFaultFigures = {
    clients: options.clients,
    audits: options.clients * options.auditsPerClient,
    kills: 0,
    acknowledgedBeforeKill: 0,
    acknowledged: 0,
    duplicates: 0,
    retries: 0,
    stored: 0,
    tallied: 0,
    lost: 0,
    doubled: 0,
    seconds: 0,
  };
  const acknowledged = new Set<string>();
  const json = async <T>(response: Response, what: string): Promise<T> => {
    if (!response.ok) throw new Error(`${what}: ${response.status} ${await response.text()}`);
    return ((await response.json()) as { data: T }).data;
  };

  // One auditor per client, every territory on every channel.
  const tokens: string[] = [];
  const lines = [];
  for (let index = 0; index < options.clients; index += 1) {
    const made = await json<{ auditor: { id: string }; token: string }>(
      await fetch(`${url}/v1/auditors`, { method: 'POST', headers: operator, body: JSON.stringify({ name: `Auditeur ${index + 1}` }) }),
      'creating an auditor',
    );
    tokens.push(made.token);
    for (const territory of AUDIT_FAULT_TERRITORIES)
      for (const channel of AUDIT_CHANNELS) lines.push({ auditor: made.auditor.id, territory, service: 'mairie', channel });
  }
  await json(
    await fetch(`${url}/v1/campaigns/${year}`, { method: 'PUT', headers: operator, body: JSON.stringify({ assignments: lines }) }),
    'saving the campaign',
  );

  let down = false;
  const client = async (index: number) => {
    const random = new Random(4800 + index);
    const outbox: AuditRequest[] = Array.from({ length: options.auditsPerClient }, (_, number) => {
      const channel = AUDIT_CHANNELS[number % AUDIT_CHANNELS.length] ?? 'telephone';
      return {
        id: crypto.randomUUID(),
        grid: AUDIT_GRID_VERSION,
        territory: AUDIT_FAULT_TERRITORIES[(index + number) % AUDIT_FAULT_TERRITORIES.length] as AuditRequest['territory'],
        service: 'mairie',
        channel,
        observedAt: new Date(Date.now() - random.int(1, 60) * 60_000).toISOString(),
        observations: seedObservations(channel, random.next(), random),
      };
    });
    let delay = 50;
    const deadline = Date.now() + 120_000;
    while (outbox.length > 0 && Date.now() < deadline) {
      const audit = outbox[0] as AuditRequest;
      try {
        const response = await fetch(`${url}/v1/audits`, {
          method: 'POST',
          headers: { authorization: `Bearer ${tokens[index] ?? ''}`, 'content-type': 'application/json' },
          body: JSON.stringify(audit),
          signal: AbortSignal.timeout(10_000),
        });
        if (response.ok) {
          const { data } = (await response.json()) as { data: { status: string } };
          if (data.status === 'duplicate') figures.duplicates += 1;
          acknowledged.add(audit.id);
          outbox.shift();
          delay = 50;
          continue;
        }
        // 502 from the front proxy while wrangler dev restarts: back off as on a failed connection.
        await response.arrayBuffer();
      } catch {
        // the connection dropped: the audit stays in the outbox
      }
      figures.retries += 1;
      await new Promise((resolve) => setTimeout(resolve, delay));
      delay = Math.min(delay * 2, 2_000);
    }
  };

  const killer = (async () => {
    const until = Date.now() + options.killAfterMs;
    while (acknowledged.size < figures.audits * options.killAtShare && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 5));
    figures.acknowledgedBeforeKill = acknowledged.size;
    down = true;
    if (server.process.pid !== undefined) process.kill(-server.process.pid, 'SIGKILL');
    figures.kills += 1;
    await new Promise((resolve) => setTimeout(resolve, 500));
    server = await startLocalServer({ persistTo: options.stateDir, port, vars: options.vars });
    down = false;
  })();

  await Promise.all([...Array.from({ length: options.clients }, (_, index) => client(index)), killer]);
  if (down) throw new Error('the server did not come back');
  figures.acknowledged = acknowledged.size;
  try {
    const campaign = await json<CampaignReply['data']>(await fetch(`${url}/v1/campaigns/${year}`, { headers: operator }), 'reading the campaign');
    figures.stored = campaign.assignments.reduce((sum, line) => sum + line.audits, 0);
    for (const territory of AUDIT_FAULT_TERRITORIES)
      figures.tallied += (
        await json<{ audits: number }>(await fetch(`${url}/v1/territories/${territory}/audits?year=${year}`), `audits of ${territory}`)
      ).audits;
  } finally {
    await server.stop();
  }
  figures.lost = Math.max(0, figures.acknowledged - Math.min(figures.stored, figures.tallied));
  figures.doubled = Math.max(0, Math.max(figures.stored, figures.tallied) - figures.audits);
  figures.seconds = Math.round((Date.now() - started) / 1000);
  return figures;
}
