// Driving the sandbox's hosted pages as a browser would: submit a page's form (same URL, urlencoded fields),
// follow the 303 to the next step, and walk a whole onboarding.
import assert from 'node:assert/strict';
import type { Sandbox } from '../../src/sandbox/index.js';
import { call, origin, type JsonAnswer } from './sandbox-core-harness.js';

/** Path and query of a hosted URL (absolute on the sandbox origin, or already a path). */
export function pathOf(url: string): string {
  const parsed = new URL(url, origin);
  return `${parsed.pathname}${parsed.search}`;
}

export function openPage(sandbox: Sandbox, url: string): Promise<JsonAnswer> {
  return call(sandbox, 'GET', pathOf(url));
}

/** Submits the form of a hosted page, as a browser would. */
export function submitForm(sandbox: Sandbox, url: string, fields: Record<string, string> = {}): Promise<JsonAnswer> {
  return call(sandbox, 'POST', pathOf(url), {
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields).toString(),
  });
}

export const directorFields = {
  directorFullName: 'Amelia Stone',
  directorHomeAddress: '3 Clifton Down, Bristol BS8 3HT',
  directorDateOfBirth: '1980-04-12',
};

/**
 * Walks the hosted onboarding from its first URL: confirms company details and users as prefilled, fills KYC
 * when asked, accepts and signs. Returns the last answer (a 303 to returnUrl, or the done page) and the steps seen.
 */
export async function walkOnboarding(sandbox: Sandbox, url: string): Promise<{ last: JsonAnswer; steps: string[] }> {
  const steps: string[] = [];
  let current = pathOf(url);
  for (let guard = 0; guard < 6; guard++) {
    const step = /\/onboarding\/([a-z]+)\//.exec(current)?.[1];
    if (!step) break;
    steps.push(step);
    const page = await openPage(sandbox, current);
    assert.equal(page.status, 200, `${step} page: ${page.text.slice(0, 200)}`);
    const fields =
      step === 'companydetails'
        ? prefilledValues(page.text)
        : step === 'kyc'
          ? directorFields
          : step === 'sign'
            ? { accept: 'yes' }
            : {};
    const answer = await submitForm(sandbox, current, fields);
    const location = answer.headers.get('Location');
    if (answer.status !== 303 || !location || !location.includes('/hosted/onboarding/')) return { last: answer, steps };
    current = pathOf(location);
  }
  throw new Error(`onboarding did not end: ${steps.join(' → ')}`);
}

/** The name → value pairs of a page's text inputs, as prefilled. */
export function prefilledValues(html: string): Record<string, string> {
  const values: Record<string, string> = {};
  for (const match of html.matchAll(/<input [^>]*name="([^"]+)"[^>]*value="([^"]*)"/g)) {
    values[match[1]!] = match[2]!.replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)));
  }
  return values;
}
