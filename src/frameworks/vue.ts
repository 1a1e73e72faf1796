// `jumio-verify/types/vue`: <jumio-verify> for Vue's template type-checker (vue-tsc, Volar), so
// that `strictTemplates` knows the tag and types its bindings and `@jumio-…` handlers. Type-only:
// add it to `compilerOptions.types` in tsconfig.json, or reference it from a .d.ts. At runtime the
// tag stays a custom element (`isCustomElement` in the Vue plugin's compilerOptions).
//
// Bind `sessionProvider` as `.sessionProvider` (or `:sessionProvider`): vue-tsc camelizes
// `:session-provider` and accepts it, but Vue's runtime sets a kebab-case binding on a custom
// element as an attribute, so the provider would never reach the element (README: Vue).
import type { DefineComponent, HTMLAttributes } from 'vue';
import type { JumioVerifyProps } from '../jumio-verify.js';
import type { JumioVueEventHandlers } from './bindings.js';

/**
 * The props of `<jumio-verify>` as vue-tsc checks them: Vue's own for an HTML element, the
 * element's properties (vue-tsc matches `session-url` to `sessionUrl`) and a typed handler for
 * each event (`@jumio-error` is `onJumioError`).
 */
export type JumioVerifyVueProps = Omit<
  HTMLAttributes,
  keyof JumioVerifyProps | keyof JumioVueEventHandlers
> &
  JumioVerifyProps &
  JumioVueEventHandlers;

declare module 'vue' {
  interface GlobalComponents {
    'jumio-verify': DefineComponent<JumioVerifyVueProps>;
  }
}
