/**
 * The pages of the page-load benchmark, one per way of putting the client on a page. Each records
 * in `window.__bench` when the `loaded` DOM event came (`jumio-loaded`, or for the pages without
 * the element, the client's own `loaded` message) and marks `script-end` once the element's script
 * has been evaluated; the iframe's and the session's request times come from Resource Timing.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CLIENT_FRAME_ALLOW } from '../src/protocol/embedding.js';
import { renderClientFrame } from '../src/protocol/render.js';
import { WORK, type Origins, type PageSource } from './servers.js';
import { DEPENDENCY_MODULES, HREF_PLACEHOLDER, RECORDER_PLACEHOLDER } from './vite-page.js';

/** The client's URL on 127.0.0.1 (for the pages with an href) or on Jumio's domain. */
export const clientHref = (origin: string): string =>
  `${origin}/web/v4/app?authorizationToken=bench-token`;

/** Where the pages load the standalone script from. */
export const STANDALONE = '/dist/jumio-verify.iife.js';

/**
 * Records the `loaded` DOM event (the element's) and the client's `loaded` message as the page
 * hears it (the static iframe's event, and for the element the moment its work begins), and tells
 * the benchmark through the console, which needs no polling in the page.
 */
function recorder(clientOrigin: string): string {
  return `<script>
window.__bench = {};
addEventListener('jumio-loaded', () => {
  if (__bench.loaded !== undefined) return;
  __bench.loaded = performance.now();
  console.debug('bench:jumio-loaded');
});
addEventListener('message', (event) => {
  if (__bench.message !== undefined || event.origin !== ${JSON.stringify(clientOrigin)}) return;
  if (typeof event.data !== 'string' || !event.data.includes('"value":"loaded"')) return;
  __bench.message = performance.now();
  console.debug('bench:message');
});
</script>`;
}

/** The classic script in <head>, parser-blocking, as README's "one script tag" puts it. */
const blockingScript = `<script src="${STANDALONE}"></script>
<script>performance.mark('script-end');</script>`;

/** The classic script with `defer`: the parser goes on to the body while it downloads. */
const deferredScript = `<script defer src="${STANDALONE}"></script>
<script defer src="/mark.js?name=script-end"></script>`;

/** Page script: the client's iframe for an href, made by hand; and the session request. */
const byHand = `function makeFrame(href) {
  const frame = document.createElement('iframe');
  frame.src = href;
  frame.allow = ${JSON.stringify(CLIENT_FRAME_ALLOW)};
  frame.allowFullscreen = true;
  frame.title = 'Identity verification';
  frame.width = '100%';
  frame.height = '710';
  return frame;
}
function fetchSession() {
  return fetch('/session', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: '{}',
  }).then((response) => response.json());
}`;

/** The hand-written way: an inline fetch in <head>, then an iframe from its answer. */
const handWrittenSession = `<script>
${byHand}
fetchSession().then(({ href }) => {
  const frame = makeFrame(href);
  const add = () => document.body.append(frame);
  if (document.body) add(); else addEventListener('DOMContentLoaded', add);
});
</script>`;

/**
 * The floor for (b) and (e): after the element's script, a bare custom element that does only
 * what the browser must, with no check and nothing else: at connect, the iframe in its shadow
 * root (`href`), or the session request and then the iframe from its answer. What any element
 * costs here, against which the element's own share can be read.
 */
function bareElement(connected: string): string {
  return `<script src="${STANDALONE}"></script>
<script>
${byHand}
customElements.define('bare-verify', class extends HTMLElement {
  connectedCallback() {
    const root = this.attachShadow({ mode: 'open' });
    ${connected}
  }
});
performance.mark('script-end');
</script>`;
}

/**
 * Creates `node` (built by `create`), inserts it and lays the page out at DOMContentLoaded, and
 * logs the time it took; for the element, up to the end of its first update.
 */
function firstUpdate(create: string): string {
  return `<script>
addEventListener('DOMContentLoaded', async () => {
  const start = performance.now();
  ${create}
  document.body.append(node);
  await node.updateComplete;
  void node.getBoundingClientRect();
  console.debug('bench:cost ' + (performance.now() - start));
});
</script>`;
}

