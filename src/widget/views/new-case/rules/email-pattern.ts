// The e-mail addresses the form accepts: the pattern zod's `email()` checks, which the Customer API schemas use
// for the same field (a node test keeps the two equal). Written out here so the form needs no validation library.
/* eslint-disable no-useless-escape -- written as zod writes it, so the test compares the two as written */
export const emailPattern =
  /^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/;
/* eslint-enable no-useless-escape */
