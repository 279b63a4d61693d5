// The creditor's team as the Customer API shows it. Users are int32 ids on chat messages but GUIDs on
// GET /users (and the deprecated `userId` of POST /chats); the GUID is derived from the int so both agree.
import type { CollectionPartnerUserDto, UserRelationDto } from '../../wire/index.js';
import type { SandboxTenant, SandboxTenantUser } from '../state.js';

export function userGuid(user: SandboxTenantUser): string {
  return `00000000-0000-4000-a000-${user.id.toString(16).padStart(12, '0')}`;
}

export function teamMemberByEmail(tenant: SandboxTenant, email: string): SandboxTenantUser | undefined {
  const wanted = email.trim().toLowerCase();
  return tenant.users.find((user) => user.email.toLowerCase() === wanted);
}

export function teamMemberByGuid(tenant: SandboxTenant, guid: string): SandboxTenantUser | undefined {
  const wanted = guid.toLowerCase();
  return tenant.users.find((user) => userGuid(user) === wanted);
}

export function fullName(user: SandboxTenantUser): string {
  return `${user.firstName} ${user.lastName}`;
}

/** A member of GET /users. */
export function teamUserDto(user: SandboxTenantUser): CollectionPartnerUserDto {
  return { id: userGuid(user), name: fullName(user), email: user.email };
}

/** The author of a chat message. */
export function userRelationDto(user: SandboxTenantUser): UserRelationDto {
  return {
    id: user.id,
    dateCreated: user.dateCreated,
    dateUpdated: null,
    firstName: user.firstName,
    lastName: user.lastName,
    email: user.email,
  };
}
