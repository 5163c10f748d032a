/**
 * Strangers cannot block a town's registration. On a server behind a trusted proxy
 * (TRUSTED_PROXY_HEADER=x-forwarded-for, so each X-Forwarded-For value is a distinct client), 30
 * strangers claim one commune with random contacts and sites, then the town claims it with its own
 * domain: its claim is accepted, the operator sees all 31 with the facts that tell the town's apart,
 * and approving it settles the territory. Each stranger is still held to 5 claims a day.
 * @module
 */
import { LOCAL_OPERATOR_TOKEN } from '../../worker/src/local-defaults.js';
import { startLocalServer } from '../lib/local-server.js';
import { MAX_CLAIMS_PER_CLIENT_PER_DAY } from './identity.js';
import { JSON_HEADERS, retryAfter, send, type Tally } from './http-check.js';

export const CONTESTED = 'commune:04008';
const TOWN_DOMAIN = 'annot.fr';
/** Further claims of one stranger, on territories nobody else claims here. */
const STRANGER_EXTRA = ['commune:04024', 'commune:04026', 'commune:04027', 'commune:04028', 'commune:04009'];

export interface RegistrationFigures {
  strangers: number;
  strangerClaimsAccepted: number;
  townStatus: number;
  listed: number;
  matchingDomain: number;
  townMatches: boolean;
  townClaimsOnTerritory: number | null;
  approveStatus: number;
  leftAfterApproval: number;
  oneStrangerClaims: number;
  oneStrangerAccepted: number;
  oneStrangerFirstRefused: number | null;
  retryAfterPresent: boolean;
}

const random = () => crypto.randomUUID().slice(0, 8);
const operator = { authorization: `Bearer ${LOCAL_OPERATOR_TOKEN}`, 'x-forwarded-for': '192.0.2.250' };

export async function strangersCannotBlock(stateDir: string, tally: Tally, failures: string[]): Promise<RegistrationFigures> {
  const check = (ok: boolean, message: string) => {
    if (!ok) failures.push(`registration: ${message}`);
  };
  const figures: RegistrationFigures = {
    strangers: 30,
    strangerClaimsAccepted: 0,
    townStatus: 0,
    listed: 0,
    matchingDomain: 0,
    townMatches: false,
    townClaimsOnTerritory: null,
    approveStatus: 0,
    leftAfterApproval: -1,
    oneStrangerClaims: 0,
    oneStrangerAccepted: 0,
    oneStrangerFirstRefused: null,
    retryAfterPresent: false,
  };
  const server = await startLocalServer({ persistTo: stateDir, fresh: true, env: { TRUSTED_PROXY_HEADER: 'x-forwarded-for' } });
  const url = server.url;
  const claim = (address: string, territory: string, contact: string, origins: string[]) =>
    send(
      `${url}/v1/territories`,
      { method: 'POST', headers: { ...JSON_HEADERS, 'x-forwarded-for': address }, body: JSON.stringify({ territory, contact, origins }) },
      tally,
    );
  try {
    for (let n = 1; n <= figures.strangers; n += 1) {
      const result = await claim(`198.51.100.${n}`, CONTESTED, `${random()}@${random()}.example.net`, [`https://${random()}.example.org`]);
      if (result.status === 201) figures.strangerClaimsAccepted += 1;
      else check(false, `stranger ${n}'s claim: status ${result.status} ${JSON.stringify(result.body).slice(0, 200)}`);
    }
    const town = await claim('192.0.2.10', CONTESTED, `mairie@${TOWN_DOMAIN}`, [`https://www.${TOWN_DOMAIN}`]);
    figures.townStatus = town.status;
    check(town.status === 201, `the town's claim after 30 strangers: status ${town.status} ${JSON.stringify(town.body).slice(0, 200)}`);
    const townClaim = (town.body as { data?: { claim: string } }).data?.claim;

    type Listed = { claim: string; territory: string; facts: { contactDomainMatchesOrigin: boolean; claimsOnTerritory: number } };
    const list = async () => {
      const reply = await send(`${url}/v1/registrations`, { headers: operator }, tally);
      check(reply.status === 200, `operator list: status ${reply.status}`);
      return ((reply.body as { data?: { claims: Listed[] } }).data?.claims ?? []).filter((entry) => entry.territory === CONTESTED);
    };
    const listed = await list();
    figures.listed = listed.length;
    figures.matchingDomain = listed.filter((entry) => entry.facts.contactDomainMatchesOrigin).length;
    const mine = listed.find((entry) => entry.claim === townClaim);
    figures.townMatches = mine?.facts.contactDomainMatchesOrigin === true;
    figures.townClaimsOnTerritory = mine?.facts.claimsOnTerritory ?? null;
    check(figures.listed === figures.strangers + 1, `the operator lists ${figures.listed} claims on ${CONTESTED} (expected ${figures.strangers + 1})`);
    check(
      figures.townMatches && figures.matchingDomain === 1,
      `contact domain matching a site: ${figures.matchingDomain} claims, the town's ${figures.townMatches ? 'among them' : 'not among them'} (expected the town's alone)`,
    );
    check(
      figures.townClaimsOnTerritory === figures.strangers + 1,
      `the town's claim shows ${figures.townClaimsOnTerritory} claims on the territory (expected ${figures.strangers + 1})`,
    );

    const approved = await send(`${url}/v1/registrations/${townClaim}/approve`, { method: 'POST', headers: operator }, tally);
    figures.approveStatus = approved.status;
    check(approved.status === 200, `approving the town's claim: status ${approved.status}`);
    figures.leftAfterApproval = (await list()).length;
    check(figures.leftAfterApproval === 0, `${figures.leftAfterApproval} claims left on ${CONTESTED} after approval`);

    // Stranger 1 already claimed once today: its 6th claim is refused.
    const address = '198.51.100.1';
    for (const territory of STRANGER_EXTRA) {
      const result = await claim(address, territory, `${random()}@${random()}.example.net`, []);
      figures.oneStrangerClaims += 1;
      const ofDay = figures.oneStrangerClaims + 1;
      if (result.status === 201) figures.oneStrangerAccepted += 1;
      else if (result.status === 429) {
        figures.oneStrangerFirstRefused ??= ofDay;
        figures.retryAfterPresent = retryAfter(result.headers) > 0;
      } else check(false, `stranger 1's claim on ${territory}: status ${result.status}`);
    }
    check(
      figures.oneStrangerFirstRefused === MAX_CLAIMS_PER_CLIENT_PER_DAY + 1,
      `one stranger's first refused claim: the ${figures.oneStrangerFirstRefused}th of the day (expected the ${MAX_CLAIMS_PER_CLIENT_PER_DAY + 1}th)`,
    );
    check(figures.retryAfterPresent, 'the refused claim carries no Retry-After');
  } finally {
    await server.stop();
  }
  return figures;
}
