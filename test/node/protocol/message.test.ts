import { expect } from 'chai';
import { beforeEach, afterEach, describe, it } from 'node:test';
import {
  CLIENT_EVENTS,
  ClientMessageSchema,
  MAX_KEYS,
  MAX_MESSAGE_LENGTH,
  warmUpParser,
  parseClientMessage,
  STATE_CHANGE_EVENT,
  type ParsedClientMessage,
} from '../../../src/protocol/message.js';
import {
  ACCOUNT_ID,
  CLIENT_ERRORS,
  LOG_EVENTS,
  stateMessage,
  WORKFLOW_EXECUTION_ID,
} from '../../fixtures/client-messages.js';

/** A full message as the seed's "event.data object" table documents it. */
const DOCUMENTED = {
  accountId: '11111111-1111-1111-1111-aaaaaaaaaaaa',
  authorizationToken: 'xxx',
  workflowExecutionId: '22222222-2222-2222-2222-aaaaaaaaaaaa',
  customerInternalReference: 'reference-1',
  eventType: 510,
  dateTime: '2026-11-23T10:00:00.000Z',
  payload: { value: 'loaded' },
} as const;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** The documented message with `changes` applied; a change to `undefined` removes the key. */
function message(changes: Record<string, Json | undefined> = {}): Record<string, Json> {
  const merged: Record<string, Json | undefined> = {
    ...DOCUMENTED,
    payload: { ...DOCUMENTED.payload },
    ...changes,
  };
  return Object.fromEntries(
    Object.entries(merged).filter((entry): entry is [string, Json] => entry[1] !== undefined),
  );
}

const parse = (value: unknown): ParsedClientMessage => parseClientMessage(JSON.stringify(value));

function accepted(result: ParsedClientMessage): Record<string, unknown> {
  if (!result.ok)
    throw new Error(`expected the message to be accepted, it was refused: ${result.reason}`);
  return result.message;
}

const IDENTIFIERS = [
  'accountId',
  'authorizationToken',
  'workflowExecutionId',
  'customerInternalReference',
] as const;

