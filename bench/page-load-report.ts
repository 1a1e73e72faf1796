/**
 * Prints the page-load results: per script latency, the iframe's request start and the `loaded`
 * DOM event of every variant as median and p90, with the ratio of medians and the paired
 * difference to its baseline; then the figures the issue's acceptance names.
 */
import {
  PAGE_LOAD_VARIANTS,
  SCRIPT_LATENCIES,
  type PageLoadResults,
  type Sample,
} from './page-load.js';
import { median, ms, p90, paired, ratio, signedMs } from './stats.js';

type Metric = (sample: Sample) => number;

const frameStart: Metric = (s) => s.frameStart;
const loaded: Metric = (s) => s.loaded;
const firstByte: Metric = (s) => s.firstByte;

const LABEL = 44;

export function reportPageLoads(results: PageLoadResults): void {
  const values = (page: string, latency: number, metric: Metric): number[] =>
    (results.get(page)?.get(latency) ?? []).map(metric);
  const loads = Math.min(
    ...[...results.values()].flatMap((byLatency) =>
      [...byLatency.values()].map((samples) => samples.filter((s) => !isNaN(s.loaded)).length),
    ),
  );

  /** "median p90 ×ratio Δmedian Δp90" of `metric` for `page` against `baseline`. */
  const cells = (page: string, baseline: string | undefined, latency: number, metric: Metric) => {
    const own = values(page, latency, metric);
    const text = `${ms(median(own))} ${ms(p90(own))}`;
    if (!baseline) return `${text} ${' '.repeat(22)}`;
    const base = values(baseline, latency, metric);
    const diff = paired(own, base);
    return `${text} ${ratio(median(own) / median(base))} ${signedMs(median(diff), 7)} ${signedMs(p90(diff), 7)}`;
  };

  for (const latency of SCRIPT_LATENCIES) {
    console.log(
      `Page loads, ${latency} ms script latency (${loads}+ loads each, interleaved; ms from navigation start)`,
    );
    console.log(
      `  ${''.padEnd(LABEL)} ${'iframe request start'.padEnd(36)}  ${'loaded DOM event'.padEnd(36)}`,
    );
    const head = `${'median'.padStart(6)} ${'p90'.padStart(6)} ${'ratio'.padStart(6)} ${'Δ med'.padStart(7)} ${'Δ p90'.padStart(7)}`;
    console.log(`  ${'variant (Δ: paired, vs baseline)'.padEnd(LABEL)} ${head}  ${head}`);
    for (const variant of PAGE_LOAD_VARIANTS) {
      if (!(variant.latencies ?? SCRIPT_LATENCIES).includes(latency)) continue;
      const { page, baseline } = variant;
      const versus = baseline ? ` vs ${tagOf(baseline)}` : '';
      const label = `${variant.label}${versus}`.slice(0, LABEL).padEnd(LABEL);
      console.log(
        `  ${label} ${cells(page, baseline, latency, frameStart)}  ${cells(page, baseline, latency, loaded)}`,
      );
    }
    console.log();
    reportAcceptance(results, latency, values);
    console.log();
  }
}

/** A variant's letter, `(a)` … `(e)`, or for one without its own, its page's name. */
function tagOf(page: string): string {
  const label = PAGE_LOAD_VARIANTS.find((v) => v.page === page)?.label ?? '';
  return /^\([a-e]\)/.exec(label)?.[0] ?? page;
}

