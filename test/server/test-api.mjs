// Test-only routes for the web-test-runner server (Koa middleware). Nothing here ships.
import { PassThrough } from 'node:stream';
import { tsImport } from 'tsx/esm/api';

/** The policy of a site that locks its page down: no inline code, no eval, Trusted Types on. */
export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  'frame-src http://127.0.0.1:*',
  "require-trusted-types-for 'script'",
].join('; ');

/** Requests to /test-api/session, by the test's `key`. */
const sessionLog = new Map();

async function readBody(req) {
  let body = '';
  for await (const chunk of req) body += chunk;
  return body;
}

/**
 * POST /test-api/session?key=K&client=URL&reply=R: a site's session endpoint. Answers Jumio's
 * account response whose web.href is `client` plus `&session=N` (N counts the calls), or
 * R = href: `{ href }`, R = invalid: JSON without an href, R = text: not JSON, R = 503: that status,
 * R = big: `{ href }` padded past 64 KiB, R = redirect: a 307 to the same endpoint on `to` (an
 * origin), which answers `{ href }`; `delay=MS` answers that much later. It answers any origin
 * (CORS), as an endpoint on another origin than the page's might.
 * GET /test-api/session-log?key=K: what those calls sent, as `{ bodies, headers }`.
 */
async function session(ctx) {
  ctx.set('Access-Control-Allow-Origin', '*');
  ctx.set('Access-Control-Allow-Headers', 'content-type, accept');
  ctx.set('Access-Control-Allow-Methods', 'POST');
  if (ctx.method === 'OPTIONS') {
    ctx.status = 204;
    return;
  }
  const key = ctx.query.key ?? '';
  const log = sessionLog.get(key) ?? { bodies: [], headers: [] };
  sessionLog.set(key, log);
  if (ctx.method === 'GET') {
    ctx.body = log;
    return;
  }
  log.bodies.push(JSON.parse(await readBody(ctx.req)));
  log.headers.push({ contentType: ctx.get('content-type'), accept: ctx.get('accept') });
  const href = `${ctx.query.client}&session=${log.bodies.length}`;
  if (ctx.query.delay) await new Promise((resolve) => setTimeout(resolve, Number(ctx.query.delay)));
  const reply = ctx.query.reply ?? 'account';
  if (reply === 'redirect') {
    const target = new URL(ctx.url, ctx.query.to);
    target.searchParams.set('reply', 'href');
    ctx.status = 307;
    ctx.set('Location', target.href);
    return;
  }
  if (reply === 'big') {
    ctx.body = { href, padding: 'x'.repeat(70 * 1024) };
    return;
  }
  if (/^\d+$/.test(reply)) {
    ctx.status = Number(reply);
    ctx.body = { message: 'failed on purpose' };
  } else if (reply === 'text') {
    ctx.type = 'text/html';
    ctx.body = '<h1>Not JSON</h1>';
  } else if (reply === 'invalid') {
    ctx.body = { web: {} };
  } else if (reply === 'href') {
    ctx.body = { href };
  } else {
    ctx.body = {
      timestamp: new Date().toISOString(),
      account: { id: '11111111-1111-1111-1111-aaaaaaaaaaaa' },
      web: { href },
      workflowExecution: { id: '22222222-2222-2222-2222-aaaaaaaaaaaa', credentials: [] },
    };
  }
}

