/**
 * Message-parsing throughput: every `message` event on a page with the element reaches
 * parseClientMessage once its source and origin match, so this is the cost per genuine message.
 * Prints figures; asserts nothing.
 */
import { parseClientMessage } from '../src/protocol/message.js';

const valid = JSON.stringify({
  accountId: '11111111-1111-1111-1111-aaaaaaaaaaaa',
  authorizationToken: 'token',
  workflowExecutionId: '22222222-2222-2222-2222-aaaaaaaaaaaa',
  customerInternalReference: 'reference',
  eventType: 510,
  dateTime: '2026-11-23T10:00:00.000Z',
  payload: { value: 'error', metainfo: { code: 9200 } },
});
const inputs: [string, unknown][] = [
  ['valid error message', valid],
  ['wrong payload.value', valid.replace('"error"', '"finished"')],
  ['not JSON', 'hello'],
  ['not a string', { payload: { value: 'success' } }],
  ['64 KiB + 1 string', 'x'.repeat(64 * 1024 + 1)],
];

export function benchParse(): void {
  console.log('parseClientMessage (Node, one core)');
  for (const [name, input] of inputs) {
    for (let i = 0; i < 2_000; i++) parseClientMessage(input); // warm up
    const runs = 100_000;
    const start = process.hrtime.bigint();
    for (let i = 0; i < runs; i++) parseClientMessage(input);
    const ns = Number(process.hrtime.bigint() - start) / runs;
    console.log(
      `  ${name.padEnd(22)} ${(ns / 1000).toFixed(2).padStart(7)} µs/message  ${Math.round(1e9 / ns)
        .toLocaleString('en')
        .padStart(11)} messages/s`,
    );
  }
}
