// Danske tekster til aktiveringen: det, en kunde uden Debitura-inkasso ser, fra den første forklaring til
// Debituras onboarding eller godkendelse af forbindelsen. `{name}` markerer en værdi, der indsættes senere.
import type { ActivationMessages } from '../en/activation.js';

export const activation: ActivationMessages = {
  checking: 'Tjekker jeres konto…',
  pitch: {
    title: 'Inddriv ubetalte fakturaer med Debitura',
    intro: 'Send forfaldne fakturaer til inkasso herfra, og følg hver sag, til den er betalt.',
    points: {
      noCureNoPay: {
        title: 'No cure, no pay.',
        body: 'I betaler kun et succeshonorar, når pengene bliver inddrevet.',
      },
      localPartners: {
        title: 'Lokale inkassopartnere.',
        body: 'Hver skyldner kontaktes af en partner i sit eget land og på sit eget sprog.',
      },
      noRetyping: {
        title: 'Intet at taste igen.',
        body: 'Jeres virksomhedsoplysninger kommer fra denne app; I sender og følger sager lige her.',
      },
    },
    coverageTitle: 'Lande, der er dækket',
    coverage: 'Skyldnere i {count} lande: {countries}.',
    nextTitle: 'Det sker der nu',
    nextSteps: {
      create: 'Debitura opretter en konto for {company} med de oplysninger, denne app allerede har.',
      confirm: 'Har Debitura brug for mere, bekræfter I det og underskriver inkassoaftalen på Debituras side.',
      send: 'I sender jeres første sag. Prisen vises, før noget bliver sendt.',
    },
    yourCompany: 'jeres virksomhed',
    activate: 'Aktivér inkasso',
    activating: 'Aktiverer…',
    askAdmin: 'Bed en administrator hos {company} om at aktivere inkasso.',
  },
  onboarding: {
    title: 'Gør opsætningen færdig hos Debitura',
    body: 'Bekræft virksomhedsoplysningerne, og underskriv inkassoaftalen på Debituras side. Det tager få minutter.',
    open: 'Fortsæt hos Debitura',
    waitingTitle: 'Gør opsætningen færdig i den anden fane',
    waitingBody: 'Kom tilbage til denne side, når I er færdige der: den fortsætter af sig selv.',
    reopen: 'Åbn opsætningssiden igen',
    checkNow: 'Jeg er færdig, tjek nu',
  },
  approval: {
    title: '{company} har allerede en Debitura-konto',
    body: 'En, der administrerer kontoen, skal godkende, at den forbindes til denne app. Åbn godkendelsessiden, eller bed vedkommende om det.',
    open: 'Åbn godkendelsessiden',
    waitingTitle: 'Venter på, at forbindelsen bliver godkendt',
    waitingBody: 'Når forbindelsen er godkendt, fortsætter denne side af sig selv.',
    reopen: 'Åbn godkendelsessiden igen',
    checkNow: 'Den er godkendt, tjek nu',
  },
  handledByHost: 'Følg den viste vejledning for at gennemføre trinnet. Siden fortsætter af sig selv bagefter.',
  checkBusy: 'Tjekker…',
  notYet: 'Endnu ikke færdigt hos Debitura.',
  declined: {
    title: 'Forbindelsen blev afvist',
    body: 'Den, der administrerer Debitura-kontoen for {company}, afviste at forbinde den til denne app. Var det en fejl, så spørg igen.',
  },
  expired: {
    title: 'Anmodningen om forbindelse er udløbet',
    body: 'Ingen godkendte forbindelsen af Debitura-kontoen for {company} i tide. Spørg igen for at sende en ny anmodning.',
  },
  askAgain: 'Spørg igen',
  askAgainBusy: 'Spørger…',
  linkedElsewhere: {
    title: 'Inkasso kører gennem en anden udbyder',
    body: '{company} bruger allerede Debitura gennem en anden partner, og en virksomhed kan kun arbejde med én. Kontakt support for at ændre det.',
  },
  invalidClientType: {
    title: 'Denne Debitura-konto kan ikke sende sager',
    body: 'Debitura-kontoen for {company} er ikke en kreditorkonto og kan derfor ikke sende inkassosager. Kontakt support.',
  },
  failed: {
    title: 'Aktiveringen kunne ikke starte',
    body: 'Noget i kontooplysningerne stoppede aktiveringen. Kontakt support: de kan se, hvad der gik galt.',
  },
  unavailable: {
    title: 'Kan ikke få forbindelse til inkasso',
    body: 'Tjek jeres forbindelse, og prøv igen.',
  },
  rateLimited: {
    title: 'For mange forsøg',
    body: 'Vent et minut, og prøv så igen.',
  },
  support: 'Kontakt supporten for denne app for at få hjælp.',
  done: 'Inkasso er aktiveret.',
};