/**
 * GET /test-api/adopt?src=URL[&allow=A][&frames=N][&delay=MS][&recorder=1][&head=1]: a
 * server-rendered page whose <jumio-verify> holds N iframes of the client (1 by default), with
 * `allow` (the client's list by default, "none" for no allow attribute), as renderClientFrame()
 * writes them, and with `recorder`, the early-message recorder before them. Its script
 * (test/fixtures/adopt.js) defines the element only `delay` ms later, as a slow script would;
 * `head=1` defines it before the parser reaches it, with the built standalone script in <head>
 * (and inline scripts before it that keep the element's events in `window.__heard` and its own
 * iframe as its first update began in `window.__frameBeforeUpdate`; `observer`, see
 * below);
 * `move=1` moves it while the parser is inside it; `chatty=N` puts a frame before it that posts N
 * messages as it loads; `own=1` gives the element `href=src` too,
 * `session=URL` a `session-url`, `rendered=1` the `server-rendered` attribute, `fallback=F` a
 * `fallback`;
 * `hold=MS` streams the page and holds what comes after the element (`holdAt=after`) or after its
 * start tag (`holdAt=inside`) that long; with `head=1`, `window.__stateAt[MS]` and
 * `window.__slotAt[MS]` are the element's state and its iframe's slot MS ms after <head>, for
 * each MS in `probe` (a comma-separated list, `300` by default); `shadow=1` has an inline script write the
 * element into a shadow root of the body's last node instead, followed by a script that blocks
 * the parser `slow` ms (so the document is loading a while longer); `dsd=1` puts it in a
 * declarative shadow root, with a second hold after it, inside that root.
 */
