// What a framework template binds on <jumio-verify>, as types derived from the element's own
// declarations: the attribute names from `static properties`, the value types from the class, the
// events from JumioEventMap. The per-framework typings (react.ts, preact.ts, vue.ts, svelte.ts)
// and the React wrapper (../react.ts) are built from these, so a property or an event added to
// the element reaches every framework without another line.
import type { JumioEventMap, JumioEventName } from '../events.js';
import type { JumioVerifyElement, JumioVerifyProperty, JumioVerifyProps } from '../jumio-verify.js';

/** How `static properties` declares each property (`as const`, so the literals are kept). */
type Declarations = typeof JumioVerifyElement.properties;

/**
 * The name a template binds property `K` by: its attribute (`session-url`; Lit's default is the
 * lowercased property name), or the property itself when it has none (`sessionProvider`).
 * Attributes are what survive server rendering; a property-only value is set on the client.
 */
export type JumioVerifyBindingName<K extends JumioVerifyProperty> = Declarations[K] extends {
  readonly attribute: false;
}
  ? K
  : Declarations[K] extends { readonly attribute: infer A extends string }
    ? A
    : Lowercase<K>;

/**
 * The element's public properties as a template binds them: by attribute name where there is one
 * (`href`, `session-url`, `max-refresh`, …), by property name otherwise (`sessionProvider`). All
 * optional; `null` and `undefined` clear.
 */
export type JumioVerifyBindings = {
  [K in JumioVerifyProperty as JumioVerifyBindingName<K>]?: JumioVerifyProps[K];
};

/**
 * A handler for each event, named `on` + the event's name (`onjumio-error`), which is how React
 * 19, Preact and Svelte 5 listen to a custom element's events; typed by the event.
 */
export type JumioEventAttributes = {
  [K in JumioEventName as `on${K}`]?: (event: JumioEventMap[K]) => void;
};

/** `config-error` → `ConfigError`. */
export type PascalCase<S extends string> = S extends `${infer Head}-${infer Tail}`
  ? `${Capitalize<Head>}${PascalCase<Tail>}`
  : Capitalize<S>;

/** The React wrapper's prop for an event: `jumio-config-error` → `onConfigError`. */
export type JumioReactEventProp<K extends JumioEventName> = K extends `jumio-${infer Name}`
  ? `on${PascalCase<Name>}`
  : never;

/** A handler for each event as the React wrapper takes it: `onLoaded`, `onConfigError`, … */
export type JumioReactEventHandlers = {
  [K in JumioEventName as JumioReactEventProp<K>]?: (event: JumioEventMap[K]) => void;
};

/**
 * A handler for each event as Vue's type-checker names the listener of `@jumio-config-error`:
 * `onJumioConfigError`.
 */
export type JumioVueEventHandlers = {
  [K in JumioEventName as `on${PascalCase<K>}`]?: (event: JumioEventMap[K]) => void;
};
