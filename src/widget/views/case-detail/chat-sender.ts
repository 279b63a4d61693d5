// Debitura refuses a chat message unless it names the team member who wrote it (`userEmail`, an active user of
// the creditor's team). The widget cannot know who is signed in at the partner, so it offers the team list and
// prefers the case's assigned user.
import type { CollectionPartnerUserDto } from '../../../wire/case-resources.js';

export interface ChatSender {
  email: string;
  name: string;
}

/** The team members a message can be sent as, assigned user first, without duplicates or blank emails. */
export function chatSenders(
  users: readonly CollectionPartnerUserDto[],
  assignedUser: { email?: string | null; name?: string | null } | null | undefined,
): ChatSender[] {
  const senders: ChatSender[] = [];
  const seen = new Set<string>();
  const add = (email: string | null | undefined, name: string | null | undefined) => {
    const address = email?.trim();
    if (!address || seen.has(address.toLowerCase())) return;
    seen.add(address.toLowerCase());
    senders.push({ email: address, name: name?.trim() || address });
  };
  const assignedEmail = assignedUser?.email?.trim().toLowerCase();
  const assignedInTeam = users.find((user) => user.email?.trim().toLowerCase() === assignedEmail);
  if (assignedInTeam) add(assignedInTeam.email, assignedInTeam.name);
  for (const user of users) add(user.email, user.name);
  // Without a team list, the assigned user is still a team member Debitura knows.
  if (users.length === 0) add(assignedUser?.email, assignedUser?.name);
  return senders;
}
