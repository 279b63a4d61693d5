// Deutsche Texte der Aufgabenansicht („Ihre Aufmerksamkeit ist gefragt“) und des Hinweises in der Fallliste.
import type { TasksMessages } from '../en/tasks.js';

export const tasks: TasksMessages = {
  title: 'Ihre Aufmerksamkeit ist gefragt',
  intro: 'Was Debitura von Ihnen braucht, damit diese Fälle weitergehen können, das Dringendste zuerst.',
  allCases: 'Alle Fälle',
  loading: 'Ihre Aufgaben werden geladen…',
  loadFailed: 'Ihre Aufgaben konnten nicht geladen werden.',
  empty: {
    title: 'Nichts erfordert Ihre Aufmerksamkeit',
    body: 'Wenn Debitura etwas von Ihnen braucht, um einen Fall voranzubringen, erscheint es hier.',
  },
  count: { one: '{count} Aufgabe braucht Ihre Aufmerksamkeit', other: '{count} Aufgaben brauchen Ihre Aufmerksamkeit' },
  listLabel: 'Offene Aufgaben',
  types: {
    Generic: 'Aufgabe',
    ReplyToChat: 'Auf eine Nachricht antworten',
    SelectQuoteWinner: 'Ein Angebot auswählen',
    ReviewPartner: 'Inkassopartner bewerten',
    ClientInputRequired: 'Ihre Angaben werden benötigt',
    SignContract: 'Unterschrift erforderlich',
    MoreInfoNeeded: 'Weitere Informationen erforderlich',
    AssignBankAccount: 'Bankkonto hinzufügen',
    CaseValidationNeedsInfo: 'Falldaten erforderlich',
  },
  untitled: 'Offene Aufgabe',
  openCase: 'Fall {reference}',
  openCaseLabel: 'Fall {reference} öffnen',
  accountWide: 'Ihr Konto',
  deadline: {
    none: 'Keine Frist',
    due: 'Fällig {relative} ({date})',
    overdue: 'Überfällig: war fällig {relative} ({date})',
  },
  created: 'Seit {date}',
  reply: 'Antworten',
  openAtDebitura: 'In Debitura öffnen',
  presentedByPartner: 'Fahren Sie in dem Fenster fort, das sich gerade geöffnet hat.',
  noLink: 'Öffnen Sie diese Aufgabe in Debitura, um sie zu erledigen.',
  actionLabel: '{action}: {title}',
  updated: 'Ihre Aufgaben wurden aktualisiert.',
  caseBadge: { one: '{count} Aufgabe', other: '{count} Aufgaben' },
};
