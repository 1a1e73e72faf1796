import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../src/index.js';
import type { JumioVerifyElement, SessionProvider } from '../src/index.js';
import { clientUrl, command, eventually, frameOf, mount, recorded } from './helpers.js';

/** The element's shadow node for `part`, or null. */
const part = (el: JumioVerifyElement, name: string): HTMLElement | null =>
  el.shadowRoot!.querySelector(`[part="${name}"]`);

/** What is shown to the eye: a part that is in the tree and takes room. */
const visible = (el: JumioVerifyElement, name: string): boolean => {
  const node = part(el, name);
  return node !== null && node.getBoundingClientRect().height > 0;
};

/** The text of the polite and the assertive live region. */
const announced = (el: JumioVerifyElement): { status: string; alert: string } => ({
  status: el.shadowRoot!.querySelector('[role="status"].live')!.textContent,
  alert: el.shadowRoot!.querySelector('[role="alert"]')!.textContent,
});

/**
 * The part marked busy, by its part name, or `''` for none: never the element, nor anything
 * around its live regions (a busy ancestor may keep them from being announced).
 */
const busyPart = (el: JumioVerifyElement): string => {
  const busy = [...el.shadowRoot!.querySelectorAll('[aria-busy]')];
  const regions = [...el.shadowRoot!.querySelectorAll('.live')];
  const around = busy.some((node) => regions.some((region) => node.contains(region)));
  if (el.hasAttribute('aria-busy') || around || busy.length > 1) return 'the element, or several';
  return busy[0] ? `${busy[0].getAttribute('part')} ${busy[0].getAttribute('aria-busy')}` : '';
};

/** A session provider that answers only when told to, and counts what it is asked. */
function heldProvider(): {
  provider: SessionProvider;
  answer: (href: string) => void;
  calls: string[];
} {
  const calls: string[] = [];
  let resolve: (href: string) => void = () => undefined;
  return {
    calls,
    provider: ({ reason }) => {
      calls.push(reason);
      return new Promise<string>((r) => (resolve = r));
    },
    answer: (href) => {
      resolve(href);
    },
  };
}

/** Emulates `prefers-reduced-motion`, where the browser's driver can (Chromium's CDP). */
async function reducedMotion(reduce: boolean): Promise<boolean> {
  try {
    await emulateMedia({ reducedMotion: reduce ? 'reduce' : 'no-preference' });
    return true;
  } catch {
    return false; // WebDriver (BiDi in Firefox, WebKit's) cannot emulate media features
  }
}

