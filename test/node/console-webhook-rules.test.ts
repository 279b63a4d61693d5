// The webhook section's pure rules: which addresses Debitura would refuse (and the sandbox's loopback
// exception), what "delivery health" says about a subscription, and what a test event needs.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  orderedEvents,
  testEventSubject,
  testableWebhookEvents,
  webhookHealth,
  webhookUrlProblem,
} from '../../src/console/views/webhooks/webhook-rules.js';

describe('console webhook rules', () => {
  it('accepts HTTPS addresses only, but a local receiver over HTTP in the sandbox', () => {
    assert.equal(webhookUrlProblem('https://hooks.example.com/debitura', false), null);
    assert.equal(webhookUrlProblem('  ', false), 'required');
    assert.equal(webhookUrlProblem('hooks.example.com', false), 'invalid');
    assert.equal(webhookUrlProblem('http://hooks.example.com', false), 'notHttps');
    assert.equal(webhookUrlProblem('http://localhost:4010/hooks', false), 'notHttps');
    assert.equal(webhookUrlProblem('http://localhost:4010/hooks', true), null);
    assert.equal(webhookUrlProblem('http://127.0.0.1/hooks', true), null);
    assert.equal(webhookUrlProblem('http://hooks.example.com', true), 'notHttps');
    assert.equal(webhookUrlProblem(`https://h.example/${'a'.repeat(1020)}`, false), 'tooLong');
  });

  it('tells a paused subscription from one Debitura stopped', () => {
    assert.equal(webhookHealth({ isActive: true }), 'active');
    assert.equal(webhookHealth({ isActive: false, disabledReason: null }), 'paused');
    assert.equal(webhookHealth({ isActive: false, disabledReason: 'Endpoint returned 410 Gone' }), 'disabled');
  });

  it('offers case and client events for tests, each with its subject', () => {
    assert.ok(!testableWebhookEvents.includes('cases.replay_failed'));
    assert.equal(testEventSubject('case.closed'), 'case');
    assert.equal(testEventSubject('client.linked'), 'client');
  });

  it('sends events in the spec’s order whatever order they were picked in', () => {
    assert.deepEqual(orderedEvents(['case.closed', 'client.linked', 'future.event']), [
      'client.linked',
      'case.closed',
      'future.event',
    ]);
  });
});
