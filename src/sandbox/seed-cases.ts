// The seeded case history of a tenant: cases over every lifecycle status with timelines, payments and
// chat messages. Deterministic for a given seed number; dates are relative to `now`.
import {
  chatRoles,
  lifecycleLabels,
  type CloseCodeLabel,
  type InvoiceDto,
  type LifecycleStatus,
  type PaymentDto,
  type TimelineItemDto,
  type ChatDto,
} from '../wire/index.js';
import type { SandboxContext } from './context.js';
import { newCaseReference } from './customer/case-reference.js';
import { combinedSigningUrl } from './hosted/urls.js';
import { collectionPartnerById, collectionPartnerDto, jurisdictionOf, type CollectionPartner } from './partners.js';
import { buildChat, buildPayment } from './customer/case-resource-factories.js';
import { exclusivePeriodChain } from './customer/exclusive-period.js';
import { creditorDtoOf } from './customer/invoice-factory.js';
import { countryName } from './customer/iso-countries.js';
import { userRelationDto } from './customer/team-users.js';
import { seededRandom, type SeededRandom } from './seed-random.js';
import type { SandboxTenant, SandboxTenantUser, StoredCase } from './state.js';

const dayMs = 86_400_000;

type TimelineActorType = 'System' | 'Creditor user' | 'Partner user';

function timelineItem(
  date: Date,
  type: string,
  title: string,
  description: string,
  actor: TimelineActorType = 'System',
  actorName: string | null = 'Debitura',
): TimelineItemDto {
  return { date: date.toISOString(), type, title, description, actor: { type: actor, name: actorName } };
}

function roundMoney(amount: number): number {
  return Math.round(amount * 100) / 100;
}

/** How many cases of each status a history of 150 holds; smaller histories scale it down. */
const statusMix: readonly (readonly [LifecycleStatus, number])[] = [
  ['PendingContractSigning', 6],
  ['PendingVerificationInternal', 6],
  ['PendingVerification', 8],
  ['NeedsAdditionalDetails', 8],
  ['Leads', 6],
  ['LeadsQuoteGiven', 6],
  ['Active', 40],
  ['Paused', 8],
  ['Closed', 58],
  ['Merged', 4],
];

const closeCodeMix: readonly CloseCodeLabel[] = [
  ...Array<CloseCodeLabel>(8).fill('Paid'),
  ...Array<CloseCodeLabel>(3).fill('Partially paid'),
  'Pre-Legal Exhausted – No Payment',
  'Pre-Legal Exhausted – No Payment',
  'Debtor Insolvent/Bankrupt',
  'Debtor Untraceable',
  'Withdrawn by Client',
  'Disputed – Legal Action Declined by Client',
  'Uneconomical to Pursue',
  'Statute of Limitations Expired',
  'Case never started',
];

interface CountryProfile {
  currency: string;
  /** Amounts are drawn in EUR and scaled by this. */
  rate: number;
  companySuffix: string;
  cities: readonly (readonly [city: string, zip: string])[];
  streets: readonly string[];
}

