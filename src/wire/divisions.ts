// Customer API divisions: the creditor's business units (branches, departments). A case may be filed under one
// (`creditorDivisionId`); archived divisions stay readable but take no new cases.
import * as z from 'zod/mini';
import { PageData } from './case-list.js';
import { isoDateTime, nested, optNull, uuid } from './formats.js';

export const DivisionCountryDto = z.object({
  id: z.optional(z.int()),
  name: optNull(z.string()),
  alpha2: optNull(z.string()),
});
export type DivisionCountryDto = z.infer<typeof DivisionCountryDto>;

export const DivisionDto = z.object({
  id: z.optional(uuid),
  companyName: optNull(z.string()),
  registrationNumber: optNull(z.string()),
  address: optNull(z.string()),
  zipCode: optNull(z.string()),
  state: optNull(z.string()),
  city: optNull(z.string()),
  country: nested(DivisionCountryDto),
  officeEmail: optNull(z.string()),
  officePhone: optNull(z.string()),
  isArchived: z.optional(z.boolean()),
  createdUtc: z.optional(isoDateTime),
  updatedUtc: optNull(isoDateTime),
});
export type DivisionDto = z.infer<typeof DivisionDto>;

/** GET /divisions: one page; archived divisions only with `includeArchived=true`. */
export const DivisionListDto = z.object({
  page: PageData,
  divisions: optNull(z.array(DivisionDto)),
});
export type DivisionListDto = z.infer<typeof DivisionListDto>;
