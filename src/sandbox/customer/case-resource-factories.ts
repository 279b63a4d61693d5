// Payments, chat messages and files of a case, as their DTOs carry them.
import {
  chatRoleLabels,
  type CaseFileDto,
  type ChatDto,
  type ChatRole,
  type InvoiceDto,
  type PaymentDto,
  type UserRelationDto,
} from '../../wire/index.js';

export interface PaymentFields {
  id: string;
  at: Date;
  /** When the debtor paid (defaults to `at`). */
  date?: Date;
  amount: number;
  invoice: InvoiceDto;
  /** Invoice status after the payment, e.g. "Paid" or "Partially paid". */
  invoiceStatus: string;
  recipient?: string;
  method?: string;
}

/** The spec leaves `recipient` and `method` open; the sandbox uses plain words. */
export function buildPayment(fields: PaymentFields): PaymentDto {
  return {
    id: fields.id,
    dateCreated: fields.at.toISOString(),
    dateUpdated: null,
    date: (fields.date ?? fields.at).toISOString(),
    grossAmount: fields.amount,
    recipient: fields.recipient ?? 'Collection partner',
    method: fields.method ?? 'Bank transfer',
    currency: fields.invoice.currency ?? null,
    invoice: {
      status: fields.invoiceStatus,
      reference: fields.invoice.reference ?? null,
      ...(fields.invoice.id ? { invoiceId: fields.invoice.id } : {}),
    },
  };
}

export function buildChat(fields: {
  id: string;
  at: Date;
  role: ChatRole;
  message: string;
  user: UserRelationDto;
  isSeen?: boolean;
}): ChatDto {
  return {
    id: fields.id,
    dateCreated: fields.at.toISOString(),
    dateUpdated: null,
    role: fields.role,
    roleLabel: chatRoleLabels[fields.role],
    message: fields.message,
    isSeen: fields.isSeen ?? false,
    user: fields.user,
  };
}

export function buildCaseFile(fields: {
  id: string;
  at: Date;
  caseId: string;
  fileName: string;
  url: string;
  description: string | null;
  documentType: string;
}): CaseFileDto {
  return {
    id: fields.id,
    dateCreated: fields.at.toISOString(),
    dateUpdated: fields.at.toISOString(),
    caseId: fields.caseId,
    entityType: 'Invoice',
    entityId: fields.caseId,
    fileName: fields.fileName,
    url: fields.url,
    description: fields.description,
    documentType: fields.documentType,
  };
}
