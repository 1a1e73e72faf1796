// `jumio-verify/types/react`: <jumio-verify> in React 19's JSX, for the bare tag (React 19 sets
// properties and listens to custom events on custom elements itself). Type-only: reference it
// once, e.g. `/// <reference types="jumio-verify/types/react" />` in a .d.ts. React 18 does
// neither, and React 19 does not during hydration: use `jumio-verify/react` there.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { JumioVerifyElement } from '../jumio-verify.js';
import type { JumioEventAttributes, JumioVerifyBindings } from './bindings.js';

/**
 * The props of `<jumio-verify>` in React 19's JSX: React's own for an HTML element, the
 * element's attributes and `sessionProvider`, and `onjumio-…` handlers typed by their event.
 */
export type JumioVerifyJSXProps = DetailedHTMLProps<
  HTMLAttributes<JumioVerifyElement>,
  JumioVerifyElement
> &
  JumioVerifyBindings &
  JumioEventAttributes;

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'jumio-verify': JumioVerifyJSXProps;
    }
  }
}
