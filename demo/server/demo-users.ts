import { randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** The cookie that tells a returning browser's user from a new one. */
export const USER_COOKIE = 'jumio_verify_demo_user';

/** Oldest users are forgotten beyond this, so a long-running demo does not grow forever. */
const MAX_USERS = 1000;

/** A browser the demo has created an account for. */
export interface DemoUser {
  /** The cookie's value: random, and meaningless outside this process. */
  readonly id: string;
  readonly accountId: string;
}

/**
 * Who the browser is, as a site would know it from its own login: the `jumio_verify_demo_user`
 * cookie, mapped to the account created for that user. A returning user gets a new workflow on the
 * same account, as the seed's Account Update intends, instead of a new account each time.
 */
export class DemoUsers {
  readonly #accounts = new Map<string, string>();

  /** The user the request's cookie names, if this process created its account. */
  find(req: IncomingMessage): DemoUser | undefined {
    const id = cookieValue(req.headers.cookie ?? '', USER_COOKIE);
    const accountId = id ? this.#accounts.get(id) : undefined;
    return id && accountId ? { id, accountId } : undefined;
  }

  /** Remembers a new user's account; returns the `Set-Cookie` header value that names them. */
  add(accountId: string): string {
    const id = randomBytes(18).toString('base64url');
    this.#accounts.set(id, accountId);
    for (const oldest of this.#accounts.keys()) {
      if (this.#accounts.size <= MAX_USERS) break;
      this.#accounts.delete(oldest);
    }
    // HttpOnly: the page's scripts have no use for it. Lax: sent on the page's own requests only.
    return `${USER_COOKIE}=${id}; HttpOnly; SameSite=Lax; Path=/`;
  }

  /** Forgets a user whose account is gone, so that their next session creates a new one. */
  forget(user: DemoUser): void {
    this.#accounts.delete(user.id);
  }
}

function cookieValue(header: string, name: string): string | undefined {
  for (const pair of header.split(';')) {
    const [key = '', ...value] = pair.split('=');
    if (key.trim() === name) return value.join('=').trim();
  }
  return undefined;
}
