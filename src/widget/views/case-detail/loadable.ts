// The state of one piece of data a view loads on its own, so each part of the page can wait or fail separately.
import type { DebituraApiError } from '../../api/api-error.js';

export type Loadable<T> =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ready'; value: T }
  | { status: 'error'; error: DebituraApiError };