describe('parseClientMessage', () => {
  describe('messages shaped as the current client posts them', () => {
    for (const value of ['loaded', 'success'] as const) {
      it(`accepts its ${value} and gives every field back, metainfo.mode included`, () => {
        const data = stateMessage(value);
        expect(accepted(parseClientMessage(data))).to.deep.equal(JSON.parse(data));
      });
    }

    for (const [situation, error] of Object.entries(CLIENT_ERRORS)) {
      it(`accepts its error for ${situation} with code, publicErrorCode and retriable`, () => {
        const data = stateMessage('error', error);
        const message = accepted(parseClientMessage(data));
        expect(message).to.deep.equal(JSON.parse(data));
        expect(message['payload']).to.deep.include({ value: 'error' });
      });
    }

    it('keeps the extra ids, which all hold the workflow execution id, and an empty reference', () => {
      const message = accepted(parseClientMessage(stateMessage('loaded')));
      expect(message).to.deep.include({
        workflowExecutionId: WORKFLOW_EXECUTION_ID,
        transactionReference: WORKFLOW_EXECUTION_ID,
        jumioIdScanReference: WORKFLOW_EXECUTION_ID,
        accountId: ACCOUNT_ID,
        customerInternalReference: '',
      });
    });

    it('refuses its log events as log-event: never a state change', () => {
      for (const data of LOG_EVENTS) {
        expect(parseClientMessage(data), data).to.deep.equal({ ok: false, reason: 'log-event' });
      }
    });

    it('still refuses a state change whose metainfo fields have the wrong type', () => {
      for (const metainfo of [
        { retriable: 'true' },
        { publicErrorCode: 60401 },
        { codeExternal: '9100' },
        { mode: 1 },
      ]) {
        const data = JSON.stringify({ eventType: 510, payload: { value: 'error', metainfo } });
        expect(parseClientMessage(data), JSON.stringify(metainfo)).to.deep.equal({
          ok: false,
          reason: 'invalid',
        });
      }
    });

    it('takes null metainfo fields as missing', () => {
      const data = JSON.stringify({
        eventType: 510,
        payload: {
          value: 'error',
          metainfo: { mode: null, code: 9100, publicErrorCode: null, retriable: null },
        },
      });
      expect(accepted(parseClientMessage(data))['payload']).to.deep.equal({
        value: 'error',
        metainfo: { code: 9100 },
      });
    });
  });

  describe('the size of the work', () => {
    it(`refuses a message, payload or metainfo with more than ${MAX_KEYS} keys before copying it`, () => {
      const wide = (count: number) =>
        Object.fromEntries(Array.from({ length: count }, (_, i) => [`k${i}`, 1]));
      expect(parse({ ...message(), ...wide(MAX_KEYS) })).to.deep.equal({
        ok: false,
        reason: 'invalid',
      });
      expect(parse(message({ payload: { value: 'loaded', ...wide(MAX_KEYS) } }))).to.deep.equal({
        ok: false,
        reason: 'invalid',
      });
      expect(
        parse(message({ payload: { value: 'error', metainfo: wide(MAX_KEYS + 1) } })),
      ).to.deep.equal({ ok: false, reason: 'invalid' });
      expect(
        parse(message({ payload: { value: 'error', metainfo: wide(MAX_KEYS - 1) } })).ok,
      ).to.equal(true);
    });

    it('warms the parser up without a message, and parses the same afterwards', () => {
      expect(() => {
        warmUpParser();
      }).not.to.throw();
      expect(accepted(parse(message()))).to.deep.equal(message());
    });

    it('keeps the exported schemas usable for servers', () => {
      expect(ClientMessageSchema.safeParse(message()).success).to.equal(true);
      expect(ClientMessageSchema.safeParse({}).success).to.equal(false);
    });
  });

  describe('constants', () => {
    it('knows loaded, success and error as the payload values, and 510 as the event type', () => {
      expect(CLIENT_EVENTS).to.deep.equal(['loaded', 'success', 'error']);
      expect(STATE_CHANGE_EVENT).to.equal(510);
    });

    it('refuses data longer than 64 KiB', () => {
      expect(MAX_MESSAGE_LENGTH).to.equal(65_536);
    });
  });

  describe('documented messages', () => {
    for (const value of ['loaded', 'success', 'error']) {
      it(`accepts a full ${value} message and gives every documented field back`, () => {
        const input = message({ payload: { value } });
        expect(accepted(parse(input))).to.deep.equal(input);
      });
    }

    it('accepts an error with metainfo.code and keeps the code', () => {
      const input = message({ payload: { value: 'error', metainfo: { code: 9200 } } });
      expect(accepted(parse(input))).to.deep.equal(input);
    });

    it('accepts metainfo on loaded and success too', () => {
      for (const value of ['loaded', 'success']) {
        const input = message({ payload: { value, metainfo: { code: 9100 } } });
        expect(accepted(parse(input))).to.deep.equal(input);
      }
    });

    it('accepts an undocumented error code: the client may be newer than the seed', () => {
      expect(
        accepted(parse(message({ payload: { value: 'error', metainfo: { code: 12345 } } }))),
      ).to.deep.include({
        payload: { value: 'error', metainfo: { code: 12345 } },
      });
    });

    it('accepts the JSON as the seed example client formats it, with whitespace and newlines', () => {
      const data = `{
        "accountId": "a", "authorizationToken": "t", "workflowExecutionId": "w",
        "customerInternalReference": "r", "eventType": 510,
        "dateTime": "2021-05-28T09:17:50.240Z",
        "payload": { "value": "success" }
      }`;
      expect(parseClientMessage(data).ok).to.equal(true);
    });

    it('accepts eventType written as 510.0 or 5.1e2, which JSON reads as 510', () => {
      expect(parseClientMessage('{"eventType":510.0,"payload":{"value":"loaded"}}').ok).to.equal(
        true,
      );
      expect(parseClientMessage('{"eventType":5.1e2,"payload":{"value":"loaded"}}').ok).to.equal(
        true,
      );
    });

    it('accepts empty identifier strings: the seed gives them no format', () => {
      expect(parse(message({ accountId: '', dateTime: '' })).ok).to.equal(true);
    });

    it('accepts non-ASCII text (the seed says UTF-8)', () => {
      expect(
        accepted(parse(message({ customerInternalReference: 'Zürich ✓ 東京 😀' }))),
      ).to.include({
        customerInternalReference: 'Zürich ✓ 東京 😀',
      });
    });
  });

  describe('tolerated omissions', () => {
    for (const key of [...IDENTIFIERS, 'dateTime', 'eventType']) {
      it(`accepts a message without ${key}, which is then absent`, () => {
        const result = accepted(parse(message({ [key]: undefined })));
        expect(result[key]).to.equal(undefined);
        expect(result).to.deep.equal(message({ [key]: undefined }));
      });
    }

    it('accepts a message with nothing but payload.value', () => {
      expect(accepted(parse({ payload: { value: 'success' } }))).to.deep.equal({
        payload: { value: 'success' },
      });
    });

    it('accepts an error without metainfo: an error without a code is still an error', () => {
      expect(accepted(parse({ payload: { value: 'error' } }))).to.deep.equal({
        payload: { value: 'error' },
      });
    });

    it('accepts an error whose metainfo has no code', () => {
      expect(accepted(parse({ payload: { value: 'error', metainfo: {} } }))).to.deep.equal({
        payload: { value: 'error', metainfo: {} },
      });
    });

    for (const key of [...IDENTIFIERS, 'dateTime', 'eventType']) {
      it(`treats ${key}: null as missing`, () => {
        expect(accepted(parse(message({ [key]: null })))).to.deep.equal(
          message({ [key]: undefined }),
        );
      });
    }

    it('treats metainfo: null and code: null as missing', () => {
      expect(accepted(parse({ payload: { value: 'error', metainfo: null } }))).to.deep.equal({
        payload: { value: 'error' },
      });
      expect(
        accepted(parse({ payload: { value: 'error', metainfo: { code: null } } })),
      ).to.deep.equal({ payload: { value: 'error', metainfo: {} } });
    });

    it('still refuses a null payload or payload.value', () => {
      expect(parse(message({ payload: null })).ok).to.equal(false);
      expect(parse(message({ payload: { value: null } })).ok).to.equal(false);
    });
  });

  describe('refused shapes', () => {
    const invalid: [name: string, data: unknown][] = [
      [
        'a payload.value outside loaded, success, error',
        message({ payload: { value: 'finished' } }),
      ],
      ['a payload.value in another case (SUCCESS)', message({ payload: { value: 'SUCCESS' } })],
      ['a payload.value with surrounding space', message({ payload: { value: ' success' } })],
      ['a payload without value', message({ payload: {} })],
      ['a payload.value that is not a string', message({ payload: { value: 1 } })],
      ['a missing payload', message({ payload: undefined })],
      ['a null payload', message({ payload: null })],
      ['a string payload', message({ payload: 'success' })],
      ['an array payload', message({ payload: [{ value: 'success' }] })],
      ['eventType 511 (another kind of event)', message({ eventType: 511 })],
      ['eventType 0', message({ eventType: 0 })],
      ['eventType as the string "510"', message({ eventType: '510' })],
      [
        'metainfo.code as the string "9200"',
        message({ payload: { value: 'error', metainfo: { code: '9200' } } }),
      ],
      ['metainfo.code true', message({ payload: { value: 'error', metainfo: { code: true } } })],
      [
        'metainfo.code as an array',
        message({ payload: { value: 'error', metainfo: { code: [9200] } } }),
      ],
      ['metainfo as a number', message({ payload: { value: 'error', metainfo: 9200 } })],
      ['metainfo as an array', message({ payload: { value: 'error', metainfo: [] } })],
      ['metainfo as a string', message({ payload: { value: 'error', metainfo: '{"code":9200}' } })],
      ['a top-level array', [message()]],
      ['a top-level string', 'success'],
      ['a top-level number', 510],
      ['a top-level null', null],
      ['a top-level true', true],
    ];
    for (const field of [...IDENTIFIERS, 'dateTime']) {
      invalid.push(
        [`${field} as a number`, message({ [field]: 1 })],
        [`${field} as an object`, message({ [field]: { id: 'x' } })],
        [`${field} as an array`, message({ [field]: ['x'] })],
        [`${field} false`, message({ [field]: false })],
      );
    }
    for (const [name, data] of invalid) {
      it(`refuses ${name} as invalid`, () => {
        expect(parse(data)).to.deep.equal({ ok: false, reason: 'invalid' });
      });
    }

    it('refuses metainfo.code 1e999, which JSON reads as Infinity', () => {
      const data = '{"payload":{"value":"error","metainfo":{"code":1e999}}}';
      expect(parseClientMessage(data)).to.deep.equal({ ok: false, reason: 'invalid' });
    });

    it('reads a duplicated key the way JSON.parse does: the last one wins', () => {
      expect(
        parseClientMessage('{"payload":{"value":"nope"},"payload":{"value":"loaded"}}').ok,
      ).to.equal(true);
      expect(
        parseClientMessage('{"payload":{"value":"loaded"},"payload":{"value":"nope"}}').ok,
      ).to.equal(false);
    });
  });

  describe('data that is not a JSON string', () => {
    const notStrings: [string, unknown][] = [
      ['an object (a structured-clone post)', message()],
      ['an array', [JSON.stringify(message())]],
      ['undefined', undefined],
      ['null', null],
      ['a number', 510],
      ['a boolean', true],
      ['a bigint', 510n],
      ['a symbol', Symbol('message')],
      ['a function', () => JSON.stringify(message())],
      ['a boxed string', Object(JSON.stringify(message())) as unknown],
      ['a Blob', new Blob([JSON.stringify(message())])],
      ['an ArrayBuffer', new TextEncoder().encode(JSON.stringify(message())).buffer],
      ['an object whose toString gives a message', { toString: () => JSON.stringify(message()) }],
      [
        'a revoked proxy',
        (() => {
          const p = Proxy.revocable({}, {});
          p.revoke();
          return p.proxy;
        })(),
      ],
    ];
    for (const [name, data] of notStrings) {
      it(`refuses ${name} as not-a-string`, () => {
        expect(parseClientMessage(data)).to.deep.equal({ ok: false, reason: 'not-a-string' });
      });
    }

    const notJson = [
      '',
      ' ',
      'undefined',
      "{'payload':{'value':'loaded'}}",
      '{"payload":{"value":"loaded"}',
      '{payload:1}',
      'NaN',
      '[object Object]',
      '{"payload":{"value":"loaded"}}x',
      '\u0000',
    ];
    for (const data of notJson) {
      it(`refuses ${JSON.stringify(data)} as not-json`, () => {
        expect(parseClientMessage(data)).to.deep.equal({ ok: false, reason: 'not-json' });
      });
    }
  });

  describe('length limit', () => {
    /** A valid message padded with trailing whitespace to exactly `length` characters. */
    function paddedTo(length: number): string {
      const base = JSON.stringify({ payload: { value: 'loaded' } });
      return base + ' '.repeat(length - base.length);
    }

    it(`accepts a message of exactly MAX_MESSAGE_LENGTH characters`, () => {
      const data = paddedTo(MAX_MESSAGE_LENGTH);
      expect(data.length).to.equal(MAX_MESSAGE_LENGTH);
      expect(parseClientMessage(data).ok).to.equal(true);
    });

    it('accepts a message one character under the limit', () => {
      expect(parseClientMessage(paddedTo(MAX_MESSAGE_LENGTH - 1)).ok).to.equal(true);
    });

    it('refuses a message one character over the limit as too-long', () => {
      expect(parseClientMessage(paddedTo(MAX_MESSAGE_LENGTH + 1))).to.deep.equal({
        ok: false,
        reason: 'too-long',
      });
    });

    it('refuses an over-long string as too-long before trying to parse it', () => {
      expect(parseClientMessage('x'.repeat(MAX_MESSAGE_LENGTH + 1))).to.deep.equal({
        ok: false,
        reason: 'too-long',
      });
      expect(parseClientMessage('{'.repeat(1_000_000))).to.deep.equal({
        ok: false,
        reason: 'too-long',
      });
    });

    it('counts UTF-16 code units, as String#length does', () => {
      const base = JSON.stringify({ payload: { value: 'loaded' }, x: '' });
      const room = MAX_MESSAGE_LENGTH - base.length;
      // Each emoji is one character to a reader and two UTF-16 code units to String#length.
      const filler = '😀'.repeat(Math.floor(room / 2)) + (room % 2 ? 'a' : '');
      const fits = JSON.stringify({ payload: { value: 'loaded' }, x: filler });
      expect(fits.length).to.equal(MAX_MESSAGE_LENGTH);
      expect(parseClientMessage(fits).ok).to.equal(true);
      const over = JSON.stringify({ payload: { value: 'loaded' }, x: `${filler}a` });
      expect(parseClientMessage(over)).to.deep.equal({ ok: false, reason: 'too-long' });
    });

    it('copes with 30,000 levels of nesting under the limit: an unknown key is dropped, a documented one refused', () => {
      const depth = 30_000;
      const nested = `${'['.repeat(depth)}${']'.repeat(depth)}`;
      const unknown = `{"payload":{"value":"loaded"},"x":${nested}}`;
      const documented = `{"payload":{"value":"error","metainfo":{"code":${nested}}}}`;
      expect(unknown.length).to.be.at.most(MAX_MESSAGE_LENGTH);
      expect(documented.length).to.be.at.most(MAX_MESSAGE_LENGTH);
      expect(parseClientMessage(unknown)).to.deep.equal({
        ok: true,
        message: { payload: { value: 'loaded' } },
      });
      expect(parseClientMessage(documented)).to.deep.equal({ ok: false, reason: 'invalid' });
    });
  });

  describe('keys the seed does not document', () => {
    it('drops unknown top-level keys from the output', () => {
      const result = accepted(
        parse(message({ extra: 'x', sdkToken: 'y', href: 'https://evil.example' })),
      );
      expect(result).to.deep.equal(message());
      expect(Object.keys(result)).to.have.members([
        ...IDENTIFIERS,
        'eventType',
        'dateTime',
        'payload',
      ]);
    });

    it('drops unknown payload and metainfo keys from the output', () => {
      const result = accepted(
        parse({
          payload: { value: 'error', extra: 1, metainfo: { code: 9100, extra: 2, message: 'x' } },
        }),
      );
      expect(result).to.deep.equal({ payload: { value: 'error', metainfo: { code: 9100 } } });
    });

    it('keeps a message whose unknown keys hold any JSON, even wrong-looking values', () => {
      expect(parse(message({ extra: null, other: [1, { payload: 3 }] })).ok).to.equal(true);
    });
  });

  describe('prototype pollution', () => {
    const snapshot = (): string[] => Reflect.ownKeys(Object.prototype).map(String).sort();
    let before: string[];
    beforeEach(() => {
      before = snapshot();
    });
    afterEach(() => {
      expect(snapshot()).to.deep.equal(before);
      expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    });

    const hostile: [string, string][] = [
      [
        '__proto__ at the top level',
        '{"__proto__":{"polluted":true},"payload":{"value":"loaded"}}',
      ],
      ['__proto__ in payload', '{"payload":{"value":"loaded","__proto__":{"polluted":true}}}'],
      [
        '__proto__ in metainfo',
        '{"payload":{"value":"error","metainfo":{"code":9100,"__proto__":{"polluted":true}}}}',
      ],
      [
        'constructor.prototype at the top level',
        '{"constructor":{"prototype":{"polluted":true}},"payload":{"value":"loaded"}}',
      ],
      [
        'constructor.prototype in payload',
        '{"payload":{"value":"loaded","constructor":{"prototype":{"polluted":true}}}}',
      ],
      [
        'prototype at the top level',
        '{"prototype":{"polluted":true},"payload":{"value":"loaded"}}',
      ],
    ];
    for (const [name, data] of hostile) {
      it(`strips ${name} and leaves Object.prototype alone`, () => {
        const result = accepted(parseClientMessage(data));
        const payload = result.payload as Record<string, unknown>;
        for (const object of [result, payload, payload.metainfo ?? {}] as object[]) {
          expect(Object.hasOwn(object, '__proto__')).to.equal(false);
          expect(Object.hasOwn(object, 'constructor')).to.equal(false);
          expect(Object.hasOwn(object, 'prototype')).to.equal(false);
          expect((object as Record<string, unknown>).polluted).to.equal(undefined);
        }
      });
    }

    it('does not take payload from a __proto__ key', () => {
      expect(parseClientMessage('{"__proto__":{"payload":{"value":"loaded"}}}')).to.deep.equal({
        ok: false,
        reason: 'invalid',
      });
    });

    it('does not take payload.value from a __proto__ key', () => {
      expect(parseClientMessage('{"payload":{"__proto__":{"value":"loaded"}}}')).to.deep.equal({
        ok: false,
        reason: 'invalid',
      });
    });

    it('gives plain objects back, whose prototype is Object.prototype', () => {
      const result = accepted(
        parseClientMessage('{"__proto__":null,"payload":{"__proto__":null,"value":"loaded"}}'),
      );
      expect(Object.getPrototypeOf(result)).to.equal(Object.prototype);
      expect(Object.getPrototypeOf(result.payload)).to.equal(Object.prototype);
    });
  });
});
