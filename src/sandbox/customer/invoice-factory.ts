// Builds the InvoiceDto of a case: for POST /cases and for seeded history alike.
import {
  lifecycleLabels,
  type CreditorDto,
  type DebtorDto,
  type InvoiceDto,
  type LifecycleStatus,
} from '../../wire/index.js';
import { collectionPartnerDto, type CollectionPartner } from '../partners.js';
import type { SandboxTenant, SandboxTenantUser } from '../state.js';
import { countryName } from './iso-countries.js';
import { fullName } from './team-users.js';

export interface InvoiceFields {
  id: string;
  reference: string;
  dateCreated: Date;
  tenant: SandboxTenant;
  status: LifecycleStatus;
  amount: number;
  currency: string;
  date: Date;
  dueDate: Date;
  debtor: DebtorDto;
  partner?: CollectionPartner | undefined;
  creditorReference?: string | null | undefined;
  comments?: string | null | undefined;
  claimDescription?: string | null | undefined;
  isTest?: boolean | undefined;
  creditorDivisionId?: string | null | undefined;
  blendedAgeUpliftPoints?: number | null | undefined;
  preLegalSuccessFee?: number | null | undefined;
  /** Set while contracts are unsigned (`Pending contract signing`). */
  combinedSigningUrl?: string | null | undefined;
  assignedUser?: SandboxTenantUser | undefined;
}

/** A fresh case: nothing paid, no fees added, not finished. */
export function buildInvoice(fields: InvoiceFields): InvoiceDto {
  const signingUrl = fields.combinedSigningUrl ?? null;
  const invoice: InvoiceDto = {
    id: fields.id,
    dateCreated: fields.dateCreated.toISOString(),
    dateUpdated: null,
    reference: fields.reference,
    creditorReference: fields.creditorReference ?? null,
    creditorComments: fields.comments ?? null,
    claimDescription: fields.claimDescription ?? null,
    grossAmount: fields.amount,
    remainder: fields.amount,
    interestFees: 0,
    reminderFees: 0,
    collectionFees: 0,
    totalAddedFees: 0,
    currency: fields.currency,
    isTestCase: fields.isTest ?? false,
    lifecycle: lifecycleLabels[fields.status],
    dueDate: fields.dueDate.toISOString(),
    date: fields.date.toISOString(),
    dateFinished: null,
    dateCollectionStarted: null,
    closeCode: null,
    currentEngagementPhase: null,
    claimType: 'Unpaid Invoice',
    creditorDivisionId: fields.creditorDivisionId ?? null,
    debtor: fields.debtor,
    creditor: creditorDtoOf(fields.tenant),
    blendedAgeUpliftPoints: fields.blendedAgeUpliftPoints ?? null,
    preLegalSuccessFee: fields.preLegalSuccessFee ?? null,
    solutionUrl: signingUrl,
    signingHandoff: { combinedSigningUrl: signingUrl },
    exclusivePeriodEndDate: null,
    disputeStatus: null,
    validation: { needsInfo: fields.status === 'NeedsAdditionalDetails' },
    allocationOutstanding: { principal: fields.amount, interest: 0, reminderFees: 0, collectionFees: 0 },
  };
  // Nested objects are left out rather than null: the spec cannot mark a $ref nullable.
  if (fields.partner) invoice.collectionPartner = collectionPartnerDto(fields.partner);
  if (fields.assignedUser)
    invoice.assignedUser = { email: fields.assignedUser.email, name: fullName(fields.assignedUser) };
  return invoice;
}

/** The creditor block every case of a tenant carries. */
export function creditorDtoOf(tenant: SandboxTenant): CreditorDto {
  return {
    id: tenant.creditorId,
    companyName: tenant.companyName,
    companyRegistrationNumber: tenant.companyRegistrationNumber,
    officeEmail: tenant.officeEmail,
    officePhone: tenant.officePhone,
    address: tenant.address,
    city: tenant.city,
    zipCode: tenant.zipCode,
    state: tenant.state,
    country: tenant.country ? countryName(tenant.country) : null,
  };
}

/** The debtor as stored on a case: canonical type, alpha-2 and state code, English country name. */
export function storedDebtor(
  debtor: DebtorDto,
  location: { type: string; countryAlpha2: string; stateAlpha2: string | null },
): DebtorDto {
  return {
    type: location.type,
    name: debtor.name.trim(),
    contactPerson: debtor.contactPerson ?? null,
    companyRegistrationNumber: debtor.companyRegistrationNumber ?? null,
    address: debtor.address ?? null,
    zipCode: debtor.zipCode ?? null,
    city: debtor.city ?? null,
    state: debtor.state ?? null,
    stateAlpha2: location.stateAlpha2,
    countryAlpha2: location.countryAlpha2,
    country: countryName(location.countryAlpha2),
    email: debtor.email ?? null,
    phone: debtor.phone ?? null,
  };
}
