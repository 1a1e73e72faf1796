import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import { fileURLToPath } from 'node:url';
import type { ViteDevServer } from 'vite';
import { matchLocale } from '../../src/protocol/locales.js';
import { renderClientFrame } from '../../src/protocol/render.js';
import type { Logger, Middleware } from './api.js';
import type { DemoUsers } from './demo-users.js';
import { SessionBackendError, type SessionBackend } from './session-backend.js';

/** The page's path, and the template it is rendered from. */
export const SERVER_RENDERED_PATH = '/server-rendered.html';
const template = fileURLToPath(new URL('../server-rendered.html', import.meta.url));
/** Where the template wants the client's iframe: inside its `<jumio-verify>`. */
const SLOT = '<!-- the client frame -->';

/**
 * The zero-delay start as a server does it (README: "Zero-delay start"): `GET
 * /server-rendered.html[?locale=de]` creates the session while it answers, and sends the page with
 * the client's iframe already inside `<jumio-verify>`, rendered by `renderClientFrame` from
 * `jumio-verify/protocol`. The browser starts loading the client while it parses the page; the
 * element adopts that iframe when its script runs, and its `session-url` (with the same `locale`)
 * serves later refreshes. Asked by another site but for a link the visitor follows, it answers
 * the page without a session, and no other site can frame it.
 */
export function serverRenderedPage(
  server: ViteDevServer,
  backend: SessionBackend,
  logger: Logger,
  users: DemoUsers,
): Middleware {
  return (req, res, next) => {
    const url = new URL(req.url ?? '/', 'http://demo.invalid');
    if (url.pathname !== SERVER_RENDERED_PATH || req.method !== 'GET') {
      next();
      return;
    }
    render(req, url)
      .then(async ({ html, cookie }) => {
        const page = await server.transformIndexHtml(url.pathname + url.search, html);
        res.writeHead(200, {
          'Content-Type': 'text/html; charset=utf-8',
          // The page holds an authorization token: never kept by a cache, never sent on.
          'Cache-Control': 'no-store',
          'Referrer-Policy': 'no-referrer',
          ...(cookie ? { 'Set-Cookie': cookie } : {}),
        });
        res.end(page);
      })
      .catch(next);
  };

  /** The page, and the cookie that names a new user (as `/api/session` sets it). */
  async function render(
    req: IncomingMessage,
    url: URL,
  ): Promise<{ html: string; cookie?: string }> {
    const locale = matchLocale(url.searchParams.get('locale') ?? '');
    const page = (await readFile(template, 'utf8')).replace(
      'locale=""',
      () => `locale="${locale ?? ''}"`,
    );
    // Another site must not create sessions (with Jumio, accounts) in the visitor's name: not
    // by an <img>, a fetch, a prefetch or a script's navigation; a link the visitor follows may,
    // as the visitor opening the demo. An <iframe> elsewhere cannot show the page at all
    // (frame-ancestors, vite-plugin.ts). Without the headers (an older browser) there is no
    // telling, and the page is served as it was asked.
    const site = req.headers['sec-fetch-site'];
    const foreign = site !== undefined && site !== 'same-origin' && site !== 'none';
    const followed =
      req.headers['sec-fetch-dest'] === 'document' &&
      req.headers['sec-fetch-user'] === '?1' &&
      req.headers['sec-purpose'] === undefined;
    if (foreign && !followed) {
      logger.warn('[demo] server-rendered page without a session: asked from another site');
      return { html: page.replace(SLOT, '') };
    }
    // A returning user's account gets a new workflow, as on /api/session: not a new account.
    const user = users.find(req);
    let frame: string;
    let cookie: string | undefined;
    try {
      const session = await backend.createSession({
        accountId: user?.accountId,
        customerInternalReference: `demo-${randomBytes(9).toString('base64url')}`,
        locale,
        tokenLifetime: undefined,
        pageOrigin: `http://${req.headers.host ?? 'localhost'}`,
      });
      const rendered = renderClientFrame({ href: session.web.href, locale: locale ?? '' });
      for (const problem of rendered.problems) logger.warn(`[demo] ${problem.message}`);
      frame = rendered.html;
      if (!user) cookie = users.add(session.account.id);
      logger.info(
        `[demo] server-rendered page with ${user ? 'account update' : 'new account'} ` +
          session.account.id,
      );
    } catch (error) {
      if (!(error instanceof SessionBackendError)) throw error;
      if (error.upstreamStatus === 404 && user) users.forget(user);
      logger.warn(`[demo] server-rendered page without a session: ${error.message}`);
      // No iframe: the element asks its session-url instead, as a page without a server would.
      frame = '';
    }
    // A function, so that no `$&` in the markup is read as a replacement pattern.
    return { html: page.replace(SLOT, () => frame), ...(cookie ? { cookie } : {}) };
  }
}
