import { describe, expect, it } from 'vitest';
import type { ErrorEnvelope } from '../../../survey/api.js';
import { MembersReplySchema } from '../../../survey/members.js';
import { participationRate } from '../../../survey/participation.js';
import { membersOf } from '../../../survey/territory-directory.js';
import { call } from '../../test/fixtures.js';
import { seedAndPush, times } from '../../test/summaries.js';
import { freshTerritory } from '../../test/territories.js';

const membersReply = async (path: string) => {
  const response = await call(path);
  expect(response.status, path).toBe(200);
  return MembersReplySchema.parse(await response.json()).data;
};

describe('GET /v1/territories/:id/members', () => {
  it('lists a département’s communes and intercommunalités, and an intercommunalité’s communes, with their own figures', async () => {
    // A département of this file's own, whole: every answer in it is this test's.
    const departement = freshTerritory({ kind: 'departement' });
    const epci = freshTerritory({ kind: 'epci', departement: departement.departement });
    const [inEpci, alsoInEpci] = membersOf(epci.id).communes.filter((commune) => commune.departement === departement.departement);
    const outside = membersOf(departement.id).communes.find((commune) => !membersOf(epci.id).communes.some((member) => member.id === commune.id));
    if (!inEpci || !alsoInEpci || !outside) throw new Error(`${epci.id} needs two communes in ${departement.id} and one outside it`);
    const at = Date.UTC(2033, 4, 10, 9);
    await seedAndPush([
      // (4 × 10 + 2 × 5) / 6 = 8.33, 4 of 6 « Très bien »
      { territory: inEpci.id, at, answers: [...times(4, { overall: 'tres-bien' }), ...times(2, { overall: 'moyen' })] },
      // Under the threshold of 5: counted, its score suppressed.
      { territory: alsoInEpci.id, at, answers: times(3, { overall: 'pas-bien' }) },
      { territory: outside.id, at, answers: times(5, { overall: 'moyen' }) },
      { territory: epci.id, at, answers: times(7, { overall: 'tres-bien' }) },
    ]);

    const ofEpci = await membersReply(`/v1/territories/${epci.id}/members?year=2033`);
    expect(ofEpci.territory.id).toBe(epci.id);
    expect(ofEpci.period).toEqual({ from: '2033-01', to: '2033-12', year: 2033 });
    expect(ofEpci.includesMembers).toBe(false);
    expect(ofEpci.communes.map((member) => member.territory.id).sort()).toEqual(
      membersOf(epci.id)
        .communes.map((commune) => commune.id)
        .sort(),
    );
    expect(ofEpci.epci).toEqual([]);
    // Most answers first.
    expect(ofEpci.communes[0]).toEqual({
      territory: inEpci,
      answers: 6,
      respondents: 6,
      participation: participationRate(6, inEpci.population),
      overall: { n: 6, score: 8.33, rate: 0.6667, suppressed: false },
    });
    expect(ofEpci.communes[1]).toMatchObject({ territory: { id: alsoInEpci.id }, answers: 3, overall: { n: 3, score: null, rate: null, suppressed: true } });
    expect(ofEpci.communes.slice(2).every((member) => member.answers === 0 && member.overall.suppressed)).toBe(true);
    // The intercommunalité's own answers are its own: not among its communes'.
    expect(ofEpci.totals.communes).toEqual({ answers: 9, respondents: 9 });

    const ofDepartement = await membersReply(`/v1/territories/${departement.id}/members?from=2033-05&to=2033-05`);
    expect(ofDepartement.period).toEqual({ from: '2033-05', to: '2033-05', year: null });
    expect(ofDepartement.communes).toHaveLength(membersOf(departement.id).communes.length);
    expect(ofDepartement.communes.slice(0, 3).map((member) => [member.territory.id, member.answers])).toEqual([
      [inEpci.id, 6],
      [outside.id, 5],
      [alsoInEpci.id, 3],
    ]);
    expect(ofDepartement.epci.map((member) => member.territory.id)).toContain(epci.id);
    expect(ofDepartement.epci[0]).toMatchObject({ territory: { id: epci.id }, answers: 7, overall: { n: 7, score: 10, rate: 1 } });
    expect(ofDepartement.totals).toEqual({ communes: { answers: 14, respondents: 14 }, epci: { answers: 7, respondents: 7 } });
    // Another period: nothing.
    expect((await membersReply(`/v1/territories/${departement.id}/members?year=2032`)).totals.communes.answers).toBe(0);
  });

  it('refuses a commune, a malformed id or period, and names an unknown territory', async () => {
    const commune = freshTerritory();
    const refused = await call(`/v1/territories/${commune.id}/members`);
    expect(refused.status).toBe(400);
    const { error } = (await refused.json()) as ErrorEnvelope;
    expect(error.code).toBe('invalid_request');
    expect(error.issues?.[0]?.path).toEqual(['params', 'id']);
    expect((await call('/v1/territories/nowhere/members')).status).toBe(400);
    expect((await call('/v1/territories/departement:25/members?from=2026-06&to=2026-01')).status).toBe(400);
    expect((await call('/v1/territories/departement:25/members?year=1999')).status).toBe(400);
    expect((await call('/v1/territories/epci:999999999/members')).status).toBe(404);
  });
});
