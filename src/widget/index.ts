// Package entry: importing it registers <debitura-collect> and exposes its types and event classes.
import { defineDebituraCollect } from './define.js';
import { loadFirstViews } from './views/view-modules.js';

export { DebituraCollect, type WidgetTheme } from './debitura-collect.js';
export { defineDebituraCollect, debituraCollectTag } from './define.js';
export {
  DebituraActionRequiredEvent,
  DebituraCaseCreatedEvent,
  DebituraCaseUpdatedEvent,
  DebituraErrorEvent,
  DebituraReadyEvent,
  DebituraViewChangeEvent,
  type ActionRequiredDetail,
  type DebituraErrorType,
  type ErrorDetail,
  type RequiredActionKind,
  type ViewChangeDetail,
  type WidgetView,
} from './events/debitura-events.js';
export type { PublicEventMap, PublicEventName } from './events/public-events.js';
export { DebituraApiError, type ApiErrorType } from './api/api-error.js';
export type { DebituraEnvironment } from './api/api-base-url.js';
export { TokenError, type TokenErrorReason } from './token/token-error.js';
export type { FetchToken, FetchTokenResult } from './token/token-source.js';
export type { FetchActivation } from './views/activation/activation-source.js';
export type { ActivationAnswer, ActivationIntent, ActivationState } from '../wire/activation.js';
export type { CaseDraft, CaseDraftDebtor } from './views/new-case/rules/case-draft.js';
export type { WidgetContext } from './widget-context.js';
export type { Messages } from './i18n/en/index.js';

defineDebituraCollect();
loadFirstViews();
