import 'jumio-verify';

export function Verify({ href }: { href: string }) {
  return (
    <jumio-verify
      href={href}
      locale="en-GB"
      onjumio-success={(event) => {
        location.assign(`/verify/pending?workflow=${event.detail.workflowExecutionId}`);
      }}
      onjumio-error={(event) => {
        if (event.detail.final) console.warn(event.detail.code, event.detail.description);
      }}
    />
  );
}
