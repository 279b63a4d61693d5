// A message from the creditor's team on a case: the chat message, its timeline entry and the case's
// dateUpdated, in one store mutation. POST /cases/{id}/chats and the hosted case page both send through it.
import { randomUUID } from 'node:crypto';
import { chatRoles, type ChatDto } from '../../wire/index.js';
import type { SandboxContext } from '../context.js';
import type { SandboxTenantUser, StoredCase } from '../state.js';
import { buildChat } from './case-resource-factories.js';
import { fullName, userRelationDto } from './team-users.js';
import { chatMessageEntry } from './timeline-entries.js';

export function postCreditorChat(
  ctx: SandboxContext,
  stored: StoredCase,
  user: SandboxTenantUser,
  message: string,
): ChatDto {
  const now = ctx.now();
  const chat = buildChat({
    id: randomUUID(),
    at: now,
    role: chatRoles.Creditor,
    message,
    user: userRelationDto(user),
    isSeen: false,
  });
  ctx.store.updateCase(stored, (record) => {
    record.chats.push(chat);
    record.timeline.push(chatMessageEntry(now, { type: 'Creditor user', name: fullName(user) }));
    record.invoice.dateUpdated = now.toISOString();
  });
  return chat;
}
