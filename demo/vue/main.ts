// A Vue 3 app embedding the widget with a template compiled in the browser. `isCustomElement` tells Vue's
// compiler that `debitura-*` tags are custom elements, not Vue components; `@debitura-…` listens for the
// element's DOM events, and `:fetch-token` / `token-endpoint` reach the element as property or attribute. The
// app's own navigation sets `view`; `debitura-view-change` (the user's moves inside the widget) keeps it in step.
// "Send to collection" hands an invoice the app already holds to `:draft`, so the form opens filled.
import { createApp, ref, shallowRef } from 'vue/dist/vue.esm-bundler.js';
// #region import
import 'debitura-collect'; // registers <debitura-collect>
import type {} from 'debitura-collect/vue'; // types <debitura-collect> in Vue's GlobalComponents
// #endregion
import { partnerInvoices } from '../partner-invoices.js';
import type {
  DebituraReadyEvent,
  DebituraViewChangeEvent,
  WidgetView,
  DebituraErrorEvent,
  DebituraCaseCreatedEvent,
  CaseDraft,
} from 'debitura-collect';

const app = createApp({
  setup() {
    const view = ref<WidgetView>('new-case');
    // shallowRef: the element gets the invoice object itself, not a reactive proxy of it.
    const draft = shallowRef<CaseDraft | null>(null);
    const log = ref<string[]>([]);
    const logEvent = (line: string) => log.value.push(line);
    return {
      view,
      draft,
      invoices: partnerInvoices.slice(0, 3),
      sendToCollection: (invoice: CaseDraft) => {
        draft.value = invoice;
        view.value = 'new-case';
      },
      log,
      returnUrl: location.href,
      onReady: (event: DebituraReadyEvent) => logEvent(`ready: ${event.detail.view}`),
      onViewChange: (event: DebituraViewChangeEvent) => {
        view.value = event.detail.view;
        logEvent(`view: ${event.detail.view}`);
      },
      onCaseCreated: (event: DebituraCaseCreatedEvent) => logEvent(`case created: ${event.detail.case.id}`),
      onError: (event: DebituraErrorEvent) => logEvent(`error: ${event.detail.type}`),
    };
  },
  template: `
    <main class="example-app">
      <h1>Northwind Invoicing · Vue</h1>
      <nav aria-label="Widget view">
        <button type="button" :aria-pressed="view === 'new-case'" @click="view = 'new-case'">New case</button>
        <button type="button" :aria-pressed="view === 'cases'" @click="view = 'cases'">Cases</button>
      </nav>
      <h2>Overdue invoices</h2>
      <ul class="invoice-list">
        <li v-for="invoice in invoices" :key="invoice.number">
          {{ invoice.number }} · {{ invoice.customer }}
          <button type="button" @click="sendToCollection(invoice.draft)">Send to collection</button>
        </li>
      </ul>
      <!-- #region template -->
      <debitura-collect
        token-endpoint="/api/debitura/token"
        environment="sandbox"
        :view="view"
        :draft="draft"
        :return-url="returnUrl"
        @debitura-ready="onReady"
        @debitura-view-change="onViewChange"
        @debitura-case-created="onCaseCreated"
        @debitura-error="onError"
      ></debitura-collect>
      <!-- #endregion -->
      <h2>Events</h2>
      <ol class="event-log" aria-live="polite">
        <li v-for="(line, index) in log" :key="index">{{ line }}</li>
      </ol>
    </main>
  `,
});
// #region custom-element
app.config.compilerOptions.isCustomElement = (tag: string) => tag.startsWith('debitura-');
// #endregion
app.mount('#app');
