// The page the demo sets as web.successUrl and web.errorUrl. The client sends the browser here at
// the end of the journey with the outcome in the query (seed: "After the User Journey"); inside
// the element that is the iframe, in mode="window" the tab. completeRedirect() hands the outcome
// back to the element: posted to it from another origin's frame, broadcast to it from a tab (which
// closes once the element answers that it has it); on the element's own origin the element reads
// this page's URL by itself.
import { html, nothing, render, type TemplateResult } from 'lit';
import { completeRedirect, type RedirectResult } from '../src/redirect.js';

const framed = window.top !== window.self;
document.documentElement.classList.toggle('framed', framed);

const { parsed, closing, taken } = completeRedirect();
/**
 * The current client appends no numeric `errorCode`, only a `publicErrorCode` such as J000000:
 * a letter for the kind of failure, the API call (2 digits) and the HTTP status (4 digits).
 */
const publicErrorCode = parsed.ok ? parsed.result.error?.publicErrorCode : undefined;

/** What the letter of a publicErrorCode says, as the current client assigns them. */
const PUBLIC_ERROR_KINDS: Record<string, string> = {
  A: 'A network or server problem.',
  B: 'The secure connection failed.',
  C: 'The authorization failed.',
  E: 'The device is offline.',
  F: 'A resource failed to load.',
  G: 'The user cancelled.',
  H: 'No camera could be used.',
  I: 'The authentication key is invalid.',
  J: 'The transaction is finished or its session expired.',
  K: 'The document is not supported.',
  L: 'The transaction reference is invalid.',
  M: 'The transaction cannot be completed.',
  N: 'The SDK token is invalid.',
};
const root = document.getElementById('result') as HTMLElement;

const authoritative = html`<p class="note">
  ${infoIcon()}
  <span>
    This redirect, like the element's events, only steers the user. The decision comes from Jumio's
    callback and the Retrieval API: your server waits for those.
  </span>
</p>`;

/** The heading for each outcome, also the tab's title. */
const TITLES = { success: 'Verification submitted', error: 'Verification not completed' } as const;

const backLink = html`<a class="back" href="/" target="_top">← Back to demo</a>`;

/**
 * The end of the card. In a tab the element opened (it left its flow id here), the outcome goes
 * back to the page the user came from, and the tab closes once that page's element has it; where
 * none answers in time (that page was reloaded or closed), the user is told to switch back to it.
 * Any other page on its own, opened from a link or a bookmark, links back.
 */
function back(heard: boolean | undefined): TemplateResult {
  if (!closing) return backLink;
  // One live region whose text changes, so that a screen reader reads the answer out.
  return html`<div role="status">${tabNote(heard)}</div>
    ${
      heard === false
        ? html`<a class="back" href="/" target="_top">Open the demo in this tab</a>`
        : nothing
    }`;
}

function tabNote(heard: boolean | undefined): TemplateResult {
  if (heard === undefined) {
    return html`<p class="note" data-testid="redirect-tab-sending">
      ${infoIcon()}<span>Handing the result to the page you came from…</span>
    </p>`;
  }
  return heard
    ? html`<p class="note" data-testid="redirect-tab-done">
        ${infoIcon()}<span>The page you came from has the result. You can close this tab.</span>
      </p>`
    : html`<p class="note" data-testid="redirect-tab-unheard">
        ${infoIcon()}
        <span>
          The page you came from has not confirmed it has the result: it may have been reloaded or
          closed. Switch back to that tab to carry on.
        </span>
      </p>`;
}

function facts(result: RedirectResult): TemplateResult {
  return html`<dl class="facts">
    <dt>acquisitionStatus</dt>
    <dd data-testid="redirect-status">${result.acquisitionStatus}</dd>
    <dt>accountId</dt>
    <dd>${result.accountId}</dd>
    <dt>workflowExecutionId</dt>
    <dd>${result.workflowExecutionId}</dd>
    ${
      result.customerInternalReference === undefined
        ? nothing
        : html`<dt>customerInternalReference</dt>
            <dd>${result.customerInternalReference}</dd>`
    }
    ${
      publicErrorCode === undefined
        ? nothing
        : html`<dt>publicErrorCode</dt>
            <dd data-testid="redirect-public-error-code">${publicErrorCode}</dd>`
    }
  </dl>`;
}

function outcome(result: RedirectResult, heard: boolean | undefined): TemplateResult {
  const { error } = result;
  if (!error) {
    return html`<article class="card success" data-testid="redirect-outcome" data-outcome="success">
      <span class="icon-badge">${checkIcon()}</span>
      <h1>${TITLES.success}</h1>
      <p class="lead">The user's images were accepted for verification.</p>
      ${facts(result)} ${authoritative} ${back(heard)}
    </article>`;
  }
  return html`<article class="card error" data-testid="redirect-outcome" data-outcome="error">
    <span class="icon-badge">${crossIcon()}</span>
    <h1>${TITLES.error}</h1>
    <p class="lead">
      <span class="code" data-testid="redirect-error-code"
        >${error.code ?? publicErrorCode ?? 'no code'}</span
      >
      ${
        error.code === undefined && publicErrorCode
          ? (PUBLIC_ERROR_KINDS[publicErrorCode.charAt(0)] ?? 'An error the demo does not know.')
          : error.description
      }
    </p>
    <p class="retry ${error.retryable ? 'yes' : 'no'}" data-testid="redirect-retryable">
      ${
        error.retryable
          ? error.sessionExpired
            ? 'Retryable: the session expired — start again with a fresh web.href.'
            : 'Retryable: offer "Try again" with a fresh web.href.'
          : 'Not retryable: a new attempt in the same setting would fail too; offer another route, such as another device.'
      }
    </p>
    ${facts(result)} ${authoritative} ${back(heard)}
  </article>`;
}

function invalid(message: string): TemplateResult {
  return html`<article class="card neutral" data-testid="redirect-outcome" data-outcome="invalid">
    <span class="icon-badge">${infoIcon()}</span>
    <h1>No outcome in this address</h1>
    <p class="lead">
      The hosted client sends the browser here with the outcome in the query; this address has none.
    </p>
    <p class="detail"><code>${message}</code></p>
    ${backLink}
  </article>`;
}

function icon(d: string): TemplateResult {
  return html`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
    <path
      d=${d}
      fill="none"
      stroke="currentColor"
      stroke-width="2"
      stroke-linecap="round"
      stroke-linejoin="round"
    ></path>
  </svg>`;
}
function checkIcon(): TemplateResult {
  return icon('m5 12.5 4.5 4.5L19 7.5');
}
function crossIcon(): TemplateResult {
  return icon('M6.5 6.5l11 11m0-11-11 11');
}
function infoIcon(): TemplateResult {
  return icon('M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18M12 11v5.5M12 7.6v.1');
}

function show(heard?: boolean): void {
  render(parsed.ok ? outcome(parsed.result, heard) : invalid(parsed.message), root);
}
show();
if (closing) void taken.then(show);
if (parsed.ok) {
  document.title = `${parsed.result.error ? TITLES.error : TITLES.success} — jumio-verify demo`;
}
