import type { ReactNode } from 'react';

export const metadata = { title: 'jumio-verify in Next.js' };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
