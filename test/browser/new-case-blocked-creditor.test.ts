// A creditor Debitura has blocked is never sent to edit the debtor for it, and once told keeps seeing it at the
// top of the form with the partner's support contact; a tenant without a Debitura link is not offered a "Try again" that cannot help.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/widget/index.js';
import { TokenError } from '../../src/widget/index.js';
import { en } from '../../src/widget/i18n/en/index.js';
import { clickButton, fillDanishCompany, mountNewCase, viewText, waitForStep } from './harness.js';

describe('new case: a blocked creditor and an unlinked tenant', () => {
  it('a blocked creditor, once told at the price check, finds it at the top of the form with the support slot', async () => {
    const { view, host } = await mountNewCase({ tenant: 'blocked-creditor' });
    host.insertAdjacentHTML('beforeend', '<p slot="support">Write to support@partner.example.</p>');
    expect(view.shadowRoot!.querySelector('[data-blocked]'), 'nothing is claimed before Debitura says so').to.equal(
      null,
    );
    await fillDanishCompany(view);
    await clickButton(view, en.newCase.actions.preview);
    await waitForStep(view, en.newCase.steps.preview);
    expect(viewText(view).toLowerCase()).not.to.contain('edit the debtor');
    await clickButton(view, en.newCase.actions.edit);
    await waitForStep(view, en.newCase.steps.form);
    const notice = view.shadowRoot!.querySelector('[data-blocked]')!;
    expect(notice, 'the block stays in view while editing').not.to.equal(null);
    const form = view.shadowRoot!.querySelector('form')!;
    expect(
      notice.compareDocumentPosition(form.querySelector('input')!) & Node.DOCUMENT_POSITION_FOLLOWING,
      'above the first field',
    ).to.be.greaterThan(0);
    expect(notice.textContent).to.contain(en.newCase.outcomes.CreditorBlocked.title);
    const slot = notice.querySelector('slot')!;
    const shown = slot
      .assignedNodes({ flatten: true })
      .map((node) => node.textContent)
      .join(' ');
    expect(shown).to.contain('support@partner.example');
    expect(viewText(view).toLowerCase()).not.to.contain('edit the debtor');
    await expect(view).to.be.accessible();
  });

  it('a tenant that is not linked gets the explanation without a "Try again" that cannot help', async () => {
    const host = document.createElement('debitura-collect');
    host.setAttribute('environment', 'sandbox');
    host.setAttribute('locale', 'en');
    host.fetchToken = async () => {
      throw new TokenError('not_linked');
    };
    (await fixture(html`<div></div>`)).append(host);
    await waitUntil(
      () => (host.shadowRoot!.textContent ?? '').includes(en.token.notLinked.title),
      'the not-linked explanation never showed',
    );
    const buttons = [...host.shadowRoot!.querySelectorAll('button')].map((button) => button.textContent?.trim());
    expect(buttons).not.to.include(en.common.retry);
    await expect(host).to.be.accessible();
  });
});
