// String formats and small building blocks shared by every Debitura wire schema.
import { email as emailSchema, guid, nullable, optional, regex, string } from 'zod/mini';
import type * as z from 'zod/mini';

/**
 * An ISO 8601 instant as Debitura sends and accepts it. Zoned (`2026-06-17T08:30:00Z`), zone-less
 * (`2026-06-17T08:30:00`, which several read endpoints emit) and date-only (`2026-02-22`, which the
 * spec's own request examples use for `format: date-time` fields) are all valid.
 */
export const isoDateTime = string().check(
  regex(
    /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/,
    'Expected an ISO 8601 date or date-time',
  ),
);

/** `format: date`. A .NET DateTime may still arrive with a midnight time part, so this reuses the instant pattern. */
export const isoDate = isoDateTime;

/**
 * `format: uuid`. .NET Guids carry no RFC version/variant guarantee (test fixtures use ids like
 * `00000000-0000-0000-0000-000000000001`), so any 8-4-4-4-12 hex string is accepted.
 */
export const uuid = guid();

/** `format: email`. */
export const email = emailSchema();

// The no-side-effects marks below let bundlers drop schemas the widget never imports.

/**
 * A nested DTO inside a response. OpenAPI 3.0 cannot put `nullable` beside a `$ref`, so the specs never
 * mark nested objects nullable, while Debitura's serializer writes `null` for an absent one (an
 * unassigned `collectionPartner`, no `bankAccount`). Readers accept absent and null alike.
 */
/* @__NO_SIDE_EFFECTS__ */
export function nested<T extends z.core.SomeType>(schema: T) {
  return optional(nullable(schema));
}

/** A field the spec marks `nullable: true` and not required. */
/* @__NO_SIDE_EFFECTS__ */
export function optNull<T extends z.core.SomeType>(schema: T) {
  return optional(nullable(schema));
}