function reportAcceptance(
  results: PageLoadResults,
  latency: number,
  values: (page: string, latency: number, metric: Metric) => number[],
): void {
  const line = (name: string, samples: number[], goal: string): void => {
    console.log(
      `  ${name.padEnd(64)} median ${ms(median(samples))}  p90 ${ms(p90(samples))}  ${goal}`,
    );
  };
  const between = (page: string, to: Metric, from: Metric): number[] =>
    (results.get(page)?.get(latency) ?? []).map((s) => to(s) - from(s));
  console.log(`  At ${latency} ms script latency:`);
  line(
    'static: parser at the <iframe> → its request start',
    between('static', frameStart, (s) => s.beforeFrame),
    '(the browser alone)',
  );
  const share = between('href', frameStart, (s) => s.scriptEnd);
  const browserAlone = median(between('static', frameStart, (s) => s.beforeFrame));
  line('(b) element share: script evaluated → iframe request start', share, 'goal ≤ 2 ms');
  line(
    '(b) the same, less the browser alone (static median above)',
    share.map((ms) => ms - browserAlone),
    'goal ≤ 2 ms',
  );
  const bareShare = between('bare-href', frameStart, (s) => s.scriptEnd);
  line('(b) a bare element: script evaluated → iframe request start', bareShare, '(the floor)');
  line("(b) element share − the bare element's, paired", paired(share, bareShare), '');
  // Iframe request start, paired: [label, page, baseline, goal].
  for (const [name, page, baseline, goal] of [
    ['(b) href − static with the same script in <head>', 'href', 'static-head', ''],
    ['(c) adopted (deferred) − static', 'adopt-defer', 'static', 'goal ≤ 2 ms'],
    [
      '(c) adopted (deferred) − static, same script deferred',
      'adopt-defer',
      'static-defer',
      'goal ≤ 2 ms',
    ],
    ['(c) adopted (in <head>) − static', 'adopt', 'static', ''],
    ['(c) adopted (in <head>) − static, same script in <head>', 'adopt', 'static-head', ''],
  ] as const) {
    const diff = paired(values(page, latency, frameStart), values(baseline, latency, frameStart));
    line(`${name}, paired`, diff, goal);
  }
  // A deferred script runs once it has downloaded and the parser is done, never before: a request
  // that started earlier cannot have waited for the element, whatever the paired noise says.
  const lead = between('adopt-defer', (s) => Math.max(s.scriptLoaded, s.parsed), frameStart).filter(
    Number.isFinite,
  );
  line(
    '(c) adopted (deferred): request start before its script ran',
    lead,
    `ahead in ${lead.filter((ms) => ms > 0).length} of ${lead.length} loads`,
  );
  const sessionShare = (page: string): number[] =>
    between(
      page,
      (s) => s.sessionStart,
      (s) => s.scriptEnd,
    );
  const session = sessionShare('session');
  const bareSession = sessionShare('bare-session');
  line('(e) session-url: script evaluated → session request start', session, 'goal ≤ 2 ms');
  line('(e) the same with dc/subdomain hints', sessionShare('session-hints'), 'goal ≤ 2 ms');
  line('(e) a bare element: script evaluated → session request start', bareSession, '(the floor)');
  line('(e) session-url − the bare element, paired', paired(session, bareSession), '');
  for (const [page, versus] of [
    ['session-fetch', undefined],
    ['session', 'session-fetch'],
    ['session-hints', 'session-fetch'],
    ['session-hints', 'session'],
    ['session-fetch-preconnect', 'session-fetch'],
  ] as const) {
    const own = values(page, latency, firstByte);
    if (own.length === 0) continue;
    const name = `(e) client first byte: ${page}${versus ? ` − ${versus}` : ''}`;
    line(name, versus ? paired(own, values(versus, latency, firstByte)) : own, '');
  }
  for (const page of ['session-fetch', 'session', 'session-hints', 'session-fetch-preconnect']) {
    const samples = results.get(page)?.get(latency) ?? [];
    if (samples.length === 0) continue;
    const reused = samples.filter((s) => s.connect === 0).length;
    line(
      `(e) client connection setup: ${page}`,
      samples.map((s) => s.connect),
      `(${reused}/${samples.length} reused a connection)`,
    );
  }
  line(
    '(b) client message → jumio-loaded event',
    between('href', loaded, (s) => s.message),
    '',
  );
}
