// The heading and sentence of each activation state, in the reader's language. The screen and its
// announcements use the same words, so what is heard is what is shown.
import type { ActivationAnswer } from '../../../wire/activation.js';
import type { Messages } from '../../i18n/en/index.js';
import { interpolate } from '../../i18n/interpolate.js';
import { addEnglish } from '../../i18n/en/shell.js';
import { activation } from '../../i18n/en/activation.js';

// This view's English arrives with its code.
addEnglish({ activation });

export interface ActivationText {
  title: string;
  body: string;
}

/** `opened`: the user has opened Debitura's page from here, so the screen says "finish in the other tab". */
export function activationText(messages: Messages, answer: ActivationAnswer, opened = false): ActivationText {
  const m = messages.activation;
  const company = answer.company || m.pitch.yourCompany;
  const fill = (text: ActivationText) => ({
    title: interpolate(text.title, { company }),
    body: interpolate(text.body, { company }),
  });
  switch (answer.state) {
    case 'not_activated':
      return { title: m.pitch.title, body: m.pitch.intro };
    case 'onboarding':
    case 'approval_pending': {
      const text = answer.state === 'onboarding' ? m.onboarding : m.approval;
      return fill(opened ? { title: text.waitingTitle, body: text.waitingBody } : text);
    }
    case 'declined':
    case 'expired':
      return fill(m[answer.state]);
    case 'linked_elsewhere':
      return fill(m.linkedElsewhere);
    case 'invalid_client_type':
      return fill(m.invalidClientType);
    case 'failed':
      return m.failed;
    case 'active':
      return { title: m.done, body: '' };
  }
}
