// #region widget
// app/collections.tsx
'use client';
import { useState } from 'react';
import { DebituraCollect } from 'debitura-collect/react'; // registers <debitura-collect> in the browser
import type { WidgetView } from 'debitura-collect';

export function Collections() {
  const [view, setView] = useState<WidgetView>('new-case');
  const [log, setLog] = useState<string[]>([]);
  const logEvent = (line: string) => setLog((lines) => [...lines, line]);

  return (
    <>
      <nav aria-label="Widget view">
        <button type="button" aria-pressed={view === 'new-case'} onClick={() => setView('new-case')}>
          New case
        </button>
        <button type="button" aria-pressed={view === 'cases'} onClick={() => setView('cases')}>
          Cases
        </button>
      </nav>
      <DebituraCollect
        tokenEndpoint="/api/debitura/token"
        environment="sandbox"
        view={view}
        onReady={(event) => logEvent(`ready: ${event.detail.view}`)}
        onViewChange={(event) => {
          setView(event.detail.view);
          logEvent(`view: ${event.detail.view}`);
        }}
        onCaseCreated={(event) => logEvent(`case created: ${event.detail.case.id}`)}
        onActionRequired={(event) => logEvent(`action required: ${event.detail.kind}`)}
        onError={(event) => logEvent(`error: ${event.detail.type}`)}
      />
      <h2>Events</h2>
      <ol className="event-log" aria-live="polite">
        {log.map((line, index) => (
          <li key={index}>{line}</li>
        ))}
      </ol>
    </>
  );
}
// #endregion
