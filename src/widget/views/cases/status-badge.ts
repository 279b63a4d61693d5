// The lifecycle badge of a case, coloured by status family through the `--_status-*` properties, so partners
// theme it with `--debitura-status-*` and `::part(status-badge)`.
import { html, type TemplateResult } from 'lit';
import type { InvoiceDto } from '../../../wire/case.js';
import type { Messages } from '../../i18n/en/index.js';
import { statusLabel } from '../../i18n/status-label.js';
import { statusFamily } from '../../status/lifecycle-family.js';

export function renderStatusBadge(
  item: Pick<InvoiceDto, 'lifecycle' | 'closeCode'>,
  messages: Messages,
): TemplateResult {
  return html`<span class="badge" part="status-badge" data-family=${statusFamily(item.lifecycle, item.closeCode)}
    >${statusLabel(messages, item.lifecycle)}</span
  >`;
}
