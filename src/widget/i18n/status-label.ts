// The localized label of a case's lifecycle, which Debitura sends as an English label or an enum name.
import { lifecycleStatusOf } from '../../wire/case-vocabulary.js';
import type { Messages } from './en/index.js';

export function statusLabel(messages: Messages, lifecycle: string | null | undefined): string {
  const status = lifecycle ? lifecycleStatusOf(lifecycle) : undefined;
  return status ? messages.status[status] : (lifecycle ?? messages.status.unknown);
}
