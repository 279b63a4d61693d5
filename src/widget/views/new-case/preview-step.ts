// Step 2: what Debitura would do with the case (eligibility, partner, jurisdiction, success fee, what must be
// signed) and the explicit confirmation. Sending a case is a legal and financial act, so nothing is sent
// without the box ticked; a case Debitura cannot take has no send button at all.
import { html, nothing, type TemplateResult } from 'lit';
import { countryName } from '../../format/countries.js';
import { parseAmountInput } from './rules/amount-input.js';
import { withReturnUrl } from '../../handoff/handoff-link.js';
import type { NewCaseFormValues } from './rules/new-case-form-values.js';
import { formatMoney, formatPercent } from '../../format/money.js';
import type { Messages } from '../../i18n/en/index.js';
import { interpolate } from '../../i18n/interpolate.js';
import type { PreviewResultDto } from '../../../wire/preview.js';
import { busyButton } from './busy-button.js';

export interface PreviewStepProps {
  messages: Messages;
  locale: string;
  values: NewCaseFormValues;
  preview: PreviewResultDto;
  countryCode: string;
  confirmed: boolean;
  confirmError: boolean;
  busy: boolean;
  returnUrl: string | null;
  isAllowedHandoffUrl: (url: string) => boolean;
  problem: TemplateResult | typeof nothing;
  onConfirm: (checked: boolean) => void;
  onSubmit: () => void;
  onEdit: () => void;
}

export function renderPreviewStep(props: PreviewStepProps): TemplateResult {
  const { messages, preview } = props;
  const m = messages.newCase;
  const eligible = preview.isEligible === true;
  return html`
    <section class="step" aria-labelledby="step-heading">
      <h3 class="step__heading" id="step-heading" tabindex="-1">${m.steps.preview}</h3>
      ${
        eligible
          ? html`<div class="alert alert--success"><p>${m.preview.eligible}</p></div>`
          : html`
              <div class="alert alert--danger">
                <h4>${m.preview.notEligible}</h4>
                ${
                  preview.ineligibilityReason
                    ? html`<p>${interpolate(m.preview.notEligibleReason, { reason: preview.ineligibilityReason })}</p>`
                    : nothing
                }
                <p>${m.preview.notEligibleHelp}</p>
              </div>
            `
      }
      ${caseSummary(props)} ${eligible ? pricing(props) : nothing} ${eligible ? requiredActions(props) : nothing}
      ${props.problem} ${eligible ? confirmation(props) : nothing}
      <div class="actions">
        ${
          eligible
            ? busyButton({
                type: 'button',
                busy: props.busy,
                label: m.actions.submit,
                busyLabel: m.actions.submitBusy,
                onClick: props.onSubmit,
              })
            : nothing
        }
        <button
          class="button button--secondary"
          type="button"
          aria-disabled=${props.busy ? 'true' : 'false'}
          @click=${() => {
            if (!props.busy) props.onEdit();
          }}
        >
          ${m.actions.edit}
        </button>
      </div>
    </section>
  `;
}

function caseSummary(props: PreviewStepProps): TemplateResult {
  const { messages, preview, values, locale } = props;
  const m = messages.newCase.preview;
  const amount = parseAmountInput(values.amountToRecover, locale) ?? 0;
  const partner = preview.partnerAssignment;
  const country = countryName(props.countryCode, locale);
  const reference = values.creditorReference.trim();
  return html`
    <dl class="summary" aria-label=${m.summary}>
      <dt>${m.debtor}</dt>
      <dd>
        ${values.name.trim()},
        ${values.stateAlpha2 && props.countryCode === 'US' ? `${values.stateAlpha2}, ` : ''}${country}
      </dd>
      <dt>${m.amount}</dt>
      <dd>${formatMoney(amount, values.currencyCode, locale)}</dd>
      ${
        reference
          ? html`<dt>${messages.newCase.fields.creditorReference.label}</dt>
              <dd>${reference}</dd>`
          : nothing
      }
      <dt>${m.partner}</dt>
      <dd>
        ${
          !partner?.partnerName
            ? m.none
            : partner.partnerCountry
              ? interpolate(m.partnerValue, {
                  name: partner.partnerName,
                  country: countryName(partner.partnerCountry, locale),
                })
              : partner.partnerName
        }
      </dd>
      <dt>${m.jurisdiction}</dt>
      <dd>${preview.jurisdiction?.name ?? m.none}</dd>
    </dl>
  `;
}

