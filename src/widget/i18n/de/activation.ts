// Deutsche Texte der Aktivierung: was ein Kunde ohne Debitura-Inkasso sieht, von der ersten Erklärung bis zum
// Onboarding oder zur Freigabe der Verknüpfung bei Debitura. `{name}` markiert einen später eingesetzten Wert.
import type { ActivationMessages } from '../en/activation.js';

export const activation: ActivationMessages = {
  checking: 'Ihr Konto wird geprüft…',
  pitch: {
    title: 'Offene Rechnungen mit Debitura einziehen',
    intro:
      'Übergeben Sie überfällige Rechnungen von hier aus an das Inkasso, und verfolgen Sie jeden Fall, bis er bezahlt ist.',
    points: {
      noCureNoPay: {
        title: 'No cure, no pay.',
        body: 'Sie zahlen ein Erfolgshonorar nur, wenn Geld eingezogen wird.',
      },
      localPartners: {
        title: 'Lokale Inkassopartner.',
        body: 'Jeder Schuldner wird von einem Partner in seinem Land und seiner Sprache kontaktiert.',
      },
      noRetyping: {
        title: 'Nichts neu eintippen.',
        body: 'Ihre Firmendaten kommen aus dieser App; Sie übergeben und verfolgen Fälle direkt hier.',
      },
    },
    coverageTitle: 'Abgedeckte Länder',
    coverage: 'Schuldner in {count} Ländern: {countries}.',
    nextTitle: 'So geht es weiter',
    nextSteps: {
      create: 'Debitura legt ein Konto für {company} mit den Daten an, die diese App schon hat.',
      confirm:
        'Braucht Debitura mehr, bestätigen Sie es und unterschreiben den Inkassovertrag auf der Seite von Debitura.',
      send: 'Sie übergeben Ihren ersten Fall. Der Preis wird angezeigt, bevor etwas gesendet wird.',
    },
    yourCompany: 'Ihr Unternehmen',
    activate: 'Inkasso aktivieren',
    activating: 'Wird aktiviert…',
    askAdmin: 'Bitten Sie eine Administratorin oder einen Administrator von {company}, Inkasso zu aktivieren.',
  },
  onboarding: {
    title: 'Einrichtung bei Debitura abschließen',
    body: 'Bestätigen Sie die Firmendaten und unterschreiben Sie den Inkassovertrag auf der Seite von Debitura. Das dauert wenige Minuten.',
    open: 'Weiter zu Debitura',
    waitingTitle: 'Schließen Sie die Einrichtung im anderen Tab ab',
    waitingBody: 'Kommen Sie danach auf diese Seite zurück: Sie macht von selbst weiter.',
    reopen: 'Einrichtungsseite erneut öffnen',
    checkNow: 'Ich bin fertig, jetzt prüfen',
  },
  approval: {
    title: '{company} hat bereits ein Debitura-Konto',
    body: 'Jemand, der dieses Konto verwaltet, muss die Verknüpfung mit dieser App freigeben. Öffnen Sie die Freigabeseite, oder bitten Sie diese Person darum.',
    open: 'Freigabeseite öffnen',
    waitingTitle: 'Warten auf die Freigabe der Verknüpfung',
    waitingBody: 'Sobald die Verknüpfung freigegeben ist, macht diese Seite von selbst weiter.',
    reopen: 'Freigabeseite erneut öffnen',
    checkNow: 'Sie ist freigegeben, jetzt prüfen',
  },
  handledByHost:
    'Folgen Sie den angezeigten Anweisungen, um diesen Schritt abzuschließen. Danach macht diese Seite von selbst weiter.',
  checkBusy: 'Wird geprüft…',
  notYet: 'Bei Debitura noch nicht abgeschlossen.',
  declined: {
    title: 'Die Verknüpfung wurde abgelehnt',
    body: 'Wer das Debitura-Konto von {company} verwaltet, hat die Verknüpfung mit dieser App abgelehnt. War das ein Versehen, fragen Sie erneut.',
  },
  expired: {
    title: 'Die Anfrage zur Verknüpfung ist abgelaufen',
    body: 'Niemand hat die Verknüpfung des Debitura-Kontos von {company} rechtzeitig freigegeben. Fragen Sie erneut, um eine neue Anfrage zu senden.',
  },
  askAgain: 'Erneut fragen',
  askAgainBusy: 'Wird angefragt…',
  linkedElsewhere: {
    title: 'Das Inkasso läuft über einen anderen Anbieter',
    body: '{company} nutzt Debitura bereits über einen anderen Partner, und ein Unternehmen kann nur mit einem arbeiten. Wenden Sie sich an den Support, um das zu ändern.',
  },
  invalidClientType: {
    title: 'Dieses Debitura-Konto kann keine Fälle übergeben',
    body: 'Das Debitura-Konto von {company} ist kein Gläubigerkonto und kann deshalb keine Inkassofälle übergeben. Wenden Sie sich an den Support.',
  },
  failed: {
    title: 'Die Aktivierung konnte nicht starten',
    body: 'Etwas in den Kontodaten hat die Aktivierung gestoppt. Wenden Sie sich an den Support: Dort ist zu sehen, was schiefging.',
  },
  unavailable: {
    title: 'Keine Verbindung zum Inkasso',
    body: 'Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
  },
  rateLimited: {
    title: 'Zu viele Versuche',
    body: 'Warten Sie eine Minute und versuchen Sie es dann erneut.',
  },
  support: 'Wenden Sie sich für Hilfe an den Support dieser App.',
  done: 'Inkasso ist aktiviert.',
};
