// The demo's event log: one entry per event, newest first, with the detail as JSON. Tokens are
// redacted before anything is shown: an authorization token lets anyone continue the user's
// verification, so a demo must not teach printing it.
import type { JumioEventDetails, JumioEventName } from '../src/index.js';

/** Entries the demo writes itself, about what it did. */
export type NoteKind = 'note' | 'verified';

/** JSON with every `*token*` field and `authorizationToken=` query value replaced. */
export function redactedJson(value: unknown): string {
  return JSON.stringify(
    value,
    (key, field: unknown) => {
      if (/token/i.test(key) && typeof field === 'string') return '[redacted]';
      if (typeof field === 'string') {
        return field.replace(/(authorizationToken=)[^&\s"'#]+/gi, '$1[redacted]');
      }
      return field;
    },
    2,
  );
}

/** A one-line summary shown next to the event name. */
function summarize(name: JumioEventName, d: unknown): string {
  switch (name) {
    case 'jumio-loaded':
      return 'The client loaded in the iframe';
    case 'jumio-success':
      return 'Images accepted for verification';
    case 'jumio-error': {
      const e = d as JumioEventDetails['jumio-error'];
      // A retriable error leaves the client running: the user goes on in the same frame, and
      // whether a reload would help does not arise.
      const tail = e.sessionExpired
        ? 'session expired'
        : !e.final
          ? 'the user goes on in the client'
          : e.retryable
            ? 'retryable'
            : 'not retryable';
      const codes = [e.code ?? 'no code', e.publicErrorCode].filter(Boolean).join(' ');
      return `${codes} · ${e.description} (${tail})`;
    }
    case 'jumio-config-error':
      return (d as JumioEventDetails['jumio-config-error']).reason;
    case 'jumio-timeout':
      return `No "loaded" within ${(d as JumioEventDetails['jumio-timeout']).timeoutMs} ms`;
    case 'jumio-warning':
      return (d as JumioEventDetails['jumio-warning']).reason;
    case 'jumio-refresh': {
      const r = d as JumioEventDetails['jumio-refresh'];
      return `Fresh session, attempt ${r.attempt} of ${r.maxRefresh} (${r.cause}${r.code ? ` ${r.code}` : ''})`;
    }
    default:
      return '';
  }
}

function time(): string {
  const now = new Date();
  const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
  return `${pad(now.getHours())}:${pad(now.getMinutes())}:${pad(now.getSeconds())}.${pad(now.getMilliseconds(), 3)}`;
}

/** The log panel: `#log` (an `<ol>`) plus its counter. */
export class EventLog {
  #list: HTMLOListElement;
  #count: HTMLElement;

  constructor(list: HTMLOListElement, count: HTMLElement) {
    this.#list = list;
    this.#count = count;
    this.#updateCount();
  }

  /** Logs an element event with its (redacted) detail. */
  event(name: JumioEventName, detail: unknown): void {
    this.#add({
      name,
      kind: name.replace(/^jumio-/, ''),
      summary: summarize(name, detail),
      json: redactedJson(detail),
    });
  }

  /** Logs something the demo page itself did or concluded. */
  note(kind: NoteKind, title: string, text: string): void {
    this.#add({ name: title, kind, summary: text, json: undefined });
  }

  clear(): void {
    this.#list.replaceChildren();
    this.#updateCount();
  }

  #add(entry: { name: string; kind: string; summary: string; json: string | undefined }): void {
    const item = document.createElement('li');
    item.className = 'entry';
    item.dataset['event'] = entry.name;
    item.dataset['kind'] = entry.kind;

    const head = document.createElement(entry.json ? 'summary' : 'div');
    head.className = 'entry-head';
    const when = head.appendChild(document.createElement('time'));
    when.textContent = time();
    const name = head.appendChild(document.createElement('span'));
    name.className = 'entry-name';
    name.textContent = entry.name;
    const summary = head.appendChild(document.createElement('span'));
    summary.className = 'entry-summary';
    summary.textContent = entry.summary;

    if (entry.json) {
      const details = item.appendChild(document.createElement('details'));
      details.open = true;
      details.append(head);
      const pre = details.appendChild(document.createElement('pre'));
      pre.textContent = entry.json;
      // Only the newest detail stays open, so the panel shows many events at a glance.
      for (const older of this.#list.querySelectorAll<HTMLDetailsElement>('details[data-auto]')) {
        older.open = false;
        delete older.dataset['auto'];
      }
      details.dataset['auto'] = '';
    } else {
      item.append(head);
    }
    this.#list.prepend(item);
    this.#updateCount();
  }

  #updateCount(): void {
    const n = this.#list.childElementCount;
    this.#count.textContent = `${n} ${n === 1 ? 'entry' : 'entries'}`;
    this.#list.parentElement?.classList.toggle('empty', n === 0);
  }
}
