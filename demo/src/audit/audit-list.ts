/**
 * The auditor's list: each assignment of the campaign (territory, service, channel), the audits the
 * server already holds for it, and the audits on this phone with their state, each a link to open
 * it. An audit whose assignment left the campaign is still listed, apart: nothing kept is hidden.
 * @module
 */
import { AUDIT_CHANNEL_LABELS_FR } from '../../../survey/audit-grid.js';
import type { OwnAssignment } from '../../../survey/audits.js';
import { SERVICE_LABELS_FR } from '../../../survey/questionnaire.js';
import { AUDIT_STATE_LABELS_FR, refusalReason, type AuditRecord } from './audit-record.js';
import { byId as $ } from '../dom.js';

const element = <K extends keyof HTMLElementTagNameMap>(tag: K, properties: Partial<HTMLElementTagNameMap[K]> = {}): HTMLElementTagNameMap[K] =>
  Object.assign(document.createElement(tag), properties);

type Target = Pick<AuditRecord, 'service' | 'channel'> & { territory: { id: string } };
const keyOf = (target: Target) => `${target.territory.id} ${target.service} ${target.channel}`;

const plural = (count: number, one: string, many: string) => `${count.toLocaleString('fr-FR')} ${count > 1 ? many : one}`;

/** « Mairie · Appel téléphonique » */
export function assignmentLine(target: Pick<AuditRecord, 'service' | 'channel'>): string {
  return `${SERVICE_LABELS_FR[target.service]} · ${AUDIT_CHANNEL_LABELS_FR[target.channel]}`;
}

/** « 30/11/2026 à 10:05 », from a `datetime-local` value as typed. */
function when(record: AuditRecord): string {
  const date = new Date(record.observedAt);
  if (Number.isNaN(date.getTime())) return 'date à préciser';
  return `${date.toLocaleDateString('fr-FR')} à ${date.toLocaleTimeString('fr-FR', { hour: '2-digit', minute: '2-digit' })}`;
}

/** The reason in French, then the server's own words (in English, and marked so for screen readers). */
export function refusalLine(refusal: NonNullable<AuditRecord['refusal']>): HTMLParagraphElement {
  const line = element('p', { className: 'error', textContent: `Motif\u202f: ${refusalReason(refusal)} Message du serveur\u202f: ` });
  line.append(element('span', { lang: 'en', textContent: refusal.message }));
  return line;
}

function auditEntry(record: AuditRecord): HTMLLIElement {
  const entry = element('li', { className: `audit state-${record.state}` });
  const link = element('a', { href: `#audit=${record.id}`, textContent: `Audit du ${when(record)}` });
  const state = element('span', { className: 'state', textContent: AUDIT_STATE_LABELS_FR[record.state] });
  entry.append(link, ' ', state);
  if (record.state === 'refused' && record.refusal) entry.append(refusalLine(record.refusal));
  return entry;
}

export interface ListHandlers {
  newAudit(assignment: OwnAssignment): void;
}

/** Writes the list; returns nothing to wait for: every click is the page's. */
export function renderList(assignments: OwnAssignment[], records: AuditRecord[], handlers: ListHandlers): void {
  const byAssignment = new Map<string, AuditRecord[]>();
  for (const record of records) byAssignment.set(keyOf(record), [...(byAssignment.get(keyOf(record)) ?? []), record]);

  const cards = assignments.map((assignment) => {
    const mine = byAssignment.get(keyOf(assignment)) ?? [];
    byAssignment.delete(keyOf(assignment));
    // The server's list and this phone's acknowledged audits: one audit counted once.
    const received = new Set([...assignment.submitted, ...mine.filter((record) => record.state === 'received').map((record) => record.id)]);
    const card = element('li', { className: 'assignment' });
    const title = element('h3', { textContent: `${assignment.territory.name} (${assignment.territory.departement})` });
    const line = element('p', { className: 'assignment-line', textContent: assignmentLine(assignment) });
    const count = element('p', {
      className: 'note',
      textContent: received.size === 0 ? 'Aucun audit reçu par le serveur.' : `${plural(received.size, 'audit reçu', 'audits reçus')} par le serveur.`,
    });
    card.append(title, line, count);
    if (mine.length > 0) {
      const list = element('ul', { className: 'audits' });
      list.append(...mine.map(auditEntry));
      card.append(list);
    }
    const start = element('button', { type: 'button', className: 'new-audit', textContent: 'Nouvel audit' });
    start.setAttribute('aria-label', `Nouvel audit\u202f: ${assignmentLine(assignment)}, ${assignment.territory.name}`);
    start.addEventListener('click', () => handlers.newAudit(assignment));
    card.append(start);
    return card;
  });
  $('assignments').replaceChildren(...(cards.length > 0 ? cards : [element('li', { textContent: 'Aucun audit ne vous est confié pour cette campagne.' })]));

  const orphans = [...byAssignment.values()].flat();
  $('orphans-section').hidden = orphans.length === 0;
  $('orphans').replaceChildren(
    ...orphans.map((record) => {
      const entry = auditEntry(record);
      entry.prepend(element('span', { textContent: `${record.territory.name}, ${assignmentLine(record)}\u202f: ` }));
      return entry;
    }),
  );
}
