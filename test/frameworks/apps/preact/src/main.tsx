// The check's page in Preact: the bare tag, typed by jumio-verify/types/preact (see
// src/jumio-verify.d.ts, from the README). Preact sets the element's properties and listens to
// `onjumio-…` by the event's exact name; every event goes through those bindings to record().
import { render } from 'preact';
import { useState } from 'preact/hooks';
import 'jumio-verify';
import type { SessionProvider } from 'jumio-verify';
import { firstHref, provideSession, record, secondHref } from './probe';
import { Verify } from './Verify';

function App() {
  const [href, setHref] = useState<string | null>(firstHref);
  const [sessionProvider, setSessionProvider] = useState<SessionProvider | null>(null);
  const [shown, setShown] = useState(true);
  return (
    <main>
      <button id="change" onClick={() => setHref(secondHref())}>
        Change the href
      </button>
      <button id="clear" onClick={() => setHref(null)}>
        Clear the href
      </button>
      <button id="provider" onClick={() => setSessionProvider(() => provideSession)}>
        Set a session provider
      </button>
      <button id="toggle" onClick={() => setShown(!shown)}>
        Mount or unmount
      </button>
      {shown && (
        <jumio-verify
          href={href}
          sessionProvider={sessionProvider}
          locale="en-GB"
          onjumio-loaded={(event) => record('onjumio-loaded', event)}
          onjumio-success={(event) => record('onjumio-success', event)}
          onjumio-error={(event) => record('onjumio-error', event)}
          onjumio-config-error={(event) => record('onjumio-config-error', event)}
          onjumio-timeout={(event) => record('onjumio-timeout', event)}
          onjumio-warning={(event) => record('onjumio-warning', event)}
          onjumio-refresh={(event) => record('onjumio-refresh', event)}
        />
      )}
      {/* The README's component: compiled and bundled with the page, not shown. */}
      {href === 'never' && <Verify href={href} />}
    </main>
  );
}

render(<App />, document.getElementById('root')!);
