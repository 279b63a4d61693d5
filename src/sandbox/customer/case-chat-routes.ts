// GET and POST /cases/{id}/chats. A message is sent by a member of the creditor's team, named by
// `userEmail` (preferred) or the deprecated `userId` GUID from GET /users.
import type { Hono } from 'hono';
import { SendChatRequest } from '../../wire/index.js';
import type { CustomerEnv } from '../auth.js';
import type { SandboxContext } from '../context.js';
import { apiErrorBody } from './api-error-body.js';
import { schemaKeys, withCanonicalKeys } from './canonical-keys.js';
import { findTenantCase } from './case-lookup.js';
import { postCreditorChat } from './creditor-chat.js';
import { addSchemaIssues, FieldErrors } from './field-errors.js';
import { jsonBodyOf } from './request-body.js';
import { teamMemberByEmail, teamMemberByGuid } from './team-users.js';

const chatKeys = schemaKeys(SendChatRequest);

export function addCaseChatRoutes(app: Hono<CustomerEnv>, ctx: SandboxContext): void {
  app.get('/cases/:id/chats', (c) => {
    const stored = findTenantCase(ctx, c);
    if (stored instanceof Response) return stored;
    return c.json(
      [...stored.chats].sort((a, b) => (a.dateCreated ?? '').localeCompare(b.dateCreated ?? '')),
      200,
    );
  });

  app.post('/cases/:id/chats', async (c) => {
    const stored = findTenantCase(ctx, c);
    if (stored instanceof Response) return stored;
    const tenant = c.get('tenant');
    const body = await jsonBodyOf(c);
    if (body instanceof Response) return body;
    const parsed = SendChatRequest.safeParse(withCanonicalKeys(body.value, chatKeys));
    if (!parsed.success) {
      const errors = new FieldErrors();
      addSchemaIssues(errors, parsed.error.issues, body.value);
      return c.json(errors.toApiError(), 400);
    }
    const request = parsed.data;
    if (!request.message.trim())
      return c.json(apiErrorBody('ValidationError', 'message: The message cannot be empty.'), 400);
    if (!request.userEmail && !request.userId) {
      return c.json(
        apiErrorBody('MissingUserIdentifier', 'Name the sender with userEmail (or the deprecated userId).'),
        400,
      );
    }
    const user = request.userEmail
      ? teamMemberByEmail(tenant, request.userEmail)
      : teamMemberByGuid(tenant, request.userId ?? '');
    if (!user) {
      return request.userEmail
        ? c.json(apiErrorBody('InvalidUserEmail', `${request.userEmail} is not an active member of your team.`), 400)
        : c.json(apiErrorBody('InvalidUserId', `${request.userId} is not a user of your team (see GET /users).`), 400);
    }

    const chat = postCreditorChat(ctx, stored, user, request.message);
    return c.json(chat, 200);
  });
}
