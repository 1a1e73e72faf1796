// npm run bench: figures for speed and memory. No thresholds: compare runs, not against a number.
import { benchMount } from './mount.js';
import { benchParse } from './parse.js';

benchParse();
console.log();
await benchMount();
