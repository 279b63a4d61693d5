// A page may hold several widgets (a dashboard, the demo's gallery), so each one adds exactly one landmark: the
// region around it, named "Debt collection" in its language or by the partner's `label`. Views, steps, forms,
// the search box and the pager are not landmarks of their own, or a page of widgets would repeat them.
import { expect, waitUntil } from '@open-wc/testing';
import type { DebituraCollect } from '../../src/widget/index.js';
import { mountWidget, shownDetail, shownList, waitForDetail } from './cases-harness.js';
import { deepElements, mountNewCase } from './harness.js';

const alwaysLandmarks = new Set(['banner', 'complementary', 'contentinfo', 'main', 'navigation', 'search']);
const landmarksWhenNamed = new Set(['form', 'region']);
const implicitRoles: Record<string, string> = {
  aside: 'complementary',
  form: 'form',
  main: 'main',
  nav: 'navigation',
  search: 'search',
  section: 'region',
};

/** The element a node hangs under in the flat tree: its parent, or the host of the shadow root it is the top of. */
function flatParent(element: Element): Element | null {
  if (element.parentElement) return element.parentElement;
  const root = element.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

function insideSectioningContent(element: Element): boolean {
  for (let node = flatParent(element); node; node = flatParent(node)) {
    if (['ARTICLE', 'ASIDE', 'MAIN', 'NAV', 'SECTION'].includes(node.tagName)) return true;
  }
  return false;
}

function accessibleName(element: Element): string {
  const label = element.getAttribute('aria-label')?.trim();
  if (label) return label;
  const root = element.getRootNode() as Document | ShadowRoot;
  const ids = element.getAttribute('aria-labelledby')?.split(/\s+/).filter(Boolean) ?? [];
  return ids.map((id) => root.getElementById(id)?.textContent?.trim() ?? '').join(' ');
}

function landmarkRole(element: Element): string | null {
  const tag = element.tagName.toLowerCase();
  const role =
    element.getAttribute('role') ??
    ((tag === 'header' || tag === 'footer') && !insideSectioningContent(element)
      ? tag === 'header'
        ? 'banner'
        : 'contentinfo'
      : implicitRoles[tag]);
  if (!role) return null;
  if (alwaysLandmarks.has(role)) return role;
  return landmarksWhenNamed.has(role) && accessibleName(element) ? role : null;
}

/** Every landmark inside the widget, through its views' shadow roots, as "role: name". */
function landmarks(host: DebituraCollect): string[] {
  return deepElements(host.shadowRoot!)
    .map((element) => [element, landmarkRole(element)] as const)
    .filter(([, role]) => role)
    .map(([element, role]) => `${role}: ${accessibleName(element)}`);
}

describe('landmarks', () => {
  it('the new-case form is one region named in the widget language, or by the partner', async () => {
    const { host } = await mountNewCase({ locale: 'de' });
    expect(landmarks(host)).to.deep.equal(['region: Inkasso']);
    host.setAttribute('label', 'Inkasso für Acme');
    await host.updateComplete;
    expect(landmarks(host)).to.deep.equal(['region: Inkasso für Acme']);
    host.removeAttribute('label');
    await host.updateComplete;
    expect(landmarks(host)).to.deep.equal(['region: Inkasso']);
  });

  it('the case list, a case, the tasks, the payments and the overview add no landmark of their own', async function () {
    this.timeout(40_000);
    const host = await mountWidget();
    host.setAttribute('label', 'Collections');
    await host.updateComplete;
    expect(landmarks(host), 'case list').to.deep.equal(['region: Collections']);

    shownList(host)!.shadowRoot!.querySelector<HTMLElement>('.row-link')!.click();
    await waitUntil(() => shownDetail(host), 'the case never opened');
    await waitForDetail(shownDetail(host)!);
    expect(landmarks(host), 'case detail').to.deep.equal(['region: Collections']);

    host.view = 'tasks';
    await waitUntil(
      () => {
        const tasks = host.shadowRoot!.querySelector('debitura-tasks')?.shadowRoot;
        return tasks?.querySelector('.list, .alert') && !tasks.querySelector('.skeleton');
      },
      'the tasks never loaded',
      { timeout: 8000 },
    );
    expect(landmarks(host), 'tasks').to.deep.equal(['region: Collections']);

    host.view = 'payments';
    await waitUntil(
      () => {
        const payments = host.shadowRoot!.querySelector('debitura-payments')?.shadowRoot;
        return payments?.querySelector('table, .alert, .empty') && !payments.querySelector('.skeleton');
      },
      'the payments never loaded',
      { timeout: 8000 },
    );
    expect(landmarks(host), 'payments').to.deep.equal(['region: Collections']);

    host.view = 'overview';
    await waitUntil(
      () => {
        const overview = host.shadowRoot!.querySelector('debitura-overview')?.shadowRoot;
        return overview?.querySelector('.overview__grid, .alert') && !overview.querySelector('.skeleton');
      },
      'the overview never loaded',
      { timeout: 15_000 },
    );
    expect(landmarks(host), 'overview').to.deep.equal(['region: Collections']);
  });
});
