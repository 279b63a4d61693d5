// German texts of the widget shell.
import type { CoreMessages } from '../en/core.js';

export const core: CoreMessages = {
  language: 'de',
  common: {
    retry: 'Erneut versuchen',
    close: 'Schließen',
    cancel: 'Abbrechen',
    back: 'Zurück',
    continue: 'Weiter',
    optional: 'optional',
    required: 'erforderlich',
    opensInNewTab: '(öffnet in einem neuen Tab)',
  },
  header: {
    title: 'Inkasso',
    creditor: 'Inkasso für {company}',
  },
  loading: {
    connecting: 'Verbindung zu Debitura wird hergestellt…',
    view: 'Wird geladen…',
  },
  token: {
    signedOut: {
      title: 'Sie sind abgemeldet',
      body: 'Ihre Sitzung ist abgelaufen. Melden Sie sich erneut an und versuchen Sie es dann noch einmal.',
    },
    notLinked: {
      title: 'Inkasso ist für dieses Konto nicht eingerichtet',
      body: 'Dieses Konto ist noch nicht mit Debitura verbunden. Bitten Sie eine Administratorin oder einen Administrator, Inkasso zu aktivieren.',
    },
    forbidden: {
      title: 'Zugriff verweigert',
      body: 'Sie sind nicht berechtigt, Inkasso für dieses Konto zu nutzen.',
    },
    unavailable: {
      title: 'Keine Verbindung',
      body: 'Die Verbindung zum Inkasso konnte nicht hergestellt werden. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
    },
    notConfigured: {
      title: 'Inkasso ist nicht konfiguriert',
      body: 'Diese Seite gibt nicht an, woher der Zugang kommt. Die Betreiber der Website müssen einen Token-Endpunkt angeben.',
    },
  },
  errors: {
    authentication: {
      title: 'Ihr Zugang ist abgelaufen',
      body: 'Debitura hat Ihren Zugang nicht akzeptiert. Melden Sie sich erneut an und versuchen Sie es dann noch einmal.',
    },
    connection: {
      title: 'Debitura ist nicht erreichbar',
      body: 'Prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut.',
    },
    rateLimited: {
      title: 'Zu viele Anfragen',
      body: {
        one: 'Bitte warten Sie {seconds} Sekunde und versuchen Sie es erneut.',
        other: 'Bitte warten Sie {seconds} Sekunden und versuchen Sie es erneut.',
      },
    },
    server: {
      title: 'Bei Debitura ist ein Fehler aufgetreten',
      body: 'Das liegt nicht an Ihnen. Versuchen Sie es gleich noch einmal.',
    },
    validation: {
      title: 'Bitte prüfen Sie die markierten Felder',
      body: 'Einige Angaben wurden nicht akzeptiert.',
    },
    business: {
      title: 'Debitura kann dies noch nicht annehmen',
      body: 'Bevor der Fall weitergehen kann, ist eine Aktion nötig.',
    },
    unexpected: {
      title: 'Unerwartete Antwort',
      body: 'Debitura hat etwas Unerwartetes gesendet. Versuchen Sie es später erneut oder wenden Sie sich an den Support.',
    },
    notFound: {
      title: 'Nicht gefunden',
      body: 'Dieser Fall existiert nicht oder Sie haben keinen Zugriff darauf.',
    },
    viewLoad: {
      title: 'Dieser Teil der Seite konnte nicht geladen werden',
      body: 'Prüfen Sie Ihre Internetverbindung und versuchen Sie es erneut. Wenn es weiterhin fehlschlägt, laden Sie die Seite neu.',
    },
  },
  status: {
    PendingContractSigning: 'Wartet auf Vertragsunterzeichnung',
    PendingVerificationInternal: 'Wird geprüft',
    PendingVerification: 'Wartet auf Prüfung durch den Partner',
    NeedsAdditionalDetails: 'Weitere Angaben erforderlich',
    Leads: 'Angebote werden eingeholt',
    LeadsQuoteGiven: 'Angebot auswählen',
    Active: 'Aktiv',
    Paused: 'Pausiert',
    Closed: 'Abgeschlossen',
    Merged: 'Zusammengeführt',
    unknown: 'Unbekannter Status',
  },
  statusFamily: {
    pending: 'Wartet',
    action: 'Aktion erforderlich',
    active: 'Im Inkasso',
    paused: 'Pausiert',
    recovered: 'Beigetrieben',
    closed: 'Abgeschlossen',
  },
  aria: {
    widget: 'Inkasso',
    loading: 'Wird geladen',
    errorAlert: 'Fehler',
    retry: 'Erneut laden',
  },
};
