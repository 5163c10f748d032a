/**
 * The audit report in the browser (issue 20): audits made through the real API (an auditor and a
 * campaign line added with the operator token, audits sent with the auditor's token), then
 * « Rapport des audits (PDF) » on the report page gives a PDF whose text (poppler's pdftotext)
 * holds the API's figures: per criterion against the département, France and the citizens, per
 * channel, « moins de 3 audits » where a figure is suppressed. Without an admin token in the tab,
 * the public report (no item detail); signed in as the territory, the items most often failed.
 * @module
 */
import { readFileSync } from 'node:fs';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { count, percent, score } from '../kit/src/report/format.js';
import type { AuditReportData } from '../kit/src/report/audit-data.js';
import { pdfText, plain, publishedScores, scoresIn, shown } from '../kit/src/report/pdf-checks.js';
import { AUDIT_CHANNEL_LABELS_FR, type Observation } from '../survey/audit-grid.js';
import { AuditResultsReplySchema, type AuditFigure, type AuditRequest, type AuditResults } from '../survey/audits.js';
import { CRITERIA, CRITERION_LABELS_FR } from '../survey/questionnaire.js';
import { ResultsReplySchema } from '../survey/results.js';
import { LOCAL_OPERATOR_TOKEN } from '../worker/src/local-defaults.js';
import { assignedAuditor } from './support.js';

/** Mâcon (Saône-et-Loire): no other browser test writes there. */
const TERRITORY = 'commune:71270';
// Two years back: a year no other spec audits, so France's and the département's audit figures
// stay this spec's own while other specs send audits beside it (the current year's would move).
const YEAR = new Date().getFullYear() - 2;
/** This file's own connection: its claim does not count against another file's. */
const CLIENT = { 'x-forwarded-for': '198.51.100.86' };
const operator = { ...CLIENT, authorization: `Bearer ${LOCAL_OPERATOR_TOKEN}` };
let adminToken = '';

test.use({ extraHTTPHeaders: CLIENT });
test.describe.configure({ mode: 'serial' });

const PHONE: Record<string, Observation>[] = [
  {
    'agent-joint': 'oui',
    sonneries: 3,
    'attente-ligne-minutes': 1,
    presentation: 'oui',
    courtoisie: 'oui',
    'bon-interlocuteur': 'oui',
    'reponse-comprehensible': 'oui',
    'demarche-en-ligne-indiquee': 'oui',
  },
  {
    'agent-joint': 'oui',
    sonneries: 7,
    'attente-ligne-minutes': 4,
    presentation: 'non',
    courtoisie: 'oui',
    'bon-interlocuteur': 'non',
    'reponse-comprehensible': 'oui',
    'demarche-en-ligne-indiquee': 'na',
  },
  {
    'agent-joint': 'non',
    sonneries: 12,
    'attente-ligne-minutes': 9,
    presentation: 'non',
    courtoisie: 'oui',
    'bon-interlocuteur': 'non',
    'reponse-comprehensible': 'non',
    'demarche-en-ligne-indiquee': 'non',
  },
  {
    'agent-joint': 'oui',
    sonneries: 4,
    'attente-ligne-minutes': 2,
    presentation: 'non',
    courtoisie: 'oui',
    'bon-interlocuteur': 'oui',
    'reponse-comprehensible': 'oui',
    'demarche-en-ligne-indiquee': 'oui',
  },
];
const VISIT = (minutes: number, signposted: 'oui' | 'non'): Record<string, Observation> => ({
  'lieu-signale': signposted,
  'horaires-affiches': 'non',
  'entree-sans-marche': 'oui',
  salutation: 'oui',
  'agent-identifiable': 'oui',
  courtoisie: 'oui',
  'attente-minutes': minutes,
  'attente-assise': 'oui',
  'bon-interlocuteur': 'oui',
  'reponse-comprehensible': 'oui',
  'demarche-en-ligne-indiquee': 'oui',
});
const VISITS = [VISIT(5, 'oui'), VISIT(15, 'oui'), VISIT(25, 'non')];
/** One e-mail only: the channel's figure stays « moins de 3 audits ». */
const EMAIL: Record<string, Observation> = {
  'contact-trouvable': 'oui',
  'accuse-reception': 'non',
  'jours-reponse': 3,
  'reponse-signee': 'oui',
  'reponse-courtoise': 'oui',
  'reponse-complete': 'oui',
  'reponse-comprehensible': 'oui',
  'demarche-en-ligne-indiquee': 'oui',
};