const countryProfiles: Record<string, CountryProfile> = {
  DK: {
    currency: 'DKK',
    rate: 7.46,
    companySuffix: 'ApS',
    cities: [
      ['Aarhus C', '8000'],
      ['Odense C', '5000'],
      ['Aalborg', '9000'],
      ['København K', '1050'],
    ],
    streets: ['Østergade', 'Nørregade', 'Strandvejen', 'Algade'],
  },
  SE: {
    currency: 'SEK',
    rate: 11.2,
    companySuffix: 'AB',
    cities: [
      ['Göteborg', '411 06'],
      ['Malmö', '211 20'],
      ['Uppsala', '753 10'],
    ],
    streets: ['Storgatan', 'Kungsgatan', 'Vasagatan'],
  },
  NO: {
    currency: 'NOK',
    rate: 11.6,
    companySuffix: 'AS',
    cities: [
      ['Oslo', '0150'],
      ['Bergen', '5003'],
      ['Trondheim', '7011'],
    ],
    streets: ['Storgata', 'Kirkegata', 'Strandgaten'],
  },
  DE: {
    currency: 'EUR',
    rate: 1,
    companySuffix: 'GmbH',
    cities: [
      ['Hamburg', '20095'],
      ['München', '80331'],
      ['Köln', '50667'],
    ],
    streets: ['Hauptstraße', 'Bahnhofstraße', 'Schillerstraße'],
  },
  GB: {
    currency: 'GBP',
    rate: 0.85,
    companySuffix: 'Ltd',
    cities: [
      ['Leeds', 'LS1 4DY'],
      ['Bristol', 'BS1 4ST'],
      ['Glasgow', 'G1 1XQ'],
    ],
    streets: ['High Street', 'Station Road', 'Church Lane'],
  },
  US: {
    currency: 'USD',
    rate: 1.08,
    companySuffix: 'LLC',
    cities: [
      ['Springfield', '62701'],
      ['Riverside', '92501'],
      ['Franklin', '37064'],
    ],
    streets: ['Main Street', 'Oak Avenue', 'Maple Drive'],
  },
  FR: {
    currency: 'EUR',
    rate: 1,
    companySuffix: 'SAS',
    cities: [
      ['Lyon', '69002'],
      ['Bordeaux', '33000'],
      ['Lille', '59000'],
    ],
    streets: ['Rue de la République', 'Avenue Jean Jaurès', 'Rue Victor Hugo'],
  },
  NL: {
    currency: 'EUR',
    rate: 1,
    companySuffix: 'B.V.',
    cities: [
      ['Rotterdam', '3011 AA'],
      ['Utrecht', '3511 AB'],
      ['Eindhoven', '5611 AB'],
    ],
    streets: ['Kerkstraat', 'Dorpsstraat', 'Stationsweg'],
  },
  ES: {
    currency: 'EUR',
    rate: 1,
    companySuffix: 'S.L.',
    cities: [
      ['Madrid', '28013'],
      ['Valencia', '46002'],
      ['Sevilla', '41001'],
    ],
    streets: ['Calle Mayor', 'Gran Vía', 'Calle Real'],
  },
};

const companyWords = [
  'Nordic',
  'Harbor',
  'Summit',
  'Granite',
  'Bluebird',
  'Copper',
  'Meadow',
  'Pioneer',
  'Lighthouse',
  'Evergreen',
  'Atlas',
  'Willow',
];
const companyNouns = [
  'Logistics',
  'Bakery',
  'Builders',
  'Design',
  'Retail',
  'Engineering',
  'Foods',
  'Media',
  'Motors',
  'Interiors',
];
const firstNames = [
  'Emma',
  'Lucas',
  'Sofia',
  'Noah',
  'Ida',
  'William',
  'Maja',
  'Oscar',
  'Clara',
  'Elias',
  'Freja',
  'Hugo',
];
const lastNames = [
  'Jensen',
  'Larsson',
  'Hansen',
  'Müller',
  'Smith',
  'Johnson',
  'Martin',
  'de Vries',
  'García',
  'Nielsen',
  'Berg',
  'Fischer',
];
const usStates = ['CA', 'NY', 'TX', 'FL', 'IL', 'WA'];
/** Where routine cases go; ES is kept for the cases waiting on the ES partner's power of attorney. */
const routineCountries = ['DK', 'DK', 'DK', 'SE', 'NO', 'DE', 'DE', 'GB', 'US', 'US', 'FR', 'NL'];

/** The statuses of a history of `count` cases, in the mix above (every status appears when count ≥ 10). */
function statusesFor(count: number, random: SeededRandom): LifecycleStatus[] {
  const total = statusMix.reduce((sum, [, n]) => sum + n, 0);
  const statuses: LifecycleStatus[] = [];
  for (const [status, n] of statusMix) {
    const scaled = Math.max(count >= statusMix.length ? 1 : 0, Math.round((n * count) / total));
    for (let i = 0; i < scaled; i++) statuses.push(status);
  }
  while (statuses.length > count) statuses.splice(statuses.lastIndexOf('Closed'), 1);
  while (statuses.length < count) statuses.push('Closed');
  // Fisher-Yates, so statuses are spread over the creation dates.
  for (let i = statuses.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [statuses[i], statuses[j]] = [statuses[j]!, statuses[i]!];
  }
  return statuses;
}

/** How long ago (days) a case in this status was created. */
function ageInDays(status: LifecycleStatus, random: SeededRandom): number {
  switch (status) {
    case 'PendingContractSigning':
    case 'PendingVerificationInternal':
    case 'PendingVerification':
      return random.int(0, 12);
    case 'NeedsAdditionalDetails':
    case 'Leads':
    case 'LeadsQuoteGiven':
      return random.int(5, 40);
    case 'Active':
    case 'Paused':
      return random.int(14, 200);
    default:
      return random.int(60, 365);
  }
}

interface SeedCaseInput {
  ctx: SandboxContext;
  tenant: SandboxTenant;
  status: LifecycleStatus;
  index: number;
  random: SeededRandom;
  now: Date;
  takenReferences: Set<string>;
}

