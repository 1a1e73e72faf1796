// `jumio-verify/types/svelte`: <jumio-verify> in Svelte 5's templates, which set a custom
// element's properties (where it has a setter) and listen to `on…` events by their exact name.
// Type-only: reference it once, e.g. `/// <reference types="jumio-verify/types/svelte" />` in
// src/app.d.ts.
import type { HTMLAttributes } from 'svelte/elements';
import type { JumioVerifyElement } from '../jumio-verify.js';
import type { JumioEventAttributes, JumioVerifyBindings } from './bindings.js';

/**
 * The attributes of `<jumio-verify>` in a Svelte template: Svelte's own for an HTML element, the
 * element's attributes and `sessionProvider`, and `onjumio-…` handlers typed by their event.
 */
export type JumioVerifySvelteAttributes = Omit<
  HTMLAttributes<JumioVerifyElement>,
  keyof JumioVerifyBindings | keyof JumioEventAttributes
> &
  JumioVerifyBindings &
  JumioEventAttributes;

declare module 'svelte/elements' {
  interface SvelteHTMLElements {
    'jumio-verify': JumioVerifySvelteAttributes;
  }
}
