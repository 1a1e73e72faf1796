// The check's page in React 18, which sets neither properties nor event listeners on a custom
// element: the jumio-verify/react component, under StrictMode (its double effects show in the
// development build). Every event goes through the component's typed on… props to record().
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import type { SessionProvider } from 'jumio-verify';
import { JumioVerify } from 'jumio-verify/react';
import { firstHref, provideSession, record, secondHref } from './probe';
import { VerifyStep } from './VerifyStep';

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
      )}
      {/* The README's component: compiled and bundled with the page, not shown. */}
      {href === 'never' && <VerifyStep sessionUrl="/api/jumio-session" />}
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
