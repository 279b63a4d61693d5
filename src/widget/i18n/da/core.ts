// Danish texts of the widget shell.
import type { CoreMessages } from '../en/core.js';

export const core: CoreMessages = {
  language: 'da',
  common: {
    retry: 'Prøv igen',
    close: 'Luk',
    cancel: 'Annuller',
    back: 'Tilbage',
    continue: 'Fortsæt',
    optional: 'valgfri',
    required: 'påkrævet',
    opensInNewTab: '(åbner i en ny fane)',
  },
  header: {
    title: 'Inkasso',
    creditor: 'Inkasso for {company}',
  },
  loading: {
    connecting: 'Forbinder til Debitura…',
    view: 'Indlæser…',
  },
  token: {
    signedOut: {
      title: 'Du er logget ud',
      body: 'Din session er udløbet. Log ind igen, og prøv så igen.',
    },
    notLinked: {
      title: 'Inkasso er ikke sat op for denne konto',
      body: 'Kontoen er endnu ikke forbundet til Debitura. Bed en administrator om at aktivere inkasso.',
    },
    forbidden: {
      title: 'Adgang nægtet',
      body: 'Du har ikke tilladelse til at bruge inkasso for denne konto.',
    },
    unavailable: {
      title: 'Kan ikke forbinde',
      body: 'Forbindelsen til inkasso kunne ikke oprettes. Tjek din forbindelse, og prøv igen.',
    },
    notConfigured: {
      title: 'Inkasso er ikke konfigureret',
      body: 'Siden angiver ikke, hvor adgangen skal hentes fra. Ejeren af hjemmesiden skal angive et token-endpoint.',
    },
  },
  errors: {
    authentication: {
      title: 'Din adgang er udløbet',
      body: 'Debitura accepterede ikke din adgang. Log ind igen, og prøv så igen.',
    },
    connection: {
      title: 'Kan ikke nå Debitura',
      body: 'Tjek din internetforbindelse, og prøv igen.',
    },
    rateLimited: {
      title: 'For mange forespørgsler',
      body: { one: 'Vent {seconds} sekund, og prøv igen.', other: 'Vent {seconds} sekunder, og prøv igen.' },
    },
    server: {
      title: 'Der gik noget galt hos Debitura',
      body: 'Det er ikke din fejl. Prøv igen om lidt.',
    },
    validation: {
      title: 'Tjek de markerede felter',
      body: 'Nogle oplysninger blev ikke godkendt.',
    },
    business: {
      title: 'Debitura kan ikke modtage dette endnu',
      body: 'Der mangler en handling, før sagen kan gå videre.',
    },
    unexpected: {
      title: 'Uventet svar',
      body: 'Debitura sendte noget uventet. Prøv igen senere, eller kontakt support.',
    },
    notFound: {
      title: 'Ikke fundet',
      body: 'Sagen findes ikke, eller du har ikke adgang til den.',
    },
    viewLoad: {
      title: 'Denne del af siden kunne ikke indlæses',
      body: 'Tjek din internetforbindelse, og prøv igen. Hvis det bliver ved med at fejle, så genindlæs siden.',
    },
  },
  status: {
    PendingContractSigning: 'Afventer underskrift af kontrakt',
    PendingVerificationInternal: 'Under kontrol',
    PendingVerification: 'Afventer partnerens gennemgang',
    NeedsAdditionalDetails: 'Flere oplysninger mangler',
    Leads: 'Indhenter tilbud',
    LeadsQuoteGiven: 'Vælg et tilbud',
    Active: 'Aktiv',
    Paused: 'På pause',
    Closed: 'Lukket',
    Merged: 'Sammenlagt',
    unknown: 'Ukendt status',
  },
  statusFamily: {
    pending: 'Afventer',
    action: 'Handling påkrævet',
    active: 'Under inddrivelse',
    paused: 'På pause',
    recovered: 'Inddrevet',
    closed: 'Lukket',
  },
  aria: {
    widget: 'Inkasso',
    loading: 'Indlæser',
    errorAlert: 'Fejl',
    retry: 'Prøv at indlæse igen',
  },
};
