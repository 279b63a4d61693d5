// The title and sentence a user sees for each failure. Views use the same mapping, so one failure reads the
// same everywhere.
import { codeLoadErrorOf, type DebituraApiError } from '../api/api-error.js';
import type { Messages } from '../i18n/en/index.js';
import { plural } from '../i18n/plural.js';
import type { TokenError } from '../token/token-error.js';

export interface ErrorText {
  title: string;
  body: string;
}

export function tokenErrorText(messages: Messages, error: TokenError): ErrorText {
  switch (error.reason) {
    case 'signed_out':
      return messages.token.signedOut;
    case 'not_linked':
      return messages.token.notLinked;
    case 'forbidden':
      return messages.token.forbidden;
    case 'not_configured':
      return messages.token.notConfigured;
    case 'unavailable':
      // The token arrived, but the code that checks it did not.
      return codeLoadErrorOf(error) ? messages.errors.viewLoad : messages.token.unavailable;
  }
}

export function apiErrorText(messages: Messages, error: DebituraApiError): ErrorText {
  switch (error.type) {
    case 'authentication_error':
      return messages.errors.authentication;
    case 'validation_error':
      return messages.errors.validation;
    case 'business_error':
      return messages.errors.business;
    case 'rate_limit_error': {
      const seconds = Math.ceil(error.retryAfterSeconds ?? 60);
      return {
        title: messages.errors.rateLimited.title,
        body: plural(messages.language, messages.errors.rateLimited.body, seconds, { seconds }),
      };
    }
    case 'api_connection_error':
      return error.code === 'view_load_failed' ? messages.errors.viewLoad : messages.errors.connection;
    case 'api_error':
      if (error.status === 404) return messages.errors.notFound;
      return error.status !== undefined && error.status >= 500 ? messages.errors.server : messages.errors.unexpected;
  }
}
