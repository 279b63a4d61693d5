import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import '../../example-app.css';

export const metadata: Metadata = { title: 'debitura-collect in a Next.js app', icons: { icon: 'data:,' } };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
