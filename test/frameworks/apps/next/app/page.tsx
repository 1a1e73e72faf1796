// A server component, rendered on the server for every request: its heading and the client
// component's buttons are in the HTML; <jumio-verify> comes with hydration (jumio-verify/react
// renders on the client only).
import { Check } from './Check';
import { Verify } from './Verify';

export const dynamic = 'force-dynamic';

export default function Page() {
  return (
    <main>
      <h1>Verify your identity</h1>
      <Check />
      {/* The README's component: compiled and bundled with the page, not shown. */}
      {process.env.NEVER === 'set' && <Verify sessionUrl="/api/jumio-session" />}
    </main>
  );
}
