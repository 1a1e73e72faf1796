import { JumioVerify } from 'jumio-verify/react';

export function Verify({ sessionUrl }: { sessionUrl: string }) {
  return (
    <JumioVerify
      sessionUrl={sessionUrl}
      locale="en-GB"
      onSuccess={(event) => {
        location.assign(`/verify/pending?workflow=${event.detail.workflowExecutionId}`);
      }}
      onError={(event) => {
        if (event.detail.final) console.warn(event.detail.code, event.detail.description);
      }}
    />
  );
}
