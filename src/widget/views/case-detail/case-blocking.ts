// What holds the case up and what the creditor can do about it: unsigned contracts (with the way to Debitura's
// signing pages) or the partner's questions. Nothing is shown when the case is not waiting on the creditor.
import { html, nothing, type TemplateResult } from 'lit';
import type { CaseContractStatusApiDTO, CaseValidationStatusDto } from '../../../wire/case-resources.js';
import { formatDate } from '../../format/date.js';
import type { CasesMessages } from '../../i18n/en/cases.js';
import { interpolate } from '../../i18n/interpolate.js';
import type { LoadState } from '../../api/load-controller.js';
import { codeLabel } from './code-label.js';
import { contractItems, type ContractItem } from './contract-items.js';
// The link to Debitura's signing pages, for the case detail once this part has loaded.
export { signingHandoffOf } from './contract-items.js';

export interface BlockingView {
  /** Idle when the case does not wait for contracts. */
  contract: LoadState<CaseContractStatusApiDTO>;
  /** Idle when the case does not wait for more details. */
  validation: LoadState<CaseValidationStatusDto>;
  /** The signing link, when it may be shown; `presentedByPartner` when the partner page took it over. */
  handoff: { url: string; presentedByPartner: boolean } | null;
  text: CasesMessages;
  locale: string;
  retryLabel: string;
  opensInNewTab: string;
  retry: () => void;
}

export function renderCaseBlocking(view: BlockingView): TemplateResult | typeof nothing {
  if (view.contract.status === 'idle' && view.validation.status === 'idle') return nothing;
  const words = view.text.detail.blocking;
  return html`
    <section
      class="alert alert--warning"
      role="group"
      aria-labelledby="blocking-title"
      aria-busy=${view.contract.status === 'loading' || view.validation.status === 'loading' ? 'true' : 'false'}
      part="blocking"
    >
      <h4 id="blocking-title" class="alert__title">${words.heading}</h4>
      ${view.contract.status !== 'idle' ? renderContracts(view, view.contract) : nothing}
      ${view.validation.status !== 'idle' ? renderValidation(view, view.validation) : nothing}
    </section>
  `;
}

function renderContracts(view: BlockingView, contract: LoadState<CaseContractStatusApiDTO>): TemplateResult {
  const words = view.text.detail.blocking;
  if (contract.status !== 'ready') return renderPending(view, contract.status === 'error');
  const items = contractItems(contract.value);
  const partner = contract.value.collectionPartnerName;
  const name = (item: ContractItem) =>
    item.key === 'poa'
      ? partner
        ? interpolate(words.contracts.poa, { partner })
        : words.contracts.poaNoPartner
      : words.contracts[item.key];
  const state = (item: ContractItem) =>
    item.state === 'signed'
      ? words.signed
      : item.state === 'needsResigning'
        ? words.needsResigning
        : words.needsSigning;
  return html`
    <p>${words.contractsIntro}</p>
    <ul class="plain contracts">
      ${items.map((item) => html`<li><span>${name(item)}</span><strong>${state(item)}</strong></li>`)}
    </ul>
    ${
      view.handoff
        ? view.handoff.presentedByPartner
          ? html`<p>${words.signElsewhere}</p>`
          : html`<p>
              <a class="button" part="signing-link" href=${view.handoff.url} target="_blank" rel="noopener noreferrer"
                >${words.signAction}<span class="visually-hidden"> ${view.opensInNewTab}</span></a
              >
            </p>`
        : html`<p>${words.noSigningLink}</p>`
    }
  `;
}

function renderValidation(view: BlockingView, validation: LoadState<CaseValidationStatusDto>): TemplateResult {
  const words = view.text.detail.blocking;
  if (validation.status !== 'ready') return renderPending(view, validation.status === 'error');
  const items = validation.value.items ?? [];
  return html`
    ${
      items.length > 0
        ? html`<p>${words.validationIntro}</p>
            <ul class="validation-items">
              ${items.map(
                (item) =>
                  html`<li>
                    ${item.resolutionArea ? html`<strong>${codeLabel(item.resolutionArea, words.areas)}:</strong> ` : nothing}${item.description ?? ''}
                  </li>`,
              )}
            </ul>`
        : html`<p>${words.noItems}</p>`
    }
    ${
      validation.value.creditorRespondedAt
        ? html`<p>
            ${interpolate(words.respondedAt, { date: formatDate(validation.value.creditorRespondedAt, view.locale) })}
          </p>`
        : html`<p>${words.validationRespond}</p>`
    }
  `;
}

function renderPending(view: BlockingView, failed: boolean): TemplateResult {
  if (!failed)
    return html`<p class="loading"><span class="spinner" aria-hidden="true"></span>${view.text.detail.loading}</p>`;
  return html`<p>${view.text.detail.sectionFailed}</p>
    <p><button class="button button--secondary" type="button" @click=${view.retry}>${view.retryLabel}</button></p>`;
}