test.beforeAll(async ({ request }) => {
  // The territory joins (its admin token), and ten citizens answer, so their scores stand beside the auditors'.
  const claimed = await request.post('/v1/territories', { data: { territory: TERRITORY, contact: 'communication@example.fr' } });
  expect(claimed.status()).toBe(201);
  const claim = ((await claimed.json()) as { data: { adminToken: string; claim: string } }).data;
  adminToken = claim.adminToken;
  expect((await request.post(`/v1/registrations/${claim.claim}/approve`, { headers: operator })).status()).toBe(200);
  const answers = Array.from({ length: 10 }, (_, index) => ({
    id: crypto.randomUUID(),
    questionnaire: 'v1',
    territory: TERRITORY,
    service: 'mairie',
    channel: index % 2 === 0 ? 'guichet' : 'telephone',
    overall: index % 3 === 0 ? 'moyen' : 'tres-bien',
    criteria: { accessibilite: (index % 5) + 1, accueil: 4, attente: index % 2 === 0 ? 2 : 5, efficacite: 4, 'en-ligne': 3 },
    source: 'site',
  }));
  expect((await request.post('/v1/dev/seed', { data: { at: Date.UTC(YEAR, 5, 15, 10), answers } })).status()).toBe(200);

  // An auditor, assigned the town hall by phone, on site and by e-mail in YEAR's campaign
  // (lines added to the campaign: other specs run beside this one on the same server).
  const { token } = await assignedAuditor(
    request,
    YEAR,
    (['telephone', 'accueil-physique', 'courriel'] as const).map((channel) => ({ territory: TERRITORY, service: 'mairie', channel })),
  );
  const audits: [AuditRequest['channel'], Record<string, Observation>][] = [
    ...PHONE.map((observations) => ['telephone', observations] as [AuditRequest['channel'], Record<string, Observation>]),
    ...VISITS.map((observations) => ['accueil-physique', observations] as [AuditRequest['channel'], Record<string, Observation>]),
    ['courriel', EMAIL],
  ];
  for (const [channel, observations] of audits) {
    const audit = {
      id: crypto.randomUUID(),
      grid: 'v1',
      territory: TERRITORY,
      service: 'mairie',
      channel,
      observedAt: new Date(Date.UTC(YEAR, 5, 15, 9)).toISOString(),
      observations,
    };
    const sent = await request.post('/v1/audits', { headers: { ...CLIENT, authorization: `Bearer ${token}` }, data: audit });
    expect(sent.status(), await sent.text()).toBe(201);
  }
});

/** The replies the PDF is drawn from, as the API gives them (without or with the admin token). */
async function replies(request: APIRequestContext, token?: string): Promise<AuditReportData> {
  const id = encodeURIComponent(TERRITORY);
  const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
  const audits = AuditResultsReplySchema.parse(await (await request.get(`/v1/territories/${id}/audits?year=${YEAR}`, { headers })).json()).data;
  const citizens = ResultsReplySchema.parse(await (await request.get(`/v1/territories/${id}/results?from=${YEAR}-01&to=${YEAR}-12`)).json()).data;
  return { year: YEAR, audits, citizens, departementName: 'Saône-et-Loire' };
}

