// Compiled by `npm run typecheck`, never run: what a consumer's strict TypeScript sees. A type error
// here means the public types regressed; each @ts-expect-error must stay an error.
import type { ClientMessage, JumioVerifyElement, LocaleCode } from '../../src/index.js';

/** Marks values as used. */
declare function use(...values: unknown[]): void;

declare const el: JumioVerifyElement;

el.addEventListener('jumio-error', (event) => {
  const code: number | undefined = event.detail.code;
  const retry: boolean = event.detail.retryable;
  const account: string | undefined = event.detail.accountId;
  use(code, retry, account);
});
el.addEventListener('jumio-success', (event) => {
  const message: ClientMessage = event.detail;
  const value: 'loaded' | 'success' | 'error' = message.payload.value;
  use(value);
});
el.addEventListener('jumio-config-error', (event) => {
  const reason: 'missing-source' | (string & {}) = event.detail.reason;
  use(reason);
});
document.addEventListener('jumio-timeout', (event) => {
  const ms: number = event.detail.timeoutMs;
  use(ms);
});
window.addEventListener('jumio-refresh', (event) => {
  event.preventDefault();
  const cause: 'expired' | 'timeout' = event.detail.cause;
  use(cause);
});

const created: JumioVerifyElement = document.createElement('jumio-verify');
const state: 'idle' | 'loading' | 'loaded' | 'success' | 'error' | 'opened' = created.state;
const locale: LocaleCode = 'pt-BR';
use(state, locale);

// @ts-expect-error: state is read-only
created.state = 'success';
// @ts-expect-error: not a documented event detail field
el.addEventListener('jumio-error', (event) => event.detail.nonsense);
// @ts-expect-error: not a supported locale code
const wrong: LocaleCode = 'pt-br';
use(wrong);