function partnerHandler(partner: CollectionPartner, index: number, since: string): SandboxTenantUser {
  return {
    id: 900_000 + index,
    email: partner.officeEmail,
    firstName: 'Case',
    lastName: `Handler (${partner.name})`,
    dateCreated: since,
  };
}

function seedCase({ ctx, tenant, status, index, random, now, takenReferences }: SeedCaseInput): StoredCase {
  const country = status === 'PendingContractSigning' ? 'ES' : random.pick(routineCountries);
  const profile = countryProfiles[country]!;
  const stateAlpha2 = country === 'US' ? random.pick(usStates) : null;
  const jurisdiction = jurisdictionOf(country, stateAlpha2);
  const partner = jurisdiction ? collectionPartnerById(jurisdiction.partnerId) : undefined;
  if (!jurisdiction || !partner) throw new Error(`Seed country ${country} has no partner`);

  const created = new Date(now.getTime() - ageInDays(status, random) * dayMs - random.int(0, 86_399) * 1000);
  const invoiceDate = new Date(
    Date.UTC(created.getUTCFullYear(), created.getUTCMonth(), created.getUTCDate()) - random.int(20, 400) * dayMs,
  );
  const dueDate = new Date(invoiceDate.getTime() + random.pick([14, 30]) * dayMs);
  const grossAmount = roundMoney(random.int(150, 18_000) * profile.rate + random.int(0, 99) / 100);
  const isCompany = random.chance(0.7);
  const [city, zipCode] = random.pick(profile.cities);
  const debtorName = isCompany
    ? `${random.pick(companyWords)} ${random.pick(companyNouns)} ${profile.companySuffix}`
    : `${random.pick(firstNames)} ${random.pick(lastNames)}`;
  const creditorUser = tenant.users[index % tenant.users.length]!;
  const handler = partnerHandler(partner, index, tenant.dateLinked);

  const closeCode: CloseCodeLabel | null = status === 'Closed' ? random.pick(closeCodeMix) : null;
  const routedToPartner =
    !['PendingVerificationInternal', 'Leads', 'LeadsQuoteGiven'].includes(status) && closeCode !== 'Case never started';
  const collectionStarted =
    ['Active', 'Paused', 'Closed', 'Merged'].includes(status) && closeCode !== 'Case never started';

  const id = random.uuid();
  const reference = newCaseReference((candidate) => takenReferences.has(candidate), random.next);
  takenReferences.add(reference);

  const timeline: TimelineItemDto[] = [];
  const payments: PaymentDto[] = [];
  const chats: ChatDto[] = [];
  let clock = created.getTime();
  const later = (minHours: number, maxHours: number): Date => {
    clock = Math.min(now.getTime(), clock + random.int(minHours, maxHours) * 3_600_000);
    return new Date(clock);
  };

  timeline.push(
    timelineItem(
      created,
      'CaseCreated',
      'Case created',
      `Claim of ${grossAmount.toFixed(2)} ${profile.currency} against ${debtorName} submitted.`,
      'Creditor user',
      `${creditorUser.firstName} ${creditorUser.lastName}`,
    ),
  );
  if (status === 'PendingContractSigning') {
    timeline.push(
      timelineItem(
        created,
        'ContractSigningRequired',
        'Waiting for contract signing',
        `The power of attorney for ${partner.name} must be signed before collection can start.`,
      ),
    );
  }
  if (status !== 'PendingContractSigning' && status !== 'PendingVerificationInternal') {
    timeline.push(timelineItem(later(1, 20), 'CaseVerified', 'Case verified', 'Debitura checked the claim details.'));
  }
  if (status === 'Leads' || status === 'LeadsQuoteGiven') {
    timeline.push(
      timelineItem(
        later(2, 30),
        'QuotesRequested',
        'Collecting quotes',
        'The case was offered to the partner network for quotes.',
      ),
    );
    if (status === 'LeadsQuoteGiven')
      timeline.push(
        timelineItem(
          later(24, 120),
          'QuoteReceived',
          'Quote received',
          'A partner sent a quote. Choose one to continue.',
        ),
      );
  }
  if (routedToPartner && status !== 'PendingContractSigning') {
    timeline.push(
      timelineItem(
        later(2, 30),
        'PartnerAssigned',
        'Collection partner assigned',
        `${partner.name} (${jurisdiction.name}) will handle the case.`,
      ),
    );
  }
  if (status === 'NeedsAdditionalDetails') {
    timeline.push(
      timelineItem(
        later(12, 72),
        'MoreInfoRequested',
        'More information required',
        'The partner asked for a copy of the original invoice.',
        'Partner user',
        partner.name,
      ),
    );
  }

  let collectionStartedAt: Date | null = null;
  let engagementPhase: string | null = null;
  if (collectionStarted) {
    collectionStartedAt = later(12, 72);
    engagementPhase = 'Pre-legal';
    timeline.push(
      timelineItem(
        collectionStartedAt,
        'CollectionStarted',
        'Collection started',
        'The partner started pre-legal collection.',
        'Partner user',
        partner.name,
      ),
    );
    timeline.push(
      timelineItem(
        later(48, 240),
        'ReminderSent',
        'Reminder sent',
        'A payment reminder was sent to the debtor.',
        'Partner user',
        partner.name,
      ),
    );
    if (random.chance(0.2)) {
      engagementPhase = 'Legal';
      timeline.push(
        timelineItem(
          later(240, 720),
          'LegalProceedings',
          'Legal proceedings started',
          'The claim was filed with the court.',
          'Partner user',
          partner.name,
        ),
      );
    }
  }

  const addedFees = collectionStarted
    ? {
        interest: roundMoney((grossAmount * random.int(1, 6)) / 100),
        reminder: roundMoney(random.pick([0, 10, 25]) * profile.rate),
        collection: roundMoney(grossAmount * 0.1),
      }
    : { interest: 0, reminder: 0, collection: 0 };

  const invoice: InvoiceDto = {
    id,
    dateCreated: created.toISOString(),
    dateUpdated: null,
    reference,
    creditorReference: `INV-${invoiceDate.getUTCFullYear()}-${String(1000 + index).padStart(5, '0')}`,
    creditorComments: random.chance(0.3) ? 'Debtor promised payment by phone but never paid.' : null,
    claimDescription: random.chance(0.5) ? 'Unpaid invoice for delivered goods.' : null,
    grossAmount,
    remainder: grossAmount,
    interestFees: addedFees.interest,
    reminderFees: addedFees.reminder,
    collectionFees: addedFees.collection,
    totalAddedFees: roundMoney(addedFees.interest + addedFees.reminder + addedFees.collection),
    currency: profile.currency,
    isTestCase: false,
    lifecycle: lifecycleLabels[status],
    dueDate: dueDate.toISOString(),
    date: invoiceDate.toISOString(),
    dateFinished: null,
    dateCollectionStarted: collectionStartedAt?.toISOString() ?? null,
    closeCode,
    currentEngagementPhase: engagementPhase,
    claimType: 'Unpaid Invoice',
    creditorDivisionId: null,
    debtor: {
      type: isCompany ? 'Company' : 'Private',
      name: debtorName,
      contactPerson: isCompany ? `${random.pick(firstNames)} ${random.pick(lastNames)}` : null,
      companyRegistrationNumber: isCompany ? `${country}${random.int(10_000_000, 99_999_999)}` : null,
      address: `${random.pick(profile.streets)} ${random.int(1, 180)}`,
      zipCode,
      city,
      state: null,
      stateAlpha2,
      countryAlpha2: country,
      country: countryName(country),
      email: random.chance(0.8) ? `accounts@${debtorName.toLowerCase().replace(/[^a-z]+/g, '')}.example` : null,
      phone: random.chance(0.6) ? `+${random.int(10, 99)} ${random.int(1000_0000, 9999_9999)}` : null,
    },
    creditor: creditorDtoOf(tenant),
    blendedAgeUpliftPoints: null,
    preLegalSuccessFee: routedToPartner ? jurisdiction.baseSuccessFeePercentage : null,
    solutionUrl: null,
    signingHandoff: { combinedSigningUrl: null },
    exclusivePeriodEndDate: collectionStartedAt
      ? new Date(collectionStartedAt.getTime() + 183 * dayMs).toISOString()
      : null,
    disputeStatus:
      closeCode === 'Disputed – Legal Action Declined by Client'
        ? 'Yes, the claim is disputed'
        : 'No, the claim is not disputed',
    validation: { needsInfo: status === 'NeedsAdditionalDetails' },
    assignedUser: { email: creditorUser.email, name: `${creditorUser.firstName} ${creditorUser.lastName}` },
    allocationOutstanding: { principal: grossAmount, interest: 0, reminderFees: 0, collectionFees: 0 },
  };
  // Nested objects are left out rather than null: the spec cannot mark a $ref nullable.
  if (routedToPartner) invoice.collectionPartner = collectionPartnerDto(partner);

  // Payments: all of it for Paid, part for Partially paid, sometimes an instalment on open cases.
  let paid = 0;
  const pay = (amount: number): void => {
    const at = later(48, 480);
    const payment = buildPayment({
      id: random.uuid(),
      at,
      amount,
      invoice,
      invoiceStatus: invoice.lifecycle ?? 'Active',
    });
    payments.push(payment);
    paid = roundMoney(paid + amount);
    timeline.push(
      timelineItem(
        new Date(payment.date!),
        'PaymentReceived',
        'Payment received',
        `${amount.toFixed(2)} ${profile.currency} received from the debtor.`,
        'Partner user',
        partner.name,
      ),
    );
  };
  if (closeCode === 'Paid') {
    const first = random.chance(0.4) ? roundMoney((grossAmount * random.int(20, 60)) / 100) : grossAmount;
    pay(first);
    if (first < grossAmount) pay(roundMoney(grossAmount - first));
  } else if (closeCode === 'Partially paid') {
    pay(roundMoney((grossAmount * random.int(20, 70)) / 100));
  } else if ((status === 'Active' || status === 'Paused') && random.chance(0.3)) {
    pay(roundMoney((grossAmount * random.int(10, 40)) / 100));
  }
  invoice.remainder = roundMoney(Math.max(0, grossAmount - paid));
  // A payment inside the exclusive period extends it; the case shows the end of the whole chain.
  if (collectionStartedAt) {
    invoice.exclusivePeriodEndDate = exclusivePeriodChain(collectionStartedAt, payments).end.toISOString();
  }
  const settled = closeCode === 'Paid';
  invoice.allocationOutstanding = {
    principal: invoice.remainder,
    interest: settled ? 0 : addedFees.interest,
    reminderFees: settled ? 0 : addedFees.reminder,
    collectionFees: settled ? 0 : addedFees.collection,
  };

  if (status === 'Paused') {
    timeline.push(
      timelineItem(
        later(24, 240),
        'CasePaused',
        'Case paused',
        'Collection is on hold while the debtor restructures.',
        'Partner user',
        partner.name,
      ),
    );
  }
  if (status === 'Closed' || status === 'Merged') {
    const finished = later(72, 720);
    invoice.dateFinished = finished.toISOString();
    invoice.exclusivePeriodEndDate = null;
    timeline.push(
      status === 'Merged'
        ? timelineItem(
            finished,
            'CaseMerged',
            'Case merged',
            'The case was merged into another case against the same debtor.',
          )
        : timelineItem(
            finished,
            'CaseClosed',
            'Case closed',
            `Closed with the outcome "${closeCode}".`,
            'Partner user',
            partner.name,
          ),
    );
  }

  if (routedToPartner && collectionStarted && random.chance(0.45)) {
    chats.push(
      buildChat({
        id: random.uuid(),
        at: later(2, 96),
        role: chatRoles.Partner,
        message: 'The debtor says the invoice was never received. Can you send a copy?',
        user: userRelationDto(handler),
        isSeen: true,
      }),
    );
    if (random.chance(0.8)) {
      chats.push(
        buildChat({
          id: random.uuid(),
          at: later(1, 48),
          role: chatRoles.Creditor,
          message: 'Copy uploaded to the case files. It was sent by email on the invoice date.',
          user: userRelationDto(creditorUser),
          isSeen: true,
        }),
      );
    }
    if (status !== 'Closed' && random.chance(0.5)) {
      chats.push(
        buildChat({
          id: random.uuid(),
          at: later(2, 96),
          role: chatRoles.Partner,
          message: 'Thanks. The debtor has proposed a payment plan; we will keep you posted.',
          user: userRelationDto(handler),
          isSeen: false,
        }),
      );
    }
  }

  if (status === 'PendingContractSigning') {
    const url = combinedSigningUrl(ctx, tenant, { collectionPartnerIds: [partner.id] });
    invoice.signingHandoff = { combinedSigningUrl: url };
    invoice.solutionUrl = url;
  }
  invoice.dateUpdated = new Date(clock).toISOString();

  return { creditorId: tenant.creditorId, invoice, timeline, payments, chats, files: [], tag: null };
}

/** `count` historic cases for a tenant; the same seed number always gives the same cases. */
export function seedCases(
  ctx: SandboxContext,
  tenant: SandboxTenant,
  count: number,
  seed: number,
  takenReferences = new Set<string>(),
): StoredCase[] {
  const random = seededRandom(seed);
  const now = ctx.now();
  return statusesFor(count, random).map((status, index) =>
    seedCase({ ctx, tenant, status, index, random, now, takenReferences }),
  );
}
