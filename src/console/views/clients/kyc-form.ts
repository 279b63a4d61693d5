// The director details of a KYC submission as staff type them: what is missing or impossible, field by field,
// and one idempotency key per set of values, so sending the same details again after a failed answer never
// makes a second submission, while changed details are a new one.
import type { SubmitKycVerificationRequest } from '../../../wire/referral.js';

export interface KycDraft {
  directorFullName: string;
  directorHomeAddress: string;
  /** `YYYY-MM-DD`. */
  directorDateOfBirth: string;
}

export type KycProblem = 'required' | 'futureDate';

export function kycProblems(draft: KycDraft, today: string): Partial<Record<keyof KycDraft, KycProblem>> {
  const problems: Partial<Record<keyof KycDraft, KycProblem>> = {};
  if (!draft.directorFullName.trim()) problems.directorFullName = 'required';
  if (!draft.directorHomeAddress.trim()) problems.directorHomeAddress = 'required';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(draft.directorDateOfBirth)) problems.directorDateOfBirth = 'required';
  else if (draft.directorDateOfBirth >= today) problems.directorDateOfBirth = 'futureDate';
  return problems;
}

export function kycRequestOf(draft: KycDraft): SubmitKycVerificationRequest {
  return {
    directorFullName: draft.directorFullName.trim(),
    directorHomeAddress: draft.directorHomeAddress.trim(),
    directorDateOfBirth: draft.directorDateOfBirth,
  };
}

/** Hands out the same key while the values stay the same, and a new one once they change. */
export class KycSubmissionKeys {
  #values = '';
  #key = '';

  constructor(private readonly newKey: () => string = () => crypto.randomUUID()) {}

  keyFor(request: SubmitKycVerificationRequest): string {
    const values = JSON.stringify(request);
    if (values !== this.#values || !this.#key) {
      this.#values = values;
      this.#key = this.newKey();
    }
    return this.#key;
  }
}
