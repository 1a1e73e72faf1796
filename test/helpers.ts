import { fixture, html } from '@open-wc/testing';
import { JUMIO_EVENTS } from '../src/events.js';
import type { JumioVerifyElement, JumioVerifyProps } from '../src/jumio-verify.js';
import { stateMessage } from './fixtures/client-messages.js';

/** The test page is served from localhost; the stand-in client from 127.0.0.1: another origin. */
export const PAGE_ORIGIN = location.origin;
export const CLIENT_ORIGIN = `http://127.0.0.1:${location.port}`;

/** The stand-in client's URL on `origin`, with query `params`. */
export function clientUrl(
  params: Record<string, string | string[]> = {},
  origin = CLIENT_ORIGIN,
): string {
  const url = new URL('/test/fixtures/client.html', origin);
  url.searchParams.set('authorizationToken', 'fixture-token');
  for (const [name, value] of Object.entries(params)) {
    for (const item of [value].flat()) url.searchParams.append(name, item);
  }
  return url.href;
}

/**
 * A message as the current client posts it, a JSON string, for a test page to forge. `overrides`
 * replace top-level fields, `payload` fields of the payload.
 */
export function clientMessage(
  value: string,
  overrides: Record<string, unknown> = {},
  payload: Record<string, unknown> = {},
): string {
  const message = JSON.parse(
    stateMessage('loaded', undefined, { customerInternalReference: 'fixture-reference' }),
  ) as Record<string, unknown>;
  return JSON.stringify({
    ...message,
    payload: { value, metainfo: { mode: 'original' }, ...payload },
    ...overrides,
  });
}

// Windows whose fixture said it is ready, recorded from the start so no signal is missed.
const readyWindows = new WeakSet<MessageEventSource>();
const readyWaiters = new Set<() => void>();
window.addEventListener('message', (event) => {
  if (event.source && (event.data as { fixture?: string } | null)?.fixture === 'ready') {
    readyWindows.add(event.source);
    for (const wake of readyWaiters) wake();
  }
});

/** Resolves once the stand-in client in `frame` has loaded and listens for commands. */
export function clientReady(frame: HTMLIFrameElement): Promise<void> {
  return new Promise((resolve) => {
    const check = (): void => {
      if (frame.contentWindow && readyWindows.has(frame.contentWindow)) {
        readyWaiters.delete(check);
        resolve();
      }
    };
    readyWaiters.add(check);
    check();
  });
}

type Command =
  | { cmd: 'post'; data: unknown }
  /**
   * A state change as the current client posts it; an error is final unless `retriable`. `old`:
   * as an older client posts it, with no extra ids and no flags.
   */
  | {
      cmd: 'send';
      value: string;
      code?: number;
      publicErrorCode?: string;
      retriable?: boolean;
      old?: boolean;
    }
  | { cmd: 'log'; eventType?: string; eventName?: string }
  | { cmd: 'postTop'; data: unknown }
  | { cmd: 'nest'; src: string }
  | { cmd: 'relay'; command: Command };

/**
 * Has the stand-in client in `frame` run a command, and resolves when it is done. What the
 * command posted to this page was posted before the acknowledgement, so it has been handled by
 * the time this resolves (one more task is awaited for messages relayed through other frames).
 */