function page(head: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Benchmark page</title>
${head}
</head>
<body>
${body}
</body>
</html>`;
}

/** The benchmark's pages by name; see PAGE_LOAD_VARIANTS in page-load.ts for what each shows. */
export const benchPages: PageSource = (name: string, origins: Origins): string | undefined => {
  const local = clientHref(origins.client);
  const adopted = renderClientFrame({ href: local }).html;
  switch (name) {
    case 'static':
      return page(
        recorder(origins.client),
        `<script>performance.mark('before-frame');</script>
<iframe src="${local}" allow="${CLIENT_FRAME_ALLOW}" allowfullscreen width="100%" height="710" title="Identity verification"></iframe>`,
      );
    case 'static-head':
    case 'static-defer':
      // The static iframe on a page that also loads the element's script (and uses it for
      // nothing): what the script alone costs the iframe, the fair baseline for (b) and (c).
      return page(
        recorder(origins.client) + (name === 'static-head' ? blockingScript : deferredScript),
        `<script>performance.mark('before-frame');</script>
<iframe src="${local}" allow="${CLIENT_FRAME_ALLOW}" allowfullscreen width="100%" height="710" title="Identity verification"></iframe>`,
      );
    case 'href':
      return page(
        recorder(origins.client) + blockingScript,
        `<jumio-verify href="${local}"></jumio-verify>`,
      );
    case 'bare-href':
      return page(
        recorder(origins.client) +
          bareElement(`root.append(makeFrame(this.getAttribute('href')));`),
        `<bare-verify href="${local}"></bare-verify>`,
      );
    case 'adopt':
      return page(
        recorder(origins.client) + blockingScript,
        `<jumio-verify>${adopted}</jumio-verify>`,
      );
    case 'adopt-defer':
      return page(
        recorder(origins.client) + deferredScript,
        `<jumio-verify>${adopted}</jumio-verify>`,
      );
    case 'vite': {
      const file = join(WORK, 'vite', 'index.html');
      if (!existsSync(file)) return undefined;
      return readFileSync(file, 'utf8')
        .replace(RECORDER_PLACEHOLDER, recorder(origins.client))
        .replace(HREF_PLACEHOLDER, local);
    }
    case 'es-unbundled':
      return page(
        recorder(origins.client) +
          `<script type="importmap">${JSON.stringify({ imports: DEPENDENCY_MODULES })}</script>
<script type="module">import '/dist/jumio-verify.js'; performance.mark('script-end');</script>`,
        `<jumio-verify href="${local}"></jumio-verify>`,
      );
    case 'session-fetch':
      return page(recorder(origins.jumio) + handWrittenSession, '');
    case 'session-fetch-preconnect':
      return page(
        `<link rel="preconnect" href="${origins.jumio}">` +
          recorder(origins.jumio) +
          handWrittenSession,
        '',
      );
    case 'session':
      return page(
        recorder(origins.jumio) + blockingScript,
        `<jumio-verify session-url="/session"></jumio-verify>`,
      );
    case 'session-hints':
      return page(
        recorder(origins.jumio) + blockingScript,
        `<jumio-verify session-url="/session" dc="us" subdomain="acme"></jumio-verify>`,
      );
    case 'bare-session':
      return page(
        recorder(origins.jumio) +
          bareElement(`fetchSession().then(({ href }) => root.append(makeFrame(href)));`),
        `<bare-verify session-url="/session"></bare-verify>`,
      );
    case 'first-update-element':
      return page(
        `<script src="${STANDALONE}"></script>`,
        firstUpdate(`const node = document.createElement('jumio-verify');
  node.href = ${JSON.stringify(local)};`),
      );
    case 'first-update-static':
      return page(
        '',
        firstUpdate(`const node = document.createElement('iframe');
  node.src = ${JSON.stringify(local)};
  node.allow = ${JSON.stringify(CLIENT_FRAME_ALLOW)};
  node.allowFullscreen = true;
  node.title = 'Identity verification';`),
      );
    default: {
      const count = /^messages-(\d+)$/.exec(name)?.[1];
      if (!count) return undefined;
      const echo = `${local}&amp;echo`;
      // Heard before the element's own listener, which is added when the first one connects.
      const heard = `<script>addEventListener('message', (event) => {
  if (String(event.data).includes('"value":"error"')) window.__heard = performance.now();
});</script>`;
      return page(
        `${heard}<script src="${STANDALONE}"></script>`,
        `<jumio-verify href="${echo}"></jumio-verify>\n`.repeat(Number(count)),
      );
    }
  }
};
