// A server component, rendered on the server for every request: its heading and the client
// component's buttons are in the HTML; <jumio-verify> comes with hydration (jumio-verify/react
// renders on the client only). The README's page is app/verify/page.tsx, built beside it.
import { Check } from './Check';

export const dynamic = 'force-dynamic';

export default function Page() {
  return (
    <main>
      <h1>Verify your identity</h1>
      <Check />
    </main>
  );
}
