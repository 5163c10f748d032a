/**
 * The auditors' app (`/audit`), for a phone in a town hall's basement: signed in once with the
 * auditor's token (typed, or from a link `/audit#jeton=…` whose fragment, never sent to a server,
 * is wiped from the address bar at once), it keeps the token, the assignments and every audit in
 * IndexedDB, so it opens and records with no network; a small service worker (public/audit-sw.js)
 * keeps the page itself. A draft is saved as it is typed; once submitted it is read-only and waits
 * in the outbox until the server acknowledges it.
 *
 * Views: the list (no fragment) and one audit (`#audit=<id>`), so a reload or the back button
 * lands where the auditor was.
 * @module
 */
import type { OwnAssignment } from '../../../survey/audits.js';
import { api, ApiFailure, generalMessage } from '../console/api.js';
import { AuditOutbox } from './audit-outbox.js';
import { readAuditForm, renderAuditForm, showErrors } from './audit-form.js';
import { assignmentLine, refusalLine, renderList } from './audit-list.js';
import { AUDIT_STATE_LABELS_FR, checkDraft, newDraft, type AuditRecord } from './audit-record.js';
import { indexedDbStore as store, type AuditorSession } from './audit-store.js';
import { byId as $ } from '../dom.js';

const outbox = new AuditOutbox({ store, onChange: () => void refresh() });
let session: AuditorSession | undefined;
/** The audit open in the form, as last saved. */
let current: AuditRecord | undefined;

const plural = (count: number, one: string, many: string) => `${count.toLocaleString('fr-FR')} ${count > 1 ? many : one}`;

// ─── Status ─────────────────────────────────────────────────────────────────────────────────────

/** The global line, a live region: how many audits wait to be sent, and why. */
async function showPending(records: AuditRecord[]): Promise<void> {
  const queued = records.filter((record) => record.state === 'queued').length;
  const refused = records.filter((record) => record.state === 'refused').length;
  const parts = [queued === 0 ? 'Aucun audit en attente d’envoi.' : `${plural(queued, 'audit en attente', 'audits en attente')} d’envoi.`];
  if (queued > 0 && (!navigator.onLine || outbox.lastFailure)) parts.push('Pas de réseau pour l’instant\u202f: ils partiront d’eux-mêmes dès son retour.');
  if (refused > 0) parts.push(`${plural(refused, 'audit refusé', 'audits refusés')} par le serveur (voir le motif).`);
  const text = parts.join(' ');
  // A live region speaks on change only: the same words are not written again.
  if ($('pending-status').textContent !== text) $('pending-status').textContent = text;
}

async function refresh(): Promise<void> {
  if (!session) return;
  const records = await store.audits();
  await showPending(records);
  renderList(session.assignments.assignments, records, { newAudit: (assignment) => void startAudit(assignment) });
  if (current) {
    const stored = records.find((record) => record.id === current?.id);
    // Only a change of state redraws an open audit: a draft being typed is never redrawn under the fingers.
    if (stored && stored.state !== current.state) showAudit(stored);
  }
}

// ─── Signing in and out ─────────────────────────────────────────────────────────────────────────

async function signIn(token: string): Promise<void> {
  $('auditor-error').textContent = '';
  $('auditor-token').removeAttribute('aria-invalid');
  try {
    const assignments = await api<AuditorSession['assignments']>('/v1/audits/assignments', { token });
    session = { token, assignments, fetchedAt: new Date().toISOString() };
    await store.saveSession(session);
  } catch (failure) {
    $('auditor-error').textContent =
      failure instanceof ApiFailure && (failure.status === 401 || failure.status === 403)
        ? 'Ce jeton n’est pas celui d’un auditeur, ou il a été révoqué.'
        : failure instanceof ApiFailure && failure.code === 'network'
          ? 'La première connexion demande du réseau. Réessayez une fois connecté.'
          : generalMessage(failure);
    $('auditor-token').setAttribute('aria-invalid', 'true');
    $('auditor-token').focus();
    return;
  }
  $<HTMLInputElement>('auditor-token').value = '';
  await openApp();
  $('title').focus();
}

