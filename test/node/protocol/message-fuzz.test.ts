import { expect } from 'chai';
import { after, afterEach, before, describe, it } from 'node:test';
import fc from 'fast-check';
import { ERROR_CODES } from '../../../src/protocol/error-codes.js';
import { MAX_KEYS, MAX_MESSAGE_LENGTH, parseClientMessage } from '../../../src/protocol/message.js';

/*
 * Property-based tests of parseClientMessage against a reference written here by hand, without
 * zod, from the policy in the header comment of src/protocol/message.ts:
 * - refused: data that is not a string ('not-a-string'), longer than MAX_MESSAGE_LENGTH
 *   ('too-long'), not JSON ('not-json'), or JSON that is not an object, whose payload.value is
 *   not loaded/success/error, whose eventType is present and not 510, or whose documented field is
 *   present with another JSON type than the seed's ('invalid');
 * - refused as 'log-event': a JSON object with a string eventType and no payload (the client's
 *   log events);
 * - tolerated: the identifiers, dateTime, eventType, metainfo and its fields may be missing;
 * - output: the documented keys present in the input, nothing else.
 * Inputs are built as JSON text from a small syntax tree, so that duplicate keys, `__proto__`
 * keys and number spellings JSON.stringify never writes (1e999, 5.1e2, -0) are reached too.
 */

// ---------------------------------------------------------------------------------------------
// The reference

const TEXT_FIELDS = [
  'accountId',
  'authorizationToken',
  'workflowExecutionId',
  'transactionReference',
  'jumioIdScanReference',
  'customerInternalReference',
  'dateTime',
] as const;
const TOP_LEVEL_KEYS: readonly string[] = [...TEXT_FIELDS, 'eventType', 'payload'];
const PAYLOAD_KEYS: readonly string[] = ['value', 'metainfo'];
/** metainfo's fields, by the JSON type each must have. */
const METAINFO_TYPES = {
  mode: 'string',
  code: 'number',
  codeExternal: 'number',
  publicErrorCode: 'string',
  retriable: 'boolean',
} as const;
const METAINFO_KEYS: readonly string[] = Object.keys(METAINFO_TYPES);
const EVENT_VALUES: readonly unknown[] = ['loaded', 'success', 'error'];

type JsonObject = { [key: string]: unknown };
type Expected = { ok: true; message: JsonObject } | { ok: false; reason: string };

const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const has = (object: JsonObject, key: string): boolean => Object.hasOwn(object, key);

/** What parseClientMessage should answer for `data`, by the documented policy. */
function reference(data: unknown): Expected {
  if (typeof data !== 'string') return { ok: false, reason: 'not-a-string' };
  if (data.length > MAX_MESSAGE_LENGTH) return { ok: false, reason: 'too-long' };
  let json: unknown;
  try {
    json = JSON.parse(data);
  } catch {
    return { ok: false, reason: 'not-json' };
  }
  const invalid: Expected = { ok: false, reason: 'invalid' };
  if (!isObject(json)) return invalid;
  // An object wider than any message is refused before it is copied (MAX_KEYS).
  const payloadLevel = json.payload;
  const metainfoLevel = isObject(payloadLevel) ? payloadLevel.metainfo : undefined;
  if (
    typeof json.eventType !== 'string' &&
    [json, payloadLevel, metainfoLevel].some(
      (level) => isObject(level) && Object.keys(level).length > MAX_KEYS,
    )
  ) {
    return invalid;
  }
  if (typeof json.eventType === 'string' && !has(json, 'payload')) {
    return { ok: false, reason: 'log-event' };
  }

  const message: JsonObject = {};
  // null in an optional field counts as the field left out.
  for (const key of TEXT_FIELDS) {
    if (!has(json, key) || json[key] === null) continue;
    if (typeof json[key] !== 'string') return invalid;
    message[key] = json[key];
  }
  if (has(json, 'eventType') && json.eventType !== null) {
    if (json.eventType !== 510) return invalid;
    message.eventType = 510;
  }
  if (!has(json, 'payload') || !isObject(json.payload)) return invalid;
  const payload = json.payload;
  if (!has(payload, 'value') || !EVENT_VALUES.includes(payload.value)) return invalid;
  const projected: JsonObject = { value: payload.value };
  if (has(payload, 'metainfo') && payload.metainfo !== null) {
    const metainfo = payload.metainfo;
    if (!isObject(metainfo)) return invalid;
    const projectedMetainfo: JsonObject = {};
    for (const [key, type] of Object.entries(METAINFO_TYPES)) {
      if (!has(metainfo, key) || metainfo[key] === null) continue;
      const field = metainfo[key];
      if (typeof field !== type) return invalid;
      // JSON has one number type, so 9200.5 passes though the seed says integer; a number JSON
      // reads as Infinity (1e999) is no code at all.
      if (typeof field === 'number' && !Number.isFinite(field)) return invalid;
      projectedMetainfo[key] = field;
    }
    projected.metainfo = projectedMetainfo;
  }
  message.payload = projected;
  return { ok: true, message };
}

