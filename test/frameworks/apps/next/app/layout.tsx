import type { ReactNode } from 'react';

// No favicon request (the app has none, and the check wants a page that logs no error).
export const metadata = { title: 'jumio-verify in Next.js', icons: { icon: 'data:,' } };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
