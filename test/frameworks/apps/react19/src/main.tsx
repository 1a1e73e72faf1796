// The check's page in React 19: the bare tag, typed by jumio-verify/types/react (see
// src/jumio-verify.d.ts, from the README), or with ?variant=wrapper the jumio-verify/react
// component (react-check.tsx, shared with the other React apps). Every event goes through the
// framework's own binding to record().
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import 'jumio-verify';
import { record } from './probe';
import { Controls, Wrapped, type Source } from './react-check';
import { Verify } from './Verify';
import { VerifyStep } from './VerifyStep';

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

const Element = new URLSearchParams(location.search).get('variant') === 'wrapper' ? Wrapped : Bare;

function App() {
  return (
    <main>
      <Controls>{(source) => <Element {...source} />}</Controls>
      {/* The README's components: compiled and bundled with the page, never shown. */}
      {location.hash === '#never' && <Verify href="never" />}
      {location.hash === '#never' && <VerifyStep sessionUrl="never" />}
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
