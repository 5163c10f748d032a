import { describe, expect, it } from 'vitest';
import { AnswerSchema } from '../../survey/response.js';
import { categoryOf, CATEGORY_IDS } from '../../survey/trophy.js';
import { allTerritories } from './run-seed.js';
import { lastTwelveMonths, seedPlan } from './synthetic.js';

const NOW = Date.UTC(2026, 10, 22, 12);

describe('seedPlan', () => {
  const plan = seedPlan(allTerritories(), { now: NOW, territories: 300 });
  const batches = [...plan.batches()];
  const answers = batches.flatMap((batch) => batch.answers);

  it('covers at least 300 territories across every trophy category, the demo town included', () => {
    expect(plan.territories.length).toBeGreaterThanOrEqual(300);
    expect(plan.territories.map((territory) => territory.id)).toContain('commune:25056');
    const categories = new Set(plan.territories.map((territory) => categoryOf(territory.kind, territory.population)));
    expect([...categories].sort()).toEqual([...CATEGORY_IDS].sort());
  });

  it('produces valid wire-format answers with unique ids, as many as announced, over twelve months', () => {
    expect(answers).toHaveLength(plan.answers);
    expect(new Set(answers.map((answer) => answer.id)).size).toBe(answers.length);
    for (const answer of answers.slice(0, 2000)) expect(AnswerSchema.safeParse(answer).success).toBe(true);
    expect(new Set(batches.map((batch) => batch.at))).toEqual(new Set(lastTwelveMonths(NOW)));
    expect(Math.max(...batches.map((batch) => batch.answers.length))).toBeLessThanOrEqual(2000);
  });

  it('is the same on every run, so seeding twice adds nothing', () => {
    const again = [...seedPlan(allTerritories(), { now: NOW, territories: 300 }).batches()].flatMap((batch) => batch.answers);
    expect(again.map((answer) => answer.id)).toEqual(answers.map((answer) => answer.id));
  });

  it('varies what matters: services, channels, sources, levels, and a few comments', () => {
    const share = (predicate: (answer: (typeof answers)[number]) => boolean) => answers.filter(predicate).length / answers.length;
    expect(new Set(answers.map((answer) => answer.service)).size).toBeGreaterThan(10);
    expect(new Set(answers.map((answer) => answer.source)).size).toBeGreaterThanOrEqual(8);
    expect(share((answer) => answer.overall === 'tres-bien')).toBeGreaterThan(0.3);
    expect(share((answer) => answer.overall === 'pas-bien')).toBeGreaterThan(0.05);
    expect(share((answer) => answer.comment !== undefined)).toBeGreaterThan(0.04);
    expect(share((answer) => answer.criteria !== undefined)).toBeGreaterThan(0.3);
  });
});

describe('lastTwelveMonths', () => {
  it('ends with the current month', () => {
    const months = lastTwelveMonths(NOW).map((at) => new Date(at).toISOString().slice(0, 7));
    expect(months[0]).toBe('2025-12');
    expect(months[11]).toBe('2026-11');
  });
});
