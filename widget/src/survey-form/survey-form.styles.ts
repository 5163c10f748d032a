import { css } from 'lit';
import { rootReset, visuallyHidden } from '../internal/base-styles.js';

/**
 * Everything is scoped to the shadow root. Global rules of the host page reach only the host
 * element, and through it the inherited properties (font, colour, spacing, text transforms); `.root`
 * resets those with `all: initial` and sets its own, so resets on `*`, tiny root font sizes and
 * `!important` rules change nothing inside. Sizes are in `em` of `.root`, whose font size never
 * drops below 16 px but grows with the reader's own font setting.
 */
export const styles = [
  rootReset,
  visuallyHidden,
  css`
  :host {
    display: block;
    --barometre-accent: #000091;
    --barometre-accent-contrast: #ffffff;
    --barometre-text: #161616;
    --barometre-muted: #3a3a3a;
    --barometre-background: #ffffff;
    --barometre-border: #929292;
    --barometre-focus: #000091;
    --barometre-error: #ce0500;
    --barometre-radius: 0.5em;
    --barometre-font: system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif;
  }
  /* The preset of the State design system (DSFR): square corners, Marianne, its blue focus ring. */
  :host([theme='dsfr']) {
    --barometre-accent: #000091;
    --barometre-text: #161616;
    --barometre-muted: #3a3a3a;
    --barometre-border: #929292;
    --barometre-focus: #0a76f6;
    --barometre-error: #ce0500;
    --barometre-radius: 0;
    --barometre-font: Marianne, arial, sans-serif;
  }
  :host([hidden]) {
    display: none;
  }
  .root {
    container-type: inline-size;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  .base {
    display: block;
    background: var(--barometre-background);
    border: 1px solid var(--barometre-border);
    border-radius: var(--barometre-radius);
    padding: 1.25em;
    max-width: 40em;
  }
  @container (max-width: 22em) {
    .base {
      padding: 0.75em;
    }
  }
  /* A kiosk is a tablet at a counter, read from a metre away: the whole screen, large type and
     targets, the question as the screen that invites the next person. */
  :host([mode='kiosk']) .base {
    display: flex;
    flex-direction: column;
    justify-content: center;
    min-height: 100vh;
    min-height: 100dvh;
    max-width: none;
    border: 0;
    border-radius: 0;
    padding: 1em 6vw;
    font-size: 1.5em;
  }
  :host([mode='kiosk']) .choices {
    gap: 0.75em;
  }
  :host([mode='kiosk']) button.choice {
    flex: 1 1 7em;
    min-height: 3.5em;
  }
  :host([mode='kiosk']) .option span {
    min-height: 3em;
    min-width: 3em;
  }
  .attract {
    font-size: 1.2em;
  }
  /* The three overall answers share one line at every width, their words wrapping inside. */
  .choices.overall {
    display: grid;
    grid-template-columns: repeat(3, minmax(0, 1fr));
  }
  .choices.overall button.choice {
    padding-inline: 0.25em;
    text-align: center;
  }
  h2 {
    font-size: 1.25em;
    line-height: 1.3;
    margin: 0 0 0.5em;
  }
  p {
    margin: 0 0 1em;
  }
  fieldset {
    border: 0;
    margin: 0 0 1.25em;
    padding: 0;
    min-width: 0;
  }
  legend,
  label.field {
    display: block;
    font-weight: 600;
    margin-bottom: 0.5em;
    padding: 0;
  }
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  /* One row per criterion: the five levels, never under 2.75em, share what the « Non concerné »
     column leaves, which wraps its words in smaller, lighter type and is drawn dashed: it is not a
     sixth level. Below 20.5em (a 320 px screen) it moves under the levels, across the row. */
  .criteria {
    margin-bottom: 1.25em;
  }
  .criteria fieldset {
    margin-bottom: 0.625em;
  }
  .criteria legend {
    margin-bottom: 0.25em;
  }
  .scale {
    display: grid;
    grid-template-columns: repeat(5, minmax(2.75em, 1fr)) auto;
    gap: 0.25em;
  }
  .scale .option span {
    width: 100%;
    min-width: 0;
    padding-inline: 0.25em;
  }
  .scale .not-concerned > span {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    text-align: center;
    font-size: 0.75em;
    font-weight: 400;
    line-height: 1.15;
    max-width: 7em;
    /* The 2.75em of the other choices, in this smaller type. */
    min-height: calc(2.75em / 0.75);
    padding-inline: 0.25em;
    border-width: 2px;
    border-style: dashed;
    hyphens: auto;
  }
  .scale .option.not-concerned span {
    padding: 0.125em 0.25em;
  }
  /* The meaning of 1 and 5 over their columns, in view while the criteria scroll under it. */
  .scale-ends {
    position: sticky;
    top: 0;
    z-index: 1;
    background: var(--barometre-background);
    color: var(--barometre-muted);
    padding-block: 0.25em;
    margin-bottom: 0.25em;
  }
  .scale-ends .ends {
    grid-column: 1 / 6;
    display: flex;
    justify-content: space-between;
    align-items: end;
    gap: 0.75em;
    font-size: 0.8125em;
    line-height: 1.2;
    text-wrap: balance;
  }
  .scale-ends .ends span:last-child {
    text-align: end;
  }
  .scale-ends .not-concerned {
    line-height: 0;
  }
  .scale-ends .not-concerned > span {
    visibility: hidden;
    min-height: 0;
    height: 0;
  }
  @container (max-width: 20.5em) {
    .scale {
      grid-template-columns: repeat(5, minmax(2.75em, 1fr));
    }
    .scale .not-concerned {
      grid-column: 1 / -1;
    }
    .scale .option.not-concerned span {
      max-width: none;
      font-size: 0.875em;
      min-height: calc(2.75em / 0.875);
    }
    .scale-ends .not-concerned {
      display: none;
    }
  }
  .option {
    position: relative;
    display: inline-flex;
  }
  .option input {
    position: absolute;
    opacity: 0;
    inset: 0;
    width: 100%;
    height: 100%;
    margin: 0;
    cursor: pointer;
  }
  .option span,
  button.choice {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-height: 2.75em;
    min-width: 2.75em;
    padding: 0.5em 1em;
    border: 2px solid var(--barometre-accent);
    border-radius: var(--barometre-radius);
    color: var(--barometre-accent);
    background: var(--barometre-background);
    font-weight: 600;
  }
  .option input:checked + span,
  button.choice:hover {
    background: var(--barometre-accent);
    color: var(--barometre-accent-contrast);
  }
  .option input:focus-visible + span,
  select:focus-visible,
  textarea:focus-visible,
  button:focus-visible,
  [tabindex='-1']:focus-visible {
    outline: 3px solid var(--barometre-focus);
    outline-offset: 2px;
  }
  a {
    color: var(--barometre-accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  a:focus-visible {
    outline: 3px solid var(--barometre-focus);
    outline-offset: 2px;
  }
  select,
  textarea {
    font: inherit;
    color: inherit;
    background: var(--barometre-background);
    border: 1px solid var(--barometre-border);
    border-radius: var(--barometre-radius);
    padding: 0.5em;
    min-height: 2.75em;
    width: 100%;
    max-width: 100%;
  }
  textarea {
    min-height: 6em;
    resize: vertical;
  }
  .hint {
    color: var(--barometre-muted);
    font-size: 0.875em;
    margin: 0.25em 0 0;
  }
  .error {
    color: var(--barometre-error);
    font-weight: 600;
  }
  button {
    font: inherit;
    font-weight: 600;
    min-height: 2.75em;
    min-width: 2.75em;
    padding: 0.5em 1.5em;
    border: 0;
    border-radius: var(--barometre-radius);
    background: var(--barometre-accent);
    color: var(--barometre-accent-contrast);
    cursor: pointer;
  }
  .launcher {
    position: fixed;
    inset-block-end: 1em;
    inset-inline-end: 1em;
    z-index: 2147483000;
    box-shadow: 0 0.25em 1em rgb(0 0 0 / 0.3);
  }
  dialog {
    font: inherit;
    color: inherit;
    padding: 0;
    border: 0;
    background: transparent;
    width: min(40em, calc(100% - 1em));
    max-height: calc(100% - 1em);
    overflow: auto;
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.5);
  }
  dialog .base {
    padding-top: 3.5em;
  }
  .close {
    position: absolute;
    inset-block-start: 0.5em;
    inset-inline-end: 0.5em;
    padding: 0;
    font-size: 1.5em;
    min-width: 1.85em;
    min-height: 1.85em;
    line-height: 1;
    background: transparent;
    color: var(--barometre-text);
  }
  @media (prefers-reduced-motion: no-preference) {
    .option span,
    button {
      transition: background-color 120ms ease-out, color 120ms ease-out;
    }
  }
  @media (forced-colors: active) {
    .option span,
    button {
      transition: none;
    }
    .option input:checked + span {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
    .option span,
    button {
      border: 2px solid ButtonText;
    }
  }
`,
];
