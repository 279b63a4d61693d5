// Deutsche Texte dessen, was die Fallansicht zum Inkassomandat zeigt: Aufgaben des Falls, Angebote, Exklusivzeitraum.
import type { EngagementMessages } from '../en/engagement.js';

export const engagement: EngagementMessages = {
  tasks: {
    heading: 'Ihre Aufmerksamkeit ist gefragt',
    intro: 'Was Debitura von Ihnen braucht, damit dieser Fall weitergehen kann.',
  },
  quotes: {
    heading: 'Angebote',
    request: 'Angebotsanfrage vom {date}',
    requestStatuses: {
      Open: 'Angebote werden eingeholt',
      QuotesReceived: 'Angebote eingegangen: wählen Sie eines',
      Accepted: 'Ein Angebot wurde gewählt',
      Closed: 'Geschlossen',
      Expired: 'Abgelaufen',
    },
    count: {
      one: '{count} Angebot eingegangen, höchstens {max}',
      other: '{count} Angebote eingegangen, höchstens {max}',
    },
    none: 'Noch keine Angebote: Inkassopartner bereiten sie vor.',
    listLabel: 'Angebote von Inkassopartnern',
    partner: 'Inkassopartner',
    agreement: 'Vereinbarung',
    pricing: 'Preis',
    solution: 'Vorgeschlagenes Vorgehen',
    status: 'Status',
    received: 'Eingegangen am {date}',
    unnamedPartner: 'Ein Inkassopartner',
    agreementTypes: {
      SuccessFee: 'Erfolgshonorar',
      Hybrid: 'Stunden plus Erfolgshonorar',
      Hourly: 'Stundensatz',
      FlatFee: 'Pauschale',
    },
    quoteStatuses: {
      Submitted: 'Wartet auf Ihre Wahl',
      Accepted: 'Gewählt',
      Rejected: 'Abgelehnt',
      Expired: 'Abgelaufen',
      Withdrawn: 'Zurückgezogen',
    },
    price: {
      successFee: '{percent} des Eingezogenen',
      hourly: '{rate} pro Stunde, etwa {hours} Stunden',
      hourlyRate: '{rate} pro Stunde',
      flatFee: 'Etwa {amount} insgesamt',
      estimate: 'Geschätzte Kosten {amount}',
      otherCosts: 'Sonstige Kosten {amount}',
      none: 'Den Preis nennt das Angebot bei Debitura.',
    },
    openQuote: 'Ganzes Angebot ansehen',
    openQuoteLabel: 'Ganzes Angebot von {partner} ansehen',
    presentedByPartner: 'Fahren Sie im gerade geöffneten Fenster fort.',
  },
  exclusive: {
    heading: 'Exklusiver Inkassozeitraum',
    intro:
      'Solange der Zeitraum läuft, bearbeitet nur der Inkassopartner den Fall. Zahlungen und Vereinbarungen des Schuldners verlängern ihn.',
    started: 'Begonnen',
    ends: 'Endet',
    ended: 'Endete',
    remaining: 'Verbleibende Tage',
    status: 'Status',
    statuses: {
      Active: 'Läuft',
      Expired: 'Abgelaufen',
      Terminated: 'Vorzeitig beendet',
    },
    extensions: 'Verlängerungen',
    noExtensions: 'Bisher nicht verlängert.',
    extension: '{type} am {date}: verlängert bis {end}',
    extensionTypes: {
      PromiseToPay: 'Zahlungszusage',
      PaymentAgreement: 'Zahlungsvereinbarung',
      Payment: 'Zahlung',
      Manual: 'Von Debitura verlängert',
    },
  },
};
