/**
 * Every territory's kiosks in the team's console (`GET /v1/kiosks`), live ones first, each with a
 * button to revoke it (`DELETE /v1/kiosks/{kiosk}`): a kiosk key is a town's own, so the team keeps
 * an eye on them beside the Trophée's evidence.
 * @module
 */
import type { TeamKiosk } from '../../../survey/kiosk.js';
import { api, generalMessage } from '../console/api.js';
import { openingText } from '../espace/opening-text.js';
import { byId as $ } from '../dom.js';

export async function showTeamKiosks(token: string): Promise<void> {
  const status = $('team-kiosks-status');

  function card(kiosk: TeamKiosk): HTMLLIElement {
    const item = document.createElement('li');
    const title = Object.assign(document.createElement('h3'), { textContent: `${kiosk.name} — ${kiosk.label}` });
    const created = new Date(kiosk.createdAt).toLocaleDateString('fr-FR');
    const meta = Object.assign(document.createElement('p'), {
      className: 'note',
      textContent: kiosk.revokedAt
        ? `Créée le ${created}, révoquée le ${new Date(kiosk.revokedAt).toLocaleDateString('fr-FR')}.`
        : `Créée le ${created} · réponses comptées ${openingText(kiosk)}.`,
    });
    item.append(title, meta);
    if (!kiosk.revokedAt) {
      const revoke = Object.assign(document.createElement('button'), { type: 'button', className: 'danger', textContent: 'Révoquer' });
      revoke.setAttribute('aria-label', `Révoquer la borne «\u202f${kiosk.label}\u202f» de ${kiosk.name}`);
      revoke.addEventListener('click', async () => {
        if (!confirm(`Révoquer la borne «\u202f${kiosk.label}\u202f» de ${kiosk.name}\u202f? Ses réponses seront refusées.`)) return;
        try {
          await api(`/v1/kiosks/${encodeURIComponent(kiosk.id)}`, { token, method: 'DELETE' });
          status.textContent = `Borne «\u202f${kiosk.label}\u202f» de ${kiosk.name} révoquée.`;
          await showTeamKiosks(token);
        } catch (failure) {
          status.textContent = generalMessage(failure);
        }
      });
      item.append(revoke);
    }
    return item;
  }

  try {
    const { kiosks } = await api<{ kiosks: TeamKiosk[] }>('/v1/kiosks', { token });
    $('team-kiosks').replaceChildren(...kiosks.map(card));
    const live = kiosks.filter((kiosk) => !kiosk.revokedAt).length;
    if (!status.textContent) status.textContent = kiosks.length === 0 ? 'Aucune borne.' : `${live} borne${live > 1 ? 's' : ''} en service.`;
  } catch (failure) {
    status.textContent = generalMessage(failure);
  }
}
