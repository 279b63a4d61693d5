// A React app embedding the widget through `debitura-collect/react`. Props become the element's properties;
// `on…` props listen for its events. The same code runs on React 18 and 19. The app's own navigation sets `view`;
// `onViewChange` (the user's moves inside the widget only) keeps the app's state in step. "Send to collection"
// hands an invoice the app already holds to the `draft` prop, so the form opens filled.
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
// #region import
import { DebituraCollect } from 'debitura-collect/react'; // registers <debitura-collect> too
// #endregion
import { partnerInvoices } from '../partner-invoices.ts';

function App() {
  const [view, setView] = useState('new-case');
  const [draft, setDraft] = useState(null);
  const [log, setLog] = useState([]);
  const logEvent = (line) => setLog((lines) => [...lines, line]);

  return (
    <main className="example-app">
      <h1>Northwind Invoicing · React</h1>
      <nav aria-label="Widget view">
        <button type="button" aria-pressed={view === 'new-case'} onClick={() => setView('new-case')}>
          New case
        </button>
        <button type="button" aria-pressed={view === 'cases'} onClick={() => setView('cases')}>
          Cases
        </button>
      </nav>
      <h2>Overdue invoices</h2>
      <ul className="invoice-list">
        {partnerInvoices.slice(0, 3).map((invoice) => (
          <li key={invoice.number}>
            {invoice.number} · {invoice.customer}{' '}
            <button
              type="button"
              onClick={() => {
                setDraft(invoice.draft);
                setView('new-case');
              }}
            >
              Send to collection
            </button>
          </li>
        ))}
      </ul>
      {/* #region widget */}
      <DebituraCollect
        tokenEndpoint="/api/debitura/token"
        environment="sandbox"
        view={view}
        draft={draft}
        returnUrl={location.href}
        onReady={(event) => logEvent(`ready: ${event.detail.view}`)}
        onViewChange={(event) => {
          setView(event.detail.view);
          logEvent(`view: ${event.detail.view}`);
        }}
        onCaseCreated={(event) => logEvent(`case created: ${event.detail.case.id}`)}
        onActionRequired={(event) => logEvent(`action required: ${event.detail.kind}`)}
        onError={(event) => logEvent(`error: ${event.detail.type}`)}
        onCaseUpdated={(event) => logEvent(`case updated: ${event.detail.caseId}`)}
      />
      {/* #endregion */}
      <h2>Events</h2>
      <ol className="event-log" aria-live="polite">
        {log.map((line, index) => (
          <li key={index}>{line}</li>
        ))}
      </ol>
    </main>
  );
}

createRoot(document.getElementById('root')).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
