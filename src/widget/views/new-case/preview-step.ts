// Step 2: what Debitura would do with the case (eligibility, partner, jurisdiction, success fee, what must be
// signed) and the explicit confirmation. Sending a case is a legal and financial act, so nothing is sent
// without the box ticked; a case Debitura cannot take has no send button at all.
import { html, nothing, type TemplateResult } from 'lit';
import { countryName } from '../../format/countries.js';
import { parseAmountInput } from './rules/amount-input.js';
import type { HandoffLink } from '../../handoff/handoff-link.js';
import { previewBlockers, type PreviewBlockers } from '../../handoff/preview-blockers.js';
import type { NewCaseFormValues } from './rules/new-case-form-values.js';
import { formatMoney, formatPercent } from '../../format/money.js';
import type { Messages } from '../../i18n/en/index.js';
import { interpolate } from '../../i18n/interpolate.js';
import type { PreviewResultDto } from '../../../wire/preview.js';
import { busyButton } from './busy-button.js';
import { divisionToSend, ownerToSend, type FilingChoices } from './rules/filing-choices.js';
import { ineligibleReason, jurisdictionName, pricingSourceText, requiredActionText } from './preview-words.js';

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
  /** The creditor's divisions and team: the summary names the division and owner the case goes out with. */
  choices: FilingChoices;
  problem: TemplateResult | typeof nothing;
  /** A failed send explains the blockers itself (problem panel): the preview's own box steps aside. */
  problemExplainsBlockers: boolean;
  /** The user went to Debitura's page and the preview is looked at again until the steps are done. */
  watching: boolean;
  /** Who a blocked creditor contacts (the partner's support, else Debitura's). */
  supportContact: string | null;
  onConfirm: (checked: boolean) => void;
  onSubmit: (allowPendingContracts: boolean) => void;
  onEdit: () => void;
  onHandoffOpened: (handoff: HandoffLink) => void;
}

export function renderPreviewStep(props: PreviewStepProps): TemplateResult {
  const { messages, preview } = props;
  const m = messages.newCase;
  const eligible = preview.isEligible === true;
  const blockers = previewBlockers(preview, { returnUrl: props.returnUrl, isAllowed: props.isAllowedHandoffUrl });
  // KYC cannot be deferred: there is nothing to send until it is done, so the verification link is the action.
  const canSend = eligible && blockers.kind !== 'kyc';
  const signLater = blockers.kind === 'contracts';
  return html`
    <section class="step">
      <h3 class="step__heading" id="step-heading" tabindex="-1">${m.steps.preview}</h3>
      ${
        !eligible
          ? notEligible(props)
          : blockers.kind === 'none'
            ? html`<div class="alert alert--success"><p>${m.preview.eligible}</p></div>`
            : nothing
      }
      ${eligible && blockers.kind !== 'none' && !props.problemExplainsBlockers ? blockerBox(props, blockers) : nothing}
      ${caseSummary(props)} ${eligible ? pricing(props) : nothing} ${props.problem}
      ${canSend ? confirmation(props) : nothing}
      <div class="actions">
        ${
          canSend
            ? busyButton({
                type: 'button',
                busy: props.busy,
                label: signLater ? m.actions.submitPending : m.actions.submit,
                busyLabel: m.actions.submitBusy,
                onClick: () => props.onSubmit(signLater),
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

/** Why Debitura cannot take the case, and the one thing that helps: another debtor, or the support contact. */
function notEligible(props: PreviewStepProps): TemplateResult {
  const m = props.messages.newCase;
  const reason = ineligibleReason(props.preview);
  const text = m.outcomes[reason];
  return html`
    <div class="alert alert--danger" data-reason=${reason}>
      <h4>${m.preview.notEligible}</h4>
      <p>${text.body}</p>
      ${
        reason === 'NoPartnerAvailable'
          ? html`<p>${m.preview.notEligibleHelp}</p>`
          : props.supportContact
            ? html`<p>${interpolate(m.preview.blockedSupport, { support: props.supportContact })}</p>`
            : nothing
      }
    </div>
  `;
}

/** One box per situation: contracts to sign (or defer), a verification to do first, or other steps. */
function blockerBox(props: PreviewStepProps, blockers: Exclude<PreviewBlockers, { kind: 'none' }>): TemplateResult {
  const { messages } = props;
  const m = messages.newCase;
  const kyc = blockers.kind === 'kyc';
  const title = kyc
    ? m.preview.kycTitle
    : blockers.kind === 'contracts'
      ? m.preview.contractsTitle
      : m.preview.requiredActions;
  const body = kyc
    ? m.preview.kycBody
    : blockers.kind === 'contracts'
      ? interpolate(m.preview.contractsBody, { status: messages.status.PendingContractSigning })
      : m.preview.requiredActionsIntro;
  const actions = props.preview.requiredActions ?? [];
  const handoff = blockers.handoff;
  const linkLabel = kyc ? m.actions.openKyc : blockers.kind === 'contracts' ? m.preview.signNow : m.actions.openLink;
  return html`
    <div class="alert alert--warning" data-blockers=${blockers.kind}>
      <h4>${title}</h4>
      <p>${body}</p>
      ${
        actions.length > 0
          ? html`<ul class="required-actions">
              ${actions.map((action) => html`<li>${requiredActionText(action, m.preview)}</li>`)}
            </ul>`
          : nothing
      }
      ${
        handoff
          ? html`<p>
              <a
                class=${kyc ? 'button link-button' : 'button button--secondary link-button'}
                data-handoff
                href=${handoff.url}
                target="_blank"
                rel="noopener noreferrer"
                @click=${() => props.onHandoffOpened(handoff)}
                >${linkLabel}<span class="visually-hidden"> ${messages.common.opensInNewTab}</span></a
              >
            </p>`
          : html`<p>${m.outcomes.handoffBlocked}</p>`
      }
      ${props.watching ? html`<p class="quiet" role="status">${m.preview.watching}</p>` : nothing}
    </div>
  `;
}

function caseSummary(props: PreviewStepProps): TemplateResult {
  const { messages, preview, values, locale } = props;
  const m = messages.newCase.preview;
  const amount = parseAmountInput(values.amountToRecover, locale) ?? 0;
  const partner = preview.partnerAssignment;
  const country = countryName(props.countryCode, locale);
  const reference = values.creditorReference.trim();
  const fields = messages.newCase.fields;
  const divisionId = divisionToSend(values.creditorDivisionId, props.choices);
  const division = props.choices.divisions.find((choice) => choice.id === divisionId);
  const ownerEmail = ownerToSend(values.assignedUserEmail, props.choices)?.toLowerCase();
  const owner = props.choices.team.find((member) => member.email.toLowerCase() === ownerEmail);
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
          ? html`<dt>${fields.creditorReference.label}</dt>
              <dd>${reference}</dd>`
          : nothing
      }
      ${
        division
          ? html`<dt>${fields.creditorDivisionId.label}</dt>
              <dd>${division.name}</dd>`
          : nothing
      }
      ${
        owner
          ? html`<dt>${fields.assignedUserEmail.label}</dt>
              <dd>${owner.name}</dd>`
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
      <dd>${jurisdictionName(preview.jurisdiction, locale) ?? m.none}</dd>
    </dl>
  `;
}

function pricing(props: PreviewStepProps): TemplateResult {
  const m = props.messages.newCase.preview;
  const price = props.preview.pricingPreview;
  if (!price) return html``;
  const percent = (value: number | undefined) => (value === undefined ? '–' : formatPercent(value, props.locale));
  const source = pricingSourceText(price, m);
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
