import { expect } from '@open-wc/testing';
import '../src/index.js';
import { clientUrl, consoleDuring, mount, recorded, type ElementProps } from './helpers.js';

const SECRET = 'SECRET-TOKEN-d41d8cd98f00b204';

const scenarios: [string, ElementProps, string][] = [
  [
    'an http href off loopback',
    { href: `http://jumio.example/web/v4/app?authorizationToken=${SECRET}&locale=de` },
    'jumio-config-error',
  ],
  [
    "the seed's misspelt token parameter",
    { href: `http://jumio.example/web/v4/app?authorizationToken${SECRET}` },
    'jumio-config-error',
  ],
  ['a token without a subdomain', { token: SECRET, dc: 'moon' }, 'jumio-config-error'],
  [
    'a token next to an href',
    { token: SECRET, href: clientUrl(), loadTimeout: 0 },
    'jumio-config-error',
  ],
  [
    'a load timeout',
    { href: clientUrl({ authorizationToken: SECRET }), loadTimeout: 100 },
    'jumio-timeout',
  ],
  [
    'a session that answers an insecure href',
    {
      sessionUrl: `/test-api/session?key=secrets&client=${encodeURIComponent(
        `http://jumio.example/app?authorizationToken=${SECRET}`,
      )}`,
    },
    'jumio-config-error',
  ],
  [
    'a session-url that fails, with a secret in its query',
    { sessionUrl: `/test-api/session?key=secrets-503&reply=503&client=${SECRET}` },
    'jumio-config-error',
  ],
  // fetch's own messages quote the URL: "Failed to parse URL from …", "… includes credentials: …".
  [
    'an unparsable session-url',
    { sessionUrl: `http://[/session?key=${SECRET}` },
    'jumio-config-error',
  ],
  [
    'a session-url with credentials in it',
    { sessionUrl: `http://user:${SECRET}@localhost:9/session` },
    'jumio-config-error',
  ],
  [
    'a scheme-relative session-url with credentials in it',
    { sessionUrl: `//user:${SECRET}@localhost:9/session` },
    'jumio-config-error',
  ],
  [
    'a provider whose own error quotes a URL with a secret',
    {
      sessionProvider: () =>
        Promise.reject(new Error(`POST https://api.example/session?key=${SECRET} failed`)),
    },
    'jumio-config-error',
  ],
  [
    'a provider whose error quotes a scheme-relative URL with credentials',
    {
      sessionProvider: () => {
        throw new Error(`cannot reach //admin:${SECRET}@api.example/session`);
      },
    },
    'jumio-config-error',
  ],
  [
    'a provider whose error quotes a token outside a URL',
    {
      sessionProvider: () => {
        throw new Error(`authorizationToken=${SECRET} was refused`);
      },
    },
    'jumio-config-error',
  ],
  [
    'a provider whose error quotes a token in JSON',
    {
      sessionProvider: () => {
        throw new Error(`bad answer {"authorizationToken": "${SECRET}"}`);
      },
    },
    'jumio-config-error',
  ],
  [
    'a provider whose error quotes a base64 token in escaped JSON',
    {
      sessionProvider: () => {
        throw new Error(`bad answer {\\"token\\":\\"ab/${SECRET}+/=\\"}`);
      },
    },
    'jumio-config-error',
  ],
];

describe('secrets', () => {
  for (const [what, props, event] of scenarios) {
    it(`keeps the authorization token out of the console and out of ${event} for ${what}`, async () => {
      let details: unknown[] = [];
      const written = await consoleDuring(async () => {
        const { events } = await mount(props);
        await recorded(events, event);
        details = events.map((recordedEvent) => recordedEvent.detail);
      });
      expect(details.length).to.be.greaterThan(0);
      expect(JSON.stringify(details)).to.not.contain(SECRET);
      expect(written.join('\n')).to.not.contain(SECRET);
    });
  }

  it('keeps what a developer needs of a message about a token: the status, the words', async () => {
    const { events } = await mount({
      sessionProvider: () => {
        throw new Error('getToken: HTTP 401, token: /api/session, invalid token: expired');
      },
    });
    await recorded(events, 'jumio-config-error');
    expect(events[0]!.detail.message).to.contain(
      'getToken: HTTP 401, token: /api/session, invalid token: expired',
    );
  });

  it('shows where the token was, redacted, so a developer can still read the URL', async () => {
    const { events } = await mount(scenarios[0]![1]);
    expect(events[0]!.detail.message).to.contain(
      'http://jumio.example/web/v4/app?authorizationToken=[redacted]&locale=de',
    );
  });
});
