/**
 * The kiosks of a territory's space: the list with a revoke button each, and a form that creates
 * one and shows its key once, in the kiosk page's address on the barometer and in the snippet for
 * a page of the territory's own site
 * (`GET`, `POST /v1/territories/{id}/kiosks`, `DELETE …/kiosks/{kiosk}`).
 * @module
 */
import type { Kiosk } from '../../../survey/kiosk.js';
import { appendServiceOptions } from '../service-options.js';
import { api, ApiFailure, generalMessage } from '../console/api.js';
import type { AdminSession } from '../console/session.js';
import { kioskAddress } from '../kiosk/kiosk-address.js';
import { openingText } from './opening-text.js';
import { byId as $ } from '../dom.js';

/** What the tablet's page carries: the widget in kiosk mode with the kiosk's key. */
export function kioskSnippet(origin: string, territory: string, key: string, service?: string): string {
  return [
    `<script type="module" src="${origin}/widget.js"></script>`,
    `<barometre-citoyen territory="${territory}"${service ? ` service="${service}"` : ''} mode="kiosk" kiosk-key="${key}"></barometre-citoyen>`,
  ].join('\n');
}

appendServiceOptions($<HTMLSelectElement>('kiosk-service'));

export function showKiosks(session: AdminSession): void {
  const base = `/v1/territories/${encodeURIComponent(session.territory)}/kiosks`;

  function row(kiosk: Kiosk): HTMLLIElement {
    const item = document.createElement('li');
    const title = Object.assign(document.createElement('h3'), { textContent: kiosk.label });
    const meta = document.createElement('p');
    meta.className = 'note';
    const created = new Date(kiosk.createdAt).toLocaleDateString('fr-FR');
    meta.textContent = kiosk.revokedAt
      ? `Créée le ${created}, révoquée le ${new Date(kiosk.revokedAt).toLocaleDateString('fr-FR')}\u202f: ses réponses sont refusées.`
      : `Créée le ${created} · réponses comptées ${openingText(kiosk)}`;
    item.append(title, meta);
    if (!kiosk.revokedAt) {
      const revoke = Object.assign(document.createElement('button'), { type: 'button', className: 'danger', textContent: 'Révoquer cette borne' });
      revoke.setAttribute('aria-label', `Révoquer la borne «\u202f${kiosk.label}\u202f»`);
      revoke.addEventListener('click', async () => {
        if (!confirm(`Révoquer la borne «\u202f${kiosk.label}\u202f»\u202f? Ses réponses seront refusées, sa clé ne servira plus.`)) return;
        try {
          await api(`${base}/${encodeURIComponent(kiosk.id)}`, { token: session.token, method: 'DELETE' });
          $('kiosks-status').textContent = `Borne «\u202f${kiosk.label}\u202f» révoquée.`;
          await list();
        } catch (failure) {
          $('kiosks-status').textContent = generalMessage(failure);
        }
      });
      item.append(revoke);
    }
    return item;
  }

  async function list(): Promise<void> {
    try {
      const { kiosks } = await api<{ kiosks: Kiosk[] }>(base, { token: session.token });
      $('kiosks').replaceChildren(...kiosks.map(row));
      if (kiosks.length === 0) $('kiosks-status').textContent = 'Aucune borne pour l’instant.';
    } catch (failure) {
      $('kiosks-status').textContent = generalMessage(failure);
    }
  }

  $<HTMLFormElement>('new-kiosk').addEventListener('submit', async (event) => {
    event.preventDefault();
    const label = $<HTMLInputElement>('kiosk-label');
    const allDay = $<HTMLInputElement>('kiosk-all-day').checked;
    const [opens, closes] = allDay ? ['00:00', '24:00'] : [$<HTMLInputElement>('kiosk-opens').value, $<HTMLInputElement>('kiosk-closes').value];
    const days = [...document.querySelectorAll<HTMLInputElement>('input[name="day"]:checked')].map((box) => Number(box.value));
    for (const id of ['kiosk-label-error', 'kiosk-hours-error']) $(id).textContent = '';
    label.removeAttribute('aria-invalid');
    $('kiosk-closes').removeAttribute('aria-invalid');
    if (!label.value.trim()) {
      $('kiosk-label-error').textContent = 'Donnez un nom à la borne, par exemple «\u202fAccueil de l’hôtel de ville\u202f».';
      label.setAttribute('aria-invalid', 'true');
      label.focus();
      return;
    }
    if (days.length === 0) {
      $('kiosk-hours-error').textContent = 'Cochez au moins un jour d’ouverture.';
      document.querySelector<HTMLInputElement>('input[name="day"]')?.focus();
      return;
    }
    if (!opens || !closes || opens >= closes) {
      $('kiosk-hours-error').textContent = 'L’heure de fermeture doit suivre l’heure d’ouverture, par exemple de 08:30 à 17:30.';
      $('kiosk-closes').setAttribute('aria-invalid', 'true');
      $('kiosk-closes').focus();
      return;
    }
    try {
      const created = await api<Kiosk & { key: string }>(base, { token: session.token, body: { label: label.value.trim(), hours: { opens, closes }, days } });
      $('kiosk-created').hidden = false;
      const service = $<HTMLSelectElement>('kiosk-service').value || undefined;
      $<HTMLTextAreaElement>('kiosk-snippet').value = kioskSnippet(location.origin, session.territory, created.key, service);
      const address = kioskAddress(location.origin, session.territory, created.key, service);
      $<HTMLInputElement>('kiosk-address').value = address;
      $<HTMLAnchorElement>('kiosk-open').href = address;
      $('kiosks-status').textContent = `Borne «\u202f${created.label}\u202f» créée.`;
      label.value = '';
      await list();
    } catch (failure) {
      $('kiosks-status').textContent =
        failure instanceof ApiFailure && failure.status === 409
          ? 'Trop de bornes actives\u202f: révoquez celles qui ne servent plus.'
          : generalMessage(failure);
    }
  });
  void list();
}
