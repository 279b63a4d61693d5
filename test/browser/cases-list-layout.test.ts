// The case list fits the width of whatever holds it (a partner's sidebar, a phone, a wide dashboard): status and
// amount of every case in view, nothing scrolling sideways, every case reachable with Tab, in English and German.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { Messages } from '../../src/widget/i18n/en/index.js';
import { messages as de } from '../../src/widget/i18n/de/index.js';
import { en } from '../../src/widget/i18n/en/index.js';
import type { CaseListView } from '../../src/widget/views/cases/case-list-view.js';
import type { DebituraCollect } from '../../src/widget/index.js';
import { rows, shownList, text, waitForList } from './cases-harness.js';
import { signIn } from './harness.js';

const widths = [375, 736, 1280];
const languages: { name: string; messages: Messages }[] = [
  { name: 'en', messages: en },
  { name: 'de', messages: de },
];

/** Half a pixel of slack for subpixel layout. */
const slack = 0.5;

interface Mounted {
  container: HTMLElement;
  host: DebituraCollect;
  view: CaseListView;
  /** A button just before the list, where keyboard walks start. */
  before: HTMLButtonElement;
}

let endpointCounter = 0;

/** The real <debitura-collect> on the case list, in the given language, inside a box of the given width. */
async function mountInContainer(width: number, locale: string, query = ''): Promise<Mounted> {
  await signIn('acme-ready');
  const wrapper = await fixture<HTMLDivElement>(html`
    <div>
      <button type="button">Before</button>
      <div class="container" style="width: ${width}px"></div>
    </div>
  `);
  const host = document.createElement('debitura-collect');
  host.setAttribute('environment', 'sandbox');
  host.setAttribute('locale', locale);
  host.setAttribute('token-endpoint', `/api/debitura/token?layout-test=${++endpointCounter}-${Date.now()}`);
  host.setAttribute('view', 'cases');
  if (query) host.listState = { query };
  const ready = oneEvent(host, 'debitura-ready');
  const container = wrapper.querySelector<HTMLElement>('.container')!;
  container.append(host);
  await ready;
  await waitUntil(() => shownList(host), 'the list never showed');
  const view = shownList(host)!;
  await waitForList(view);
  return { container, host, view, before: wrapper.querySelector('button')! };
}

/** The cell of a row under the column headed `heading`. */
function cellUnder(view: CaseListView, row: HTMLTableRowElement, heading: string): HTMLElement {
  const headers = [...view.shadowRoot!.querySelectorAll('thead th')].map((cell) => text(cell));
  const index = headers.indexOf(heading);
  if (index < 0) throw new Error(`no column "${heading}"`);
  return row.cells[index]!;
}

function describeElement(element: Element): string {
  return `${element.localName}${element.id ? `#${element.id}` : ''}${[...element.classList].map((name) => `.${name}`).join('')}`;
}

/** Every element of the widget, the list in it and the container whose content is wider than its box and shows or scrolls. */
function horizontalOverflows({ container, host, view }: Mounted): string[] {
  const elements = [
    container,
    host,
    ...host.shadowRoot!.querySelectorAll('*'),
    ...view.shadowRoot!.querySelectorAll('*'),
  ];
  return elements
    .filter((element) => {
      const { overflowX } = getComputedStyle(element);
      // Clipped boxes (the visually hidden caption) neither show their overflow nor scroll it.
      if (overflowX === 'hidden' || overflowX === 'clip') return false;
      return element.scrollWidth > element.clientWidth;
    })
    .map((element) => `${describeElement(element)} ${element.scrollWidth} > ${element.clientWidth}`);
}

function within(inner: DOMRect, outer: { left: number; right: number }): boolean {
  return inner.left >= outer.left - slack && inner.right <= outer.right + slack;
}

