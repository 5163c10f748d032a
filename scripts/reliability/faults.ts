/**
 * Kills the server mid-run and checks that nothing acknowledged is lost or doubled. Clients send
 * answers as the widget does (batches from an outbox, an answer dropped only when the server names
 * it held, everything else retried with backoff); the server's whole process group gets SIGKILL
 * once a share of the answers is acknowledged (or after a while), then restarts on the same state,
 * and the clients finish.
 * @module
 */
import { MAX_BATCH_TERRITORIES, type Answer } from '../../survey/response.js';
import '../../survey/reference-data.js';
import { allTerritories } from '../../survey/territory-directory.js';
import { startLocalServer, type LocalServer } from '../lib/local-server.js';

export interface FaultFigures {
  clients: number;
  answers: number;
  kills: number;
  acknowledgedBeforeKill: number;
  acknowledged: number;
  retries: number;
  connectionErrors: number;
  tallied: number;
  summarised: number;
  lost: number;
  doubled: number;
  seconds: number;
}

/** Ten communes of Saône-et-Loire: no other phase writes there. */
export const FAULT_TERRITORIES = allTerritories()
  .filter((territory) => territory.kind === 'commune' && territory.departement === '71')
  .slice(0, 10)
  .map((territory) => territory.id);

export async function killAndRestart(options: {
  stateDir: string;
  vars: Record<string, string>;
  clients: number;
  answersPerClient: number;
  killAtShare: number;
  killAfterMs: number;
}): Promise<FaultFigures> {
  const started = Date.now();
  let server: LocalServer = await startLocalServer({ persistTo: options.stateDir, fresh: true, vars: options.vars });
  const url = server.url;
  const port = new URL(url).port;
  const figures: FaultFigures = {
    clients: options.clients,
    answers: options.clients * options.answersPerClient,
    kills: 0,
    acknowledgedBeforeKill: 0,
    acknowledged: 0,
    retries: 0,
    connectionErrors: 0,
    tallied: 0,
    summarised: 0,
    lost: 0,
    doubled: 0,
    seconds: 0,
  };
  const acknowledged = new Set<string>();
  let down = false;

  const client = async (index: number) => {
    const outbox = new Map<string, Answer>(
      Array.from({ length: options.answersPerClient }, (_, number) => {
        const answer: Answer = {
          id: crypto.randomUUID(),
          questionnaire: 'v1',
          territory: FAULT_TERRITORIES[(index + number) % FAULT_TERRITORIES.length] as Answer['territory'],
          service: 'mairie',
          overall: 'moyen',
        };
        return [answer.id, answer];
      }),
    );
    let delay = 50;
    const deadline = Date.now() + 120_000;
    while (outbox.size > 0 && Date.now() < deadline) {
      // Five answers at most, naming at most MAX_BATCH_TERRITORIES territories, as the widget's outbox sends them.
      const named = new Set<string>();
      const batch: Answer[] = [];
      for (const answer of outbox.values()) {
        if (batch.length === 5) break;
        if (!named.has(answer.territory) && named.size === MAX_BATCH_TERRITORIES) continue;
        named.add(answer.territory);
        batch.push(answer);
      }
      try {
        const response = await fetch(`${url}/v1/responses`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ answers: batch }),
          signal: AbortSignal.timeout(10_000),
        });
        if (response.ok) {
          const { data } = (await response.json()) as { data: { results: { id: string; status: string }[] } };
          for (const result of data.results) {
            if (['accepted', 'updated', 'duplicate'].includes(result.status)) {
              outbox.delete(result.id);
              acknowledged.add(result.id);
            }
          }
          delay = 50;
        } else {
          // 502 from the front proxy while wrangler dev restarts: back off as on a failed connection.
          await response.arrayBuffer();
          figures.retries += 1;
          await new Promise((resolve) => setTimeout(resolve, delay));
          delay = Math.min(delay * 2, 2_000);
        }
      } catch {
        figures.connectionErrors += 1;
        figures.retries += 1;
        await new Promise((resolve) => setTimeout(resolve, delay));
        delay = Math.min(delay * 2, 2_000);
      }
    }
  };

  const killer = (async () => {
    // Mid-run whatever the machine's speed: once a share of the answers is in.
    const until = Date.now() + options.killAfterMs;
    while (acknowledged.size < figures.answers * options.killAtShare && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 5));
    figures.acknowledgedBeforeKill = acknowledged.size;
    down = true;
    if (server.process.pid !== undefined) process.kill(-server.process.pid, 'SIGKILL');
    figures.kills += 1;
    await new Promise((resolve) => setTimeout(resolve, 500));
    server = await startLocalServer({ persistTo: options.stateDir, port: Number(port), vars: options.vars });
    down = false;
  })();

  await Promise.all([...Array.from({ length: options.clients }, (_, index) => client(index)), killer]);
  if (down) throw new Error('the server did not come back');
  figures.acknowledged = acknowledged.size;
  try {
    for (const territory of FAULT_TERRITORIES) {
      figures.tallied += ((await (await fetch(`${url}/v1/territories/${territory}/results`)).json()) as { data: { answers: number } }).data.answers;
    }
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline) {
      figures.summarised = 0;
      for (const territory of FAULT_TERRITORIES)
        figures.summarised += ((await (await fetch(`${url}/v1/dev/totals?territory=${territory}`)).json()) as { data: { summarised: number } }).data.summarised;
      if (figures.summarised === figures.tallied) break;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  } finally {
    await server.stop();
  }
  figures.lost = Math.max(0, figures.acknowledged - figures.tallied);
  figures.doubled = Math.max(0, figures.tallied - figures.answers);
  figures.seconds = Math.round((Date.now() - started) / 1000);
  return figures;
}