/** Clicks « Rapport des audits (PDF) » and reads the file the browser saves, as one line of words. */
async function downloadAuditReport(page: Page): Promise<{ text: string; milliseconds: number }> {
  await page.goto(`/rapport?territoire=${encodeURIComponent(TERRITORY)}&periode=${YEAR}`);
  const button = page.getByRole('button', { name: 'Rapport des audits (PDF)' });
  await expect(button).toBeEnabled();
  const downloading = page.waitForEvent('download');
  await button.click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`audits-commune-71270-${YEAR}.pdf`);
  const bytes = readFileSync(await download.path());
  const { text } = await pdfText(new Uint8Array(bytes));
  return { text: text.replace(/\s+/g, ' '), milliseconds: Number(await button.getAttribute('data-milliseconds')) };
}

/** The PDF's criteria and channels rows hold the reply's figures, and no score the data does not publish. */
function expectFigures(text: string, data: AuditReportData): void {
  const { audits, citizens } = data;
  expect(audits.audits).toBe(8);
  expect(text).toContain(`Audits comptés 8 Canaux audités 3 Note globale des audits ${shown(audits.figures.overall)}`);
  const find = (set: AuditResults['figures'], criterion: string) => set.criteria.find((figure) => figure.criterion === criterion) as AuditFigure;
  for (const criterion of CRITERIA) {
    const own = find(audits.figures, criterion);
    const citizensScore = citizens.criteria[criterion];
    const row = [
      CRITERION_LABELS_FR[criterion],
      count(own.audits),
      shown(own),
      shown(find(audits.references.departement, criterion)),
      shown(find(audits.references.france, criterion)),
      citizensScore.suppressed ? 'données insuffisantes' : plain(score(citizensScore.score)),
    ].join(' ');
    expect(text, criterion).toContain(row);
  }
  for (const channel of audits.channels.filter((entry) => entry.overall.audits > 0))
    expect(text).toContain(`${AUDIT_CHANNEL_LABELS_FR[channel.channel]} ${count(channel.overall.audits)} ${shown(channel.overall)}`);
  expect(text).toContain('Courriel ou formulaire 1 moins de 3 audits');
  const allowed = publishedScores(data);
  for (const printed of scoresIn(text)) expect(allowed, printed).toContain(printed);
}

test('without an admin token, « Rapport des audits (PDF) » gives the public report with the API’s figures', async ({ page, request }) => {
  const data = await replies(request);
  expect(data.audits.detail).toBeNull();
  const { text, milliseconds } = await downloadAuditReport(page);
  expectFigures(text, data);
  expect(text).toContain('Détail par point réservé à la collectivité');
  expect(text).not.toContain('Les horaires d’ouverture sont affichés à l’entrée');
  await expect(page.getByRole('status')).toHaveText(
    'Rapport des audits 2026 téléchargé (version publique, sans le détail par point).'.replace('2026', String(YEAR)),
  );
  test.info().annotations.push({ type: 'audit PDF (public), ms', description: String(milliseconds) });
});

test('signed in as the territory, the report lists the items most often failed', async ({ page, request }) => {
  const data = await replies(request, adminToken);
  const items = data.audits.detail?.items ?? [];
  // What /espace keeps for this tab once the territory signs in.
  await page.addInitScript((session) => sessionStorage.setItem('barometre-admin', session), JSON.stringify({ territory: TERRITORY, token: adminToken }));
  const { text, milliseconds } = await downloadAuditReport(page);
  expectFigures(text, data);
  expect(text).not.toContain('Détail par point réservé');
  // The displayed posted hours were missing at each of the 3 visits: met 0 %, first of the list.
  const hours = items.find((item) => item.channel === 'accueil-physique' && item.item === 'horaires-affiches');
  expect(hours).toMatchObject({ counted: 3, met: 0 });
  expect(text).toContain(`Les horaires d’ouverture sont affichés à l’entrée Visite sur place 3 ${plain(percent(0))} —`);
  // The e-mail's items rest on one audit: never listed.
  expect(text).not.toContain('Un accusé de réception est envoyé');
  test.info().annotations.push({ type: 'audit PDF (admin), ms', description: String(milliseconds) });
});
