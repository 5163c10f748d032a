/**
 * Styles every element of the barometer shares: the reset that keeps a host page's inherited
 * fonts, colours and spacing out of the shadow root, and text kept for screen readers only.
 */
import { css } from 'lit';

/** `.root` wraps each element's content: `all: initial` drops what the page made inheritable. */
export const rootReset = css`
  .root {
    all: initial;
    display: block;
    font-family: var(--barometre-font, system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif);
    font-size: max(16px, 1rem);
    line-height: 1.5;
    color: var(--barometre-text, #161616);
    text-align: start;
  }
`;

export const visuallyHidden = css`
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
`;
