// Danske tekster til opgavevisningen ("Kræver din handling") og til sagslistens henvisning dertil.
import type { TasksMessages } from '../en/tasks.js';

export const tasks: TasksMessages = {
  title: 'Kræver din handling',
  intro: 'Det, Debitura har brug for fra dig, før disse sager kan gå videre, det mest presserende først.',
  allCases: 'Alle sager',
  loading: 'Henter dine opgaver…',
  loadFailed: 'Dine opgaver kunne ikke hentes.',
  empty: {
    title: 'Intet kræver din handling',
    body: 'Når Debitura har brug for noget fra dig for at komme videre med en sag, vises det her.',
  },
  count: { one: '{count} opgave kræver din handling', other: '{count} opgaver kræver din handling' },
  listLabel: 'Åbne opgaver',
  types: {
    Generic: 'Opgave',
    ReplyToChat: 'Svar på en besked',
    SelectQuoteWinner: 'Vælg et tilbud',
    ReviewPartner: 'Vurdér inkassopartneren',
    ClientInputRequired: 'Vi mangler dit input',
    SignContract: 'Underskrift mangler',
    MoreInfoNeeded: 'Flere oplysninger mangler',
    AssignBankAccount: 'Tilføj en bankkonto',
    CaseValidationNeedsInfo: 'Sagsoplysninger mangler',
  },
  untitled: 'Åben opgave',
  openCase: 'Sag {reference}',
  openCaseLabel: 'Åbn sag {reference}',
  accountWide: 'Din konto',
  deadline: {
    none: 'Ingen frist',
    due: 'Frist {relative} ({date})',
    overdue: 'Overskredet: fristen var {relative} ({date})',
  },
  created: 'Siden {date}',
  reply: 'Svar',
  openAtDebitura: 'Åbn i Debitura',
  presentedByPartner: 'Fortsæt i vinduet, der lige blev åbnet.',
  noLink: 'Åbn opgaven i Debitura for at løse den.',
  actionLabel: '{action}: {title}',
  updated: 'Dine opgaver blev opdateret.',
  caseBadge: { one: '{count} opgave', other: '{count} opgaver' },
};
