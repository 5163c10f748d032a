/**
 * The mystery auditors in the team's console: created with a name (`POST /v1/auditors`), whose
 * token is shown this once as a sign-in link to the audit app (`/audit#jeton=…`: after the `#`,
 * so it never reaches a server log), listed (`GET /v1/auditors`) and revoked
 * (`DELETE /v1/auditors/{auditor}`).
 * @module
 */
import type { Auditor } from '../../../survey/audits.js';
import { api, ApiFailure, generalMessage } from '../console/api.js';
import { byId as $ } from '../dom.js';

/** The link an auditor opens to sign in: the token in the fragment, which browsers never send. */
export const auditSignInLink = (origin: string, token: string) => `${origin}/audit#jeton=${encodeURIComponent(token)}`;

const day = (iso: string) => new Date(iso).toLocaleDateString('fr-FR');

/** Lists the auditors; `changed` hears the list each time it is read (the campaign's choice of auditors). */
export async function showAuditors(token: string, changed: (auditors: Auditor[]) => void): Promise<void> {
  const status = $('auditors-status');

  function card(auditor: Auditor): HTMLLIElement {
    const item = document.createElement('li');
    item.append(
      Object.assign(document.createElement('h4'), { textContent: auditor.name }),
      Object.assign(document.createElement('p'), {
        className: 'note',
        textContent: auditor.revokedAt ? `Créé le ${day(auditor.createdAt)}, révoqué le ${day(auditor.revokedAt)}.` : `Créé le ${day(auditor.createdAt)}.`,
      }),
    );
    if (!auditor.revokedAt) {
      const revoke = Object.assign(document.createElement('button'), { type: 'button', className: 'danger', textContent: 'Révoquer' });
      revoke.setAttribute('aria-label', `Révoquer ${auditor.name}`);
      revoke.addEventListener('click', async () => {
        if (!confirm(`Révoquer ${auditor.name}\u202f? Son jeton ne permettra plus d’envoyer d’audit\u202f; ses audits reçus restent comptés.`)) return;
        revoke.disabled = true;
        try {
          await api(`/v1/auditors/${encodeURIComponent(auditor.id)}`, { token, method: 'DELETE' });
          status.textContent = `${auditor.name} est révoqué.`;
          await list();
        } catch (failure) {
          status.textContent = generalMessage(failure);
          revoke.disabled = false;
        }
      });
      item.append(revoke);
    }
    return item;
  }

  async function list(): Promise<void> {
    try {
      const { auditors } = await api<{ auditors: Auditor[] }>('/v1/auditors', { token });
      $('auditors').replaceChildren(...auditors.map(card));
      const working = auditors.filter((auditor) => !auditor.revokedAt).length;
      if (!status.textContent) status.textContent = auditors.length === 0 ? 'Aucun auditeur.' : `${working} auditeur${working > 1 ? 's' : ''} en activité.`;
      changed(auditors);
    } catch (failure) {
      status.textContent = generalMessage(failure);
    }
  }

  const form = $<HTMLFormElement>('auditor-form');
  const name = $<HTMLInputElement>('auditor-name');
  const error = $('auditor-name-error');
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    error.textContent = '';
    name.removeAttribute('aria-invalid');
    if (name.value.trim().length < 2) {
      error.textContent = 'Saisissez le nom de l’auditeur (2 caractères au moins).';
      name.setAttribute('aria-invalid', 'true');
      name.focus();
      return;
    }
    const button = form.querySelector('button') as HTMLButtonElement;
    button.disabled = true;
    try {
      const made = await api<{ auditor: Auditor; token: string }>('/v1/auditors', { token, method: 'POST', body: { name: name.value.trim() } });
      $('auditor-created-name').textContent = made.auditor.name;
      $<HTMLInputElement>('auditor-link').value = auditSignInLink(location.origin, made.token);
      $('auditor-link-status').textContent = '';
      $('auditor-created').hidden = false;
      $('auditor-created-title').focus();
      name.value = '';
      status.textContent = `${made.auditor.name} est créé.`;
      await list();
    } catch (failure) {
      error.textContent = failure instanceof ApiFailure && failure.status === 400 ? 'Ce nom n’est pas accepté (2 à 80 caractères).' : generalMessage(failure);
      name.setAttribute('aria-invalid', 'true');
    } finally {
      button.disabled = false;
    }
  });

  $('copy-auditor-link').addEventListener('click', async () => {
    const link = $<HTMLInputElement>('auditor-link');
    try {
      await navigator.clipboard.writeText(link.value);
      $('auditor-link-status').textContent = 'Lien copié.';
    } catch {
      link.select();
      $('auditor-link-status').textContent = 'La copie automatique n’est pas permise ici\u202f: le lien est sélectionné, copiez-le avec Ctrl+C (ou ⌘+C).';
    }
  });

  await list();
}
