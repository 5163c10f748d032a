/**
 * The claims waiting for the team (`GET /v1/registrations`), each with the facts that help decide,
 * approved or refused with a reason (`POST /v1/registrations/{claim}/approve|reject`).
 * @module
 */
import type { Claim } from '../../../survey/registration.js';
import { api, generalMessage } from '../console/api.js';
import { byId as $ } from '../dom.js';

const KIND_WORDS: Readonly<Record<string, string>> = { commune: 'Commune', epci: 'Intercommunalité', departement: 'Département' };

function facts(claim: Claim): HTMLDListElement {
  const list = Object.assign(document.createElement('dl'), { className: 'facts' });
  const domain = claim.facts.contactDomainMatchesOrigin;
  const rivals = claim.facts.claimsOnTerritory - 1;
  const rows: [string, string, string?][] = [
    [
      'Collectivité',
      `${KIND_WORDS[claim.facts.kind] ?? claim.facts.kind} · ${claim.facts.population.toLocaleString('fr-FR')} habitants · département ${claim.facts.departement}`,
    ],
    ['Contact', claim.contact],
    ['Sites déclarés', claim.origins.length > 0 ? claim.origins.join(', ') : 'aucun'],
    [
      'Adresse et sites',
      domain ? 'l’adresse du contact est au domaine d’un site déclaré' : 'l’adresse du contact n’est au domaine d’aucun site déclaré\u202f: vérifiez',
      domain ? 'ok' : 'warn',
    ],
    [
      'Autres demandes',
      rivals > 0
        ? `${rivals} autre${rivals > 1 ? 's' : ''} demande${rivals > 1 ? 's' : ''} pour cette collectivité\u202f: vérifiez laquelle est la bonne`
        : 'aucune',
      rivals > 0 ? 'warn' : undefined,
    ],
    ['Reçue le', new Date(claim.createdAt).toLocaleString('fr-FR', { dateStyle: 'long', timeStyle: 'short' })],
  ];
  for (const [term, value, tone] of rows) {
    const dd = Object.assign(document.createElement('dd'), { textContent: value });
    if (tone) dd.className = tone;
    list.append(Object.assign(document.createElement('dt'), { textContent: term }), dd);
  }
  return list;
}

export async function showClaims(token: string): Promise<void> {
  const status = $('claims-status');

  function card(claim: Claim): HTMLLIElement {
    const item = document.createElement('li');
    const title = Object.assign(document.createElement('h3'), { textContent: `${claim.name} (${claim.facts.departement})` });
    const approve = Object.assign(document.createElement('button'), { type: 'button', textContent: 'Valider' });
    approve.setAttribute('aria-label', `Valider la demande de ${claim.name} (${claim.contact})`);
    const refuse = Object.assign(document.createElement('button'), { type: 'button', className: 'danger', textContent: 'Refuser…' });
    refuse.setAttribute('aria-label', `Refuser la demande de ${claim.name} (${claim.contact})`);
    const actions = Object.assign(document.createElement('div'), { className: 'actions' });
    actions.append(approve, refuse);

    // Refusing asks why: the reason goes back with the decision and stays in the team's reply.
    const reasonForm = Object.assign(document.createElement('form'), { className: 'field', hidden: true });
    const reasonId = `reason-${claim.claim}`;
    const reasonLabel = Object.assign(document.createElement('label'), { htmlFor: reasonId, textContent: 'Motif du refus' });
    const reason = Object.assign(document.createElement('textarea'), { id: reasonId, rows: 2, maxLength: 500 });
    const confirmRefusal = Object.assign(document.createElement('button'), { type: 'submit', className: 'danger', textContent: 'Confirmer le refus' });
    reasonForm.append(reasonLabel, reason, confirmRefusal);

    const decide = async (decision: 'approve' | 'reject', body?: { reason: string }) => {
      for (const button of [approve, refuse, confirmRefusal]) button.disabled = true;
      try {
        await api(`/v1/registrations/${encodeURIComponent(claim.claim)}/${decision}`, { token, method: 'POST', ...(body ? { body } : {}) });
        status.textContent =
          decision === 'approve'
            ? `${claim.name} est inscrite\u202f: ses sites sont appliqués et son code d’accès ouvre son espace.`
            : `La demande de ${claim.name} est refusée\u202f; son espace en affiche le motif pendant 30 jours.`;
        await showClaims(token);
      } catch (failure) {
        status.textContent = generalMessage(failure);
        for (const button of [approve, refuse, confirmRefusal]) button.disabled = false;
      }
    };
    approve.addEventListener('click', () => void decide('approve'));
    refuse.addEventListener('click', () => {
      reasonForm.hidden = false;
      reason.focus();
    });
    reasonForm.addEventListener('submit', (event) => {
      event.preventDefault();
      const text = reason.value.trim();
      void decide('reject', text ? { reason: text } : undefined);
    });
    item.append(title, facts(claim), actions, reasonForm);
    return item;
  }

  try {
    const { claims } = await api<{ claims: Claim[] }>('/v1/registrations', { token });
    $('claims').replaceChildren(...claims.map(card));
    if (claims.length === 0) status.textContent ||= 'Aucune demande en attente.';
  } catch (failure) {
    status.textContent = generalMessage(failure);
  }
}
