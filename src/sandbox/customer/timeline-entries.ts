// Timeline entries of a case. Debitura does not publish its `type` vocabulary; the sandbox uses these
// PascalCase names consistently: CaseCreated, StatusChanged, PaymentReceived, ChatMessage, FileUploaded.
import { lifecycleLabels, type LifecycleStatus, type TimelineItemDto } from '../../wire/index.js';

export type TimelineActor = { type: 'System' | 'Creditor user' | 'Partner user'; name: string | null };

export const systemActor: TimelineActor = { type: 'System', name: 'Debitura' };

export function caseCreatedEntry(at: Date, reference: string, actor: TimelineActor): TimelineItemDto {
  return entry(at, 'CaseCreated', 'Case created', `Case ${reference} was submitted for collection.`, actor);
}

export function statusChangedEntry(
  at: Date,
  status: LifecycleStatus,
  actor: TimelineActor = systemActor,
): TimelineItemDto {
  const label = lifecycleLabels[status];
  return entry(at, 'StatusChanged', `Status changed to ${label}`, `The case is now ${label}.`, actor);
}

export function caseClosedEntry(at: Date, closeCode: string, actor: TimelineActor): TimelineItemDto {
  return entry(at, 'StatusChanged', 'Case closed', `The case was closed: ${closeCode}.`, actor);
}

export function paymentReceivedEntry(
  at: Date,
  amount: number,
  currency: string,
  actor: TimelineActor,
): TimelineItemDto {
  return entry(
    at,
    'PaymentReceived',
    'Payment received',
    `A payment of ${amount.toFixed(2)} ${currency} was registered.`,
    actor,
  );
}

export function chatMessageEntry(at: Date, actor: TimelineActor): TimelineItemDto {
  return entry(at, 'ChatMessage', 'New message', `${actor.name ?? 'Someone'} wrote a message.`, actor);
}

export function fileUploadedEntry(at: Date, fileName: string, actor: TimelineActor): TimelineItemDto {
  return entry(at, 'FileUploaded', 'File uploaded', `${fileName} was added to the case.`, actor);
}

function entry(at: Date, type: string, title: string, description: string, actor: TimelineActor): TimelineItemDto {
  return { date: at.toISOString(), type, title, description, actor: { type: actor.type, name: actor.name } };
}