/** Throws unless the message, its payload and metainfo are plain objects with documented keys only. */
function expectOnlyDocumentedKeys(message: unknown): void {
  const levels: [unknown, readonly string[]][] = [[message, TOP_LEVEL_KEYS]];
  const payload = (message as JsonObject).payload as JsonObject;
  levels.push([payload, PAYLOAD_KEYS]);
  if (payload.metainfo !== undefined) levels.push([payload.metainfo, METAINFO_KEYS]);
  for (const [object, allowed] of levels) {
    expect(Object.getPrototypeOf(object)).to.equal(Object.prototype);
    for (const key of Reflect.ownKeys(object as object)) {
      expect(allowed, `undocumented key ${String(key)}`).to.include(key);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// JSON text from a syntax tree

type Node =
  | { kind: 'raw'; text: string }
  | { kind: 'array'; items: Node[] }
  | { kind: 'object'; entries: (readonly [string, Node])[] };

const raw = (text: string): Node => ({ kind: 'raw', text });
const lit = (value: string | number | boolean | null): Node => raw(JSON.stringify(value));
const obj = (entries: (readonly [string, Node] | undefined)[]): Node => ({
  kind: 'object',
  entries: entries.filter((entry) => entry !== undefined),
});

function fromJson(value: fc.JsonValue): Node {
  if (Array.isArray(value)) return { kind: 'array', items: value.map(fromJson) };
  if (value !== null && typeof value === 'object') {
    return obj(Object.entries(value).map(([key, item]) => [key, fromJson(item ?? null)] as const));
  }
  return lit(value);
}

function serialize(node: Node, space: string): string {
  switch (node.kind) {
    case 'raw':
      return node.text;
    case 'array':
      return `[${node.items.map((item) => serialize(item, space)).join(`,${space}`)}]`;
    case 'object':
      return `{${space}${node.entries
        .map(([key, value]) => `${JSON.stringify(key)}${space}:${space}${serialize(value, space)}`)
        .join(`,${space}`)}${space}}`;
  }
}

// ---------------------------------------------------------------------------------------------
// Arbitraries

const DANGEROUS_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'valueOf',
];
const ALL_DOCUMENTED_KEYS = [...TOP_LEVEL_KEYS, ...PAYLOAD_KEYS, ...METAINFO_KEYS];

/** Any JSON value, plus number spellings JSON.stringify never writes. */
const anyNode: fc.Arbitrary<Node> = fc.oneof(
  { weight: 4, arbitrary: fc.jsonValue({ maxDepth: 2 }).map(fromJson) },
  {
    weight: 1,
    arbitrary: fc.constantFrom('1e999', '-1e999', '-0', '5.1e2', '510.0', '9200.0', '1E3').map(raw),
  },
  {
    weight: 1,
    arbitrary: fc.constant(
      obj([
        ['polluted', lit(true)],
        ['payload', obj([['value', lit('loaded')]])],
      ]),
    ),
  },
);

/** Keys a hostile or newer client might add: random, prototype-ish, or undocumented. */
const extraKey = (documented: readonly string[]): fc.Arbitrary<string> =>
  fc.oneof(
    fc.string({ maxLength: 12 }).filter((key) => !documented.includes(key)),
    fc.constantFrom(
      ...DANGEROUS_KEYS,
      ...ALL_DOCUMENTED_KEYS.filter((key) => !documented.includes(key)),
    ),
  );

const extras = (documented: readonly string[]): fc.Arbitrary<(readonly [string, Node])[]> =>
  fc.array(fc.tuple(extraKey(documented), anyNode), { maxLength: 3 });

/** A value of `arbitrary`, or `undefined` (the field is missing) one time in three. */
const maybe = <T>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> =>
  fc.option(arbitrary, { nil: undefined, freq: 3 });

const text = fc.oneof(
  fc.string({ maxLength: 40, unit: 'binary' }),
  fc.uuid(),
  fc.date({ noInvalidDate: true }).map((date) => date.toISOString()),
);

const validCode = fc.oneof(
  fc.constantFrom(...Object.keys(ERROR_CODES).map(Number)).map(lit),
  fc.integer().map(lit),
  fc.constantFrom('-0', '9200.0', '92e2').map(raw),
);

/** Messages the policy accepts: every documented field valid or missing, extras anywhere. */
const validMessage: fc.Arbitrary<Node> = fc
  .record({
    before: extras(TOP_LEVEL_KEYS),
    texts: fc.tuple(
      ...TEXT_FIELDS.map((key) => maybe(text.map((value) => [key, lit(value)] as const))),
    ),
    eventType: maybe(
      fc
        .constantFrom('510', '510.0', '5.1e2', '5100e-1')
        .map((t) => ['eventType', raw(t)] as const),
    ),
    value: fc.constantFrom('loaded', 'success', 'error'),
    metainfo: maybe(
      fc.record({
        mode: maybe(text.map(lit)),
        code: maybe(validCode),
        codeExternal: maybe(validCode),
        publicErrorCode: maybe(fc.stringMatching(/^[A-N]\d{6}$/).map(lit)),
        retriable: maybe(fc.boolean().map(lit)),
        extras: extras(METAINFO_KEYS),
      }),
    ),
    payloadExtras: extras(PAYLOAD_KEYS),
    after: extras(TOP_LEVEL_KEYS),
  })
  .map(({ before, texts, eventType, value, metainfo, payloadExtras, after }) =>
    obj([
      ...before,
      ...texts,
      eventType,
      [
        'payload',
        obj([
          ...payloadExtras,
          ['value', lit(value)],
          metainfo && [
            'metainfo',
            obj([
              ...metainfo.extras,
              ...METAINFO_KEYS.map((key) => {
                const field = metainfo[key as keyof typeof METAINFO_TYPES];
                return field && ([key, field] as const);
              }),
            ]),
          ],
        ]),
      ],
      ...after,
    ]),
  );

/** Where a mutation applies: a documented field, or (for extra keys) the object it is added to. */
const DOCUMENTED_PATHS: readonly (readonly string[])[] = [
  ...TEXT_FIELDS.map((key) => [key]),
  ['eventType'],
  ['payload'],
  ['payload', 'value'],
  ['payload', 'metainfo'],
  ...METAINFO_KEYS.map((key) => ['payload', 'metainfo', key]),
];
const LEVELS: readonly (readonly string[])[] = [[], ['payload'], ['payload', 'metainfo']];

type Operation = 'remove' | 'replace' | 'append' | 'prepend';

/** `node` with `operation` done on the key at the end of `path` (no change if the path is absent). */
function mutate(node: Node, path: readonly string[], operation: Operation, value: Node): Node {
  const [key, ...rest] = path;
  if (node.kind !== 'object' || key === undefined) return node;
  if (rest.length > 0) {
    return obj(
      node.entries.map(
        ([name, child]) =>
          [name, name === key ? mutate(child, rest, operation, value) : child] as const,
      ),
    );
  }
  const others = node.entries.filter(([name]) => name !== key);
  switch (operation) {
    case 'remove':
      return obj(others);
    case 'replace':
      return obj([...others, [key, value]]);
    case 'append': // a duplicate key after the first: JSON.parse keeps the last
      return obj([...node.entries, [key, value]]);
    case 'prepend': // a duplicate key before the first, which then wins
      return obj([[key, value], ...node.entries]);
  }
}

/** A value to put in a documented field: anything, a near miss, or a right value. */
const replacement: fc.Arbitrary<Node> = fc.oneof(
  { weight: 3, arbitrary: anyNode },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      lit('510'),
      lit(511),
      lit(0),
      lit(null),
      lit(true),
      lit('9200'),
      lit('LOADED'),
      lit(' success'),
      lit('finished'),
      lit(''),
      raw('1e999'),
      raw('509.99999'),
      raw('[]'),
      raw('{}'),
      obj([['value', lit('loaded')]]),
      obj([['code', lit(9200)]]),
      { kind: 'array', items: [obj([['value', lit('error')]])] },
    ),
  },
  {
    weight: 2,
    arbitrary: fc.oneof(
      fc.constantFrom('loaded', 'success', 'error', 'action', 'screen').map(lit),
      fc.constant(lit(510)),
      fc.boolean().map(lit),
      text.map(lit),
      validCode,
    ),
  },
);

