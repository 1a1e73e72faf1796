/**
 * The simulator's messages, log events and redirect URLs (demo/simulator/client-protocol.ts) held
 * against the current client's shapes as the fixtures record them, and against the element's
 * parser: the demo must speak exactly what the element meets in production.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  logEvent,
  redirectUrl,
  stateMessage,
  type MessageIds,
} from '../../demo/simulator/client-protocol.js';
import {
  EXPIRED,
  goesOn,
  POLL_FAILED,
  SITUATIONS,
  UNKNOWN_TOKEN,
} from '../../demo/simulator/situations.js';
import { describeClientError, isErrorCode } from '../../src/protocol/error-codes.js';
import { parseClientMessage } from '../../src/protocol/message.js';
import {
  ACCOUNT_ID,
  CLIENT_ERRORS,
  FIXTURE_TOKEN,
  logEvent as fixtureLogEvent,
  stateMessage as fixtureStateMessage,
  WORKFLOW_EXECUTION_ID,
} from '../fixtures/client-messages.js';

const DATE = '2026-11-23T10:00:00.000Z';
const IDS: MessageIds = {
  authorizationToken: FIXTURE_TOKEN,
  workflowExecutionId: WORKFLOW_EXECUTION_ID,
  tokenAccountId: ACCOUNT_ID,
  customerInternalReference: '',
};

describe("the simulator's state messages", () => {
  it('are the current client’s, byte for byte: loaded and success', () => {
    for (const value of ['loaded', 'success'] as const) {
      assert.equal(
        stateMessage(value, IDS, undefined, new Date(DATE)),
        fixtureStateMessage(value, undefined, { dateTime: DATE }),
      );
    }
  });

  it('are the current client’s, byte for byte: every error situation', () => {
    for (const [name, error] of Object.entries(CLIENT_ERRORS)) {
      assert.equal(
        stateMessage('error', IDS, error, new Date(DATE)),
        fixtureStateMessage('error', error, { dateTime: DATE }),
        name,
      );
    }
  });

  it('carry a customerInternalReference when the session has one', () => {
    assert.equal(
      stateMessage(
        'success',
        { ...IDS, customerInternalReference: 'demo-ref' },
        undefined,
        new Date(DATE),
      ),
      fixtureStateMessage('success', undefined, {
        dateTime: DATE,
        customerInternalReference: 'demo-ref',
      }),
    );
  });

  it('send 9100, not retriable, for an error without an error object', () => {
    const { payload } = JSON.parse(stateMessage('error', IDS)) as {
      payload: { metainfo: Record<string, unknown> };
    };
    assert.deepEqual(payload.metainfo, {
      mode: 'original',
      code: 9100,
      codeExternal: 9100,
      retriable: false,
    });
  });

  it('leave the ids out when the token named none, like the client', () => {
    const message = JSON.parse(
      stateMessage('error', { ...IDS, workflowExecutionId: undefined, tokenAccountId: undefined }),
    ) as Record<string, unknown>;
    assert.deepEqual(Object.keys(message), [
      'authorizationToken',
      'eventType',
      'dateTime',
      'payload',
      'customerInternalReference',
    ]);
    assert.equal(parseClientMessage(JSON.stringify(message)).ok, true);
  });

  it('reach the element as errors with the flags the situation has', () => {
    for (const [name, situation] of Object.entries(SITUATIONS)) {
      const parsed = parseClientMessage(stateMessage('error', IDS, situation));
      assert.ok(parsed.ok, name);
      const error = describeClientError(parsed.message);
      assert.equal(error.code, situation.code, name);
      assert.equal(error.publicErrorCode, situation.publicErrorCode, name);
      // final: the user cannot go on in this frame, which is what the simulated client does next.
      assert.equal(error.final, !goesOn(situation), name);
    }
  });
});

describe("the simulator's error situations", () => {
  it('are the ones the client really posts, with their codes and flags', () => {
    for (const [name, situation] of Object.entries(SITUATIONS)) {
      const real = (CLIENT_ERRORS as Record<string, object>)[name];
      assert.ok(real, `${name} is not in CLIENT_ERRORS`);
      const { code, publicErrorCode, retriable } = situation;
      assert.deepEqual(
        publicErrorCode === undefined ? { code, retriable } : { code, publicErrorCode, retriable },
        real,
        name,
      );
    }
    assert.deepEqual(EXPIRED, CLIENT_ERRORS.expired);
  });

  it('use codes from ERROR_CODES and publicErrorCodes of letter, call and status', () => {
    for (const situation of [...Object.values(SITUATIONS), EXPIRED, UNKNOWN_TOKEN, POLL_FAILED]) {
      assert.ok(isErrorCode(situation.code), String(situation.code));
      if (situation.publicErrorCode !== undefined) {
        assert.match(situation.publicErrorCode, /^[A-N]\d{2}\d{4}$/);
      }
    }
  });

  it('let the user go on only after a retriable error in the journey', () => {
    const onward = Object.entries(SITUATIONS)
      .filter(([, situation]) => goesOn(situation))
      .map(([name]) => name);
    assert.deepEqual(onward, ['uploadFailed', 'consentFailed']);
  });
});

describe("the simulator's log events", () => {
  it('have the keys of the client’s, in its order, and a `<type>:<name>` value', () => {
    for (const type of ['action', 'screen', 'arbitrary', 'trace'] as const) {
      const ours = JSON.parse(logEvent(type, 'start')) as Record<string, unknown>;
      const theirs = JSON.parse(fixtureLogEvent(type, 'start')) as Record<string, unknown>;
      assert.deepEqual(Object.keys(ours), Object.keys(theirs));
      assert.equal(ours['value'], `${type}:start`);
      assert.equal(ours['code'], theirs['code']);
    }
  });

  it('tag screen events with the screen, and may carry metadata', () => {
    const event = JSON.parse(
      logEvent('screen', 'public error', {
        level: 'error',
        tags: { displayMode: 'browser' },
        metadata: { errorCode: 'H000000' },
      }),
    ) as Record<string, unknown>;
    assert.deepEqual(event['tags'], { displayMode: 'browser', screen: 'public error' });
    assert.deepEqual(event['metadata'], { errorCode: 'H000000' });
    assert.equal(event['level'], 'error');
  });

  it('are never taken for state changes', () => {
    for (const type of ['action', 'screen', 'arbitrary', 'trace'] as const) {
      assert.deepEqual(parseClientMessage(logEvent(type, 'redirect', { metadata: { x: 1 } })), {
        ok: false,
        reason: 'log-event',
      });
    }
  });
});

describe("the simulator's redirect URLs", () => {
  const ids = {
    accountId: 'acc-1',
    workflowExecutionId: 'wfe-1',
    customerInternalReference: 'demo-ref',
    documentWorkflow: true,
  };
  const query = (url: URL | undefined) => [...(url?.searchParams ?? [])];

  it('carry the current client’s parameters on success, and no errorCode', () => {
    assert.deepEqual(
      query(redirectUrl('http://localhost:5173/redirect.html', { status: 'SUCCESS' }, ids)),
      [
        ['accountId', 'acc-1'],
        ['workflowExecutionId', 'wfe-1'],
        ['transactionReference', 'wfe-1'],
        ['acquisitionStatus', 'SUCCESS'],
        ['transactionStatus', 'SUCCESS'],
        ['customerInternalReference', 'demo-ref'],
        ['idScanStatus', 'SUCCESS'],
        ['jumioIdScanReference', 'wfe-1'],
      ],
    );
  });

  it('add the publicErrorCode on errors that have one', () => {
    const expired = redirectUrl(
      'http://127.0.0.1:5174/redirect.html?site=demo',
      { status: 'ERROR', error: EXPIRED },
      ids,
    );
    assert.ok(expired);
    assert.equal(expired.origin, 'http://127.0.0.1:5174');
    assert.equal(expired.searchParams.get('site'), 'demo');
    assert.equal(expired.searchParams.get('acquisitionStatus'), 'ERROR');
    assert.equal(expired.searchParams.get('publicErrorCode'), 'J000000');
    assert.equal(expired.searchParams.has('errorCode'), false);
    const offline = redirectUrl(
      'http://localhost:5173/redirect.html',
      { status: 'ERROR', error: SITUATIONS.finalizeOffline },
      ids,
    );
    assert.equal(offline?.searchParams.has('publicErrorCode'), false);
  });

  it('leave out an unset reference and the document parameters of other workflows', () => {
    const url = redirectUrl(
      'http://localhost:5173/redirect.html',
      { status: 'SUCCESS' },
      { ...ids, customerInternalReference: '', documentWorkflow: false },
    );
    assert.deepEqual(
      query(url).map(([name]) => name),
      [
        'accountId',
        'workflowExecutionId',
        'transactionReference',
        'acquisitionStatus',
        'transactionStatus',
      ],
    );
  });

  it('refuse a URL that is not absolute http(s)', () => {
    for (const base of ['/redirect.html', 'javascript:alert(1)', 'data:text/html,x']) {
      assert.equal(redirectUrl(base, { status: 'SUCCESS' }, ids), undefined, base);
    }
  });
});
