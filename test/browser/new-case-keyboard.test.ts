// A keyboard-only user files a case: Tab from the page into the widget, type every field, choose the currency
// with the arrow keys, check the price with Enter, tick the confirmation with Space and send with Enter. No
// click, no programmatic value: only keys, as sent by Chromium itself.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { control, focused, mountNewCase, uniqueReference, viewText, waitForStep } from './harness.js';
import type { NewCaseView } from '../../src/widget/views/new-case/new-case-view.js';
import { contrastRatio, parseSimpleColor } from '../../src/widget/styles/contrast-warning.js';

/** Presses Tab until the control labelled `label` has focus; fails after 40 presses. */
async function tabTo(view: NewCaseView, label: string): Promise<void> {
  const target = control(view, label);
  for (let presses = 0; presses < 40 && focused(view) !== target; presses++) await sendKeys({ press: 'Tab' });
  expect(focused(view) === target, `Tab never reached "${label}"`).to.equal(true);
}

async function typeInto(view: NewCaseView, label: string, text: string): Promise<void> {
  await tabTo(view, label);
  await sendKeys({ type: text });
}

/** Whether an element's box, which its focus ring follows, is no wider than its words. */
function ringHugsWords(element: Element): boolean {
  const words = document.createRange();
  words.selectNodeContents(element);
  return element.getBoundingClientRect().width <= words.getBoundingClientRect().width + 1;
}

/**
 * The contrast between a focused filled button's fill and the ring drawn inside it: the outer outline has the
 * button's own colour, so without an inner ring focus only thickens the button (WCAG 2.4.13 asks for 3:1).
 */
function innerRingContrast(button: Element): number {
  const style = getComputedStyle(button);
  const ring = /^(rgba?\([^)]*\)) 0px 0px 0px 2px inset$/.exec(style.boxShadow)?.[1];
  const fill = parseSimpleColor(style.backgroundColor);
  const ringColor = ring ? parseSimpleColor(ring) : null;
  return fill && ringColor ? contrastRatio(fill, ringColor) : 1;
}

describe('new case: keyboard only', () => {
  it('walks form → price check → confirmation → sent without a pointer', async function () {
    // Every key press is a round trip to the browser driver: the walk takes seconds, more on a busy machine.
    this.timeout(30000);
    const { view } = await mountNewCase();
    const reference = uniqueReference();
    (document.activeElement as HTMLElement | null)?.blur();

    await typeInto(view, 'Company name', 'Nordlys Trading ApS');
    await typeInto(view, 'Contact person', 'Mette Larsen');
    await typeInto(view, 'Address', 'Vesterbrogade 12');
    await typeInto(view, 'Postcode', '1620');
    await typeInto(view, 'City', 'Copenhagen');
    await typeInto(view, 'Country', 'Denmark');
    await typeInto(view, 'Amount to recover', '12500');
    await tabTo(view, 'Currency');
    // The offered currencies start EUR, DKK: to the top, then one down.
    await sendKeys({ press: 'Home' });
    await sendKeys({ press: 'ArrowDown' });
    expect((control(view, 'Currency') as HTMLSelectElement).value).to.equal('DKK');
    // Chromium's date fields take month, day and year as typed digits in the en-US order.
    await typeInto(view, 'Invoice date', '11032025');
    await typeInto(view, 'Due date', '12032025');
    await typeInto(view, 'Your reference', reference);
    await sendKeys({ press: 'Enter' });

    await waitForStep(view, 'Check price and send');
    expect(ringHugsWords(focused(view)!), 'the focus ring is drawn around the heading’s words, not the row').to.equal(
      true,
    );
    expect(viewText(view)).to.contain('DKK 12,500.00');
    const confirm = control(
      view,
      'I confirm that the debt is due, undisputed as far as I know, and that I want Debitura to start collection on the terms shown above.',
    );
    for (let presses = 0; presses < 40 && focused(view) !== confirm; presses++) await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    expect((confirm as HTMLInputElement).checked).to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect(focused(view)?.textContent?.trim()).to.equal('Send to collection');
    expect(innerRingContrast(focused(view)!), 'the focused primary button shows a contrasting ring').to.be.at.least(3);
    await sendKeys({ press: 'Enter' });

    await waitForStep(view, 'Case sent to collection');
    expect(viewText(view)).to.contain(reference);
    await expect(view).to.be.accessible();
  });
});
