// node scripts/complete-lockfile.mjs — run after regenerating package-lock.json on this machine.
//
// The registry this project is built against answers 404 for rollup's native packages for other
// platforms (web-test-runner pulls rollup in), so npm leaves them out of the lockfile, and `npm ci`
// then refuses the lockfile as out of sync with rollup's optionalDependencies. This adds the
// missing entries with their platform fields (no integrity: npm has nothing to hash), which is
// what npm would have written; npm skips them on other platforms and keeps them on `npm install`.
import { readFileSync, writeFileSync } from 'node:fs';

const path = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(path, 'utf8'));
const rollup = lock.packages['node_modules/rollup'];
const added = [];
for (const [name, version] of Object.entries(rollup?.optionalDependencies ?? {})) {
  const key = `node_modules/${name}`;
  const match = name.match(/^@rollup\/rollup-([a-z0-9]+)-([a-z0-9]+)(?:-([a-z]+))?$/);
  if (lock.packages[key] || !match) continue;
  const [, os, cpu, abi] = match;
  lock.packages[key] = {
    version,
    cpu: [cpu],
    dev: true,
    ...(os === 'linux' && abi ? { libc: [abi.startsWith('musl') ? 'musl' : 'glibc'] } : {}),
    license: 'MIT',
    optional: true,
    os: [os],
  };
  added.push(name);
}
lock.packages = Object.fromEntries(
  Object.entries(lock.packages).sort(([a], [b]) =>
    a === '' ? -1 : b === '' ? 1 : a.localeCompare(b),
  ),
);
writeFileSync(path, `${JSON.stringify(lock, null, 2)}\n`);
console.log(added.length ? `added ${added.join(', ')}` : 'the lockfile was complete');