const mutation = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      path: fc.constantFrom(...DOCUMENTED_PATHS),
      operation: fc.constantFrom<Operation>('remove', 'replace', 'replace', 'append', 'prepend'),
      value: replacement,
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      path: fc
        .tuple(
          fc.constantFrom(...LEVELS),
          fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom(...DANGEROUS_KEYS)),
        )
        .map(([level, key]) => [...level, key]),
      operation: fc.constantFrom<Operation>('append', 'prepend'),
      value: anyNode,
    }),
  },
);

/** Valid messages with up to four mutations: fields missing, mistyped, duplicated or extra. */
const mutatedMessage: fc.Arbitrary<Node> = fc
  .record({
    message: validMessage,
    mutations: fc.array(mutation, { maxLength: 4 }),
    wrap: fc.constantFrom(
      'object',
      'object',
      'object',
      'object',
      'object',
      'object',
      'object',
      'object',
      'array',
      'string',
    ),
  })
  .map(({ message, mutations, wrap }) => {
    const mutated = mutations.reduce(
      (node, { path, operation, value }) => mutate(node, path, operation, value),
      message,
    );
    if (wrap === 'array') return { kind: 'array', items: [mutated] };
    if (wrap === 'string') return lit(serialize(mutated, ''));
    return mutated;
  });