/** Reads the assignments again, quietly: without network, the stored list is the one shown. */
async function syncAssignments(): Promise<void> {
  if (!session) return;
  try {
    const assignments = await api<AuditorSession['assignments']>('/v1/audits/assignments', { token: session.token });
    session = { ...session, assignments, fetchedAt: new Date().toISOString() };
    await store.saveSession(session);
    $('sync-status').textContent = '';
    await refresh();
  } catch (failure) {
    const since = new Date(session.fetchedAt);
    const stored = `la liste affichée est celle du ${since.toLocaleDateString('fr-FR')} à ${since.toLocaleTimeString('fr-FR', { hour: '2-digit', minute: '2-digit' })}`;
    $('sync-status').textContent =
      failure instanceof ApiFailure && failure.code === 'network'
        ? `Hors connexion\u202f: ${stored}.`
        : failure instanceof ApiFailure && failure.status === 401
          ? `Le serveur ne reconnaît plus ce jeton (révoqué\u202f?)\u202f: ${stored}. Vos audits restent sur ce téléphone.`
          : `${generalMessage(failure)} En attendant, ${stored}.`;
  }
  showWho();
}

function showWho(): void {
  if (!session) return;
  const { auditor, year, assignments } = session.assignments;
  $('who').textContent = `${auditor.name} · campagne ${year} · ${plural(assignments.length, 'affectation', 'affectations')}`;
}

async function openApp(): Promise<void> {
  $('sign-in').hidden = true;
  $('app').hidden = false;
  showWho();
  await route();
  outbox.start();
  void syncAssignments();
}

$<HTMLFormElement>('sign-in').addEventListener('submit', (event) => {
  event.preventDefault();
  const token = $<HTMLInputElement>('auditor-token').value.trim();
  if (!token) {
    $('auditor-error').textContent = 'Collez le jeton reçu de l’équipe.';
    $('auditor-token').setAttribute('aria-invalid', 'true');
    $('auditor-token').focus();
    return;
  }
  void signIn(token);
});

$('sign-out').addEventListener('click', async () => {
  const records = await store.audits();
  const queued = records.filter((record) => record.state === 'queued').length;
  const drafts = records.filter((record) => record.state === 'draft').length;
  if (queued + drafts === 0) return signOut();
  const waiting = [
    queued > 0 ? `${plural(queued, 'audit attend', 'audits attendent')} encore d’être envoyé${queued > 1 ? 's' : ''}` : '',
    drafts > 0 ? `${plural(drafts, 'brouillon n’est pas validé', 'brouillons ne sont pas validés')}` : '',
  ].filter(Boolean);
  $('sign-out-message').textContent = `${waiting.join(' et ')}. Se déconnecter les effacerait de ce téléphone sans les envoyer.`;
  $('sign-out-warning').hidden = false;
  $('sign-out-cancel').focus();
});
$('sign-out-cancel').addEventListener('click', () => {
  $('sign-out-warning').hidden = true;
  $('sign-out').focus();
});
$('sign-out-anyway').addEventListener('click', () => void signOut());

async function signOut(): Promise<void> {
  outbox.stop();
  await store.clear();
  location.assign('/audit');
}

// ─── One audit ──────────────────────────────────────────────────────────────────────────────────

async function startAudit(assignment: OwnAssignment): Promise<void> {
  if (!session) return;
  const draft = newDraft(assignment, session.assignments.year, crypto.randomUUID(), new Date());
  await store.saveAudit(draft);
  location.hash = `audit=${draft.id}`;
}

function stateLine(record: AuditRecord): string {
  const label = AUDIT_STATE_LABELS_FR[record.state];
  if (record.state === 'draft') return `${label}\u202f: enregistré sur ce téléphone à chaque saisie, modifiable jusqu’à l’envoi.`;
  if (record.state === 'queued') return `${label}\u202f: validé, il n’est plus modifiable et partira dès que le réseau le permettra.`;
  if (record.state === 'received')
    return `${label} le ${new Date(record.receivedAt ?? '').toLocaleString('fr-FR', { dateStyle: 'short', timeStyle: 'short' })}.`;
  return `${label}\u202f: l’audit reste gardé ici.`;
}

