import { randomBytes } from 'node:crypto';
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import * as z from 'zod/mini';
import {
  matchLocale,
  resolveLocale,
  SUPPORTED_LOCALES,
  type LocaleCode,
} from '../../src/protocol/locales.js';
import type { ConfigAnswer } from './api-types.js';
import { DemoUsers } from './demo-users.js';
import {
  REDIRECT_TARGETS,
  SessionBackendError,
  type BackendSession,
  type RedirectTarget,
  type SessionBackend,
} from './session-backend.js';
import { SimulatorBackend } from './simulator-backend.js';
import { parseTokenLifetime, type TokenLifetime } from './token-lifetime.js';

/** A connect-style handler: Vite's `server.middlewares.use(…)` takes it, and so does a bare test. */
export type Middleware = (
  req: IncomingMessage,
  res: ServerResponse,
  next: (error?: unknown) => void,
) => void;

/** Where the API reports sessions and failures: `console`, or Vite's logger. */
export interface Logger {
  info(message: string): void;
  warn(message: string): void;
}

export interface DemoApiOptions {
  readonly backend: SessionBackend;
  readonly logger?: Logger;
  /** Who is who, shared with the server-rendered page (a new one by default). */
  readonly users?: DemoUsers;
}

/** The largest session request accepted. The element's is under 100 bytes. */
export const MAX_BODY_BYTES = 4 * 1024;

/** What the element POSTs to its `session-url` (src/session.ts: `SessionRequest`). */
const SessionBodySchema = z.object(
  {
    locale: z.optional(z.string({ error: 'must be a language tag such as "de" or "pt-BR"' })),
    reason: z.optional(z.enum(['initial', 'refresh'], { error: 'must be "initial" or "refresh"' })),
  },
  { error: 'the body must be a JSON object such as {"locale":"de","reason":"initial"}' },
);

/** A problem with the request, answered 400 with its message. */
class BadRequest extends Error {}

type Route = (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<void> | void;

/**
 * The demo's HTTP API (README: "The demo server"):
 * - `GET /api/config`: {@link ConfigAnswer};
 * - `POST /api/session[?tokenLifetime=30s][&redirect=same-origin|cross-origin|none]` with
 *   `{ locale?, reason? }`: a session from the back end, shaped like Jumio's account response
 *   (only the simulator heeds the two parameters: the token's lifetime, and where its success and
 *   error URLs point);
 * - `GET /api/simulator/session?authorizationToken=T` (simulator only): the session behind a token.
 * Anything else goes to `next()`. Every answer is JSON and `no-store`.
 */
export function createDemoApi({
  backend,
  logger = console,
  users = new DemoUsers(),
}: DemoApiOptions): Middleware {
  const config: Route = (_req, res) => {
    sendJson(res, 200, {
      backend: backend.name,
      dataCenter: backend.dataCenter,
      simulatorOrigin: backend instanceof SimulatorBackend ? backend.origin : null,
      tokenLifetime: backend.defaultTokenLifetime.text,
      pageSetsTokenLifetime: backend.pageTokenLifetimes !== undefined,
    } satisfies ConfigAnswer);
  };

  const session: Route = async (req, res, url) => {
    const tokenLifetime = tokenLifetimeOf(url, backend);
    const redirect = redirectOf(url, backend);
    const body = await readSessionBody(req);
    const locale = localeOf(body.locale);
    const pageOrigin = pageOriginOf(req);
    const user = users.find(req);
    let response: BackendSession;
    try {
      response = await backend.createSession({
        accountId: user?.accountId,
        customerInternalReference: `demo-${randomBytes(9).toString('base64url')}`,
        locale,
        tokenLifetime,
        pageOrigin,
        redirect,
      });
    } catch (error) {
      if (!(error instanceof SessionBackendError)) throw error;
      if (error.upstreamStatus === 404 && user) users.forget(user);
      // The details (Jumio's answer, what to check in the configuration) are for the operator's
      // log; the browser learns only that it failed, and with which status.
      logger.warn(`[demo] session failed (${backend.name}): ${error.message}`);
      const status =
        (error.upstreamStatus ?? 0) >= 400
          ? ` (Jumio answered ${String(error.upstreamStatus)})`
          : '';
      sendJson(res, 502, {
        error: `could not create a verification session${status}; the server log says why`,
      });
      return;
    }
    const lifetime = (tokenLifetime ?? backend.defaultTokenLifetime).text;
    logger.info(
      `[demo] ${body.reason ?? 'initial'} session from ${backend.name}: ` +
        `${user ? 'account update' : 'new account'} ${response.account.id}, workflowExecution ` +
        `${response.workflowExecution.id}, locale ${locale ?? 'default'}, tokenLifetime ${lifetime}` +
        (redirect ? `, redirect ${redirect}` : ''),
    );
    sendJson(res, 200, response, user ? {} : { 'Set-Cookie': users.add(response.account.id) });
  };

  const routes = new Map<string, { method: string; handle: Route }>([
    ['/api/config', { method: 'GET', handle: config }],
    ['/api/session', { method: 'POST', handle: session }],
  ]);
  if (backend instanceof SimulatorBackend) {
    routes.set('/api/simulator/session', {
      method: 'GET',
      handle: (_req, res, url) => {
        sendJson(res, 200, backend.lookup(url.searchParams.get('authorizationToken')));
      },
    });
  }

  return (req, res, next) => {
    const url = new URL(req.url ?? '/', 'http://demo.invalid');
    const route = routes.get(url.pathname);
    if (!route) {
      next();
      return;
    }
    if (req.method !== route.method) {
      sendJson(
        res,
        405,
        { error: `${url.pathname} accepts ${route.method} only` },
        { Allow: route.method },
      );
      return;
    }
    Promise.resolve()
      .then(() => route.handle(req, res, url))
      .catch((error: unknown) => {
        if (error instanceof BadRequest) {
          sendJson(res, 400, { error: error.message });
          return;
        }
        const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
        logger.warn(`[demo] ${req.method} ${url.pathname} failed: ${detail}`);
        if (!res.headersSent) sendJson(res, 500, { error: 'the demo server failed; see its log' });
      });
  };
}

/** Answers JSON. `no-store`: session answers carry an authorization token. */
function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: OutgoingHttpHeaders = {},
): void {
  const json = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(json),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    ...headers,
  });
  res.end(json);
}

