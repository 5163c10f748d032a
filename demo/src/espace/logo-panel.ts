/**
 * The territory's logo, shown beside its name on the hosted survey page: the current one, a field
 * to send a new one (PUT /v1/territories/{id}/logo, with its progress) and a button to remove it.
 * The file is checked here first (logo-file.ts), and its bytes again by the server.
 * @module
 */
import type { LogoInfo } from '../../../survey/logo.js';
import { territoryTools } from '../../../survey/territory-heading.js';
import { apiResponse, ApiFailure, api, generalMessage } from '../console/api.js';
import type { AdminSession } from '../console/session.js';
import { byId as $ } from '../dom.js';
import { LOGO_ACCEPT, logoFileProblem, logoFileType, NOT_MATCHING, TOO_LARGE, WRONG_TYPE } from './logo-file.js';

let shown: string | null = null;

/** Shows the logo the server has now, or says there is none. */
async function showCurrent(path: string): Promise<void> {
  let blob: Blob | null = null;
  try {
    blob = await (await apiResponse(path)).blob();
  } catch (failure) {
    if (!(failure instanceof ApiFailure && failure.status === 404)) $('logo-status').textContent = generalMessage(failure);
  }
  if (shown) URL.revokeObjectURL(shown);
  shown = blob ? URL.createObjectURL(blob) : null;
  if (shown) $<HTMLImageElement>('logo-image').src = shown;
  $('logo-current').hidden = !shown;
  $('logo-none').hidden = !!shown;
  $('logo-remove').hidden = !shown;
}

/** PUT with the upload's progress (fetch gives none): resolves with the stored logo, or throws an ApiFailure. */
function upload(path: string, token: string, file: File, type: string, progress: HTMLProgressElement): Promise<LogoInfo> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('PUT', path);
    request.setRequestHeader('authorization', `Bearer ${token}`);
    request.setRequestHeader('content-type', type);
    request.responseType = 'json';
    request.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable) progress.value = Math.round((100 * event.loaded) / event.total);
    });
    request.addEventListener('error', () => reject(new ApiFailure(0, 'network', 'The server could not be reached.')));
    request.addEventListener('load', () => {
      const reply = request.response as { data?: LogoInfo; error?: { code?: string; message?: string } } | null;
      if (request.status === 200 && reply?.data) resolve(reply.data);
      else {
        const retry = Number(request.getResponseHeader('retry-after'));
        reject(
          new ApiFailure(
            request.status,
            reply?.error?.code ?? 'http_error',
            reply?.error?.message ?? `HTTP ${request.status}`,
            [],
            retry > 0 ? retry : undefined,
          ),
        );
      }
    });
    request.send(file);
  });
}

function refusal(failure: unknown): string {
  if (failure instanceof ApiFailure && failure.status === 413) return TOO_LARGE(null);
  if (failure instanceof ApiFailure && failure.status === 415) return failure.message.startsWith('Send the') ? WRONG_TYPE : NOT_MATCHING;
  return generalMessage(failure);
}

export function showLogo(session: AdminSession, name: string): void {
  const path = `/v1/territories/${encodeURIComponent(session.territory)}/logo`;
  const field = $<HTMLInputElement>('logo-file');
  const progress = $<HTMLProgressElement>('logo-progress');
  field.accept = LOGO_ACCEPT;
  $<HTMLImageElement>('logo-image').alt = `Logo actuel de ${name}`;
  $<HTMLAnchorElement>('logo-survey').href = territoryTools(session.territory).survey;
  const clear = () => {
    $('logo-error').textContent = '';
    $('logo-status').textContent = '';
    field.removeAttribute('aria-invalid');
  };
  const refuse = (message: string) => {
    $('logo-error').textContent = message;
    field.setAttribute('aria-invalid', 'true');
    field.focus();
  };
  field.addEventListener('change', () => {
    clear();
    const file = field.files?.[0];
    const problem = file ? logoFileProblem(file) : null;
    if (problem) refuse(problem);
  });
  void showCurrent(path);

  $<HTMLFormElement>('logo-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    clear();
    const file = field.files?.[0];
    if (!file) return refuse('Choisissez d’abord le fichier du logo.');
    const problem = logoFileProblem(file);
    if (problem) return refuse(problem);
    const send = $<HTMLButtonElement>('logo-send');
    send.disabled = true;
    progress.value = 0;
    progress.hidden = false;
    try {
      await upload(path, session.token, file, logoFileType(file) ?? file.type, progress);
      field.value = '';
      await showCurrent(path);
      $('logo-status').textContent =
        'Logo enregistré. La page du questionnaire l’affiche désormais (jusqu’à cinq minutes plus tard dans un navigateur qui l’avait déjà ouverte).';
    } catch (failure) {
      refuse(refusal(failure));
    } finally {
      send.disabled = false;
      progress.hidden = true;
    }
  });

  $('logo-remove').addEventListener('click', async () => {
    if (!confirm('Retirer le logo ? La page du questionnaire ne l’affichera plus.')) return;
    clear();
    try {
      await api(path, { token: session.token, method: 'DELETE' });
      await showCurrent(path);
      $('logo-status').textContent = 'Logo retiré.';
    } catch (failure) {
      $('logo-status').textContent = generalMessage(failure);
    }
  });
}
