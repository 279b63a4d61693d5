// Deutsche Texte der Übersicht: offene Fälle je Status, offene und eingezogene Beträge je Währung, Aufgaben, Ereignisse.
import type { OverviewMessages } from '../en/overview.js';

export const overview: OverviewMessages = {
  title: 'Übersicht',
  intro: 'Ihre Inkassofälle auf einen Blick.',
  allCases: 'Alle Fälle',
  loading: 'Ihre Übersicht wird geladen…',
  loadFailed: 'Die Übersicht konnte nicht geladen werden.',
  empty: {
    title: 'Noch keine Fälle',
    body: 'Sobald Sie eine unbezahlte Rechnung ins Inkasso geben, sehen Sie hier ihren Verlauf.',
    newCase: 'Fall anlegen',
  },
  truncated: 'Zahlen aus den letzten {shown} von {total} Fällen.',
  lifecycle: {
    heading: 'Offene Fälle nach Status',
    total: { one: '{count} offener Fall', other: '{count} offene Fälle' },
    none: 'Derzeit ist kein Fall offen.',
    chartLabel: 'Offene Fälle je Status, als Balken',
    showTable: 'Als Tabelle zeigen',
    hideTable: 'Tabelle ausblenden',
    tableCaption: 'Offene Fälle je Status',
    status: 'Status',
    cases: 'Fälle',
  },
  money: {
    heading: 'Offen und eingezogen',
    caption: 'Beträge je Währung',
    currency: 'Währung',
    outstanding: 'Offen',
    recovered: 'Eingezogen',
    share: 'Anteil eingezogen',
    noCurrency: 'Keine Währung',
  },
  tasks: {
    heading: 'Wartet auf Sie',
    none: 'Nichts wartet auf Sie.',
    open: 'Ihre Aufgaben ansehen',
  },
  events: {
    heading: 'Neueste Ereignisse',
    none: 'Zu Ihren Fällen ist noch nichts geschehen.',
    openCase: 'Fall {reference}',
    openCaseLabel: 'Fall {reference} öffnen',
  },
  updated: 'Die Übersicht wurde aktualisiert.',
};
