// The creditor's own side of a new case: the division (branch) it is filed under and the team member who owns
// it. Both lists come from Debitura (GET /divisions, GET /users); these rules decide what the form offers and
// what the request carries. Archived divisions take no new cases; a single division is used without asking.
import type { CollectionPartnerUserDto } from '../../../../wire/case-resources.js';
import type { DivisionDto } from '../../../../wire/divisions.js';

export interface DivisionChoice {
  id: string;
  name: string;
}

export interface TeamMemberChoice {
  email: string;
  name: string;
}

export interface FilingChoices {
  /** Active divisions, in Debitura's order. */
  divisions: readonly DivisionChoice[];
  /** Team members with an e-mail address, by name. */
  team: readonly TeamMemberChoice[];
  /**
   * The team list is on its way. The owner field shows meanwhile, offering "the whole team" only, so the form
   * does not grow under the user's eyes when the list arrives (nearly every creditor has a team to choose from).
   */
  teamLoading?: boolean;
}

/** Before the lists arrive (or when they cannot be read): no division field, no owner field. */
export const noFilingChoices: FilingChoices = { divisions: [], team: [] };

/** The divisions a case may be filed under: not archived, with an id. */
export function divisionChoices(divisions: readonly DivisionDto[]): DivisionChoice[] {
  return divisions.flatMap((division) => {
    if (division.isArchived === true || !division.id) return [];
    const name = division.companyName?.trim() || division.city?.trim() || division.id;
    return [{ id: division.id, name }];
  });
}

/** The team members a case may be assigned to: each e-mail once, named, sorted by name. */
export function teamChoices(users: readonly CollectionPartnerUserDto[], locale: string): TeamMemberChoice[] {
  // No collator for an empty list: the form renders with none before the team arrives, and a collator's first
  // construction in a page loads the locale's collation data (about 30 ms).
  if (users.length === 0) return [];
  const byEmail = new Map<string, TeamMemberChoice>();
  for (const user of users) {
    const email = user.email?.trim();
    if (!email || byEmail.has(email.toLowerCase())) continue;
    byEmail.set(email.toLowerCase(), { email, name: user.name?.trim() || email });
  }
  const collator = new Intl.Collator(locale);
  return [...byEmail.values()].sort((a, b) => collator.compare(a.name, b.name));
}

/** The user chooses a division only when there is more than one to choose from. */
export function isDivisionAsked(choices: FilingChoices): boolean {
  return choices.divisions.length > 1;
}

export function isOwnerOffered(choices: FilingChoices): boolean {
  return choices.teamLoading === true || choices.team.length > 0;
}

export function isDivisionChoice(id: string, choices: FilingChoices): boolean {
  return choices.divisions.some((division) => division.id === id);
}

export function isTeamMemberChoice(email: string, choices: FilingChoices): boolean {
  const wanted = email.trim().toLowerCase();
  return choices.team.some((member) => member.email.toLowerCase() === wanted);
}

/**
 * The `creditorDivisionId` a case is filed with: the only active division without asking, the chosen one when
 * there are several, and none for a creditor without divisions.
 */
export function divisionToSend(chosen: string, choices: FilingChoices): string | null {
  const { divisions } = choices;
  if (divisions.length === 1) return divisions[0]!.id;
  return isDivisionAsked(choices) && isDivisionChoice(chosen, choices) ? chosen : null;
}

/** The `assignedUserEmail` a case is filed with: a current team member, or nobody. */
export function ownerToSend(chosen: string, choices: FilingChoices): string | null {
  return chosen.trim() && isTeamMemberChoice(chosen, choices) ? chosen.trim() : null;
}
