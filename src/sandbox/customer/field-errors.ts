// Field problems of a request, collected from zod issues and from the sandbox's own rules, and the 400 body
// they make: an ApiErrorResponseDto with one `ValidationError` per problem whose message starts with the
// field's path (`debtor.email: …`), the rule every sandbox 400 follows (README, the sandbox's "Errors").
import type { ApiErrorResponseDto, ValidationErrorBody } from '../../wire/index.js';

/** Collects messages per field path; a field keeps every distinct message in the order found. */
export class FieldErrors {
  private readonly byField = new Map<string, string[]>();

  add(field: string, message: string): void {
    const messages = this.byField.get(field) ?? [];
    if (!messages.includes(message)) messages.push(message);
    this.byField.set(field, messages);
  }

  has(field: string): boolean {
    return this.byField.has(field);
  }

  get empty(): boolean {
    return this.byField.size === 0;
  }

  /** How many messages were added so far; lets a rule tell whether it found anything. */
  get count(): number {
    let total = 0;
    for (const messages of this.byField.values()) total += messages.length;
    return total;
  }

  toBody(): ValidationErrorBody {
    return Object.fromEntries(this.byField);
  }

  /** The 400 body: every problem as `field: message`, in the order found. */
  toApiError(): ApiErrorResponseDto {
    return validationErrorBody(this.toBody());
  }
}

/** An ApiErrorResponseDto carrying field problems, one `ValidationError` entry per message. */
export function validationErrorBody(fields: ValidationErrorBody): ApiErrorResponseDto {
  const problems = Object.entries(fields).flatMap(([field, messages]) =>
    messages.map((message) => (field ? `${field}: ${message}` : message)),
  );
  return {
    error: 'ValidationError',
    message: problems.join('; '),
    businessErrors: problems.map((message) => ({ type: 'ValidationError', message, solutionUrl: null })),
  };
}

/** The parts of a zod issue the messages need (zod/mini issues carry no English text of their own). */
export interface SchemaIssue {
  code: string;
  path: PropertyKey[];
  expected?: string;
  format?: string;
  origin?: string;
  maximum?: number | bigint;
  minimum?: number | bigint;
  keys?: string[];
  input?: unknown;
}

/** Adds one readable message per zod issue, keyed by the dotted field path. */
export function addSchemaIssues(errors: FieldErrors, issues: readonly SchemaIssue[], input: unknown): void {
  for (const issue of issues) {
    const field = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys ?? []) {
        const unknownField = field ? `${field}.${key}` : key;
        errors.add(unknownField, `Unknown field '${unknownField}'.`);
      }
      continue;
    }
    errors.add(field || 'body', messageOf(issue, field || 'The request body', valueAt(input, issue.path)));
  }
}

function messageOf(issue: SchemaIssue, field: string, value: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      return value === undefined || value === null
        ? `The ${field} field is required.`
        : `The ${field} field must be ${article(issue.expected ?? 'value')}.`;
    case 'too_big':
      return issue.origin === 'string'
        ? `The ${field} field must be at most ${String(issue.maximum)} characters.`
        : `The ${field} field must be at most ${String(issue.maximum)}.`;
    case 'too_small':
      return issue.origin === 'string'
        ? value === ''
          ? `The ${field} field is required.`
          : `The ${field} field must be at least ${String(issue.minimum)} characters.`
        : `The ${field} field must be at least ${String(issue.minimum)}.`;
    case 'invalid_format':
      if (issue.format === 'email') return `The ${field} field is not a valid e-mail address.`;
      if (issue.format === 'guid' || issue.format === 'uuid') return `The ${field} field is not a valid GUID.`;
      return `The ${field} field is not a valid ISO 8601 date.`;
    default:
      return `The ${field} field is invalid.`;
  }
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current = input;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}
