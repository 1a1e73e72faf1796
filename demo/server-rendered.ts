// The server-rendered page (demo/server/server-rendered.ts): the element adopts the iframe the
// server put inside it; the page shows that it did, and logs the element's events.
import { JUMIO_EVENTS, type JumioVerifyElement } from '../src/index.js';
import { EventLog } from './event-log.js';

const verify = document.querySelector('jumio-verify') as JumioVerifyElement;
const byId = (id: string): HTMLElement => document.getElementById(id) ?? document.body;
const log = new EventLog(byId('log') as HTMLOListElement, byId('log-count'));

// Read before anything can change it: the iframe the HTML brought, and its window.
const rendered = verify.querySelector('iframe');
const renderedWindow = rendered?.contentWindow ?? null;
byId('fact-rendered').textContent = rendered ? 'yes' : 'no (the session request failed)';

function showFacts(): void {
  const frame = verify.querySelector('iframe');
  byId('fact-adopted').textContent = !rendered
    ? 'n/a'
    : frame === rendered && frame.contentWindow === renderedWindow
      ? 'yes: the same iframe and window'
      : 'no: replaced';
  byId('fact-state').textContent = verify.state;
}

for (const name of JUMIO_EVENTS) {
  verify.addEventListener(name, (event) => {
    log.event(name, event.detail);
    showFacts();
  });
}
showFacts();
