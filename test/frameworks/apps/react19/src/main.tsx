// The check's page in React 19: the bare tag, typed by jumio-verify/types/react (see
// src/jumio-verify.d.ts, from the README), or with ?variant=wrapper the jumio-verify/react
// component. Every event goes through the framework's own binding to record().
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import 'jumio-verify';
import type { SessionProvider } from 'jumio-verify';
import { JumioVerify } from 'jumio-verify/react';
import { firstHref, provideSession, record, secondHref } from './probe';
import { Verify } from './Verify';
import { VerifyStep } from './VerifyStep';

interface Source {
  href: string | null;
  sessionProvider: SessionProvider | null;
}

function Bare({ href, sessionProvider }: Source) {
  return (
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
  );
}

function Wrapped({ href, sessionProvider }: Source) {
  return (
    <JumioVerify
      href={href}
      sessionProvider={sessionProvider}
      locale="en-GB"
      onLoaded={(event) => record('onLoaded', event)}
      onSuccess={(event) => record('onSuccess', event)}
      onError={(event) => record('onError', event)}
      onConfigError={(event) => record('onConfigError', event)}
      onTimeout={(event) => record('onTimeout', event)}
      onWarning={(event) => record('onWarning', event)}
      onRefresh={(event) => record('onRefresh', event)}
    />
  );
}

const Element = new URLSearchParams(location.search).get('variant') === 'wrapper' ? Wrapped : Bare;

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
      {shown && <Element href={href} sessionProvider={sessionProvider} />}
      {/* The README's components: compiled and bundled with the page, not shown. */}
      {href === 'never' && <Verify href={href} />}
      {href === 'never' && <VerifyStep sessionUrl={href} />}
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