export async function command(frame: HTMLIFrameElement, command: Command): Promise<void> {
  await clientReady(frame);
  const id = Math.random();
  const target = frame.contentWindow!;
  await new Promise<void>((resolve) => {
    const done = (): void => {
      window.removeEventListener('message', onDone);
      clearInterval(detached);
      resolve();
    };
    const onDone = (event: MessageEvent): void => {
      if (event.source === target && (event.data as { id?: number } | null)?.id === id) done();
    };
    // What the client posted may make the element replace it: a removed frame acknowledges nothing.
    const detached = setInterval(() => {
      if (!frame.isConnected) done();
    }, 10);
    window.addEventListener('message', onDone);
    target.postMessage({ ...command, id }, '*');
  });
  await new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * A redirect page's URL on `origin`, with the query the current client appends for `status`
 * (`extra` adds to it, e.g. `publicErrorCode`). `complete: false`: the page does not run
 * completeRedirect().
 */
export function redirectPage(
  origin: string,
  status: 'SUCCESS' | 'ERROR',
  extra: Record<string, string> = {},
  complete = true,
): string {
  const url = new URL('/test/fixtures/redirect-page.html', origin);
  if (!complete) url.searchParams.set('complete', 'no');
  url.searchParams.set('accountId', '11111111-1111-1111-1111-aaaaaaaaaaaa');
  url.searchParams.set('workflowExecutionId', '22222222-2222-2222-2222-aaaaaaaaaaaa');
  url.searchParams.set('transactionReference', '22222222-2222-2222-2222-aaaaaaaaaaaa');
  url.searchParams.set('acquisitionStatus', status);
  url.searchParams.set('transactionStatus', status);
  for (const [name, value] of Object.entries(extra)) url.searchParams.set(name, value);
  return url.href;
}

/**
 * Has the stand-in client in `frame` navigate its own frame to `url`, as the client does to a
 * redirect page, and resolves once the frame has loaded it.
 */
export async function navigateClient(frame: HTMLIFrameElement, url: string): Promise<void> {
  await clientReady(frame);
  const loaded = new Promise((resolve) => {
    frame.addEventListener('load', resolve, { once: true });
  });
  frame.contentWindow!.postMessage({ cmd: 'navigate', url, id: 0 }, '*');
  await loaded;
}

/** Another origin than the page's and the client's: `*.test` hosts resolve to this machine. */
export const THIRD_ORIGIN = `http://redirect.test:${location.port}`;

/**
 * A `message` event built by a script to pass for one that `init.source` posted. Firefox's
 * MessageEvent constructor refuses a cross-origin window as `source` (a TypeError: the
 * cross-origin WindowProxy does not convert to MessageEventSource there), so in Firefox the event
 * gets `source` as an own property instead: listeners read the same `event.source` either way,
 * and only `isTrusted` gives the forgery away.
 */
export function forgedMessageEvent(init: MessageEventInit): MessageEvent {
  try {
    return new MessageEvent('message', init);
  } catch (error) {
    if (!(error instanceof TypeError)) throw error;
    const { source, ...rest } = init;
    const event = new MessageEvent('message', rest);
    Object.defineProperty(event, 'source', { value: source });
    return event;
  }
}

/**
 * Whether this engine lets a page ask which features a frame may use: Chromium's
 * `iframe.featurePolicy`, `document.featurePolicy` and `document.permissionsPolicy`. Firefox and
 * WebKit have none of them, so there the element cannot see that a permissions policy keeps the
 * camera from the client, and it stays silent rather than guess.
 */
export const CAN_READ_PERMISSIONS_POLICY =
  'featurePolicy' in HTMLIFrameElement.prototype ||
  'featurePolicy' in Document.prototype ||
  'permissionsPolicy' in Document.prototype;

/** Resolves once `check()` holds, polling; rejects after `timeout` ms naming `what`. */
export async function eventually(
  check: () => boolean,
  what: string,
  timeout = 5000,
): Promise<void> {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > timeout) throw new Error(`never happened: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Resolves once an event named `type` has been recorded in `events`. */
export function recorded(events: CustomEvent[], type: string): Promise<void> {
  return eventually(() => events.some((event) => event.type === type), type);
}

/** Every line written to the console, at any level, while `run` ran; none of it is printed. */
export async function consoleDuring(run: () => Promise<unknown>): Promise<string[]> {
  const written: string[] = [];
  const levels = ['log', 'info', 'warn', 'error', 'debug'] as const;
  const originals = levels.map((level) => console[level]);
  for (const level of levels) {
    console[level] = (...args: unknown[]) => {
      written.push(
        args.map((arg) => (typeof arg === 'string' ? arg : JSON.stringify(arg))).join(' '),
      );
    };
  }
  try {
    await run();
  } finally {
    levels.forEach((level, i) => (console[level] = originals[i]!));
  }
  return written;
}

/** Posts `data` from this page to itself and resolves once this page has handled it. */
export async function postFromPage(data: unknown): Promise<void> {
  const flush = `flush-${Math.random()}`;
  const flushed = new Promise<void>((resolve) => {
    window.addEventListener('message', function onMessage(event) {
      if (event.data !== flush) return;
      window.removeEventListener('message', onMessage);
      resolve();
    });
  });
  window.postMessage(data, '*');
  window.postMessage(flush, '*');
  await flushed;
}

/** The element's iframe (throws if there is none). */
export function frameOf(el: JumioVerifyElement): HTMLIFrameElement {
  const frame = el.shadowRoot!.querySelector('iframe');
  if (!frame) throw new Error('the element shows no iframe');
  return frame;
}

/** Records every jumio-* event that reaches `target`, in order. */
export function recordEvents(target: EventTarget): CustomEvent[] {
  const events: CustomEvent[] = [];
  for (const name of JUMIO_EVENTS) {
    target.addEventListener(name, (event) => events.push(event as CustomEvent));
  }
  return events;
}

/** Names of recorded events. */
export const names = (events: CustomEvent[]): string[] => events.map((event) => event.type);

/** What a test sets on an element: the element's own props type, as a framework would set it. */
export type ElementProps = JumioVerifyProps;

/**
 * Mounts a `<jumio-verify>` with `props` in a fresh container, recording its events from before
 * it connects, and waits for its first render. The container is removed after the test.
 */
export async function mount(
  props: ElementProps = {},
): Promise<{ el: JumioVerifyElement; events: CustomEvent[] }> {
  const container = await fixture<HTMLDivElement>(html`<div style="width: 1000px"></div>`);
  const el = document.createElement('jumio-verify');
  Object.assign(el, props);
  const events = recordEvents(el);
  container.append(el);
  await el.updateComplete;
  return { el, events };
}

/** Resolves with the next `type` event on `target`. */
export { oneEvent } from '@open-wc/testing';

/** What a host page (test/fixtures/host.js) reports about the element it hosts. */
export interface HostEntry {
  /** The host page is ready; on a server-rendered page, how often its client said ready. */
  ready?: boolean | number;
  secure?: boolean;
  /** On the ready entry: whether the page got the element from the built standalone script. */
  standalone?: boolean;
  event?: string;
  detail?: Record<string, unknown>;
  state?: string;
  console?: string;
  text?: string;
  violation?: string;
  blocked?: string;
  pageError?: string;
  /** The id of a host command that was carried out. */
  done?: number;
  /** `tabs`: for each tab the element opened, whether it is closed. */
  tabs?: boolean[];
  /** A server-rendered page (test/fixtures/adopt.js): the element is defined, and how it looks. */
  defined?: boolean;
  /** The streamed page of test-api: the ids of the elements that reported `jumio-loaded`. */
  loaded?: string[];
  /** …and whether the second element's client posted before the parser reached the rest. */
  early?: boolean;
  /** parsing-host.html: what its elements did as they connected, made while the page parsed. */
  started?: {
    readyState: string;
    /** The first element's iframe right after append(), and whether it had updated by then. */
    frame: string;
    updated: boolean;
    /** Its iframes' src once it has updated. */
    frames: string[];
    /** The second element's config errors, heard by a listener added after append(). */
    reasons: string[];
    badState: string;
    /** An element a timer's callback made, the same way as the first, while the page loaded. */
    timer: { readyState: string; frame: string; frames: string[] };
  };
  /** The middle of a part in the host's frame, when the host page was asked for its `rect`. */
  rect?: { x: number; y: number };
  /** What the element showed when the host page was asked for a snapshot. */
  snapshot?: { view: string; capability: Record<string, unknown>; parts: string[] } & Record<
    string,
    unknown
  >;
}

/**
 * Frames a host page that mounts `<jumio-verify>` with `attributes`. `page` is `host`, `csp-host`
 * (served with a strict CSP and Trusted Types), `csp-standalone` (the same, with the built
 * standalone script) or `pp-host` (Permissions-Policy: camera=(self)), on `origin`, in an iframe with
 * `allow` (omitted when undefined). Resolves once the page reports `ready`.
 */
export async function frameHost(options: {
  attributes: Record<string, string>;
  page?: 'host' | 'csp-host' | 'csp-standalone' | 'pp-host' | 'no-camera-host' | 'parsing-host';
  /** Another page than a fixture's, e.g. a server-rendered one of test-api. */
  path?: string;
  /** What the host page reports once it is ready (the element's fixtures: `ready`). */
  ready?: (entry: HostEntry) => boolean;
  origin?: string;
  allow?: string;
}): Promise<{
  frame: HTMLIFrameElement;
  entries: HostEntry[];
  /** Resolves once `test` holds for what the host reported; rejects after `ms` (5 s). */
  until: (test: (entries: HostEntry[]) => boolean, ms?: number) => Promise<void>;
  /** Has the host page call `reload()` on its element, or set one of its properties. */
  run: (
    command:
      | { hostCommand: 'reload' }
      | { hostCommand: 'snapshot' }
      | { hostCommand: 'tabs' }
      | { hostCommand: 'click'; part: string }
      | { hostCommand: 'rect'; part: string }
      | { hostCommand: 'set'; name: string; value: unknown }
      | { hostCommand: 'client'; command: Record<string, unknown> }
      | { hostCommand: 'move' }
      | { hostCommand: 'remove' },
  ) => Promise<void>;
}> {
  const { attributes, page = 'host', origin = PAGE_ORIGIN, allow } = options;
  const url = new URL(options.path ?? `/test/fixtures/${page}.html`, origin);
  for (const [name, value] of Object.entries(attributes)) url.searchParams.set(name, value);
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  const frame = document.createElement('iframe');
  if (allow !== undefined) frame.allow = allow;
  frame.src = url.href;
  const entries: HostEntry[] = [];
  const waiters = new Set<() => void>();
  window.addEventListener('message', (event) => {
    if (event.source !== frame.contentWindow) return;
    const entry = (event.data as { host?: HostEntry } | null)?.host;
    if (!entry) return;
    entries.push(entry);
    for (const wake of waiters) wake();
  });
  const until = (test: (entries: HostEntry[]) => boolean, ms = 5000): Promise<void> =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        waiters.delete(check);
        reject(new Error(`host page never got there; it reported: ${JSON.stringify(entries)}`));
      }, ms);
      const check = (): void => {
        if (!test(entries)) return;
        clearTimeout(timer);
        waiters.delete(check);
        resolve();
      };
      waiters.add(check);
      check();
    });
  container.append(frame);
  await until((seen) => seen.some(options.ready ?? ((entry) => entry.ready === true)));
  const run = async (command: object): Promise<void> => {
    const id = Math.random();
    frame.contentWindow!.postMessage({ ...command, id }, '*');
    await until((seen) => seen.some((entry) => entry.done === id));
  };
  return { frame, entries, until, run };
}
