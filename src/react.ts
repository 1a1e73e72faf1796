'use client';
// `jumio-verify/react`: <jumio-verify> as a React component, made with @lit/react (an optional
// peer dependency, as React is): props set as properties, events as typed `on…` props. For React
// 18, which sets neither on a custom element, and for server-rendered pages in React 19, whose
// hydration does neither either (facebook/react#35446).
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
// From the package's own entry, as index.ts does, so that the bundle's shared chunks stay those
// of the other entries (chunks/element.js, chunks/protocol.js).
import {
  JUMIO_EVENTS,
  JumioVerifyElement,
  type JumioEventMap,
  type JumioEventName,
  type JumioVerifyProperty,
  type JumioVerifyProps,
} from './element.js';
import type { JumioReactEventHandlers, JumioReactEventProp } from './frameworks/bindings.js';

export type { JumioReactEventHandlers, JumioReactEventProp } from './frameworks/bindings.js';

/** The props of `<JumioVerify>`: React's for an HTML element, the element's properties, its events. */
export type JumioVerifyReactProps = Omit<
  React.HTMLAttributes<JumioVerifyElement>,
  JumioVerifyProperty | keyof JumioReactEventHandlers
> &
  JumioVerifyProps &
  JumioReactEventHandlers &
  React.RefAttributes<JumioVerifyElement>;

/** The wrapper's event props and the event each one listens to: `{ onLoaded: 'jumio-loaded', … }`. */
export const JUMIO_REACT_EVENTS = Object.fromEntries(
  JUMIO_EVENTS.map((name) => [reactEventProp(name), name]),
) as { readonly [K in JumioEventName as JumioReactEventProp<K>]: EventName<JumioEventMap[K]> };

/** `jumio-config-error` → `onConfigError`, as JumioReactEventProp spells it for the compiler. */
function reactEventProp(name: JumioEventName): string {
  return `on${name.slice('jumio'.length).replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase())}`;
}

// The class the tag has: this one, or another copy's that define() warned about, whose
// prototype then tells @lit/react which props are properties.
const elementClass = JumioVerifyElement.define() as typeof JumioVerifyElement;

// Typed as the props above: @lit/react's own type offers every member of the class as a prop,
// the read-only ones too, and does not take the null that clears a property.
const Wrapped = createComponent({
  react: React,
  tagName: 'jumio-verify',
  elementClass,
  events: JUMIO_REACT_EVENTS,
  displayName: 'jumio-verify',
}) as unknown as React.ComponentType<JumioVerifyReactProps>;

const noSubscription = (): (() => void) => () => undefined;

/**
 * `<jumio-verify>` for React 18 and 19. It renders on the client only, from the first render
 * after hydration: the element is client-only, and one rendered on the server would start
 * before hydration sets its properties and listeners, so its first events would be lost.
 */
export const JumioVerify: React.ForwardRefExoticComponent<JumioVerifyReactProps> = React.forwardRef<
  JumioVerifyElement,
  Omit<JumioVerifyReactProps, 'ref'>
>(function JumioVerify(props, ref) {
  // false on the server and while hydrating, true in a client render.
  const client = React.useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  return client ? React.createElement(Wrapped, { ...props, ref }) : null;
});
