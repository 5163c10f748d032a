/**
 * What the browser tests share: where the host fixtures and the Worker live, the axe-core scan,
 * and reads of the widget's outbox and of the results API.
 * @module
 */
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, type APIRequestContext, type Page } from '@playwright/test';
import type { Assignment } from '../survey/audits.js';
import type { Results } from '../survey/results.js';
import { LOCAL_OPERATOR_TOKEN } from '../worker/src/local-defaults.js';
import { frenchTypographyErrors } from '../survey/typography.js';
import { BASE_URL, FIXTURES_URL } from '../playwright.config.js';

export { BASE_URL, FIXTURES_URL };
export const TERRITORY = 'commune:25056';

/**
 * How long the kit page may take to draw its eleven previews: resvg's WebAssembly draws them one
 * after another on the main thread, which takes a few seconds on a loaded two-core CI machine
 * (the default 5 s expectation failed there once).
 */
export const KIT_PREVIEWS_DRAWN = { timeout: 30_000 };

/** A fixture page, served from another origin than the Worker. */
export function fixture(name: string, query: { lang?: string; territory?: string; from?: 'bench'; 'kiosk-key'?: string } = {}): string {
  const search = new URLSearchParams(Object.entries(query).filter((entry): entry is [string, string] => entry[1] !== undefined));
  return `${FIXTURES_URL}/${name}.html${search.size > 0 ? `?${search}` : ''}`;
}

/** WCAG 2.1 A and AA rules: the list of violations, empty when the page passes. */
export async function axeViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

const HTMLCS = readFileSync(createRequire(import.meta.url).resolve('html_codesniffer/build/HTMLCS.js'), 'utf8');

/**
 * A second accessibility engine beside axe: HTML_CodeSniffer's WCAG 2 AA errors (its warnings and
 * notices need a person to judge), as `technique: element`. It reads the light DOM only; the
 * widget's shadow DOM is axe's.
 */
export async function htmlcsErrors(page: Page): Promise<string[]> {
  await page.evaluate(HTMLCS);
  return page.evaluate(
    () =>
      new Promise<string[]>((resolve) => {
        const sniffer = (
          window as unknown as {
            HTMLCS: { process(standard: string, root: Document, done: () => void): void; getMessages(): { type: number; code: string; element: Element }[] };
          }
        ).HTMLCS;
        sniffer.process('WCAG2AA', document, () =>
          resolve(
            sniffer
              .getMessages()
              .filter((message) => message.type === 1)
              .map((message) => `${message.code.split('.').slice(-2).join('.')}: ${message.element.outerHTML.slice(0, 120)}`),
          ),
        );
      }),
  );
}

/**
 * French typography on what a reader sees (survey/typography.ts): the page's visible text, block
 * by block as it wraps, in every element whose language is French. Code, preformatted text,
 * scripts, styles and form fields are not prose and are skipped. The shadow roots of the survey,
 * results and Trophée elements are read too (the survey's strings are also checked in its locales).
 * Each error quotes the offending text after the CSS path of its block.
 */
export async function typographyErrors(page: Page): Promise<string[]> {
  const blocks = await page.evaluate(() => {
    const SKIPPED = new Set(['CODE', 'PRE', 'SCRIPT', 'STYLE', 'TEXTAREA', 'INPUT', 'SELECT', 'NOSCRIPT', 'TEMPLATE']);
    const SHADOWS_READ = new Set(['BAROMETRE-CITOYEN', 'BAROMETRE-RESULTATS', 'BAROMETRE-TROPHEE']);
    const found = new Map<Element, string>();
    const french = (element: Element) => (element.closest('[lang]')?.getAttribute('lang') ?? document.documentElement.lang).startsWith('fr');
    const blockOf = (element: Element) => {
      let block = element;
      while (getComputedStyle(block).display.startsWith('inline') && block.parentElement) block = block.parentElement;
      return block;
    };
    const walk = (root: Node) => {
      for (const node of Array.from(root.childNodes)) {
        if (node instanceof Text) {
          const parent = node.parentElement;
          if (!parent || !parent.checkVisibility({ visibilityProperty: true }) || !french(parent)) continue;
          const block = blockOf(parent);
          found.set(block, (found.get(block) ?? '') + node.data);
        } else if (node instanceof Element) {
          if (SKIPPED.has(node.tagName)) continue;
          walk(node);
          if (node.shadowRoot && SHADOWS_READ.has(node.tagName)) walk(node.shadowRoot);
        }
      }
    };
    walk(document.body);
    const path = (element: Element) =>
      [element.tagName.toLowerCase(), element.id ? `#${element.id}` : '', ...Array.from(element.classList, (name) => `.${name}`)].join('');
    return Array.from(found, ([block, text]) => ({
      where: [block.parentElement ? path(block.parentElement) : '', path(block)].filter(Boolean).join(' > '),
      // As CSS lays it out (white-space: normal): runs of spaces, tabs and line feeds become one space.
      text: text.replace(/[ \t\n\r\f]+/g, ' '),
    }));
  });
  return blocks.flatMap(({ where, text }) => frenchTypographyErrors(text).map((error) => `${where}: ${error}`));
}

/** How many answers wait in the widget's IndexedDB outbox on this page's origin. */
export function outboxCount(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('barometre-citoyen');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          if (!open.result.objectStoreNames.contains('outbox')) return resolve(0);
          const count = open.result.transaction('outbox').objectStore('outbox').count();
          count.onsuccess = () => resolve(count.result);
        };
      }),
  );
}

export async function results(request: APIRequestContext, territory = TERRITORY, query = ''): Promise<Results> {
  const response = await request.get(`${BASE_URL}/v1/territories/${territory}/results${query}`);
  expect(response.status()).toBe(200);
  return ((await response.json()) as { data: Results }).data;
}

/** Collects the widget's events on `document` from now on. */
export async function recordEvents(page: Page): Promise<() => Promise<{ type: string; detail: { id?: string; status?: string; code?: string } }[]>> {
  await page.evaluate(() => {
    const seen: { type: string; detail: unknown }[] = [];
    (window as unknown as { barometreEvents: typeof seen }).barometreEvents = seen;
    for (const type of ['barometre-submit', 'barometre-queued', 'barometre-sent', 'barometre-error']) {
      document.addEventListener(type, (event) => seen.push({ type, detail: (event as CustomEvent).detail }));
    }
  });
  return () =>
    page.evaluate(
      () => (window as unknown as { barometreEvents: { type: string; detail: { id?: string; status?: string; code?: string } }[] }).barometreEvents,
    );
}

/** The barometer team's header on a local server. */
export const OPERATOR = { authorization: `Bearer ${LOCAL_OPERATOR_TOKEN}` };

/**
 * A new auditor, made by the team and assigned these lines of the year's campaign. The lines are
 * added to the campaign, never put in place of it: specs run side by side on one server.
 */
export async function assignedAuditor(
  request: APIRequestContext,
  year: number,
  lines: (Omit<Assignment, 'auditor' | 'territory'> & { territory: string })[],
  name = 'Auditrice e2e',
): Promise<{ id: string; token: string }> {
  const created = await request.post(`${BASE_URL}/v1/auditors`, { headers: OPERATOR, data: { name } });
  expect(created.status()).toBe(201);
  const { auditor, token } = ((await created.json()) as { data: { auditor: { id: string }; token: string } }).data;
  const added = await request.post(`${BASE_URL}/v1/campaigns/${year}/assignments`, {
    headers: OPERATOR,
    data: { assignments: lines.map((line) => ({ ...line, auditor: auditor.id })) },
  });
  expect(added.status()).toBe(200);
  return { id: auditor.id, token };
}
