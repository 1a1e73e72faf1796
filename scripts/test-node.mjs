// npm run test:node [-- FILE…]: the Node tests (test/node/**/*.test.ts, or the files given) under
// node:test with tsx. The files are listed here rather than by a glob in package.json: node --test
// expands globs only from Node 21, and the README promises `npm test` on Node 20 too.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const files = process.argv.slice(2);
if (!files.length) {
  for (const file of readdirSync('test/node', { recursive: true, encoding: 'utf8' }).sort()) {
    if (file.endsWith('.test.ts')) files.push(join('test/node', file));
  }
}
const { status, error } = spawnSync(
  process.execPath,
  ['--import', 'tsx', '--test', '--test-concurrency=2', ...files],
  { stdio: 'inherit' },
);
if (error) throw error;
process.exit(status ?? 1);