const space = fc.constantFrom('', '', '', ' ', '\n', '\t\r\n ');

// ---------------------------------------------------------------------------------------------
// The properties

let inputs = 0;
let counterexamples = 0;
let accepted = 0;

/** Checks `check` on `numRuns` inputs, counting them and any failure for the summary line. */
function run<T>(arbitrary: fc.Arbitrary<T>, numRuns: number, check: (input: T) => void): void {
  try {
    fc.assert(
      fc.property(arbitrary, (input) => {
        inputs++;
        check(input);
      }),
      { numRuns },
    );
  } catch (error) {
    counterexamples++;
    throw error;
  }
}

/** parseClientMessage(data) must equal the reference, and an accepted message be plain. */
function agreesWithReference(data: unknown): void {
  const actual = parseClientMessage(data);
  const expected = reference(data);
  expect(
    actual.ok,
    `ok for ${typeof data === 'string' ? data.slice(0, 300) : typeof data}`,
  ).to.equal(expected.ok);
  expect(actual).to.deep.equal(expected);
  if (actual.ok) {
    accepted++;
    expectOnlyDocumentedKeys(actual.message);
  }
}

const prototypeKeys = (): string[] => Reflect.ownKeys(Object.prototype).map(String).sort();

describe('parseClientMessage, fuzzed', () => {
  let originalKeys: string[];
  before(() => {
    originalKeys = prototypeKeys();
  });
  afterEach(() => {
    expect(prototypeKeys()).to.deep.equal(originalKeys);
    expect(({} as JsonObject).polluted).to.equal(undefined);
    expect(({} as JsonObject).payload).to.equal(undefined);
  });
  after(() => {
    console.log(
      `message fuzz: ${inputs} inputs, ${counterexamples} counterexamples (${accepted} accepted)`,
    );
  });

  it('never throws on any value at all, and refuses every non-string as not-a-string', () => {
    run(
      fc.anything({
        withBigInt: true,
        withDate: true,
        withMap: true,
        withSet: true,
        withTypedArray: true,
        withNullPrototype: true,
        withSparseArray: true,
        withBoxedValues: true,
      }),
      2000,
      (data) => {
        let result: unknown;
        expect(() => (result = parseClientMessage(data))).not.to.throw();
        if (typeof data !== 'string')
          expect(result).to.deep.equal({ ok: false, reason: 'not-a-string' });
        else agreesWithReference(data);
      },
    );
  });

  it('agrees with the reference on arbitrary strings', () => {
    run(fc.string({ maxLength: 200, unit: 'binary' }), 1000, agreesWithReference);
  });

  it('agrees with the reference on arbitrary JSON text', () => {
    run(fc.json({ maxDepth: 4 }), 1500, agreesWithReference);
  });

  it('accepts every message the policy accepts and gives its documented projection', () => {
    // Mapped to the JSON text, so that a counterexample is reported as the data itself.
    const texts = fc.tuple(validMessage, space).map(([message, gap]) => serialize(message, gap));
    run(texts, 2500, (data) => {
      expect(reference(data).ok, 'the generator made an invalid message').to.equal(true);
      agreesWithReference(data);
    });
  });

  it('agrees with the reference on messages with missing, mistyped, extra and duplicated fields', () => {
    const before = accepted;
    let runs = 0;
    const texts = fc.tuple(mutatedMessage, space).map(([message, gap]) => serialize(message, gap));
    run(texts, 4000, (data) => {
      runs++;
      agreesWithReference(data);
    });
    // Both sides of the policy must be reached, or the property proves little.
    const acceptedHere = accepted - before;
    expect(acceptedHere, 'accepted mutated messages').to.be.greaterThan(runs / 10);
    expect(runs - acceptedHere, 'refused mutated messages').to.be.greaterThan(runs / 10);
  });

  it('never lets __proto__, constructor or prototype keys reach Object.prototype or the output', () => {
    const hostileKey = fc.constantFrom('__proto__', 'constructor', 'prototype');
    const hostile = fc
      .record({
        message: validMessage,
        key: hostileKey,
        value: anyNode,
        level: fc.constantFrom('top', 'payload', 'metainfo'),
      })
      .map(({ message, key, value, level }) => {
        if (message.kind !== 'object') return message;
        const entry = [key, value] as const;
        if (level === 'top') return obj([entry, ...message.entries]);
        const entries = message.entries.map(([name, node]): readonly [string, Node] => {
          if (name !== 'payload' || node.kind !== 'object') return [name, node];
          if (level === 'payload') return [name, obj([entry, ...node.entries])];
          return [name, obj([...node.entries, ['metainfo', obj([entry, ['code', lit(9100)]])]])];
        });
        return obj(entries);
      });
    run(
      hostile.map((message) => serialize(message, '')),
      1000,
      (data) => {
        agreesWithReference(data);
        expect(prototypeKeys()).to.deep.equal(originalKeys);
        expect(({} as JsonObject).polluted).to.equal(undefined);
      },
    );
  });

  it('refuses data over MAX_MESSAGE_LENGTH and judges data up to it on its content', () => {
    const sized = fc.record({
      message: fc.oneof(validMessage, mutatedMessage),
      length: fc.integer({ min: MAX_MESSAGE_LENGTH - 40, max: MAX_MESSAGE_LENGTH + 40 }),
      where: fc.constantFrom('whitespace', 'extra-key', 'text-field'),
    });
    run(sized, 300, ({ message, length, where }) => {
      const base = serialize(message, '');
      let data: string;
      if (where === 'whitespace' || message.kind !== 'object') {
        data = base + ' '.repeat(Math.max(0, length - base.length));
      } else {
        // A long string in an undocumented key, or in a documented text field, sized to `length`.
        const key = where === 'extra-key' ? 'padding' : 'customerInternalReference';
        const empty = serialize(obj([[key, lit('')], ...message.entries]), '');
        const padded = obj([
          [key, lit('é'.repeat(Math.max(0, length - empty.length)))],
          ...message.entries,
        ]);
        data = serialize(padded, '');
      }
      agreesWithReference(data);
      if (data.length > MAX_MESSAGE_LENGTH)
        expect(parseClientMessage(data)).to.deep.equal({ ok: false, reason: 'too-long' });
    });
  });
});
