// The wrapper straight from a server component: `debitura-collect/react` is a client module of its own, so a
// page that passes only serialisable props (no event handlers) needs no 'use client' file.
import { DebituraCollect } from 'debitura-collect/react';

export default function CasesPage() {
  return (
    <main className="example-app">
      <h1>Northwind Invoicing · Next.js · Cases</h1>
      <DebituraCollect tokenEndpoint="/api/debitura/token" environment="sandbox" view="cases" />
    </main>
  );
}
