import { describe, expect, it } from 'vitest';
import { scoreAudit, type Observation } from '../../survey/audit-grid.js';
import { AuditRequestSchema, MIN_AUDITS_RANKED, MIN_CHANNELS_RANKED } from '../../survey/audits.js';
import { categoryOf, CATEGORY_IDS } from '../../survey/trophy.js';
import { auditSeedPlan, BELOW_PER_CATEGORY, SEED_AUDITORS } from './audits.js';
import { allTerritories } from './run-seed.js';
import { seedPlan } from './synthetic.js';

const NOW = Date.UTC(2026, 10, 22, 12);
const territories = seedPlan(allTerritories(), { now: NOW, territories: 300 }).territories;
const plan = auditSeedPlan(territories, { now: NOW });

/** Per year and territory: audits and channels, as the Trophée counts them. */
function perTerritory(year: number) {
  const counts = new Map<string, { audits: number; channels: Set<string> }>();
  for (const { audit } of plan.audits) {
    if (new Date(audit.observedAt).getUTCFullYear() !== year) continue;
    const entry = counts.get(audit.territory) ?? { audits: 0, channels: new Set<string>() };
    entry.audits += 1;
    entry.channels.add(audit.channel);
    counts.set(audit.territory, entry);
  }
  return counts;
}

describe('auditSeedPlan', () => {
  it('sends only audits POST /v1/audits accepts: valid, on a line of its year’s campaign for its auditor, received after made and in the past', () => {
    for (const { auditor, audit, receivedAt } of plan.audits) {
      const parsed = AuditRequestSchema.safeParse(audit);
      expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
      expect(Date.parse(audit.observedAt)).toBeLessThan(receivedAt);
      expect(receivedAt).toBeLessThanOrEqual(NOW);
      const year = new Date(audit.observedAt).getUTCFullYear();
      const campaign = plan.campaigns.find((entry) => entry.year === year);
      expect(
        campaign?.assignments.some(
          (line) => line.auditor === auditor && line.territory === audit.territory && line.service === audit.service && line.channel === audit.channel,
        ),
      ).toBe(true);
    }
    expect(plan.campaigns.map((campaign) => campaign.year)).toEqual([2025, 2026]);
    expect(new Set(plan.audits.map(({ audit }) => audit.id)).size).toBe(plan.audits.length);
    expect(new Set(plan.audits.map(({ auditor }) => auditor))).toEqual(new Set(SEED_AUDITORS.map((_, index) => index)));
  });

  it('ranks several candidates per category both years and leaves some below the minimum', () => {
    for (const year of [2025, 2026]) {
      const counts = perTerritory(year);
      for (const category of CATEGORY_IDS) {
        const audited = [...counts.entries()].filter(([id]) => {
          const territory = territories.find((entry) => entry.id === id);
          return territory && categoryOf(territory.kind, territory.population) === category;
        });
        const ranked = audited.filter(([, entry]) => entry.audits >= MIN_AUDITS_RANKED && entry.channels.size >= MIN_CHANNELS_RANKED);
        expect(ranked.length, `${category} ${year}`).toBeGreaterThanOrEqual(5);
        expect(audited.length - ranked.length, `${category} ${year}`).toBe(BELOW_PER_CATEGORY);
      }
    }
  });

  it('varies the scores between territories, and is the same on every run', () => {
    const scores = plan.audits.map(({ audit }) => scoreAudit(audit.channel, audit.observations as Record<string, Observation>).overall ?? 0);
    expect(Math.min(...scores)).toBeLessThan(4);
    expect(Math.max(...scores)).toBeGreaterThan(8.5);
    expect(auditSeedPlan(territories, { now: NOW }).audits).toEqual(plan.audits);
  });
});
