// Copied into the React apps (react18, react19, next; App.shared in apps.ts) beside probe.ts by
// test/frameworks/run.ts: the check's controls (change or clear the href, set a session
// provider, mount or unmount), and the jumio-verify/react component with every event going
// through its typed on… props to record().
import { useState, type ReactNode } from 'react';
import type { SessionProvider } from 'jumio-verify';
import { JumioVerify } from 'jumio-verify/react';
import { firstHref, provideSession, record, secondHref } from './probe';

/** What the controls bind on the element. */
export interface Source {
  href: string | null;
  sessionProvider: SessionProvider | null;
}

/** The buttons check.ts clicks, and the element `children` renders while mounted. */
export function Controls({ children }: { children: (source: Source) => ReactNode }) {
  const [href, setHref] = useState<string | null>(firstHref);
  const [sessionProvider, setSessionProvider] = useState<SessionProvider | null>(null);
  const [shown, setShown] = useState(true);
  return (
    <>
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
      {shown && children({ href, sessionProvider })}
    </>
  );
}

/** `<JumioVerify>`, every event recorded under its prop's name. */
export function Wrapped({ href, sessionProvider }: Source) {
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