describe('case list layout in its container', () => {
  before(async () => {
    await setViewport({ width: 1400, height: 900 });
  });

  for (const language of languages) {
    for (const width of widths) {
      describe(`${width} px, ${language.name}`, () => {
        const words = () => language.messages.cases.list;

        it('shows the status and amount of every case inside the container, with nothing scrolling sideways', async function () {
          this.timeout(30_000);
          const mounted = await mountInContainer(width, language.name);
          const { container, host, view } = mounted;
          expect(rows(view).length).to.be.greaterThan(0);
          const bounds = container.getBoundingClientRect();
          const viewport = { left: 0, right: document.documentElement.clientWidth };
          for (const row of rows(view)) {
            const badge = cellUnder(view, row, words().columns.status).querySelector('[part="status-badge"]')!;
            const amount = cellUnder(view, row, words().columns.amount);
            for (const [name, element] of [
              ['status', badge],
              ['amount', amount],
            ] as const) {
              const rect = element.getBoundingClientRect();
              expect(rect.width, `${name} of ${text(row.cells[0])}`).to.be.greaterThan(0);
              expect(within(rect, bounds), `${name} of ${text(row.cells[0])} inside the container`).to.equal(true);
              expect(within(rect, viewport), `${name} of ${text(row.cells[0])} inside the viewport`).to.equal(true);
            }
          }
          expect(horizontalOverflows(mounted)).to.deep.equal([]);
          expect(host.getBoundingClientRect().width).to.be.at.most(width + slack);
          await expect(host).to.be.accessible();
        });

        it('keeps every status badge on one line', async () => {
          const { view } = await mountInContainer(width, language.name);
          const badges = [...view.shadowRoot!.querySelectorAll<HTMLElement>('[part="status-badge"]')];
          expect(badges.length).to.be.greaterThan(0);
          for (const badge of badges) {
            // One line with its padding is about 1.75 em high; a second line would make it 3.
            const fontSize = parseFloat(getComputedStyle(badge).fontSize);
            expect(badge.getBoundingClientRect().height, text(badge)).to.be.below(fontSize * 2.25);
          }
        });

        it('reaches every case with Tab, each in view when focused', async function () {
          this.timeout(30_000);
          const { container, view, before } = await mountInContainer(width, language.name);
          const expected = rows(view).map((row) => row.querySelector<HTMLElement>('.row-link')!.dataset.caseId);
          const reached: string[] = [];
          before.focus();
          const bounds = container.getBoundingClientRect();
          // Whatever the widget shows above the list, search, its button, two filters, then the cases.
          for (let press = 0; press < expected.length + 20; press++) {
            await sendKeys({ press: 'Tab' });
            const focused = view.shadowRoot!.activeElement as HTMLElement | null;
            const caseId = focused?.dataset.caseId;
            if (!caseId) continue;
            reached.push(caseId);
            expect(within(focused.getBoundingClientRect(), bounds), `${text(focused)} in view`).to.equal(true);
            if (reached.length === expected.length) break;
          }
          expect(reached).to.deep.equal(expected);
        });

        it('gives the search box room to type and sets the filter labels on one line when they share a row', async () => {
          const { view } = await mountInContainer(width, language.name, 'no such debtor anywhere');
          const root = view.shadowRoot!;
          // The clear button is there too: the input keeps its room beside (or above) both buttons.
          expect(text(root.querySelector('.search'))).to.contain(words().search.clear);
          const input = root.querySelector<HTMLInputElement>('input[type="search"]')!;
          expect(input.getBoundingClientRect().width).to.be.at.least(Math.min(240, width - 80));
          const labels = [...root.querySelectorAll<HTMLLabelElement>('.filters label')];
          expect(labels.map((label) => text(label))).to.deep.equal([
            words().search.label,
            words().status.label,
            words().sort.label,
          ]);
          const fields = labels.map((label) => label.parentElement!.getBoundingClientRect());
          const labelRects = labels.map((label) => label.getBoundingClientRect());
          const sameLine = (a: DOMRect, b: DOMRect) => a.top < b.bottom && b.top < a.bottom;
          for (let index = 1; index < labels.length; index++) {
            if (!sameLine(fields[index]!, fields[0]!)) continue; // wrapped onto a line of its own
            expect(labelRects[index]!.bottom, labels[index]!.textContent!).to.be.closeTo(labelRects[0]!.bottom, 1);
          }
          if (width >= 1280) expect(fields.every((field) => sameLine(field, fields[0]!))).to.equal(true);
        });
      });
    }
  }

  it('gives the search box the whole width of a 375 px phone in every language, its buttons beneath', async function () {
    this.timeout(30_000);
    // Danish has the shortest search button, the one that would otherwise squeeze in beside the input.
    for (const locale of ['en', 'da', 'de']) {
      const { view } = await mountInContainer(375, locale, 'no such debtor anywhere');
      const root = view.shadowRoot!;
      const input = root.querySelector('input[type="search"]')!.getBoundingClientRect();
      const field = root.querySelector('.field--search')!.getBoundingClientRect();
      expect(input.width, locale).to.be.closeTo(field.width, 0.5);
      for (const button of root.querySelectorAll('.search button')) {
        expect(button.getBoundingClientRect().top, `${locale}: ${text(button)}`).to.be.at.least(input.bottom);
      }
    }
  });
});
