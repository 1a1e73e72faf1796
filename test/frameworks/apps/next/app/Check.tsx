'use client';
// The check's controls and the jumio-verify/react component (react-check.tsx, shared with the
// other React apps), hydrated on the client.
import { Controls, Wrapped } from './react-check';

export function Check() {
  return <Controls>{(source) => <Wrapped {...source} />}</Controls>;
}
