// `jumio-verify/types/preact`: <jumio-verify> in Preact's JSX (10 and 11), which sets a custom
// element's properties and listens to `on…` events by their exact name. Type-only: reference it
// once, e.g. `/// <reference types="jumio-verify/types/preact" />` in a .d.ts.
import type { HTMLAttributes } from 'preact';
import type { JumioVerifyElement } from '../jumio-verify.js';
import type { JumioEventAttributes, JumioVerifyBindings } from './bindings.js';

/**
 * The props of `<jumio-verify>` in Preact's JSX: Preact's own for an HTML element, the element's
 * attributes and `sessionProvider`, and `onjumio-…` handlers typed by their event.
 */
export type JumioVerifyPreactProps = Omit<
  HTMLAttributes<JumioVerifyElement>,
  keyof JumioVerifyBindings | keyof JumioEventAttributes
> &
  JumioVerifyBindings &
  JumioEventAttributes;

declare module 'preact' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'jumio-verify': JumioVerifyPreactProps;
    }
  }
}
