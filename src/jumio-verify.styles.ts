import { css } from '@lit/reactive-element';

// Heights follow the seed's breakpoint table while the element shows the client or a message in
// its stead. They sit in :host rules, which any rule of the page (`jumio-verify { height: 80vh }`)
// overrides; the custom properties tune one size class at a time. With a launcher, or while the
// flow is in a tab, the element is as tall as what it shows.
//
// The element's own custom properties start with an underscore: set on the host, a plain name
// such as --accent would be the page's too, and a page writing the common
// `jumio-verify { --jumio-verify-accent: var(--accent) }` would make a cycle that leaves every
// button without a background and the spinner without a border.
export const styles = css`
  :host {
    display: flex;
    flex-direction: column;
    box-sizing: border-box;
    width: 100%;
    height: var(--jumio-verify-height-large, 710px);
    font: inherit;
    --_accent: var(--jumio-verify-accent, #1b5ac6);
    --_surface: var(--jumio-verify-surface, #f1f4fa);
    --_radius: var(--jumio-verify-radius, 0.5em);
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
  :host([view='opened']),
  :host([view='panel'][state='success']),
  :host([view='none']) {
    height: auto;
  }
  :host([hidden]) {
    display: none;
  }
  .width-probe {
    height: 0;
  }
  .live {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  [part='stage'] {
    position: relative;
    flex: 1;
    min-height: 0;
  }
  iframe,
  ::slotted(iframe) {
    display: block;
    width: 100%;
    height: 100%;
    border: 0;
  }
  .panel,
  .bar {
    box-sizing: border-box;
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em 1em;
    align-items: center;
    padding: 1em;
    border-radius: var(--_radius);
    background: var(--_surface);
    /* Dark on the light surface, not the page's colour: light text on a dark page was unreadable. */
    color: var(--jumio-verify-color, #1f2937);
  }
  .bar {
    justify-content: space-between;
    margin-bottom: 0.5em;
  }
  .panel {
    flex: 1;
    flex-direction: column;
    justify-content: center;
    text-align: center;
  }
  [part='stage'] > .panel {
    position: absolute;
    inset: 0;
  }
  [part='opened'],
  [part='done'] {
    flex: none;
  }
  slot {
    display: contents;
  }
  p {
    margin: 0;
    max-width: 40em;
  }
  [part='spinner'] {
    width: 2em;
    height: 2em;
    border: 0.25em solid color-mix(in srgb, var(--_accent) 25%, transparent);
    border-top-color: var(--_accent);
    border-radius: 50%;
    animation: spin 0.9s linear infinite;
  }
  @keyframes spin {
    to {
      transform: rotate(1turn);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    [part='spinner'] {
      animation: none;
      border-color: var(--_accent);
      border-right-color: transparent;
    }
  }
  button {
    font: inherit;
    padding: 0.75em 1.5em;
    /* Transparent, but forced colours draw it: there a button loses its background. */
    border: 1px solid transparent;
    border-radius: var(--_radius);
    color: #fff;
    background: var(--_accent);
    cursor: pointer;
  }
  button:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  button[aria-disabled='true'] {
    opacity: 0.6;
    cursor: progress;
  }
`;
