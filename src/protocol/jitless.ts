import * as z from 'zod/mini';

/**
 * Builds zod schemas without code generation. zod compiles object parsers with `new Function`
 * unless told not to, and merely probing whether it may is reported as a violation on a page with
 * a strict Content-Security-Policy or Trusted Types. The setting is put back afterwards, so the
 * page's own zod schemas keep their speed.
 */
export function jitless<T>(build: () => T): T {
  const previous = z.config().jitless;
  z.config({ jitless: true });
  try {
    return build();
  } finally {
    z.config({ jitless: previous });
  }
}

/**
 * A schema built on first use, without code generation: building zod schemas takes a few
 * milliseconds, which a page should not spend while it starts, before any message has come.
 */
export function lazy<T>(build: () => T): () => T {
  let built: T | undefined;
  return () => (built ??= jitless(build));
}
