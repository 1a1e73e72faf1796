'use client';
// The check's controls and the jumio-verify/react component, hydrated on the client; every event
// goes through the component's typed on… props to record().
import { useState } from 'react';
import type { SessionProvider } from 'jumio-verify';
import { JumioVerify } from 'jumio-verify/react';
import { firstHref, provideSession, record, secondHref } from './probe';

export function Check() {
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
    </>
  );
}
