/** What the load benchmarks share: the answer they send, and the server variables that let one client send them all. */
import type { Answer } from '../../survey/response.js';
import type { TerritoryId } from '../../survey/territory.js';
import type { Random } from '../../scripts/seed/random.js';

/** A valid wire-format v1 answer with random levels, for one territory. */
export function benchAnswer(random: Random, territory: string): Answer {
  return {
    id: crypto.randomUUID(),
    questionnaire: 'v1',
    territory: territory as TerritoryId,
    service: 'mairie',
    channel: 'guichet',
    overall: random.pick(['pas-bien', 'moyen', 'tres-bien'] as const),
    criteria: { accueil: random.int(1, 5) as 1 | 2 | 3 | 4 | 5, attente: random.int(1, 5) as 1 | 2 | 3 | 4 | 5 },
    source: 'site',
  };
}

/**
 * All the load of a benchmark comes from one address (127.0.0.1, through the launcher's front
 * proxy): these server variables lift the per-client limits and the per-respondent cap, so every
 * answer counts and exactness can be checked.
 */
export const UNLIMITED_CLIENT_VARS = {
  RATE_LIMIT_PER_MINUTE: '1000000000',
  RATE_LIMIT_PER_HOUR: '1000000000',
  ANSWERS_PER_RESPONDENT_PER_DAY: '1000000000',
};
