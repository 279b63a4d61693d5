// Deutsche Texte für den Ablauf „neuer Inkassofall“. `{name}` markiert einen Wert, den `interpolate` einsetzt.
import type { NewCaseMessages } from '../en/new-case.js';

export const newCase: NewCaseMessages = {
  steps: {
    form: 'Neuer Inkassofall',
    preview: 'Preis prüfen und senden',
    submitting: 'Fall wird gesendet…',
    success: 'Fall an das Inkasso übergeben',
    problem: 'Der Fall wurde nicht gesendet',
    progress: 'Schritt {current} von {total}',
  },
  intro: 'Übergeben Sie eine unbezahlte Rechnung an das Inkasso. Mit * markierte Felder sind Pflichtfelder.',
  sections: {
    debtor: 'Wer schuldet das Geld',
    invoice: 'Die Rechnung',
    notes: 'Für den Inkassopartner',
    filing: 'In Ihrem Unternehmen',
    age: 'Ältere Rechnungen',
  },
  fields: {
    debtorType: {
      label: 'Art des Schuldners',
      company: 'Unternehmen',
      private: 'Privatperson',
    },
    name: {
      labelCompany: 'Name des Unternehmens',
      labelPrivate: 'Vollständiger Name',
    },
    contactPerson: { label: 'Ansprechpartner' },
    companyRegistrationNumber: {
      label: 'Handelsregisternummer',
      hint: 'USt-IdNr., Handelsregister- oder Organisationsnummer',
    },
    address: { label: 'Adresse' },
    zipCode: { label: 'Postleitzahl' },
    city: { label: 'Ort' },
    country: {
      label: 'Land',
      hint: 'Zum Suchen tippen',
    },
    stateAlpha2: {
      label: 'Bundesstaat',
      choose: 'Bundesstaat wählen',
    },
    email: { label: 'E-Mail' },
    phone: { label: 'Telefon' },
    amountToRecover: {
      label: 'Einzuziehender Betrag',
      hint: 'Die offene Hauptforderung ohne Zinsen und Gebühren',
    },
    currencyCode: { label: 'Währung' },
    date: { label: 'Rechnungsdatum', hint: 'Zum Beispiel {example}' },
    dueDate: { label: 'Fälligkeitsdatum', hint: 'Zum Beispiel {example}' },
    creditorReference: {
      label: 'Ihre Referenz',
      hint: 'Zum Beispiel Ihre Rechnungsnummer. Muss eindeutig sein.',
    },
    creditorDivisionId: {
      label: 'Abteilung',
      choose: 'Abteilung wählen',
      hint: 'Die Niederlassung oder Abteilung, zu der dieser Fall gehört',
    },
    assignedUserEmail: {
      label: 'Fallverantwortliche Person',
      everyone: 'Das ganze Team',
      hint: 'Nur die verantwortliche Person erhält die E-Mails zu diesem Fall; ohne sie erhält sie das ganze Team.',
    },
    claimDescription: {
      label: 'Worauf sich die Forderung bezieht',
      hint: 'Die berechneten Waren oder Leistungen, in ein, zwei Sätzen.',
      counter: '{count} von {max} Zeichen',
    },
    comments: {
      label: 'Hinweise für den Inkassopartner',
      hint: 'Zahlungsverlauf, Vereinbarungen, Einwände: alles, was beim Einzug der Forderung hilft.',
      counter: '{count} von {max} Zeichen',
    },
    ageSplit: {
      toggle: 'Die Forderung enthält Rechnungen, die älter als 6 Monate sind',
      intro:
        'Teilen Sie den Betrag danach auf, wie lange er überfällig ist. Ältere Forderungen können ein höheres Erfolgshonorar kosten.',
      over6: 'Davon seit mehr als 6 Monaten überfällig',
      over12: 'Davon seit mehr als 12 Monaten überfällig',
      over24: 'Davon seit mehr als 24 Monaten überfällig',
    },
  },
  validation: {
    required: 'Bitte „{field}“ ausfüllen.',
    tooLong: 'Verwenden Sie höchstens {max} Zeichen.',
    email: 'Geben Sie eine E-Mail-Adresse wie name@beispiel.de ein.',
    phone: 'Geben Sie eine Telefonnummer nur mit Ziffern, Leerzeichen und + ( ) - ein.',
    country: 'Wählen Sie ein Land aus der Liste.',
    state: 'Wählen Sie den US-Bundesstaat.',
    currency: 'Wählen Sie eine Währung aus der Liste.',
    amount: 'Geben Sie einen Betrag größer als 0 ein, zum Beispiel 1250,50.',
    amountFormat: 'Geben Sie eine Zahl ein, zum Beispiel 1250,50.',
    date: 'Geben Sie ein Datum wie {example} ein.',
    dateInFuture: 'Das Datum darf nicht in der Zukunft liegen.',
    dueBeforeInvoice: 'Das Fälligkeitsdatum darf nicht vor dem Rechnungsdatum liegen.',
    division: 'Wählen Sie eine Ihrer Abteilungen.',
    caseOwner: 'Wählen Sie eine Person aus Ihrem Team oder das ganze Team.',
    ageOver6NeedsOlder: 'Füllen Sie auch die Beträge über 12 und über 24 Monate aus oder lassen Sie alle drei leer.',
    agePairNeeded: 'Füllen Sie die Beträge über 12 und über 24 Monate gemeinsam aus.',
    ageOver6BelowOver12: 'Muss mindestens so hoch sein wie der Betrag über 12 Monate.',
    ageOver12BelowOver24: 'Muss mindestens so hoch sein wie der Betrag über 24 Monate.',
    ageAboveTotal: 'Darf nicht höher sein als der einzuziehende Betrag.',
    summary: {
      one: 'Bitte korrigieren Sie {count} Fehler im Formular.',
      other: 'Bitte korrigieren Sie {count} Fehler im Formular.',
    },
    fromDebitura: 'Debitura hat diesen Wert nicht akzeptiert: {message}',
  },
  actions: {
    preview: 'Preis prüfen',
    previewBusy: 'Preis wird geprüft…',
    edit: 'Zurück zur Bearbeitung',
    submit: 'An das Inkasso übergeben',
    submitBusy: 'Wird gesendet…',
    submitPending: 'Senden und später unterschreiben',
    retry: 'Erneut versuchen',
    createAnother: 'Weiteren Fall anlegen',
    openSigning: 'Zur Unterschrift',
    openKyc: 'Unternehmen verifizieren',
    openLink: 'Nächsten Schritt öffnen',
    viewCase: 'Fall ansehen',
    checkAgain: 'Erneut prüfen',
  },
  preview: {
    eligible: 'Debitura kann diesen Fall übernehmen.',
    notEligible: 'Debitura kann diesen Fall nicht übernehmen.',
    notEligibleHelp:
      'Gehen Sie zurück und ändern Sie den Schuldner oder den Betrag, oder wenden Sie sich an den Debitura-Support.',
    summary: 'Übersicht',
    debtor: 'Schuldner',
    amount: 'Einzuziehender Betrag',
    partner: 'Inkassopartner',
    partnerValue: '{name} ({country})',
    jurisdiction: 'Rechtsraum',
    pricing: 'Erfolgshonorar',
    pricingIntro: 'Sie zahlen nur, wenn Geld eingezogen wird. Das Honorar ist ein Anteil am eingezogenen Betrag.',
    baseFee: 'Grundhonorar',
    ageSurcharge: 'Zuschlag für ältere Forderungen',
    totalFee: 'Erfolgshonorar gesamt',
    pricingSource: 'Preisgrundlage',
    none: 'Noch nicht zugewiesen',
    requiredActions: 'Bevor der Fall starten kann',
    requiredActionsIntro:
      'Diese Schritte sind nötig. Sie können sie jetzt erledigen oder den Fall senden und später unterschreiben.',
    kycOnFile: 'Die Verifizierung Ihres Unternehmens liegt vor.',
    kycNeeded: 'Debitura muss Ihr Unternehmen für diesen Rechtsraum verifizieren.',
    confirm:
      'Ich bestätige, dass die Forderung fällig und nach meinem Wissen unbestritten ist und dass Debitura den Einzug zu den oben gezeigten Bedingungen beginnen soll.',
    confirmRequired: 'Setzen Sie das Häkchen zur Bestätigung, bevor Sie senden.',
    pricingSources: {
      'Standard agreement': 'Standardsätze für dieses Land',
      'Creditor custom pricing': 'Für Ihr Unternehmen vereinbarte Sätze',
      'Managing partner custom pricing': 'Über Ihre Plattform vereinbarte Sätze',
      'Jurisdiction custom pricing': 'Sondersätze für dieses Land',
      'Partner custom pricing': 'Eigene Sätze des Inkassopartners',
      'Accepted quote': 'Das von Ihnen angenommene Angebot',
    },
    actionTypes: {
      MissingDebtCollectionContract: 'Inkassovereinbarung mit Debitura',
      MissingPowerOfAttorney: 'Vollmacht für den Inkassopartner',
      MissingKycVerification: 'Verifizierung Ihres Unternehmens',
    },
    contractsTitle: 'Zu unterschreibende Verträge',
    contractsBody:
      'Senden Sie den Fall jetzt und unterschreiben Sie danach: Er wartet als „{status}“ und startet von selbst, sobald alles unterschrieben ist.',
    signNow: 'Stattdessen jetzt unterschreiben',
    kycTitle: 'Verifizieren Sie Ihr Unternehmen vor dem Senden',
    kycBody:
      'Debitura muss Ihr Unternehmen verifizieren, bevor dieser Fall gesendet werden kann; dieser Schritt lässt sich nicht aufschieben. Verifizieren Sie jetzt und kommen Sie dann hierher zurück.',
    watching: 'Diese Seite prüft erneut, wenn Sie zurückkommen, und alle paar Sekunden, während Sie weg sind.',
    handoffDone: 'Erledigt. Vor dem Senden muss nichts mehr unterschrieben werden.',
    blockedSupport: 'Wenden Sie sich an {support}.',
  },
  success: {
    body: 'Debitura hat den Fall erhalten.',
    reference: 'Debitura-Fallreferenz',
    yourReference: 'Ihre Referenz',
    amount: 'Betrag',
    status: 'Status',
    signingNeeded: 'Der Fall startet, sobald die ausstehenden Verträge unterschrieben sind.',
    signingWatching: 'Diese Seite aktualisiert sich von selbst, sobald Sie unterschrieben haben.',
    signingDone: 'Alles ist unterschrieben. Der Fall ist unterwegs.',
    signingHandled:
      'Folgen Sie den Schritten zur Unterschrift, die Ihre Plattform zeigt; der Fall startet, sobald alles unterschrieben ist.',
  },
  outcomes: {
    MissingDebtCollectionContract: {
      title: 'Unterschreiben Sie zuerst den Inkassovertrag',
      body: 'Ihr Unternehmen hat den Inkassovertrag mit Debitura noch nicht unterschrieben. Unterschreiben Sie ihn und senden Sie den Fall erneut, oder senden Sie ihn jetzt und unterschreiben Sie später.',
    },
    MissingPowerOfAttorney: {
      title: 'Unterschreiben Sie zuerst die Vollmacht',
      body: 'Der Inkassopartner braucht eine Vollmacht, um in diesem Land für Sie zu handeln. Unterschreiben Sie sie und senden Sie den Fall erneut, oder senden Sie ihn jetzt und unterschreiben Sie später.',
    },
    MissingKycVerification: {
      title: 'Verifizieren Sie zuerst Ihr Unternehmen',
      body: 'Für dieses Land muss Debitura prüfen, wer Ihr Unternehmen leitet, bevor ein Fall starten kann. Schließen Sie die Verifizierung ab und senden Sie den Fall dann erneut.',
    },
    NoPartnerAvailable: {
      title: 'Kein Inkassopartner für diesen Schuldner',
      body: 'Debitura hat keinen Inkassopartner für das Land oder die Region des Schuldners. Prüfen Sie das Land oder wenden Sie sich an den Debitura-Support.',
    },
    CreditorBlocked: {
      title: 'Ihr Konto kann gerade keine Fälle senden',
      body: 'Debitura hat die Übergabe von Fällen für Ihr Unternehmen pausiert. Wenden Sie sich an den Debitura-Support.',
    },
    IdempotencyConflict: {
      title: 'Dieser Fall wurde bereits mit anderen Angaben gesendet',
      body: 'Gehen Sie zurück, prüfen Sie die Angaben und senden Sie erneut.',
    },
    unknown: {
      title: 'Debitura kann diesen Fall noch nicht annehmen',
      body: '{message}',
    },
    duplicateReference: {
      title: 'Diese Referenz wird bereits verwendet',
      body: 'Ein anderer Fall hat bereits diese Referenz. Ändern Sie Ihre Referenz und versuchen Sie es erneut.',
    },
    validation: {
      title: 'Einige Angaben wurden nicht akzeptiert',
      body: 'Korrigieren Sie die markierten Felder und versuchen Sie es erneut.',
    },
    network: {
      title: 'Debitura ist nicht erreichbar',
      body: 'Nichts ist verloren. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut: Der Fall wird nicht doppelt gesendet.',
    },
    rateLimited: {
      title: 'Zu viele Anfragen',
      body: { one: 'Neuer Versuch in {seconds} Sekunde…', other: 'Neuer Versuch in {seconds} Sekunden…' },
      ready: 'Sie können es jetzt erneut versuchen.',
    },
    server: {
      title: 'Bei Debitura ist etwas schiefgelaufen',
      body: 'Nichts ist verloren. Versuchen Sie es gleich noch einmal: Der Fall wird nicht doppelt gesendet.',
    },
    handoffBlocked: 'Der Link zum nächsten Schritt ist hier nicht verfügbar. Wenden Sie sich an den Debitura-Support.',
    handoffHandled:
      'Folgen Sie den angezeigten Anweisungen, um diesen Schritt abzuschließen, und senden Sie den Fall dann erneut.',
    signLaterHint:
      'Sie können den Fall auch jetzt senden. Er wartet im Status „Warten auf Vertragsunterzeichnung“, bis alles unterschrieben ist.',
  },
  draft: {
    replaceTitle: 'Neue Rechnungsdaten sind eingetroffen',
    replaceBody:
      'Ersetzen Sie Ihre Eingaben durch die gerade gewählte Rechnung, oder arbeiten Sie mit Ihren Eingaben weiter.',
    replace: 'Neue Rechnung übernehmen',
    keep: 'Meine Eingaben behalten',
    unusedTitle: 'Einige Rechnungsdaten konnten nicht übernommen werden',
    unused: 'Im Formular ist kein Platz für: {fields}.',
    date: '„{value}“ ist kein Datum. Geben Sie das Datum ein.',
    currency: '„{value}“ ist keine Währung, in der Debitura einzieht. Wählen Sie eine aus der Liste.',
    debtorType: '„{value}“ ist weder ein Unternehmen noch eine Privatperson. Wählen Sie eines aus.',
    state: '„{value}“ ist kein US-Bundesstaat. Wählen Sie einen aus der Liste.',
    value: 'Der hier übergebene Wert konnte nicht übernommen werden. Geben Sie ihn erneut ein.',
  },
  eligibility: {
    uncovered:
      'Debitura hat für diesen Schuldner in {place} keinen Inkassopartner, daher kann dieser Fall nicht gesendet werden. Prüfen Sie das Land, bevor Sie den Rest ausfüllen.',
    blocked:
      'Debitura hat das Einreichen von Fällen für Ihr Unternehmen pausiert, daher kann dieser Fall jetzt nicht gesendet werden. Wenden Sie sich an den Debitura-Support.',
  },
  live: {
    previewReady: 'Preis geprüft. Bitte prüfen und bestätigen.',
    previewNotEligible: 'Debitura kann diesen Fall nicht übernehmen.',
    submitted: 'Fall {reference} an das Inkasso übergeben.',
    failed: 'Der Fall wurde nicht gesendet. {title}',
    fieldErrors: { one: 'Das Formular enthält {count} Fehler.', other: 'Das Formular enthält {count} Fehler.' },
    draftApplied: 'Das Formular ist aus der Rechnung ausgefüllt. Prüfen Sie es, dann den Preis.',
    draftWaiting: 'Neue Rechnungsdaten sind eingetroffen. Wählen Sie, ob sie Ihre Eingaben ersetzen.',
  },
  aria: {
    requiredMark: 'Pflichtfeld',
    removeAgeSplit: 'Beträge älterer Rechnungen ausblenden',
  },
};
