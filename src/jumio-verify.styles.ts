import { css } from '@lit/reactive-element';

// Heights follow the seed's breakpoint table. They sit in :host rules, which any rule of the page
// (`jumio-verify { height: 80vh }`) overrides; the custom properties tune one size class at a time.
export const styles = css`
  :host {
    display: block;
    box-sizing: border-box;
    width: 100%;
    height: var(--jumio-verify-height-large, 710px);
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
  :host([mode='window']) {
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
    width: 100%;
    height: 100%;
    border: 0;
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
  button:disabled {
    opacity: 0.6;
    cursor: progress;
  }
`;
