/**
 * The sites allowed to send answers for the territory, edited in its space
 * (`PUT /v1/territories/{id}/origins`), read with the same field as the registration.
 * @module
 */
import { api, ApiFailure, generalMessage } from '../console/api.js';
import type { AdminSession } from '../console/session.js';
import { readOrigins } from '../inscription/origins-field.js';
import { byId as $ } from '../dom.js';

export function showOrigins(session: AdminSession, origins: string[]): void {
  const field = $<HTMLTextAreaElement>('origins');
  field.value = origins.join('\n');
  $<HTMLFormElement>('origins-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    $('origins-error').textContent = '';
    $('origins-status').textContent = '';
    field.removeAttribute('aria-invalid');
    const reading = readOrigins(field.value);
    if ('error' in reading) {
      $('origins-error').textContent = reading.error;
      field.setAttribute('aria-invalid', 'true');
      field.focus();
      return;
    }
    try {
      const saved = await api<{ origins: string[] }>(`/v1/territories/${encodeURIComponent(session.territory)}/origins`, {
        token: session.token,
        method: 'PUT',
        body: { origins: reading.origins },
      });
      field.value = saved.origins.join('\n');
      $('origins-status').textContent =
        saved.origins.length === 0
          ? 'Enregistré\u202f: aucun site déclaré, tout site peut envoyer des réponses.'
          : `Enregistré\u202f: ${saved.origins.length} site${saved.origins.length > 1 ? 's' : ''} autorisé${saved.origins.length > 1 ? 's' : ''} (pris en compte partout d’ici une minute).`;
    } catch (failure) {
      const invalid = failure instanceof ApiFailure && failure.issues.length > 0;
      $('origins-error').textContent = invalid
        ? 'Une de ces adresses n’est pas celle d’un site\u202f: écrivez par exemple https://www.ville.fr.'
        : generalMessage(failure);
    }
  });
}