function tokenLifetimeOf(url: URL, backend: SessionBackend): TokenLifetime | undefined {
  const text = url.searchParams.get('tokenLifetime');
  // Ignored where the server decides (Jumio), so that one demo page works with either back end.
  const range = backend.pageTokenLifetimes;
  if (text === null || !range) return undefined;
  const parsed = parseTokenLifetime(text, range);
  if (!parsed.ok) {
    throw new BadRequest(`tokenLifetime ${parsed.message} for the ${backend.name}`);
  }
  return parsed.lifetime;
}

/** `?redirect=` for the simulator; ignored by Jumio's back end, like `tokenLifetime`. */
function redirectOf(url: URL, backend: SessionBackend): RedirectTarget | undefined {
  const text = url.searchParams.get('redirect');
  if (text === null || !(backend instanceof SimulatorBackend)) return undefined;
  const target = REDIRECT_TARGETS.find((candidate) => candidate === text);
  if (!target) {
    throw new BadRequest(
      `redirect must be ${REDIRECT_TARGETS.join(', ').replace(/, (?=[^,]*$)/, ' or ')} ` +
        `(got ${JSON.stringify(text.slice(0, 20))})`,
    );
  }
  return target;
}

async function readSessionBody(req: IncomingMessage): Promise<z.infer<typeof SessionBodySchema>> {
  // Only JSON: a cross-site form or a "simple" fetch cannot send it without a CORS preflight, which
  // neither this API nor Vite (loopback origins only) grants to another site, so no other site can
  // make a visitor's browser create sessions (and, with Jumio, accounts).
  const type = req.headers['content-type']?.split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/json') {
    throw new BadRequest('send the body as JSON, with Content-Type: application/json');
  }
  const text = await readBody(req, MAX_BODY_BYTES);
  let json: unknown = {};
  if (text.trim()) {
    try {
      json = JSON.parse(text);
    } catch {
      throw new BadRequest(
        'the body is not valid JSON; send e.g. {"locale":"de","reason":"initial"}',
      );
    }
  }
  const parsed = SessionBodySchema.safeParse(json);
  if (!parsed.success) {
    throw new BadRequest(
      parsed.error.issues
        .map((issue) =>
          issue.path.length ? `${issue.path.join('.')} ${issue.message}` : issue.message,
        )
        .join('; '),
    );
  }
  return parsed.data;
}

function readBody(req: IncomingMessage, limit: number): Promise<string> {
  const tooLarge = new BadRequest(
    `the body is larger than ${limit} bytes; send only {locale, reason}`,
  );
  // Node discards an unread body by itself once the answer is sent.
  if (Number(req.headers['content-length']) > limit) return Promise.reject(tooLarge);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const settle = (outcome: () => void) => {
      req.off('data', onData).off('end', onEnd).off('close', onClose);
      outcome();
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
      else
        settle(() => {
          req.resume(); // drain the rest, unread, so the answer can be sent
          reject(tooLarge);
        });
    };
    const onEnd = () => {
      settle(() => {
        resolve(Buffer.concat(chunks).toString('utf8'));
      });
    };
    const onClose = () => {
      settle(() => {
        reject(new Error('the request closed before its body was complete'));
      });
    };
    req.on('data', onData).on('end', onEnd).on('close', onClose);
  });
}

/**
 * The `web.locale` for a tag the element sent: the client's code for it, or none (the client's
 * default) for a well-formed tag the client lacks, which the element passes through in case a
 * newer client has it; Jumio's account API checks `web.locale` against its own list.
 */
function localeOf(tag: string | undefined): LocaleCode | undefined {
  if (!tag?.trim()) return undefined;
  if (!resolveLocale(tag)) {
    throw new BadRequest(
      `locale ${JSON.stringify(tag.slice(0, 35))} is not a language tag; use one of ` +
        SUPPORTED_LOCALES.map(({ code }) => code).join(', '),
    );
  }
  return matchLocale(tag);
}

/**
 * Where the demo page is, for the simulator's `redirect.html`: the request's Origin, else its Host.
 * Only the simulator uses it; a real site takes its success and error URLs from its configuration
 * (the Jumio back end does: JUMIO_SUCCESS_URL, JUMIO_ERROR_URL), never from a request.
 */
function pageOriginOf(req: IncomingMessage): string {
  for (const candidate of [req.headers.origin, req.headers.host && `http://${req.headers.host}`]) {
    if (!candidate || candidate === 'null') continue;
    try {
      const url = new URL(candidate);
      if (url.protocol === 'http:' || url.protocol === 'https:') return url.origin;
    } catch {
      // try the next one
    }
  }
  throw new BadRequest('the request has neither an Origin nor a Host header');
}
