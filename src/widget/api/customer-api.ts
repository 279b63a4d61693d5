// The chunk of code that speaks to Debitura: the Customer API client with the schemas it checks every answer
// with, and the checks of the token endpoint's answers. Loaded through customer-api-code.ts, never imported.
export { CustomerApiClient } from './customer-api-client.js';
export { activationAnswerOf, activationOfNotLinked, brandingOf, tokenAnswerOf } from './token-endpoint-answers.js';
