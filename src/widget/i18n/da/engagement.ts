// Danske tekster til det, sagsvisningen viser om inkassoforløbet: sagens opgaver, tilbud og eksklusivperioden.
import type { EngagementMessages } from '../en/engagement.js';

export const engagement: EngagementMessages = {
  tasks: {
    heading: 'Kræver din handling',
    intro: 'Det, Debitura har brug for fra dig, før sagen kan gå videre.',
  },
  quotes: {
    heading: 'Tilbud',
    request: 'Tilbudsforespørgsel af {date}',
    requestStatuses: {
      Open: 'Indhenter tilbud',
      QuotesReceived: 'Tilbud modtaget: vælg et',
      Accepted: 'Et tilbud er valgt',
      Closed: 'Lukket',
      Expired: 'Udløbet',
    },
    count: {
      one: '{count} tilbud modtaget, højst {max}',
      other: '{count} tilbud modtaget, højst {max}',
    },
    none: 'Ingen tilbud endnu: inkassopartnerne er ved at udarbejde dem.',
    listLabel: 'Tilbud fra inkassopartnere',
    partner: 'Inkassopartner',
    agreement: 'Aftale',
    pricing: 'Pris',
    solution: 'Foreslået løsning',
    status: 'Status',
    received: 'Modtaget {date}',
    unnamedPartner: 'En inkassopartner',
    agreementTypes: {
      SuccessFee: 'Succesgebyr',
      Hybrid: 'Timer plus succesgebyr',
      Hourly: 'Timepris',
      FlatFee: 'Fast pris',
    },
    quoteStatuses: {
      Submitted: 'Afventer dit valg',
      Accepted: 'Valgt',
      Rejected: 'Afvist',
      Expired: 'Udløbet',
      Withdrawn: 'Trukket tilbage',
    },
    price: {
      successFee: '{percent} af det inddrevne',
      hourly: '{rate} i timen, cirka {hours} timer',
      hourlyRate: '{rate} i timen',
      flatFee: 'Cirka {amount} i alt',
      estimate: 'Anslået pris {amount}',
      otherCosts: 'Andre omkostninger {amount}',
      none: 'Prisen står i tilbuddet hos Debitura.',
    },
    openQuote: 'Se hele tilbuddet',
    openQuoteLabel: 'Se hele tilbuddet fra {partner}',
    presentedByPartner: 'Fortsæt i vinduet, der lige blev åbnet.',
  },
  exclusive: {
    heading: 'Eksklusiv inkassoperiode',
    intro:
      'Mens perioden løber, arbejder kun inkassopartneren på sagen. Skyldnerens betalinger og aftaler forlænger den.',
    started: 'Startet',
    ends: 'Slutter',
    ended: 'Sluttede',
    remaining: 'Dage tilbage',
    status: 'Status',
    statuses: {
      Active: 'Løber',
      Expired: 'Udløbet',
      Terminated: 'Afsluttet før tid',
    },
    extensions: 'Forlængelser',
    noExtensions: 'Ikke forlænget indtil videre.',
    extension: '{type} den {date}: forlænget til {end}',
    extensionTypes: {
      PromiseToPay: 'Betalingstilsagn',
      PaymentAgreement: 'Betalingsaftale',
      Payment: 'Betaling',
      Manual: 'Forlænget af Debitura',
    },
  },
};
