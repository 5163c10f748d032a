/**
 * `/v1/campaigns/:year`: a year's mystery-audit campaign (issue 20), behind the operator token.
 * PUT replaces the year's whole list of assignments; POST …/assignments adds lines and keeps the
 * others; GET lists it with the audits received.
 * @module
 */
import { Hono, type Context } from 'hono';
import type * as z from 'zod/mini';
import { CampaignPathSchema, CampaignRequestSchema, type CampaignReplySchema } from '../../../survey/audits.js';
import { addAssignments, campaign, campaignIssues, replaceCampaign } from '../db/audit-campaigns.js';
import type { AppEnv } from '../env.js';
import { ApiError, parsed } from '../http/api-error.js';
import { limitBody, readJson } from '../http/json-body.js';
import { operatorOnly } from './registrations.js';

/** 5,000 lines of about 150 bytes each, with room. */
const CAMPAIGN_MAX_BYTES = 1024 * 1024;

const yearParam = (c: Context<AppEnv>) => parsed(CampaignPathSchema.safeParse(c.req.param()), 'invalid_request', ['params'], 'The year is invalid.').year;

export const campaigns = new Hono<AppEnv>()
  .use(operatorOnly)
  .get('/:year', async (c) => c.json({ data: await campaign(c.env, yearParam(c)) } satisfies z.infer<typeof CampaignReplySchema>))
  .put('/:year', limitBody(CAMPAIGN_MAX_BYTES), async (c) => {
    const year = yearParam(c);
    const { assignments } = parsed(CampaignRequestSchema.safeParse(await readJson(c)), 'invalid_request', [], 'The campaign is invalid.');
    const issues = await campaignIssues(c.env, assignments);
    if (issues.length > 0) throw new ApiError(400, 'invalid_request', 'The campaign names unknown auditors or territories.', issues);
    await replaceCampaign(c.env, year, assignments);
    return c.json({ data: await campaign(c.env, year) } satisfies z.infer<typeof CampaignReplySchema>);
  })
  .post('/:year/assignments', limitBody(CAMPAIGN_MAX_BYTES), async (c) => {
    const year = yearParam(c);
    const { assignments } = parsed(CampaignRequestSchema.safeParse(await readJson(c)), 'invalid_request', [], 'The assignments are invalid.');
    const issues = await campaignIssues(c.env, assignments);
    if (issues.length > 0) throw new ApiError(400, 'invalid_request', 'The assignments name unknown auditors or territories.', issues);
    await addAssignments(c.env, year, assignments);
    return c.json({ data: await campaign(c.env, year) } satisfies z.infer<typeof CampaignReplySchema>);
  });
