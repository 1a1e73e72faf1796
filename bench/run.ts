// npm run bench: figures for speed, memory and size. No thresholds: compare runs, not against a number.
import { benchMount } from './mount.js';
import { benchParse } from './parse.js';
import { benchSize } from './size.js';

benchParse();
console.log();
await benchMount();
console.log();
await benchSize();