async function adopt(ctx) {
  const attribute = (value) => String(value).replace(/[&"<>]/g, (c) => `&#${c.charCodeAt(0)};`);
  const { src = '', allow, frames = '1', recorder, head, move, own, shadow, dsd } = ctx.query;
  const { hold, holdAt = 'after' } = ctx.query;
  const session = ctx.query.session ? ` session-url="${attribute(ctx.query.session)}"` : '';
  const rendered = ctx.query.rendered ? ' server-rendered' : '';
  const fallback = ctx.query.fallback ? ` fallback="${attribute(ctx.query.fallback)}"` : '';
  // `move=1`: a script the parser runs inside the element moves it (out and back in) before its
  // iframe is parsed, while its first configuration waits for its children.
  const mover = move
    ? '<script>{const el = document.currentScript.parentNode; const p = el.parentNode; el.remove(); p.append(el);}</script>'
    : '';
  // The early-message recorder exactly as renderClientFrame writes it.
  const { renderClientFrame } = await tsImport('../../src/protocol/render.ts', import.meta.url);
  const script = recorder
    ? renderClientFrame({ href: 'https://x.web.amer-1.jumio.ai/' }).script
    : '';
  const allowAttribute =
    allow === 'none'
      ? ''
      : ` allow="${attribute(allow ?? 'camera;autoplay;fullscreen;clipboard-read;clipboard-write;accelerometer;gyroscope;magnetometer')}"`;
  const frame = `<iframe src="${attribute(src)}"${allowAttribute} allowfullscreen width="100%" height="710" title="Server-rendered client"></iframe>`;
  const hearer = `<script>window.__heard = [];
for (const type of ['jumio-config-error', 'jumio-warning', 'jumio-loaded']) {
  addEventListener(type, (event) => __heard.push(type + ' ' + (event.detail?.reason ?? '')));
}
const find = () => document.querySelector('jumio-verify') ??
  document.getElementById('shadow-host')?.shadowRoot?.querySelector('jumio-verify');
window.__stateAt = {};
window.__slotAt = {};
for (const ms of ${JSON.stringify(
    String(ctx.query.probe ?? '300')
      .split(',')
      .map(Number),
  )}) {
  setTimeout(() => {
    __stateAt[ms] = find()?.state ?? null;
    __slotAt[ms] = find()?.querySelector('iframe')?.slot ?? null;
  }, ms);
}</script>`;
  // The element's own iframe as its first update begins (null for none yet): wrapped as the
  // element is defined.
  const beforeUpdate = `<script>{
  const define = customElements.define;
  customElements.define = function (name, constructor, options) {
    const willUpdate = constructor.prototype.willUpdate;
    constructor.prototype.willUpdate = function (changed) {
      if (!this.hasUpdated && !('__frameBeforeUpdate' in window)) {
        window.__frameBeforeUpdate = this.shadowRoot.querySelector('iframe');
      }
      return willUpdate.call(this, changed);
    };
    return define.call(this, name, constructor, options);
  };
}</script>`;
  // `observer=1`: a MutationObserver that sets the locale of each element as the parser adds it,
  // as Stimulus-style code does; `observer=reload` calls reload() on it instead;
  // `observer=remove` removes it, and a script after it puts it back.
  const observer = ctx.query.observer
    ? `<script>new MutationObserver((records) => {
  for (const node of records.flatMap((record) => [...record.addedNodes])) {
    if (node.localName !== 'jumio-verify') continue;
    if (${JSON.stringify(ctx.query.observer)} === 'reload') node.reload();
    else if (${JSON.stringify(ctx.query.observer)} === 'remove') {
      // Once: putting it back is an insertion too.
      if (!window.__removed) node.remove(), (window.__removed = node);
    }
    else node.locale = 'de';
  }
}).observe(document, { childList: true, subtree: true });</script>`
    : '';
  // `chatty=N`: a frame before the element that posts N messages to the page as it loads (a
  // video's or a chat's), before the client's `loaded`.
  const chatty = ctx.query.chatty
    ? `<iframe title="Chat" width="10" height="10" srcdoc="${attribute(
        `<script>for (let i = 0; i < ${Number(ctx.query.chatty)}; i++) parent.postMessage('chat ' + i, '*');</script>`,
      )}"></iframe>`
    : '';
  const inside = hold && holdAt === 'inside' ? HOLD : '';
  const after = hold && holdAt === 'after' ? HOLD : '';
  const element = `<jumio-verify${own ? ` href="${attribute(src)}"` : ''}${session}${rendered}${fallback}>${inside}${mover}${script}${frame.repeat(Number(frames))}</jumio-verify>${after}`;
  const body = shadow
    ? `<script>{
  // The host goes last into the loading document, as a framework's root would.
  const host = document.body.appendChild(document.createElement('div'));
  host.id = 'shadow-host';
  const root = host.attachShadow({ mode: 'open' });
  root.innerHTML = ${JSON.stringify(`<div style="width: 1000px">${element}</div>`)};
}</script><script src="/test-api/slow?ms=${Number(ctx.query.slow ?? 0)}"></script>`
    : dsd
      ? // The parser fills the declarative shadow root as it goes; the server holds again after
        // the element, with the parser still inside the shadow root.
        `<div id="shadow-host"><template shadowrootmode="open"><div style="width: 1000px">${element}</div>${HOLD}<p>More of the shadow tree.</p></template></div>`
      : `${chatty}<div style="width: 1000px">${element}</div>${
          ctx.query.observer === 'remove'
            ? `<script>document.querySelector('div').append(window.__removed);</script>`
            : ''
        }`;
  held(
    ctx,
    `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>Server-rendered host page</title>
    ${head ? `${hearer}${beforeUpdate}${observer}<script src="/dist/jumio-verify.iife.js"></script>` : ''}
    <script type="module" src="/test/fixtures/adopt.js"></script>
  </head>
  <body>${body}</body>
</html>`,
    hold,
  );
}

/** Where a test page's server holds the rest of the page (see {@link held}). */
const HOLD = '<!-- hold -->';

/**
 * Answers the page `html`; where it has {@link HOLD} and `hold` is given, streamed: what follows
 * each HOLD comes `hold` ms after what precedes it, as from a server that flushes early while it
 * works.
 */
function held(ctx, html, hold) {
  ctx.type = 'text/html';
  const [first, ...rest] = html.split(HOLD);
  if (!hold || !rest.length) {
    ctx.body = html;
    return;
  }
  const stream = new PassThrough();
  ctx.body = stream;
  stream.write(first);
  rest.forEach((part, index) => {
    setTimeout(
      () => (index === rest.length - 1 ? stream.end(part) : stream.write(part)),
      Number(hold) * (index + 1),
    );
  });
}

/**
 * GET /test-api/streamed?src=URL&late=URL&hold=MS: a server-rendered page that streams: two
 * elements with renderClientFrame's markup (`src`, then `late` for the second), the second the
 * last node the browser gets before the server holds the rest of the page MS ms, as a server
 * that flushes early does while it works. The standalone script is in <head>; `window.__loaded`
 * lists the ids of the elements that reported `jumio-loaded`, posted to the parent once both have
 * (or 5 s), with `early`: the second client posted `loaded` before the rest of the page came.
 */
async function streamed(ctx) {
  const { renderClientFrame } = await tsImport('../../src/protocol/render.ts', import.meta.url);
  const { src = '', late = '', hold = '0', afterLoad } = ctx.query;
  // `afterLoad=1`: the element's script comes only after the page's load event, when both
  // clients have posted (a lazily loaded chunk, a busy phone).
  const script = afterLoad
    ? `<script>addEventListener('load', () => setTimeout(() => {
      document.head.append(Object.assign(document.createElement('script'), { src: '/dist/jumio-verify.iife.js' }));
    }, 300));</script>`
    : '<script src="/dist/jumio-verify.iife.js"></script>';
  held(
    ctx,
    `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>Streamed host page</title>
    <script>window.__loaded = []; addEventListener('jumio-loaded', (event) => __loaded.push(event.target.id));
    // When the second client posted, to tell that it came before its element could connect.
    addEventListener('message', (event) => {
      const frame = document.querySelector('#second iframe');
      if (frame && event.source === frame.contentWindow && String(event.data).includes('"loaded"')) {
        window.__secondPosted ??= performance.now();
      }
    });</script>
    ${script}
  </head>
  <body><div style="width: 1000px">
    <jumio-verify id="first">${renderClientFrame({ href: src }).html}</jumio-verify>
    <p>Between the two</p>
    <jumio-verify id="second">${renderClientFrame({ href: late }).html}</jumio-verify>${HOLD}<script>window.__rest = performance.now();</script></div>
    <script>(async () => {
      for (let waited = 0; __loaded.length < 2 && waited < 5000; waited += 50) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      const early = window.__secondPosted !== undefined && __secondPosted < __rest;
      parent.postMessage({ host: { defined: true, loaded: __loaded, early } }, '*');
    })();</script>
  </body>
</html>`,
    hold,
  );
}

/**
 * GET /test-api/slow-client?ms=MS&…: the client fixture, MS ms late (a redirect to it with the
 * same query, on the same origin).
 */
async function slowClient(ctx) {
  await new Promise((resolve) => setTimeout(resolve, Number(ctx.query.ms ?? 0)));
  const query = new URLSearchParams(ctx.querystring);
  query.delete('ms');
  ctx.redirect(`/test/fixtures/client.html?${query.toString()}`);
}

/** GET /test-api/slow?ms=MS: an empty script that arrives MS ms late, blocking the parser. */
async function slow(ctx) {
  await new Promise((resolve) => setTimeout(resolve, Number(ctx.query.ms ?? 0)));
  ctx.type = 'text/javascript';
  ctx.body = '';
}

export async function testApi(ctx, next) {
  if (ctx.path === '/test-api/adopt') return await adopt(ctx);
  if (ctx.path === '/test-api/slow') return await slow(ctx);
  if (ctx.path === '/test-api/streamed') return await streamed(ctx);
  if (ctx.path === '/test-api/slow-client') return await slowClient(ctx);
  if (ctx.path.startsWith('/test/fixtures/csp-')) ctx.set('Content-Security-Policy', STRICT_CSP);
  // A common hardening header: the camera for this page's own origin only, so not for the client.
  if (ctx.path.startsWith('/test/fixtures/pp-')) ctx.set('Permissions-Policy', 'camera=(self)');
  // A page that has no camera at all, nor can give one to a frame.
  if (ctx.path.startsWith('/test/fixtures/no-camera-')) ctx.set('Permissions-Policy', 'camera=()');
  if (ctx.path === '/test-api/session' || ctx.path === '/test-api/session-log') return session(ctx);
  return next();
}
