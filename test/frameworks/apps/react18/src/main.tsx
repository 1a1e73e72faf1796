// The check's page in React 18, which sets neither properties nor event listeners on a custom
// element: the jumio-verify/react component (react-check.tsx, shared with the other React apps),
// under StrictMode (its double effects show in the development build).
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Controls, Wrapped } from './react-check';
import { VerifyStep } from './VerifyStep';

function App() {
  return (
    <main>
      <Controls>{(source) => <Wrapped {...source} />}</Controls>
      {/* The README's component: compiled and bundled with the page, never shown. */}
      {location.hash === '#never' && <VerifyStep sessionUrl="/api/jumio-session" />}
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
