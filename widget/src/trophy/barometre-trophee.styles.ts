import { css } from 'lit';
import { rootReset, visuallyHidden } from '../internal/base-styles.js';

/** `<barometre-trophee>`' styles: its status, the ranking table (one card per row in a narrow container), and print. */
export const styles = [
  rootReset,
  visuallyHidden,
  css`
  :host {
    display: block;
    --barometre-accent: #000091;
    /* The element's own width decides the layout, wherever a page puts it (a sidebar, a phone). */
    container-type: inline-size;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    background: #fff;
  }
  /* Shown above the table, so it reads as a heading; the table keeps its caption for screen readers. */
  /*
   * A word longer than its cell breaks rather than stretch the table (break-word, not anywhere:
   * anywhere would let the table squeeze its headings to a few letters a line).
   */
  th,
  td {
    overflow-wrap: break-word;
  }
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
  /*
   * Narrow (a phone at 360 to 390 px, a tablet on end: below 48em the six columns squeeze their headings): every row becomes a card, each figure under its column's
   * name, so nothing hides behind a horizontal scroll. The markup stays a table with explicit roles.
   */
  @container (max-width: 48em) {
    table,
    tbody {
      display: block;
    }
    thead {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    tbody tr {
      display: grid;
      grid-template-columns: auto 1fr;
      column-gap: 0.75em;
      padding: 0.5em 0.5em 0.5em 0.75em;
      border-bottom: 1px solid #ddd;
    }
    th,
    td {
      border: 0;
      padding: 0.15em 0;
    }
    td.number {
      text-align: start;
    }
    /* The rank and the name head the card; the other cells span both columns under them. */
    td.rank {
      font-weight: 700;
      font-size: 1.1em;
    }
    td.rank[data-ranked]::after {
      content: '.' / '';
    }
    th.name {
      font-size: 1.05em;
    }
    tbody td:not(.rank) {
      grid-column: 1 / -1;
    }
    /* The column's name, for sighted readers only: assistive technologies have the column header. */
    tbody td[data-label]:not(.rank)::before {
      content: attr(data-label) '\u202f: ' / '';
      color: #3a3a3a;
    }
    tr.gap {
      display: block;
    }
    /* The button says what it is (the cell has no label); below the podium the cell is empty and takes no line. */
    tbody td.podium:empty {
      display: none;
    }
  }
  @media print {
    button {
      display: none;
    }
  }
`,
];
