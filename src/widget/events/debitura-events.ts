// Public events of <debitura-collect>. All bubble and cross shadow roots, carry their data in `detail`, and never
// carry a token. Each is a class so listeners get types; public-events.ts lists them for the global event map,
// the framework typings and the docs.
import type { InvoiceDto } from '../../wire/case.js';
import type { ApiErrorType } from '../api/api-error.js';

const init = { bubbles: true, composed: true } as const;

export type WidgetView = 'new-case' | 'cases' | 'case' | 'tasks' | 'payments' | 'overview';

/** The widget has its token, the account has loaded, and its first view has rendered. */
export class DebituraReadyEvent extends CustomEvent<{ view: WidgetView }> {
  static readonly eventName = 'debitura-ready';
  constructor(detail: { view: WidgetView }) {
    super(DebituraReadyEvent.eventName, { ...init, detail });
  }
}

/** A case was created (Debitura answered 200 to `POST /cases`). */
export class DebituraCaseCreatedEvent extends CustomEvent<{ case: InvoiceDto }> {
  static readonly eventName = 'debitura-case-created';
  constructor(detail: { case: InvoiceDto }) {
    super(DebituraCaseCreatedEvent.eventName, { ...init, detail });
  }
}

/**
 * `signing` (contracts, powers of attorney), `kyc` (company verification), `onboarding` (finish setting up a new
 * Debitura client), `approval` (an existing Debitura account approves the link to the partner), `task` (one of
 * the creditor's open tasks, e.g. choosing a quote or adding a bank account, or a case's full quote; `reasons`
 * holds the task type, `SelectQuoteWinner` for a quote that awaits the creditor's choice).
 */
export type RequiredActionKind = 'signing' | 'onboarding' | 'kyc' | 'approval' | 'task';

export interface ActionRequiredDetail {
  /** What the user must do at Debitura before the case can go ahead. */
  kind: RequiredActionKind;
  /** The hosted Debitura page to present (already carrying `returnUrl` when the widget has `return-url`). */
  url: string;
  /** The Debitura business error types or required-action types behind it, e.g. `MissingPowerOfAttorney`. */
  reasons: string[];
}

/**
 * Debitura needs the user on one of its hosted pages (contract signing, power of attorney, KYC, onboarding, link
 * approval).
 * Call `preventDefault()` to present the URL your own way; otherwise the widget offers a link.
 */
export class DebituraActionRequiredEvent extends CustomEvent<ActionRequiredDetail> {
  static readonly eventName = 'debitura-action-required';
  constructor(detail: ActionRequiredDetail) {
    super(DebituraActionRequiredEvent.eventName, { ...init, cancelable: true, detail });
  }
}

export type DebituraErrorType = ApiErrorType | 'token_error' | 'configuration_error';

export interface ErrorDetail {
  type: DebituraErrorType;
  message: string;
  /** Whether the user can recover in place (retry, fix a field, sign in again). */
  recoverable: boolean;
  /**
   * Finer reason where one exists. For `token_error`: `signed_out` (token endpoint answered 401),
   * `not_linked` (403 `tenant_not_linked`), `forbidden` (other 403) or `unavailable` (no usable answer). For
   * `api_error`: the answer's own error code where it has one, e.g. a partner proxy's `operation_disabled`.
   */
  code?: string;
}

/** Something failed; the widget shows it too. */
export class DebituraErrorEvent extends CustomEvent<ErrorDetail> {
  static readonly eventName = 'debitura-error';
  constructor(detail: ErrorDetail) {
    super(DebituraErrorEvent.eventName, { ...init, detail });
  }
}

export interface ViewChangeDetail {
  view: WidgetView;
  caseId?: string;
  /** For the case list: the filters, search, sort and page, so a partner can keep them in its own URL. */
  state?: Record<string, string | number | string[]>;
}

/** The user moved to another view, or changed the case list's state; never fired for changes made in code. */
export class DebituraViewChangeEvent extends CustomEvent<ViewChangeDetail> {
  static readonly eventName = 'debitura-view-change';
  constructor(detail: ViewChangeDetail) {
    super(DebituraViewChangeEvent.eventName, { ...init, detail });
  }
}

export interface CaseUpdatedDetail {
  caseId: string;
  /** The case as Debitura now returns it. */
  case: InvoiceDto;
  /** `lifecycle` before and after (Debitura's labels); equal when only amounts or dates changed. */
  previousLifecycle: string | null;
  lifecycle: string | null;
  /** `closeCode` before and after; set once a case is closed. */
  previousCloseCode: string | null;
  closeCode: string | null;
}

/** A case on screen changed at Debitura while the widget was showing it. */
export class DebituraCaseUpdatedEvent extends CustomEvent<CaseUpdatedDetail> {
  static readonly eventName = 'debitura-case-updated';
  constructor(detail: CaseUpdatedDetail) {
    super(DebituraCaseUpdatedEvent.eventName, { ...init, detail });
  }
}
