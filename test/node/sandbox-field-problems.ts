// Reading the sandbox's 400s in tests the way the widget reads them: the body must be the declared
// ApiErrorResponseDto, and its field problems come out keyed by field path (src/widget/api/error-mapping.ts).
import assert from 'node:assert/strict';
import { apiErrorFromResponse } from '../../src/widget/api/error-mapping.js';
import { ApiErrorResponseDto } from '../../src/wire/index.js';

export function fieldProblems(answer: { status: number; body: unknown }): Record<string, string[]> {
  assert.equal(answer.status, 400, JSON.stringify(answer.body));
  assert.ok(
    ApiErrorResponseDto.safeParse(answer.body).success,
    `not an ApiErrorResponseDto: ${JSON.stringify(answer.body)}`,
  );
  return apiErrorFromResponse(400, answer.body).fieldErrors;
}