function showAudit(record: AuditRecord): void {
  current = record;
  document.getElementById('audit-refusal')?.remove();
  $('list-view').hidden = true;
  $('audit-view').hidden = false;
  $('audit-title').textContent = `${record.territory.name} (${record.territory.departement})`;
  $('audit-subtitle').textContent = assignmentLine(record);
  $('audit-state').textContent = stateLine(record);
  $('audit-state').className = `state-line state-${record.state}`;
  if (record.state === 'refused' && record.refusal) $('audit-state').after(Object.assign(refusalLine(record.refusal), { id: 'audit-refusal' }));
  renderAuditForm(record);
  showErrors([]);
  $('draft-status').textContent = '';
  $('draft-actions').hidden = record.state !== 'draft';
  $('refused-actions').hidden = record.state !== 'refused';
}

/** Saves what is typed, in order: a slow write never lands after a newer one. */
let saving: Promise<void> = Promise.resolve();
function saveDraft(): Promise<void> {
  const record = current;
  if (!record || record.state !== 'draft') return saving;
  current = { ...record, ...readAuditForm(record, $<HTMLFormElement>('audit-form')) };
  const snapshot = current;
  saving = saving
    .then(() => store.saveAudit(snapshot))
    .then(() => {
      $('draft-status').textContent = 'Brouillon enregistré sur ce téléphone.';
    });
  return saving;
}
$('audit-form').addEventListener('input', () => void saveDraft());
$('audit-form').addEventListener('change', () => void saveDraft());

$<HTMLFormElement>('audit-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  await saveDraft();
  if (!current || current.state !== 'draft') return;
  const { request, errors } = checkDraft(current, new Date());
  if (!request) return showErrors(errors);
  current = { ...current, state: 'queued', request };
  await store.saveAudit(current);
  location.hash = '';
  $('sync-status').textContent = 'Audit validé et placé dans la file d’envoi.';
  void outbox.flush();
});

$('resend-audit').addEventListener('click', async () => {
  if (!current || current.state !== 'refused') return;
  current = { ...current, state: 'queued', refusal: undefined };
  await store.saveAudit(current);
  showAudit(current);
  $('audit-title').focus();
  void outbox.flush();
});

// ─── Views ──────────────────────────────────────────────────────────────────────────────────────

async function route(): Promise<void> {
  const id = new URLSearchParams(location.hash.slice(1)).get('audit');
  const record = id ? await store.audit(id) : undefined;
  if (record) {
    showAudit(record);
    return;
  }
  current = undefined;
  $('audit-view').hidden = true;
  $('list-view').hidden = false;
  await refresh();
}

addEventListener('hashchange', async () => {
  // A sign-in link opened in this tab changes only the fragment: start afresh, which wipes it.
  if (new URLSearchParams(location.hash.slice(1)).has('jeton')) return location.reload();
  if (!session) return;
  await route();
  (current ? $('audit-title') : $('list-title')).focus();
});
$('back').addEventListener('click', (event) => {
  event.preventDefault();
  location.hash = '';
});

// ─── Start ──────────────────────────────────────────────────────────────────────────────────────

if ('serviceWorker' in navigator) void navigator.serviceWorker.register('/audit-sw.js', { scope: '/audit' }).catch(() => undefined);

async function start(): Promise<void> {
  const link = new URLSearchParams(location.hash.slice(1)).get('jeton');
  // The token leaves the address bar (and so the history) before anything else happens.
  if (link !== null) history.replaceState(null, '', location.pathname);
  session = await store.session();
  if (link) {
    $('sign-in').hidden = false;
    $<HTMLInputElement>('auditor-token').value = link;
    await signIn(link);
  } else if (session) await openApp();
  else $('sign-in').hidden = false;
}
void start();
