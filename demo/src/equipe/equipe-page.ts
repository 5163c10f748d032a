/**
 * The team's console (`/equipe`), signed in with the operator token (kept in this tab only, sent
 * only in the Authorization header): the claims to decide, the territories registered, every
 * territory's kiosks, the Trophée's review and publication, and the mystery auditors and campaigns.
 * @module
 */
import { api, ApiFailure, generalMessage } from '../console/api.js';
import { forgetOperator, operatorSession, rememberOperator } from '../console/session.js';
import { showAuditors } from './auditors-panel.js';
import { showCampaign } from './campaign-panel.js';
import { showClaims } from './claims-panel.js';
import { showTeamKiosks } from './kiosks-panel.js';
import { showRegistered } from './registered-panel.js';
import { showReview } from './review-panel.js';
import { byId as $ } from '../dom.js';

async function open(token: string): Promise<boolean> {
  try {
    // Any operator route checks the token; the claims are what the console shows first anyway.
    await api('/v1/registrations', { token });
  } catch (failure) {
    forgetOperator();
    $('sign-in').hidden = false;
    $('operator-error').textContent =
      failure instanceof ApiFailure && (failure.status === 401 || failure.status === 403)
        ? 'Ce jeton n’est pas celui de l’équipe.'
        : failure instanceof ApiFailure && failure.status === 503
          ? 'Aucun jeton d’équipe n’est configuré sur ce serveur (OPERATOR_TOKEN).'
          : generalMessage(failure);
    $('operator-token').setAttribute('aria-invalid', 'true');
    return false;
  }
  rememberOperator(token);
  $('sign-in').hidden = true;
  $('console').hidden = false;
  const campaign = showCampaign(token);
  await Promise.all([
    showClaims(token),
    showRegistered(token),
    showTeamKiosks(token),
    showReview(token),
    showAuditors(token, (auditors) => campaign.setAuditors(auditors)),
  ]);
  return true;
}

$<HTMLFormElement>('sign-in').addEventListener('submit', async (event) => {
  event.preventDefault();
  $('operator-error').textContent = '';
  $('operator-token').removeAttribute('aria-invalid');
  const token = $<HTMLInputElement>('operator-token').value.trim();
  if (!token) {
    $('operator-error').textContent = 'Collez le jeton de l’équipe.';
    $('operator-token').setAttribute('aria-invalid', 'true');
    $('operator-token').focus();
    return;
  }
  if (await open(token)) $('title').focus();
  else $('operator-token').focus();
});

$('sign-out').addEventListener('click', () => {
  forgetOperator();
  location.assign('/equipe');
});

const token = operatorSession();
if (token) void open(token);
else $('sign-in').hidden = false;
