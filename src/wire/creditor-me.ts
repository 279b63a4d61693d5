// GET /me on the Customer API: the creditor a token acts for; a cheap check that a token works.
import * as z from 'zod/mini';
import { optNull, uuid } from './formats.js';

export const CreditorMeApiDTO = z.object({
  id: z.optional(uuid),
  companyName: z.nullable(z.string()),
  companyRegistrationNumber: optNull(z.string()),
  address: optNull(z.string()),
  zipCode: optNull(z.string()),
  city: optNull(z.string()),
  state: optNull(z.string()),
  country: optNull(z.string()),
  officeEmail: optNull(z.string()),
  officePhone: optNull(z.string()),
});
export type CreditorMeApiDTO = z.infer<typeof CreditorMeApiDTO>;
