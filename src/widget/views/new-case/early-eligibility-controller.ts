// Asks Debitura early whether a case for this debtor could be filed at all (rules/early-eligibility.ts). A new
// question waits a moment, so typing goes on undisturbed, and replaces the one before it, aborting it; a failed
// check says nothing, because the price check asks again anyway.
import type { ReactiveControllerHost } from 'lit';
import type { CustomerApi } from '../../api/customer-api-client.js';
import { LoadController } from '../../api/load-controller.js';
import {
  earlyEligibilityNotice,
  type EarlyEligibilityNotice,
  type EligibilityAnswer,
  type EligibilityQuestion,
} from './rules/early-eligibility.js';

/** How long the form is left alone after the last change before Debitura is asked. */
export const eligibilityPauseMs = 400;

export interface EligibilitySource {
  client: CustomerApi;
  /** What the form would ask now, or null while it has nothing complete to ask. */
  question: EligibilityQuestion | null;
}

type QuestionArgs = readonly [CustomerApi, string, string | null, string, number, string];

export class EarlyEligibilityController {
  #answer: EligibilityAnswer | null = null;

  constructor(host: ReactiveControllerHost, source: () => EligibilitySource | null) {
    new LoadController<QuestionArgs, EligibilityAnswer>(host, {
      args: () => {
        const current = source();
        const question = current?.question;
        if (!current || !question) return null;
        const { countryAlpha2, stateAlpha2, debtorType, amount, currencyCode } = question;
        return [current.client, countryAlpha2, stateAlpha2, debtorType, amount, currencyCode];
      },
      load: async ([client, countryAlpha2, stateAlpha2, debtorType, amount, currencyCode], signal) => {
        await pause(eligibilityPauseMs, signal);
        const question: EligibilityQuestion = { countryAlpha2, stateAlpha2, debtorType, amount, currencyCode };
        const { stateAlpha2: state, ...body } = question;
        const response = await client.checkEligibility(state ? { ...body, stateAlpha2: state } : body, signal);
        return { question, response };
      },
      onValue: (answer) => {
        this.#answer = answer;
      },
    });
  }

  /** What to tell the user about the form as it is now. */
  notice(current: EligibilityQuestion | null): EarlyEligibilityNotice {
    return earlyEligibilityNotice(this.#answer, current);
  }
}

function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const timer = setTimeout(resolve, ms);
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(signal.reason);
      },
      { once: true },
    );
  });
}
