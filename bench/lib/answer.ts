/** The answer the load benchmarks send: a valid wire-format v1 answer with random levels, for one territory. */
import type { Answer } from '../../survey/response.js';
import type { TerritoryId } from '../../survey/territory.js';
import type { Random } from '../../scripts/seed/random.js';

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
