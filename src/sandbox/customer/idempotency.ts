// Idempotency-Key handling of POST /cases (REFERENCE §6.1): the same key with the same body replays the
// stored status and body verbatim; the same key with another body is a 422 IdempotencyConflict; 400s are
// never stored, so a corrected request may reuse its key.
import { createHash } from 'node:crypto';
import type { BusinessErrorResponseApiDTO } from '../../wire/index.js';
import type { IdempotentAnswer } from '../state.js';
import type { SandboxStore } from '../store.js';
import { FieldErrors } from './field-errors.js';

export const MAX_IDEMPOTENCY_KEY_LENGTH = 255;

/** The request's Idempotency-Key (undefined when absent), or the field problem of one that is too long. */
export function readIdempotencyKey(request: Request): { key: string | undefined } | { problem: FieldErrors } {
  const key = request.headers.get('Idempotency-Key') || undefined;
  if (key === undefined || key.length <= MAX_IDEMPOTENCY_KEY_LENGTH) return { key };
  const problem = new FieldErrors();
  problem.add(
    'Idempotency-Key',
    `The Idempotency-Key header must be at most ${MAX_IDEMPOTENCY_KEY_LENGTH} characters.`,
  );
  return { problem };
}

/** Hash of a request body that ignores key order and whitespace, so only a different body is "different". */
export function requestBodyHash(body: unknown): string {
  return createHash('sha256').update(canonicalJson(body)).digest('hex');
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export type IdempotencyLookup =
  | { kind: 'fresh' }
  | { kind: 'replay'; answer: IdempotentAnswer }
  | { kind: 'conflict'; body: BusinessErrorResponseApiDTO };

export function lookUpIdempotentAnswer(
  store: SandboxStore,
  scope: string,
  key: string,
  bodyHash: string,
): IdempotencyLookup {
  const stored = store.answer(scope, key);
  if (!stored) return { kind: 'fresh' };
  if (stored.bodyHash === bodyHash) return { kind: 'replay', answer: stored };
  return {
    kind: 'conflict',
    body: {
      businessErrors: [
        {
          type: 'IdempotencyConflict',
          message:
            'This Idempotency-Key was already used with a different request body. Use a new key for a new request.',
          solutionUrl: null,
        },
      ],
    },
  };
}

/** Keeps a terminal answer (anything but a 400) for replay. */
export function rememberIdempotentAnswer(
  store: SandboxStore,
  scope: string,
  key: string,
  answer: IdempotentAnswer,
): void {
  if (answer.status === 400) return;
  store.storeAnswer(scope, key, answer);
}
