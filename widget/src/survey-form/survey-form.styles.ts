import { css } from 'lit';

/**
 * Everything is scoped to the shadow root; `all: initial` on the host keeps the page's global CSS
 * (resets, tiny fonts, !important rules on inherited properties) from leaking in.
 */
export const styles = css`
  :host {
    all: initial;
    display: block;
    --barometre-accent: #000091;
    --barometre-accent-contrast: #ffffff;
    --barometre-text: #161616;
    --barometre-muted: #3a3a3a;
    --barometre-background: #ffffff;
    --barometre-border: #929292;
    --barometre-radius: 0.5rem;
    --barometre-font: system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif;
    font-family: var(--barometre-font);
    font-size: 1rem;
    line-height: 1.5;
    color: var(--barometre-text);
  }
  [hidden] {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  .base {
    background: var(--barometre-background);
    border: 1px solid var(--barometre-border);
    border-radius: var(--barometre-radius);
    padding: 1.25rem;
    max-width: 40rem;
  }
  h2 {
    font-size: 1.25rem;
    margin: 0 0 0.25rem;
  }
  p {
    margin: 0 0 1rem;
  }
  fieldset {
    border: 0;
    margin: 0 0 1.25rem;
    padding: 0;
    min-width: 0;
  }
  legend,
  label.field {
    display: block;
    font-weight: 600;
    margin-bottom: 0.5rem;
    padding: 0;
  }
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .option {
    position: relative;
    display: inline-flex;
  }
  .option input {
    position: absolute;
    opacity: 0;
    inset: 0;
    margin: 0;
    cursor: pointer;
  }
  .option span {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-height: 2.75rem;
    min-width: 2.75rem;
    padding: 0.5rem 1rem;
    border: 2px solid var(--barometre-accent);
    border-radius: var(--barometre-radius);
    color: var(--barometre-accent);
    background: var(--barometre-background);
    font-weight: 600;
  }
  .option input:checked + span {
    background: var(--barometre-accent);
    color: var(--barometre-accent-contrast);
  }
  .option input:focus-visible + span,
  select:focus-visible,
  textarea:focus-visible,
  button:focus-visible {
    outline: 3px solid var(--barometre-accent);
    outline-offset: 2px;
  }
  select,
  textarea {
    font: inherit;
    color: inherit;
    background: var(--barometre-background);
    border: 1px solid var(--barometre-border);
    border-radius: var(--barometre-radius);
    padding: 0.5rem;
    min-height: 2.75rem;
    width: 100%;
    max-width: 100%;
  }
  textarea {
    min-height: 6rem;
    resize: vertical;
  }
  .hint {
    color: var(--barometre-muted);
    font-size: 0.875rem;
    margin: 0.25rem 0 0;
  }
  .error {
    color: #ce0500;
    font-weight: 600;
  }
  button.submit {
    font: inherit;
    font-weight: 600;
    min-height: 2.75rem;
    padding: 0.5rem 1.5rem;
    border: 0;
    border-radius: var(--barometre-radius);
    background: var(--barometre-accent);
    color: var(--barometre-accent-contrast);
    cursor: pointer;
  }
  .status {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
  @media (forced-colors: active) {
    .option input:checked + span {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
  }
`;
