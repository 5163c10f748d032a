import { css } from 'lit';
import { rootReset, visuallyHidden } from '../internal/base-styles.js';

/** `<barometre-trophee>`' styles: its status, the ranking table that scrolls on its own on a phone, and print. */
export const styles = [
  rootReset,
  visuallyHidden,
  css`
  :host {
    display: block;
    --barometre-accent: #000091;
  }
  /* On a phone the table scrolls inside its own region, never the whole page. */
  .scroll {
    overflow-x: auto;
    /* Contains the visually hidden labels too, which would otherwise stretch the page. */
    position: relative;
  }
  .scroll:focus-visible {
    outline: 3px solid #0a76f6;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    background: #fff;
  }
  /* Shown above the scrolling table, so a phone never clips it; the table keeps its caption for screen readers. */
  .caption {
    font-weight: 700;
    font-size: 1.1em;
    color: var(--barometre-accent);
    margin: 0.5em 0;
  }
  .focus {
    font-weight: 600;
    margin: 0 0 0.5em;
  }
  th,
  td {
    border-bottom: 1px solid #ddd;
    padding: 0.5em;
    text-align: start;
  }
  td.number {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  tr[aria-current='true'] {
    background: #e3e3fd;
    box-shadow: inset 4px 0 0 var(--barometre-accent);
    font-weight: 700;
  }
  button {
    font: inherit;
    min-height: 2.75em;
    padding: 0.25em 0.75em;
    background: var(--barometre-accent);
    color: #fff;
    border: 0;
    cursor: pointer;
  }
  button:focus-visible {
    outline: 3px solid #0a76f6;
    outline-offset: 2px;
  }
  .note {
    color: #3a3a3a;
    font-size: 0.9em;
  }
  .status {
    margin: 0 0 0.5em;
    padding: 0.5em 0.75em;
    border-inline-start: 4px solid var(--barometre-accent);
    background: #f6f6f6;
  }
  .status[data-status='published'] {
    background: #e3e3fd;
  }
  .error {
    color: #ce0500;
    font-weight: 600;
  }
  @media print {
    button {
      display: none;
    }
  }
`,
];
