/**
 * A rotating header buys no identity. The client's address comes from the connection (the local
 * front proxy sets CF-Connecting-IP from the socket, as Cloudflare's edge does, and drops every
 * `cf-*` and `mf-*` header a client sends): a script that sends a fresh CF-Connecting-IP,
 * X-Forwarded-For, True-Client-IP, X-Real-IP or miniflare blob with every request is still one
 * respondent, and still one client for the daily claim limit.
 * @module
 */
import { ANSWERS_PER_RESPONDENT_PER_DAY } from '../../survey/participation.js';
import { JSON_HEADERS, retryAfter, send, type Tally } from './http-check.js';

export const IDENTITY_TERRITORY = 'commune:04013';
/** Claimed by this phase only. */
export const IDENTITY_CLAIMS = ['commune:04017', 'commune:04018', 'commune:04019', 'commune:04020', 'commune:04021', 'commune:04022'];
export const MAX_CLAIMS_PER_CLIENT_PER_DAY = 5;

export interface IdentityFigures {
  answersSent: number;
  answersAccepted: number;
  counted: number;
  capped: number;
  respondents: number | null;
  claimsBefore: number;
  claimsSent: number;
  claimsAccepted: number;
  /** 1-based: the claim of the day (this client's, every phase included) first refused. */
  firstRefusedClaimOfDay: number | null;
  claimsRefused: number;
  retryAfterPresent: number;
}

/** Headers a client may forge, all different for request `n`. */
export function rotating(n: number): Record<string, string> {
  const octet = (n % 250) + 1;
  return {
    'cf-connecting-ip': `203.0.113.${octet}`,
    'x-forwarded-for': `198.51.100.${octet}`,
    'true-client-ip': `192.0.2.${octet}`,
    'x-real-ip': `100.64.0.${octet}`,
    'mf-cf-blob': JSON.stringify({ clientIp: `203.0.113.${octet}` }),
  };
}

/** `claimsBefore`: claims other phases made from this client (127.0.0.1) on this server today. */
export async function rotatingHeaders(url: string, claimsBefore: number, tally: Tally, failures: string[]): Promise<IdentityFigures> {
  const check = (ok: boolean, message: string) => {
    if (!ok) failures.push(`identity: ${message}`);
  };
  const figures: IdentityFigures = {
    answersSent: 10,
    answersAccepted: 0,
    counted: 0,
    capped: 0,
    respondents: null,
    claimsBefore,
    claimsSent: 0,
    claimsAccepted: 0,
    firstRefusedClaimOfDay: null,
    claimsRefused: 0,
    retryAfterPresent: 0,
  };
  for (let n = 0; n < figures.answersSent; n += 1) {
    const answer = { id: crypto.randomUUID(), questionnaire: 'v1', territory: IDENTITY_TERRITORY, service: 'mairie', overall: 'tres-bien' };
    const result = await send(`${url}/v1/responses`, { method: 'POST', headers: { ...JSON_HEADERS, ...rotating(n) }, body: JSON.stringify(answer) }, tally);
    if (result.status === 200) figures.answersAccepted += 1;
    else check(false, `answer ${n + 1}: status ${result.status} ${JSON.stringify(result.body).slice(0, 200)}`);
  }
  const results = (await send(`${url}/v1/territories/${IDENTITY_TERRITORY}/results`, {}, tally)).body as {
    data: { answers: number; respondents: number | null; excluded: { capped: number } };
  };
  figures.counted = results.data.answers;
  figures.capped = results.data.excluded.capped;
  figures.respondents = results.data.respondents;
  check(figures.respondents === 1, `${figures.respondents} respondents from one client with 10 different headers (expected 1)`);
  check(figures.counted === ANSWERS_PER_RESPONDENT_PER_DAY, `${figures.counted} answers counted (expected ${ANSWERS_PER_RESPONDENT_PER_DAY})`);
  check(figures.capped === figures.answersAccepted - figures.counted, `${figures.capped} capped (expected ${figures.answersAccepted - figures.counted})`);

  // Claims: the sixth of the day is refused, whatever the headers say.
  for (const [n, territory] of IDENTITY_CLAIMS.entries()) {
    const result = await send(
      `${url}/v1/territories`,
      { method: 'POST', headers: { ...JSON_HEADERS, ...rotating(100 + n) }, body: JSON.stringify({ territory, contact: `contact${n}@claims.example.org` }) },
      tally,
    );
    figures.claimsSent += 1;
    const ofDay = claimsBefore + n + 1;
    if (result.status === 201) figures.claimsAccepted += 1;
    else if (result.status === 429) {
      figures.claimsRefused += 1;
      figures.firstRefusedClaimOfDay ??= ofDay;
      if (retryAfter(result.headers) > 0) figures.retryAfterPresent += 1;
    } else check(false, `claim ${n + 1}: status ${result.status} ${JSON.stringify(result.body).slice(0, 200)}`);
  }
  check(
    claimsBefore + figures.claimsSent > MAX_CLAIMS_PER_CLIENT_PER_DAY,
    `only ${claimsBefore + figures.claimsSent} claims in the day: the limit is not reached`,
  );
  check(
    figures.claimsAccepted === Math.max(0, MAX_CLAIMS_PER_CLIENT_PER_DAY - claimsBefore),
    `${figures.claimsAccepted} claims accepted with rotating headers after ${claimsBefore} (expected ${Math.max(0, MAX_CLAIMS_PER_CLIENT_PER_DAY - claimsBefore)})`,
  );
  check(
    figures.firstRefusedClaimOfDay === MAX_CLAIMS_PER_CLIENT_PER_DAY + 1,
    `first claim refused: the ${figures.firstRefusedClaimOfDay}th of the day (expected the ${MAX_CLAIMS_PER_CLIENT_PER_DAY + 1}th)`,
  );
  check(figures.retryAfterPresent === figures.claimsRefused, `${figures.claimsRefused - figures.retryAfterPresent} claim refusals without Retry-After`);
  return figures;
}
