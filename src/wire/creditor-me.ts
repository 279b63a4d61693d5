// GET /me on the Customer API: the creditor a token acts for; a cheap check that a token works.
import { nullable, object, optional, string } from 'zod/mini';
import type * as z from 'zod/mini';
import { optNull, uuid } from './formats.js';

export const CreditorMeApiDTO = object({
  id: optional(uuid),
  companyName: nullable(string()),
  companyRegistrationNumber: optNull(string()),
  address: optNull(string()),
  zipCode: optNull(string()),
  city: optNull(string()),
  state: optNull(string()),
  country: optNull(string()),
  officeEmail: optNull(string()),
  officePhone: optNull(string()),
});
export type CreditorMeApiDTO = z.infer<typeof CreditorMeApiDTO>;
