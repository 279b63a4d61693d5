// The Customer API client as the widget hands it to views, before its code is there: every call waits for the
// API code (customer-api-code.ts), then goes to the one client it makes. Views cannot tell the difference; code
// that fails to load fails the call as a `view_load_failed` connection error, and the next call tries again.
import type { CustomerApi, CustomerApiClient, CustomerApiClientOptions } from './customer-api-client.js';
import { loadCustomerApiCode } from './customer-api-code.js';

export class CustomerApiOnDemand implements CustomerApi {
  readonly baseUrl: string;
  readonly viaPartnerProxy: boolean;
  readonly #options: CustomerApiClientOptions;
  #client: Promise<CustomerApiClient> | null = null;

  constructor(options: CustomerApiClientOptions) {
    this.#options = options;
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
    this.viaPartnerProxy = options.viaPartnerProxy ?? false;
  }

  getMe(...args: Parameters<CustomerApi['getMe']>) {
    return this.#call((client) => client.getMe(...args));
  }

  previewCase(...args: Parameters<CustomerApi['previewCase']>) {
    return this.#call((client) => client.previewCase(...args));
  }

  createCase(...args: Parameters<CustomerApi['createCase']>) {
    return this.#call((client) => client.createCase(...args));
  }

  listCases(...args: Parameters<CustomerApi['listCases']>) {
    return this.#call((client) => client.listCases(...args));
  }

  getCase(...args: Parameters<CustomerApi['getCase']>) {
    return this.#call((client) => client.getCase(...args));
  }

  getTimeline(...args: Parameters<CustomerApi['getTimeline']>) {
    return this.#call((client) => client.getTimeline(...args));
  }

  getPayments(...args: Parameters<CustomerApi['getPayments']>) {
    return this.#call((client) => client.getPayments(...args));
  }

  getChats(...args: Parameters<CustomerApi['getChats']>) {
    return this.#call((client) => client.getChats(...args));
  }

  sendChat(...args: Parameters<CustomerApi['sendChat']>) {
    return this.#call((client) => client.sendChat(...args));
  }

  getFiles(...args: Parameters<CustomerApi['getFiles']>) {
    return this.#call((client) => client.getFiles(...args));
  }

  uploadCaseFile(...args: Parameters<CustomerApi['uploadCaseFile']>) {
    return this.#call((client) => client.uploadCaseFile(...args));
  }

  getCaseValidation(...args: Parameters<CustomerApi['getCaseValidation']>) {
    return this.#call((client) => client.getCaseValidation(...args));
  }

  listTeamUsers(...args: Parameters<CustomerApi['listTeamUsers']>) {
    return this.#call((client) => client.listTeamUsers(...args));
  }

  listDivisions(...args: Parameters<CustomerApi['listDivisions']>) {
    return this.#call((client) => client.listDivisions(...args));
  }

  checkEligibility(...args: Parameters<CustomerApi['checkEligibility']>) {
    return this.#call((client) => client.checkEligibility(...args));
  }

  getContractStatus(...args: Parameters<CustomerApi['getContractStatus']>) {
    return this.#call((client) => client.getContractStatus(...args));
  }

  listTasks(...args: Parameters<CustomerApi['listTasks']>) {
    return this.#call((client) => client.listTasks(...args));
  }

  listCaseTasks(...args: Parameters<CustomerApi['listCaseTasks']>) {
    return this.#call((client) => client.listCaseTasks(...args));
  }

  listQuoteRequests(...args: Parameters<CustomerApi['listQuoteRequests']>) {
    return this.#call((client) => client.listQuoteRequests(...args));
  }

  listQuotes(...args: Parameters<CustomerApi['listQuotes']>) {
    return this.#call((client) => client.listQuotes(...args));
  }

  getQuote(...args: Parameters<CustomerApi['getQuote']>) {
    return this.#call((client) => client.getQuote(...args));
  }

  getExclusivePeriod(...args: Parameters<CustomerApi['getExclusivePeriod']>) {
    return this.#call((client) => client.getExclusivePeriod(...args));
  }

  listAccountPayments(...args: Parameters<CustomerApi['listAccountPayments']>) {
    return this.#call((client) => client.listAccountPayments(...args));
  }

  getAccountPayment(...args: Parameters<CustomerApi['getAccountPayment']>) {
    return this.#call((client) => client.getAccountPayment(...args));
  }

  #call<T>(use: (client: CustomerApiClient) => Promise<T>): Promise<T> {
    this.#client ??= loadCustomerApiCode().then(
      (code) => new code.CustomerApiClient(this.#options),
      (error: unknown) => {
        this.#client = null;
        throw error;
      },
    );
    return this.#client.then(use);
  }
}