function pricing(props: PreviewStepProps): TemplateResult {
  const m = props.messages.newCase.preview;
  const price = props.preview.pricingPreview;
  if (!price) return html``;
  const percent = (value: number | undefined) => (value === undefined ? '–' : formatPercent(value, props.locale));
  const source = price.pricingSourceDescription ?? price.pricingSource;
  return html`
    <div class="panel">
      <h4>${m.pricing}</h4>
      <p>${m.pricingIntro}</p>
      <dl class="summary">
        <dt>${m.baseFee}</dt>
        <dd>${percent(price.baseSuccessFeePercentage)}</dd>
        <dt>${m.ageSurcharge}</dt>
        <dd>${percent(price.ageSurchargePercentage)}</dd>
        <dt class="total">${m.totalFee}</dt>
        <dd class="total">${percent(price.totalSuccessFeePercentage)}</dd>
        ${
          source
            ? html`<dt>${m.pricingSource}</dt>
                <dd>${source}</dd>`
            : nothing
        }
      </dl>
    </div>
  `;
}

function requiredActions(props: PreviewStepProps): TemplateResult | typeof nothing {
  const { messages, preview } = props;
  const m = messages.newCase;
  const actions = preview.requiredActions ?? [];
  const kycMissing = preview.requiresKycVerification === true && preview.hasKycOnFile !== true;
  if (actions.length === 0 && !kycMissing) return nothing;
  const trusted = (url: string | null | undefined) => {
    if (!url) return null;
    const linked = withReturnUrl(url, props.returnUrl);
    return props.isAllowedHandoffUrl(linked) ? linked : null;
  };
  const combined = trusted(preview.signingHandoff?.combinedSigningUrl);
  return html`
    <div class="panel">
      <h4>${m.preview.requiredActions}</h4>
      <p>${m.preview.requiredActionsIntro}</p>
      ${
        actions.length > 0
          ? html`<ul class="required-actions">
              ${actions.map((action) => {
                const url = combined ? null : trusted(action.solutionUrl);
                const text = action.message ?? action.type ?? '';
                return html`<li>
                  ${url ? html`<a href=${url} target="_blank" rel="noopener noreferrer">${text}<span class="visually-hidden"> ${messages.common.opensInNewTab}</span></a>` : text}
                </li>`;
              })}
            </ul>`
          : nothing
      }
      ${kycMissing ? html`<p>${m.preview.kycNeeded}</p>` : nothing}
      ${
        combined
          ? html`<a
              class="button button--secondary link-button"
              href=${combined}
              target="_blank"
              rel="noopener noreferrer"
              >${m.actions.openSigning}<span class="visually-hidden"> ${messages.common.opensInNewTab}</span></a
            >`
          : nothing
      }
    </div>
  `;
}

function confirmation(props: PreviewStepProps): TemplateResult {
  const m = props.messages.newCase.preview;
  return html`
    <div class="confirm" ?data-invalid=${props.confirmError}>
      <label class="toggle">
        <input
          id="confirm"
          type="checkbox"
          .checked=${props.confirmed}
          aria-invalid=${props.confirmError ? 'true' : 'false'}
          aria-describedby=${props.confirmError ? 'confirm-error' : nothing}
          @change=${(event: Event) => props.onConfirm((event.target as HTMLInputElement).checked)}
        />
        <span>${m.confirm}</span>
      </label>
      ${props.confirmError ? html`<span class="field__error" id="confirm-error">${m.confirmRequired}</span>` : nothing}
    </div>
  `;
}