describe('what the user sees and hears', () => {
  it('covers the client with a loading indicator until it says loaded, busy and announced', async () => {
    const { el } = await mount({ href: clientUrl() });
    expect(visible(el, 'loading')).to.equal(true);
    expect(part(el, 'spinner')).to.not.equal(null);
    expect(busyPart(el)).to.equal('stage true');
    expect(announced(el).status).to.equal('Loading the identity verification…');
    await expect(el).to.be.accessible();
    await command(frameOf(el), { cmd: 'send', value: 'loaded' });
    await el.updateComplete;
    expect(part(el, 'loading')).to.equal(null);
    expect(busyPart(el)).to.equal('');
    expect(announced(el).status).to.equal('The identity verification is ready.');
  });

  it('keeps the indicator still for people who ask for reduced motion', async () => {
    const { el } = await mount({ href: clientUrl() });
    const spinner = part(el, 'spinner')!;
    expect(getComputedStyle(spinner).animationName).to.equal('spin');
    if (await reducedMotion(true)) {
      try {
        expect(getComputedStyle(spinner).animationName).to.equal('none');
      } finally {
        await reducedMotion(false);
      }
    } else {
      // Where the driver cannot emulate the preference, check the rule that answers it.
      const rules = [...el.shadowRoot!.adoptedStyleSheets].flatMap((sheet) => [...sheet.cssRules]);
      const media = rules.find(
        (rule): rule is CSSMediaRule =>
          rule instanceof CSSMediaRule &&
          rule.conditionText.includes('prefers-reduced-motion: reduce'),
      );
      const spinnerRule = [...(media?.cssRules ?? [])].find(
        (rule): rule is CSSStyleRule =>
          rule instanceof CSSStyleRule && rule.selectorText.includes('spinner'),
      );
      expect(spinnerRule?.style.animationName).to.equal('none');
    }
  });

  it('says the session expired while it starts again', async () => {
    const held = heldProvider();
    const { el } = await mount({ sessionProvider: held.provider });
    held.answer(clientUrl({ session: '1' }));
    await eventually(() => el.shadowRoot!.querySelector('iframe') !== null, 'the first client');
    await command(frameOf(el), {
      cmd: 'send',
      value: 'error',
      code: 9210,
      publicErrorCode: 'J000000',
    });
    await el.updateComplete;
    expect(held.calls).to.deep.equal(['initial', 'refresh']);
    expect(part(el, 'refreshing-text')!.textContent).to.equal(
      'Your session expired. Starting a new one…',
    );
    expect(announced(el).status).to.equal('Your session expired. Starting a new one…');
    await expect(el).to.be.accessible();
  });

  it('shows a final error above the client, and Try again with a session source', async () => {
    let calls = 0;
    const provider: SessionProvider = () => clientUrl({ session: String(++calls) });
    const { el, events } = await mount({ sessionProvider: provider });
    await eventually(() => el.shadowRoot!.querySelector('iframe') !== null, 'the client');
    await command(frameOf(el), { cmd: 'send', value: 'loaded' });
    await command(frameOf(el), {
      cmd: 'send',
      value: 'error',
      code: 9100,
      publicErrorCode: 'A060500',
    });
    await el.updateComplete;
    expect(part(el, 'error')!.classList.contains('bar')).to.equal(true);
    // The server answered (500): not "could not reach".
    expect(part(el, 'error-text')!.textContent).to.equal(
      'Something went wrong with the verification.',
    );
    // The client stays visible below it.
    expect(frameOf(el).getBoundingClientRect().height).to.be.greaterThan(300);
    expect(announced(el).alert).to.equal('Something went wrong with the verification.');
    await expect(el).to.be.accessible();
    part(el, 'try-again')!.click();
    await recorded(events, 'jumio-loaded').catch(() => undefined);
    await eventually(() => calls === 2, 'a fresh session');
    await el.updateComplete;
    expect(part(el, 'error')).to.equal(null);
  });

  it("labels the launcher itself when the element holds only whitespace or other slots' content", async () => {
    // Markup written across lines puts text nodes in the default slot, the launcher's label:
    // taken as the page's own label, they left the button blank, with no accessible name.
    const container = await fixture<HTMLDivElement>(
      html`<div>
        <jumio-verify mode="window" href=${clientUrl()}>
          <p slot="unavailable">Verification is down.</p>
        </jumio-verify>
      </div>`,
    );
    const el = container.querySelector('jumio-verify')!;
    await el.updateComplete;
    // The text the button shows, through its slot (innerText stops at the shadow boundary).
    const shown = (node: Node): string =>
      node instanceof HTMLSlotElement
        ? node.assignedNodes().map(shown).join('')
        : node instanceof HTMLElement && node.hidden
          ? ''
          : node.nodeType === Node.TEXT_NODE
            ? node.textContent!
            : [...node.childNodes].map(shown).join('');
    const label = (): string => shown(part(el, 'launcher')!).trim();
    await eventually(() => label() === 'Verify your identity', 'the default label');
    await expect(el).to.be.accessible();
    // The page's own label, set later, shows instead; whitespace again brings the default back.
    const own = el.appendChild(document.createElement('b'));
    own.textContent = 'Start the check';
    await eventually(() => label() === 'Start the check', "the page's label");
    own.remove();
    await eventually(() => label() === 'Verify your identity', 'the default label again');
    // A framework's text binding changes the text node in place, which is no slotchange.
    const text = el.appendChild(document.createTextNode(''));
    await el.updateComplete;
    text.data = 'Begin';
    await eventually(() => label() === 'Begin', 'the bound label');
    text.data = ' ';
    await eventually(() => label() === 'Verify your identity', 'the default label, bound empty');
  });

  it("writes its panels' text dark on their light surface, whatever colour the page's text has", async () => {
    // A dark page's light text, inherited, was about 1.1:1 on the default surface.
    const container = await fixture<HTMLDivElement>(
      html`<div style="width: 1000px; background: #111; color: rgb(238, 238, 238)"></div>`,
    );
    const el = container.appendChild(document.createElement('jumio-verify'));
    el.href = clientUrl();
    await el.updateComplete;
    expect(getComputedStyle(part(el, 'loading')!).color).to.equal('rgb(31, 41, 55)');
    await expect(container).to.be.accessible();
    // The page's own colour for them, with its own surface, still wins.
    el.style.setProperty('--jumio-verify-color', 'rgb(1, 2, 3)');
    expect(getComputedStyle(part(el, 'loading')!).color).to.equal('rgb(1, 2, 3)');
  });

  it('outlines its buttons in forced colours, where their background goes', async function () {
    const { el } = await mount({ href: clientUrl(), mode: 'window' });
    try {
      await emulateMedia({ forcedColors: 'active' });
    } catch {
      this.skip(); // WebDriver (BiDi in Firefox, WebKit's) cannot emulate media features
    }
    try {
      const style = getComputedStyle(part(el, 'launcher')!);
      // A border for forced colours to draw (getComputedStyle shows its author colour, transparent).
      expect([style.borderTopStyle, style.borderTopWidth]).to.deep.equal(['solid', '1px']);
    } finally {
      await emulateMedia({ forcedColors: 'none' });
    }
  });

  it('keeps its buttons and spinner coloured on a page that maps its own --accent onto the element', async () => {
    // The demo does this; with the element's own property named --accent too, it was a cycle,
    // and the buttons were white text on no background.
    const style = document.head.appendChild(document.createElement('style'));
    style.textContent = `:root { --accent: rgb(67, 56, 202) }
      jumio-verify { --jumio-verify-accent: var(--accent) }`;
    try {
      const { el } = await mount({ href: clientUrl(), mode: 'window' });
      expect(getComputedStyle(part(el, 'launcher')!).backgroundColor).to.equal('rgb(67, 56, 202)');
      const loading = await mount({ href: clientUrl() });
      expect(getComputedStyle(part(loading.el, 'spinner')!).borderTopColor).to.equal(
        'rgb(67, 56, 202)',
      );
      await expect(el).to.be.accessible();
    } finally {
      style.remove();
    }
  });

  it('offers no Try again for a plain href, which is spent', async () => {
    const { el } = await mount({ href: clientUrl() });
    await command(frameOf(el), { cmd: 'send', value: 'error', code: 9100 });
    await el.updateComplete;
    expect(part(el, 'error-text')!.textContent).to.equal(
      'We could not reach the verification service.',
    );
    expect(part(el, 'try-again')).to.equal(null);
  });

  it('covers a client that never started, and tries the href again', async () => {
    const { el, events } = await mount({ href: clientUrl(), loadTimeout: 100 });
    await recorded(events, 'jumio-timeout');
    await el.updateComplete;
    expect(part(el, 'error')!.classList.contains('panel')).to.equal(true);
    expect(part(el, 'error-text')!.textContent).to.equal(
      'The identity verification could not start.',
    );
    const old = frameOf(el);
    part(el, 'try-again')!.click();
    await el.updateComplete;
    expect(frameOf(el)).to.not.equal(old);
  });

  it('waits for a source for the load timeout, then stops saying it is loading', async () => {
    const { el, events } = await mount({ loadTimeout: 100 });
    expect(events.map((e) => e.detail.reason)).to.deep.equal(['missing-source']);
    expect(visible(el, 'loading')).to.equal(true);
    expect(busyPart(el)).to.equal('loading true');
    await eventually(() => part(el, 'unavailable') !== null, 'the unavailable panel');
    await el.updateComplete;
    expect(visible(el, 'loading')).to.equal(false);
    expect(busyPart(el)).to.equal('');
    expect(el.state).to.equal('idle');
    expect(announced(el).alert).to.equal(
      'Identity verification is not available right now. Please try again later.',
    );
    el.href = clientUrl(); // the page's server answered late: the client still loads
    await el.updateComplete;
    expect(el.state).to.equal('loading');
    expect(frameOf(el).src).to.equal(clientUrl());
    expect(part(el, 'unavailable')).to.equal(null);
  });

  it('shows a neutral text for a configuration that cannot work, and keeps the detail for the developer', async () => {
    const { el, events } = await mount({ href: 'http://example.com/app?authorizationToken=t' });
    expect(el.getAttribute('view')).to.equal('panel');
    expect(el.view).to.equal('panel');
    expect(part(el, 'unavailable')!.textContent).to.equal(
      'Identity verification is not available right now. Please try again later.',
    );
    expect(part(el, 'unavailable')!.textContent).to.not.contain('http');
    expect(events[0]!.detail.message).to.contain('must be https');
    expect(part(el, 'try-again')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('lets the page replace each message through its slot', async () => {
    const container = await fixture<HTMLDivElement>(
      html`<div style="width: 1000px">
        <jumio-verify href=${'http://example.com/refused'}>
          <p slot="unavailable">Verification is down. Call us on 0800 123 456.</p>
        </jumio-verify>
      </div>`,
    );
    const el = container.querySelector('jumio-verify')!;
    await el.updateComplete;
    const slot = part(el, 'unavailable')!.querySelector('slot')!;
    expect(slot.name).to.equal('unavailable');
    expect(slot.assignedElements().map((node) => node.textContent)).to.deep.equal([
      'Verification is down. Call us on 0800 123 456.',
    ]);
  });

  it('passes the accessibility audit in every state it shows', async () => {
    const audited: string[] = [];
    const audit = async (el: JumioVerifyElement): Promise<void> => {
      await el.updateComplete;
      audited.push(`${el.state}/${el.getAttribute('view') ?? ''}`);
      await expect(el).to.be.accessible();
    };
    const shown = await mount({ href: clientUrl() });
    await audit(shown.el); // loading, over the iframe
    await command(frameOf(shown.el), { cmd: 'send', value: 'loaded' });
    await audit(shown.el); // the client alone
    await command(frameOf(shown.el), { cmd: 'send', value: 'success' });
    await audit(shown.el);
    const failed = await mount({ href: clientUrl() });
    await command(frameOf(failed.el), { cmd: 'send', value: 'error', code: 9822 });
    await audit(failed.el); // the error bar
    const timedOut = await mount({ href: clientUrl(), loadTimeout: 50 });
    await recorded(timedOut.events, 'jumio-timeout');
    await audit(timedOut.el); // the error panel with Try again
    await audit((await mount({ href: 'ftp://example.com/' })).el); // unavailable
    await audit((await mount({ sessionProvider: () => new Promise<string>(() => undefined) })).el);
    await audit((await mount({ href: clientUrl(), mode: 'window' })).el); // the launcher
    expect(audited).to.deep.equal([
      'loading/frame',
      'loaded/frame',
      'success/frame',
      'error/frame',
      'error/frame',
      'error/panel',
      'loading/panel',
      'idle/launcher',
    ]);
  });

  describe('focus', () => {
    it('moves focus into the flow with focus(): the iframe, or the state’s button', async () => {
      const { el } = await mount({ href: clientUrl() });
      await command(frameOf(el), { cmd: 'send', value: 'loaded' });
      await el.updateComplete;
      el.focus();
      expect(el.shadowRoot!.activeElement === frameOf(el), 'in the client').to.equal(true);
      const tab = await mount({ href: clientUrl(), mode: 'window' });
      tab.el.focus();
      expect(tab.el.shadowRoot!.activeElement).to.equal(part(tab.el, 'launcher'));
    });

    it("moves focus to the page's own control where its content replaces the state's button", async () => {
      const container = await fixture<HTMLDivElement>(
        html`<div style="width: 1000px">
          <jumio-verify href=${clientUrl()} load-timeout="100">
            <div slot="error">
              <p>It did not start.</p>
              <input type="hidden" name="token" value="t" />
              <button hidden>Later</button>
              <fieldset disabled><button tabindex="0">Disabled</button></fieldset>
              <div inert><button>Inert</button></div>
              <button style="visibility: hidden">Invisible</button>
              <button>Call us</button>
            </div>
          </jumio-verify>
        </div>`,
      );
      const el = container.querySelector('jumio-verify')!;
      await eventually(() => el.state === 'error', 'the timeout');
      await el.updateComplete;
      el.focus();
      expect(document.activeElement?.textContent).to.equal('Call us');
      // Content with no control of its own: the message, since the iframe it covers is inert.
      for (const button of container.querySelectorAll('button')) button.remove();
      el.focus();
      expect(frameOf(el).inert, 'the covered client').to.equal(true);
      expect(el.shadowRoot!.activeElement === part(el, 'error'), 'on the message').to.equal(true);
    });

    it('keeps the client out of reach while a panel covers it, and in reach once it is up', async () => {
      const container = await fixture<HTMLDivElement>(
        html`<div style="width: 1000px">
          <button>Before</button>
          <jumio-verify href=${clientUrl()}></jumio-verify>
          <button>After</button>
        </div>`,
      );
      const el = container.querySelector('jumio-verify')!;
      const [before, after] = container.querySelectorAll('button');
      await el.updateComplete;
      expect(visible(el, 'loading'), 'the loading panel').to.equal(true);
      expect(frameOf(el).inert, 'inert while covered').to.equal(true);
      before!.focus();
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement === after, 'Tab goes past the covered client').to.equal(true);
      await command(frameOf(el), { cmd: 'send', value: 'loaded' });
      await el.updateComplete;
      expect(frameOf(el).inert, 'in reach once up').to.equal(false);
      before!.focus();
      await sendKeys({ press: 'Tab' });
      // Into the client's frame, of another process in Chromium: focus gets there a moment later.
      await eventually(
        () => el.shadowRoot!.activeElement === frameOf(el),
        'Tab reaches the client',
      );
    });

    it('gives the client focus once it is up when focus() comes while it loads', async () => {
      // The page's "Verify now" had focus, and its click handler called focus().
      const page = await fixture<HTMLButtonElement>(html`<button>Verify now</button>`);
      page.focus();
      const { el } = await mount({ href: clientUrl() });
      el.focus();
      expect(el.shadowRoot!.activeElement === null, 'not the covered client').to.equal(true);
      await command(frameOf(el), { cmd: 'send', value: 'loaded' });
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement === frameOf(el), 'in the client').to.equal(true);
      // Not when the user has gone on elsewhere meanwhile.
      const next = await mount({ href: clientUrl({ session: 'next' }) });
      next.el.focus();
      page.focus();
      await command(frameOf(next.el), { cmd: 'send', value: 'loaded' });
      await next.el.updateComplete;
      expect(document.activeElement === page, 'focus left where the user put it').to.equal(true);
    });

    it('gives the client focus once it is up when focus() comes before its source', async () => {
      // An app mounts the element, calls focus(), and sets the href once its server answered.
      const page = await fixture<HTMLButtonElement>(html`<button>Verify now</button>`);
      page.focus();
      const { el } = await mount({});
      el.focus();
      el.href = clientUrl();
      await el.updateComplete;
      await command(frameOf(el), { cmd: 'send', value: 'loaded' });
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement === frameOf(el), 'in the client').to.equal(true);
    });

    it("gives the fresh client focus when the page's own Try again that had it goes", async () => {
      const container = await fixture<HTMLDivElement>(
        html`<div style="width: 1000px">
          <jumio-verify href=${clientUrl()} load-timeout="100">
            <div slot="error"><button>Try ours</button></div>
          </jumio-verify>
        </div>`,
      );
      const el = container.querySelector('jumio-verify')!;
      const ours = container.querySelector('button')!;
      ours.addEventListener('click', () => {
        el.reload();
      });
      await eventually(() => el.state === 'error', 'the timeout');
      await el.updateComplete;
      el.loadTimeout = 0; // the fresh load waits, and its panel does not come back
      const old = frameOf(el);
      el.focus();
      expect(document.activeElement === ours).to.equal(true);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(frameOf(el) !== old).to.equal(true);
      // Once the fresh client is up: under its loading panel it is out of reach.
      await command(frameOf(el), { cmd: 'send', value: 'loaded' });
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement === frameOf(el)).to.equal(true);
    });

    it('never moves focus by itself on load, reload or refresh', async () => {
      const button = await fixture<HTMLButtonElement>(html`<button>Page</button>`);
      button.focus();
      const { el } = await mount({ href: clientUrl() });
      await command(frameOf(el), { cmd: 'send', value: 'loaded' });
      el.reload();
      await el.updateComplete;
      await command(frameOf(el), { cmd: 'send', value: 'loaded' });
      expect(document.activeElement).to.equal(button);
    });

    it('gives the fresh client focus when the expired one the user was in goes', async () => {
      // The user was in the client when its session expired: focus went to <body> mid-journey.
      // (Booleans: a failed comparison of two iframes makes the runner serialize them, and hang.)
      let calls = 0;
      const provider: SessionProvider = () => clientUrl({ session: String(++calls) });
      const { el } = await mount({ sessionProvider: provider });
      await eventually(() => el.shadowRoot!.querySelector('iframe') !== null, 'the client');
      const first = frameOf(el);
      await command(first, { cmd: 'send', value: 'loaded' });
      first.focus();
      expect(el.shadowRoot!.activeElement === first, 'in the client').to.equal(true);
      await command(first, { cmd: 'send', value: 'error', code: 9210 });
      const fresh = (): HTMLIFrameElement | null => el.shadowRoot!.querySelector('iframe');
      await eventually(() => fresh() !== null && fresh() !== first, 'the fresh client');
      await command(fresh()!, { cmd: 'send', value: 'loaded' });
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement === fresh(), 'in the fresh client').to.equal(true);
    });

    it('does not take focus later when the iframe the user was in goes for good', async () => {
      const { el } = await mount({ href: clientUrl(), afterOutcome: 'remove' });
      const first = frameOf(el);
      await command(first, { cmd: 'send', value: 'loaded' });
      first.focus();
      await command(first, { cmd: 'send', value: 'success' });
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('iframe') === null, 'removed').to.equal(true);
      // Minutes later, the page starts another verification: focus is not the element's to take.
      el.href = clientUrl({ session: 'next' });
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('iframe') !== null, 'the next client').to.equal(true);
      expect(el.shadowRoot!.activeElement === null, 'focus left alone').to.equal(true);
    });

    it('reaches the state’s button with the keyboard, and Enter works it', async () => {
      let calls = 0;
      const provider: SessionProvider = () => clientUrl({ session: String(++calls) });
      const before = await fixture<HTMLButtonElement>(html`<button>Before</button>`);
      const { el } = await mount({ sessionProvider: provider });
      await eventually(() => el.shadowRoot!.querySelector('iframe') !== null, 'the client');
      await command(frameOf(el), { cmd: 'send', value: 'loaded' });
      await command(frameOf(el), { cmd: 'send', value: 'error', code: 9100 });
      await el.updateComplete;
      before.focus();
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(part(el, 'try-again'));
      await sendKeys({ press: 'Enter' });
      await eventually(() => calls === 2, 'a fresh session');
    });

    it('lands on "Go to the verification tab" when the launcher that had focus opens the tab', async () => {
      const original = window.open;
      window.open = () =>
        ({
          opener: window,
          location: { replace: () => undefined },
          close: () => undefined,
          focus: () => undefined,
          closed: false,
        }) as unknown as Window;
      try {
        const { el } = await mount({ href: clientUrl(), mode: 'window' });
        part(el, 'launcher')!.focus();
        await sendKeys({ press: 'Enter' });
        await el.updateComplete;
        expect(el.state).to.equal('opened');
        expect(el.shadowRoot!.activeElement).to.equal(part(el, 'resume'));
      } finally {
        window.open = original;
      }
    });
  });

  describe('language', () => {
    it("names the client's iframe in the element's language, unless the page names it", async () => {
      const { el } = await mount({ href: clientUrl(), locale: 'de' });
      await eventually(() => frameOf(el).title === 'Identitätsprüfung', 'the German name');
      el.frameTitle = 'Prüfung bei Acme';
      await el.updateComplete;
      expect(frameOf(el).title).to.equal('Prüfung bei Acme');
      el.frameTitle = '';
      await el.updateComplete;
      expect(frameOf(el).title).to.equal('Identitätsprüfung');
    });

    it('names an adopted iframe in its language where the server wrote the English default', async () => {
      const href = `${clientUrl()}&locale=de`;
      const frame = document.createElement('iframe');
      frame.src = href;
      frame.title = 'Identity verification'; // renderClientFrame's default
      const el = document.createElement('jumio-verify');
      el.href = href;
      el.locale = 'de';
      el.append(frame);
      (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
      await el.updateComplete;
      expect(el.querySelector('iframe') === frame, 'adopted').to.equal(true);
      await eventually(() => frame.title === 'Identitätsprüfung', 'the German name');
    });

    it("keeps the server's own name for an adopted iframe, unless the page names it", async () => {
      const frame = document.createElement('iframe');
      frame.src = clientUrl();
      frame.title = 'Verify with Acme';
      const el = document.createElement('jumio-verify');
      el.href = frame.src;
      el.append(frame);
      (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
      await el.updateComplete;
      expect(el.querySelector('iframe') === frame, 'adopted').to.equal(true);
      expect(frame.title).to.equal('Verify with Acme');
      el.frameTitle = 'Prüfung bei Acme';
      await el.updateComplete;
      expect(frame.title).to.equal('Prüfung bei Acme');
      el.frameTitle = '';
      await el.updateComplete;
      expect(frame.title).to.equal('Verify with Acme');
    });

    it('writes the texts right to left for Arabic, and marks their language', async () => {
      const { el } = await mount({ href: clientUrl(), locale: 'ar' });
      await eventually(() => part(el, 'loading')?.lang === 'ar', 'the Arabic texts');
      expect(part(el, 'loading')!.dir).to.equal('rtl');
      expect(el.resolvedLocale).to.equal('ar');
    });

    it('keeps English left to right while the Arabic texts are on their way', async () => {
      const { el } = await mount({ href: clientUrl(), locale: 'ar' });
      // The texts come in a module of their own, a task or more after the update.
      expect([part(el, 'loading')!.lang, part(el, 'loading')!.dir]).to.deep.equal(['en', 'ltr']);
      el.locale = 'AR'; // another spelling: the same language, whose texts are still on their way
      await el.updateComplete;
      expect([part(el, 'loading')!.lang, part(el, 'loading')!.dir]).to.deep.equal(['en', 'ltr']);
      await eventually(() => part(el, 'loading')?.lang === 'ar', 'the Arabic texts');
      expect(part(el, 'loading')!.dir).to.equal('rtl');
    });

    it('takes the best match of the browser’s languages for locale="auto"', async () => {
      const languages = Object.getOwnPropertyDescriptor(Navigator.prototype, 'languages')!;
      Object.defineProperty(navigator, 'languages', {
        get: () => ['de-AT', 'en-US'],
        configurable: true,
      });
      try {
        const { el } = await mount({ href: clientUrl(), locale: 'auto' });
        expect(el.resolvedLocale).to.equal('de');
        expect(new URL(frameOf(el).src).searchParams.get('locale')).to.equal('de');
        await eventually(() => part(el, 'loading')?.lang === 'de', 'the German texts');
      } finally {
        Reflect.deleteProperty(navigator, 'languages');
        expect(Object.getOwnPropertyDescriptor(Navigator.prototype, 'languages')).to.deep.equal(
          languages,
        );
      }
    });

    it('announces in the page’s language once its texts arrive, never in English first', async () => {
      const container = await fixture<HTMLDivElement>(html`<div style="width: 1000px"></div>`);
      const el = document.createElement('jumio-verify');
      Object.assign(el, { href: 'ftp://example.com/', locale: 'fr' });
      container.append(el); // the shadow root is there; the first update is still to come
      const alerts: string[] = [];
      const observer = new MutationObserver((records) => {
        for (const record of records) {
          const { target } = record;
          if (!(target instanceof Element) || target.getAttribute('role') !== 'alert') continue;
          for (const node of record.addedNodes) alerts.push(node.textContent ?? '');
        }
      });
      observer.observe(el.shadowRoot!, { childList: true, subtree: true });
      await el.updateComplete; // the first render fills the regions before they are in the tree
      const alert = el.shadowRoot!.querySelector<HTMLElement>('[role="alert"]')!;
      expect(alert.textContent).to.not.contain('Identity verification');
      await eventually(() => part(el, 'unavailable')?.lang === 'fr', 'the French texts');
      await el.updateComplete;
      observer.disconnect();
      expect(alert.lang).to.equal('fr');
      expect(alerts).to.deep.equal([part(el, 'unavailable-text')!.textContent]); // once, in French
    });

    it('has no resolved locale without one: the client shows its default', async () => {
      const { el } = await mount({ href: clientUrl() });
      expect(el.resolvedLocale).to.equal(undefined);
      expect(part(el, 'loading')!.lang).to.equal('en');
    });
  });
});
