import { css } from 'lit';
import { rootReset } from '../internal/base-styles.js';

/** `<barometre-resultats>`' styles: tiles, the grid of charts, each chart's table, and print. */
export const styles = [
  rootReset,
  css`
  :host {
    display: block;
    --barometre-accent: #000091;
    --barometre-font: system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif;
  }
  * {
    box-sizing: border-box;
  }
  h2 {
    font-size: 1.25em;
    margin: 1.5em 0 0.5em;
    color: var(--barometre-accent);
  }
  .tiles {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(12em, 1fr));
    gap: 0.75em;
    margin: 0;
    padding: 0;
  }
  .tile {
    background: #fff;
    border: 1px solid #ddd;
    border-top: 4px solid var(--barometre-accent);
    padding: 0.75em;
    margin: 0;
  }
  .tile dt {
    font-size: 0.9em;
    color: #3a3a3a;
  }
  /* The filter a tile's figure and comparisons share (like with like). */
  .tile dt .scope {
    font-weight: 700;
  }
  .tile dd {
    margin: 0.25em 0 0;
    font-size: 1.6em;
    font-weight: 700;
  }
  .tile dd small {
    display: block;
    font-size: 0.55em;
    font-weight: 400;
    color: #3a3a3a;
  }
  /* Why there is no trend yet: a sentence in the tile's normal text, not a large bold verdict. */
  .tile dd .calm {
    display: block;
    font-size: 0.6em;
    font-weight: 400;
    line-height: 1.4;
  }
  /* The confidence range, in words, with its one-line explanation a click away. */
  .tile details.margin {
    margin: 0.25em 0 0;
    font-size: 0.55em;
    font-weight: 400;
  }
  .tile details.margin summary {
    display: list-item;
    min-height: 1.75em;
    font-weight: 400;
    color: #3a3a3a;
    text-decoration: underline dotted;
  }
  .tile details.margin small {
    display: block;
    font-size: 1em;
  }
  .charts {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 24em), 1fr));
    gap: 1em;
  }
  figure {
    margin: 0;
    background: #fff;
    border: 1px solid #ddd;
    padding: 0.75em;
    break-inside: avoid;
  }
  figcaption {
    font-weight: 700;
    margin-bottom: 0.5em;
  }
  .canvas {
    position: relative;
    height: 16em;
  }
  .insufficient {
    height: 16em;
    display: grid;
    place-items: center;
    background: repeating-linear-gradient(45deg, #f6f6f6, #f6f6f6 8px, #e5e5e5 8px, #e5e5e5 16px);
    font-weight: 600;
  }
  details {
    margin-top: 0.5em;
  }
  summary {
    cursor: pointer;
    min-height: 2.75em;
    display: flex;
    align-items: center;
    color: var(--barometre-accent);
    font-weight: 600;
  }
  summary:focus-visible {
    outline: 3px solid #0a76f6;
    outline-offset: 2px;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    font-size: 0.9em;
  }
  th,
  td {
    border: 1px solid #ddd;
    padding: 0.25em 0.5em;
    text-align: start;
  }
  td.number {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  /* The audits beside the citizens: above the charts, as wide as the tiles. */
  figure.audits {
    margin: 0 0 1em;
    container-type: inline-size;
  }
  .audits td b,
  .audits td small {
    display: block;
  }
  .audits td small {
    color: #3a3a3a;
  }
  .audits td {
    font-variant-numeric: tabular-nums;
  }
  /* Fits 320 px; narrower, the table scrolls in its own box, never the page. */
  .audits .scroll {
    overflow-x: auto;
  }
  .audits th,
  .audits td {
    padding: 0.25em 0.3em;
  }
  .audits td small {
    font-size: 0.85em;
  }
  .audits td.auditors-higher,
  .audits td.citizens-higher {
    background: #fef3d6;
  }
  /* A phone: smaller type rather than a table cut at its last column. */
  @container (max-width: 24em) {
    .audits table {
      font-size: 0.8em;
    }
    .audits th,
    .audits td {
      padding: 0.25em 0.2em;
    }
  }
  .status {
    padding: 1em;
    background: #fff;
    border: 1px solid #ddd;
  }
  .error {
    color: #ce0500;
    font-weight: 600;
  }
  .note {
    font-size: 0.9em;
    color: #3a3a3a;
  }
  @media print {
    .canvas {
      height: 12em;
    }
    summary {
      display: none;
    }
  }
`,
];
