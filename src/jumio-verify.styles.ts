import { css } from '@lit/reactive-element';

// Heights follow the seed's breakpoint table while the element shows the client (view="frame").
// They sit in :host rules, which any rule of the page (`jumio-verify { height: 80vh }`) overrides;
// the custom properties tune one size class at a time. Without the client the element is as tall
// as what it shows instead.
export const styles = css`
  :host {
    display: flex;
    flex-direction: column;
    box-sizing: border-box;
    width: 100%;
    height: var(--jumio-verify-height-large, 710px);
    color: var(--jumio-verify-color, inherit);
    font: inherit;
  }
  :host([breakpoint='medium']) {
    height: var(--jumio-verify-height-medium, 660px);
  }
  :host([breakpoint='small']) {
    height: var(--jumio-verify-height-small, 600px);
  }
  :host([breakpoint='x-small']) {
    height: var(--jumio-verify-height-x-small, 535px);
  }
  :host([view='launcher']),
  :host([view='opened']) {
    height: auto;
  }
  :host([hidden]) {
    display: none;
  }
  .width-probe {
    height: 0;
  }
  iframe {
    display: block;
    flex: 1;
    width: 100%;
    min-height: 0;
    border: 0;
  }
  [part='fallback'],
  [part='opened'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    align-items: center;
    justify-content: space-between;
    padding: 0.75em 1em;
    border-radius: 0.5em;
    background: var(--jumio-verify-surface, #f1f4fa);
  }
  [part='fallback'] {
    margin-bottom: 0.5em;
  }
  p {
    margin: 0;
  }
  button {
    font: inherit;
    padding: 0.75em 1.5em;
    border: 0;
    border-radius: 0.5em;
    color: #fff;
    background: var(--jumio-verify-accent, #1b5ac6);
    cursor: pointer;
  }
  button:focus-visible {
    outline: 2px solid var(--jumio-verify-accent, #1b5ac6);
    outline-offset: 2px;
  }
  button:disabled {
    opacity: 0.6;
    cursor: progress;
  }
`;
