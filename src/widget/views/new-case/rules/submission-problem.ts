// What went wrong with a preview or a submission, in the terms the user acts on: fix a field, sign something,
// wait, retry, or contact support. Decided here, outside the element, so each outcome is tested without a DOM.
import type { DebituraApiError } from '../../../api/api-error.js';
import type { NewCaseMessages } from '../../../i18n/en/new-case.js';
import { fieldErrorsFromApi } from './api-field-errors.js';
import { contractTypes, handoffLink, kycType, type HandoffLink } from '../../../handoff/handoff-link.js';
import type { FieldErrors } from './new-case-form-values.js';

export type SubmissionProblem =
  /** 400: values Debitura refused, put back on their fields. */
  | { kind: 'fields'; fields: FieldErrors; unmatched: string[] }
  /** 422: a business rule; `handoff` is the trusted page that resolves it, if any. */
  | {
      kind: 'business';
      /** The type whose explanation leads, e.g. `MissingDebtCollectionContract`. */
      primaryType: string;
      types: string[];
      message: string;
      handoff: HandoffLink | null;
      /** Unsigned contracts alone can be accepted with `allowPendingContracts`; KYC cannot. */
      canSendWithPendingContracts: boolean;
    }
  | { kind: 'network' }
  | { kind: 'rateLimited'; retryAfterSeconds: number | null }
  | { kind: 'server' }
  | { kind: 'authentication' }
  | { kind: 'unexpected'; message: string };

/** Business error types the catalogue explains; the first one present leads. */
const explainedTypes = [
  'MissingKycVerification',
  'MissingDebtCollectionContract',
  'MissingPowerOfAttorney',
  'NoPartnerAvailable',
  'CreditorBlocked',
  'IdempotencyConflict',
] as const;
export type ExplainedBusinessType = (typeof explainedTypes)[number];

export function isExplainedBusinessType(type: string): type is ExplainedBusinessType {
  return (explainedTypes as readonly string[]).includes(type);
}

export function submissionProblem(
  error: DebituraApiError,
  options: { messages: NewCaseMessages; returnUrl: string | null; isAllowedHandoffUrl: (url: string) => boolean },
): SubmissionProblem {
  switch (error.type) {
    case 'validation_error': {
      const mapped = fieldErrorsFromApi(error.fieldErrors, options.messages);
      const unmatched =
        Object.keys(mapped.fields).length === 0 && mapped.unmatched.length === 0 ? [error.message] : mapped.unmatched;
      return { kind: 'fields', fields: mapped.fields, unmatched };
    }
    case 'business_error': {
      const types = error.businessErrors.map((item) => item.type).filter((type): type is string => !!type);
      const primaryType = explainedTypes.find((type) => types.includes(type)) ?? types[0] ?? 'unknown';
      const hasKyc = types.includes(kycType);
      const needsSigning = types.some((type) => contractTypes.includes(type)) || hasKyc;
      return {
        kind: 'business',
        primaryType,
        types,
        message: error.message,
        handoff: needsSigning
          ? handoffLink(
              { combinedSigningUrl: error.signingUrl, items: error.businessErrors },
              { returnUrl: options.returnUrl, isAllowed: options.isAllowedHandoffUrl },
            )
          : null,
        canSendWithPendingContracts: !hasKyc && types.length > 0 && types.every((type) => contractTypes.includes(type)),
      };
    }
    case 'api_connection_error':
      return { kind: 'network' };
    case 'rate_limit_error':
      return { kind: 'rateLimited', retryAfterSeconds: error.retryAfterSeconds ?? null };
    case 'authentication_error':
      return { kind: 'authentication' };
    case 'api_error':
      return error.status !== undefined && error.status >= 500
        ? { kind: 'server' }
        : { kind: 'unexpected', message: error.message };
  }
}

/** Whether the same attempt (and Idempotency-Key) may be sent again: no final answer came back. */
export function isRetryableProblem(problem: SubmissionProblem): boolean {
  return problem.kind === 'network' || problem.kind === 'rateLimited' || problem.kind === 'server';
}
