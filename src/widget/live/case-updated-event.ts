// Public event: a case on screen changed at Debitura while the widget was showing it.
import type { InvoiceDto } from '../../wire/case.js';

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

/** Bubbles and crosses shadow roots like every `debitura-` event. */
export class DebituraCaseUpdatedEvent extends CustomEvent<CaseUpdatedDetail> {
  static readonly eventName = 'debitura-case-updated';
  constructor(detail: CaseUpdatedDetail) {
    super(DebituraCaseUpdatedEvent.eventName, { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface HTMLElementEventMap {
    'debitura-case-updated': DebituraCaseUpdatedEvent;
  }
}
