// Danske tekster til overblikket: åbne sager pr. status, udestående og inddrevet pr. valuta, opgaver og hændelser.
import type { OverviewMessages } from '../en/overview.js';

export const overview: OverviewMessages = {
  title: 'Overblik',
  intro: 'Dine inkassosager på et øjeblik.',
  allCases: 'Alle sager',
  loading: 'Henter dit overblik…',
  loadFailed: 'Overblikket kunne ikke hentes.',
  empty: {
    title: 'Ingen sager endnu',
    body: 'Når du sender en ubetalt faktura til inkasso, vises dens forløb her.',
    newCase: 'Opret en sag',
  },
  truncated: 'Tal fra de seneste {shown} af {total} sager.',
  lifecycle: {
    heading: 'Åbne sager pr. status',
    total: { one: '{count} åben sag', other: '{count} åbne sager' },
    none: 'Ingen sager er åbne lige nu.',
    chartLabel: 'Åbne sager pr. status, som søjler',
    showTable: 'Vis som tabel',
    hideTable: 'Skjul tabellen',
    tableCaption: 'Åbne sager pr. status',
    status: 'Status',
    cases: 'Sager',
  },
  money: {
    heading: 'Udestående og inddrevet',
    caption: 'Beløb pr. valuta',
    currency: 'Valuta',
    outstanding: 'Udestående',
    recovered: 'Inddrevet',
    share: 'Andel inddrevet',
    noCurrency: 'Ingen valuta',
  },
  tasks: {
    heading: 'Venter på dig',
    none: 'Intet venter på dig.',
    open: 'Se dine opgaver',
  },
  events: {
    heading: 'Seneste hændelser',
    none: 'Der er ikke sket noget på dine sager endnu.',
    openCase: 'Sag {reference}',
    openCaseLabel: 'Åbn sag {reference}',
  },
  updated: 'Overblikket blev opdateret.',
};
