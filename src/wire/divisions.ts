// Customer API divisions: the creditor's business units (branches, departments). A case may be filed under one
// (`creditorDivisionId`); archived divisions stay readable but take no new cases.
import { array, boolean, int, object, optional, string } from 'zod/mini';
import type * as z from 'zod/mini';
import { PageData } from './case-list.js';
import { isoDateTime, nested, optNull, uuid } from './formats.js';

export const DivisionCountryDto = object({
  id: optional(int()),
  name: optNull(string()),
  alpha2: optNull(string()),
});
export type DivisionCountryDto = z.infer<typeof DivisionCountryDto>;

export const DivisionDto = object({
  id: optional(uuid),
  companyName: optNull(string()),
  registrationNumber: optNull(string()),
  address: optNull(string()),
  zipCode: optNull(string()),
  state: optNull(string()),
  city: optNull(string()),
  country: nested(DivisionCountryDto),
  officeEmail: optNull(string()),
  officePhone: optNull(string()),
  isArchived: optional(boolean()),
  createdUtc: optional(isoDateTime),
  updatedUtc: optNull(isoDateTime),
});
export type DivisionDto = z.infer<typeof DivisionDto>;

/** GET /divisions: one page; archived divisions only with `includeArchived=true`. */
export const DivisionListDto = object({
  page: PageData,
  divisions: optNull(array(DivisionDto)),
});
export type DivisionListDto = z.infer<typeof DivisionListDto>;
