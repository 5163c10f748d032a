/**
 * Replacing the territory's admin token (`POST /v1/territories/{id}/token`): the new one is shown
 * once and this tab stays signed in with it; the old one stops working at once.
 * @module
 */
import { api, generalMessage } from '../console/api.js';
import { rememberAdmin, type AdminSession } from '../console/session.js';
import { byId as $ } from '../dom.js';

export function showTokenRotation(session: AdminSession): void {
  $('rotate').addEventListener('click', async () => {
    if (!confirm('Remplacer le code d’accès\u202f? L’ancien ne marchera plus, sur aucun appareil.')) return;
    $('token-status').textContent = '';
    try {
      const { adminToken } = await api<{ adminToken: string }>(`/v1/territories/${encodeURIComponent(session.territory)}/token`, {
        token: session.token,
        method: 'POST',
      });
      session.token = adminToken;
      rememberAdmin(session);
      $('rotated').hidden = false;
      $<HTMLInputElement>('new-token').value = adminToken;
      $('token-status').textContent = 'Code remplacé\u202f: l’ancien ne marche plus. Notez le nouveau.';
      $<HTMLInputElement>('new-token').select();
    } catch (failure) {
      $('token-status').textContent = generalMessage(failure);
    }
  });
}
