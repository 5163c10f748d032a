import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ErrorEnvelope } from '../../../survey/api.js';
import { AssignmentsReplySchema, CampaignReplySchema, MAX_ASSIGNMENTS } from '../../../survey/audits.js';
import { asAuditor, asOperator, assign, newAuditor } from '../../test/audits.js';
import { freshTerritory } from '../../test/territories.js';

// A campaign year no other Worker test file uses.
const YEAR = 2050;

beforeAll(() => {
  // Audits may not be dated in the future: the clock stands late in YEAR.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(Date.UTC(YEAR, 11, 15, 12));
});
afterAll(() => {
  vi.useRealTimers();
});

const campaignOf = async (year: number) => {
  const response = await asOperator(`/v1/campaigns/${year}`);
  expect(response.status).toBe(200);
  return CampaignReplySchema.parse(await response.json()).data;
};

describe('/v1/campaigns/:year', () => {
  it('replaces the year’s assignments whole, names the auditors and counts the audits received per line', async () => {
    const [camille, sacha] = [await newAuditor('Camille'), await newAuditor('Sacha')];
    const [first, second] = [freshTerritory(), freshTerritory()];
    const line = (auditor: string, territory: string, channel: 'telephone' | 'site-internet') => ({ auditor, territory, service: 'mairie' as const, channel });
    await assign(YEAR, [line(camille.auditor.id, first.id, 'telephone'), line(sacha.auditor.id, second.id, 'site-internet')]);
    // Many lines travel in one statement: more than D1's 100 bound parameters.
    const many = Array.from({ length: 150 }, (_, index) => ({
      ...line(camille.auditor.id, second.id, index % 2 === 0 ? 'telephone' : 'site-internet'),
      service: (['mairie', 'bibliotheque', 'ccas'] as const)[index % 3] ?? 'mairie',
    }));
    await assign(YEAR, [line(sacha.auditor.id, second.id, 'site-internet'), line(sacha.auditor.id, first.id, 'telephone'), ...many]);
    const campaign = await campaignOf(YEAR);
    // The first list is gone; a line listed twice is kept once (3 services × 2 channels).
    expect(campaign.assignments).toHaveLength(2 + 6);
    expect(campaign.assignments.some((entry) => entry.auditor.id === camille.auditor.id && entry.territory.id === first.id)).toBe(false);

    const audit = {
      id: crypto.randomUUID(),
      grid: 'v1',
      territory: second.id,
      service: 'mairie',
      channel: 'site-internet',
      observedAt: `${YEAR}-04-02T09:00:00+02:00`,
      observations: {
        'coordonnees-trouvables': 'oui',
        'declaration-accessibilite': 'oui',
        'contact-propose': 'oui',
        'langage-clair': 'non',
        'demarche-trouvable': 'oui',
        'demarche-aboutie': 'oui',
      },
    };
    expect((await asAuditor(sacha.token, '/v1/audits', 'POST', audit)).status).toBe(201);
    const after = await campaignOf(YEAR);
    const counted = after.assignments.find((entry) => entry.auditor.id === sacha.auditor.id && entry.territory.id === second.id);
    expect(counted).toEqual({
      auditor: { id: sacha.auditor.id, name: 'Sacha' },
      territory: { id: second.id, name: second.name, departement: second.departement },
      service: 'mairie',
      channel: 'site-internet',
      audits: 1,
    });
    const own = AssignmentsReplySchema.parse(await (await asAuditor(sacha.token, `/v1/audits/assignments?year=${YEAR}`)).json()).data;
    expect(own.assignments.map((entry) => [entry.territory.id, entry.channel, entry.submitted])).toEqual(
      [
        [first.id, 'telephone', []],
        [second.id, 'site-internet', [audit.id]],
      ].sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    );
    // The year defaults to the current one (Paris).
    expect(AssignmentsReplySchema.parse(await (await asAuditor(sacha.token, '/v1/audits/assignments')).json()).data.year).toBe(YEAR);
    // Unassigned from the next campaign on, the audit already received stays counted.
    await assign(YEAR, []);
    expect((await campaignOf(YEAR)).assignments).toEqual([]);
    // Sent again (its acknowledgement lost on the way), the audit received before is acknowledged again.
    const again = await asAuditor(sacha.token, '/v1/audits', 'POST', audit);
    expect(again.status).toBe(200);
    expect(((await again.json()) as { data: { status: string } }).data.status).toBe('duplicate');
    expect((await asAuditor(sacha.token, '/v1/audits', 'POST', { ...audit, id: crypto.randomUUID() })).status).toBe(403);
  });

  it('refuses a campaign naming unknown auditors or territories, with the path of each, and keeps the previous one', async () => {
    const { auditor } = await newAuditor('Alex');
    const territory = freshTerritory();
    // The first test emptied the year's campaign: this one starts afresh.
    await assign(YEAR, [{ auditor: auditor.id, territory: territory.id, service: 'mairie', channel: 'courriel' }]);
    const ghost = crypto.randomUUID();
    const response = await asOperator(`/v1/campaigns/${YEAR}`, 'PUT', {
      assignments: [
        { auditor: auditor.id, territory: territory.id, service: 'mairie', channel: 'courrier' },
        { auditor: ghost, territory: 'commune:99999', service: 'mairie', channel: 'courrier' },
      ],
    });
    expect(response.status).toBe(400);
    const { error } = (await response.json()) as ErrorEnvelope;
    expect(error.code).toBe('invalid_request');
    expect(error.issues?.map((issue) => issue.path)).toEqual([
      ['assignments', 1, 'auditor'],
      ['assignments', 1, 'territory'],
    ]);
    expect((await campaignOf(YEAR)).assignments.map((entry) => entry.channel)).toEqual(['courriel']);
    const tooMany = await asOperator(`/v1/campaigns/${YEAR}`, 'PUT', {
      assignments: Array.from({ length: MAX_ASSIGNMENTS + 1 }, () => ({
        auditor: auditor.id,
        territory: territory.id,
        service: 'mairie',
        channel: 'courriel',
      })),
    });
    expect(tooMany.status).toBe(400);
  });
});

describe('POST /v1/campaigns/:year/assignments', () => {
  it('adds lines and keeps the others, a line already there kept once; an unknown auditor adds nothing', async () => {
    const camille = await newAuditor('Camille');
    const [first, second] = [freshTerritory(), freshTerritory()];
    const line = (territory: string, channel: 'telephone' | 'courriel') => ({ auditor: camille.auditor.id, territory, service: 'mairie' as const, channel });
    await assign(YEAR, [line(first.id, 'telephone')]);
    const added = await asOperator(`/v1/campaigns/${YEAR}/assignments`, 'POST', { assignments: [line(first.id, 'telephone'), line(second.id, 'courriel')] });
    expect(added.status).toBe(200);
    const keys = (campaign: { assignments: { territory: { id: string }; channel: string }[] }) =>
      campaign.assignments.map((entry) => `${entry.territory.id} ${entry.channel}`).sort();
    expect(keys(CampaignReplySchema.parse(await added.json()).data)).toEqual([`${first.id} telephone`, `${second.id} courriel`].sort());
    const refused = await asOperator(`/v1/campaigns/${YEAR}/assignments`, 'POST', {
      assignments: [line(freshTerritory().id, 'telephone'), { ...line(first.id, 'courriel'), auditor: crypto.randomUUID() }],
    });
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as ErrorEnvelope).error.issues?.map((issue) => issue.path)).toEqual([['assignments', 1, 'auditor']]);
    expect(keys(await campaignOf(YEAR))).toEqual([`${first.id} telephone`, `${second.id} courriel`].sort());
  });
});
