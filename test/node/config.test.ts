import assert from 'node:assert/strict';
import { inspect } from 'node:util';
import { describe, it } from 'node:test';
import { DemoConfigError, readDemoConfig } from '../../demo/server/config.js';

const credentials = { JUMIO_CLIENT_ID: 'id-4711', JUMIO_CLIENT_SECRET: 'secret-0815' };

function configError(env: Record<string, string>): string {
  try {
    readDemoConfig(env);
  } catch (error) {
    assert.ok(error instanceof DemoConfigError);
    return error.message;
  }
  assert.fail('expected a DemoConfigError');
}

describe('readDemoConfig', () => {
  it('uses the simulator when there are no Jumio credentials', () => {
    assert.deepEqual(readDemoConfig({}), {
      dataCenter: 'us',
      simulatorPort: undefined,
      jumio: undefined,
    });
  });

  it('treats empty variables as unset, as in a .env copied from a template', () => {
    const config = readDemoConfig({ JUMIO_CLIENT_ID: '', JUMIO_CLIENT_SECRET: '  ', JUMIO_DC: '' });
    assert.equal(config.jumio, undefined);
    assert.equal(config.dataCenter, 'us');
  });

  it('uses Jumio with the seed defaults when both credentials are set', () => {
    const { jumio } = readDemoConfig(credentials);
    assert.ok(jumio);
    assert.equal(jumio.clientId.reveal(), 'id-4711');
    assert.equal(jumio.clientSecret.reveal(), 'secret-0815');
    assert.equal(jumio.dataCenter, 'us');
    assert.equal(jumio.workflowKey, 10011);
    assert.equal(jumio.tokenLifetime.text, '30m');
    assert.equal(jumio.userAgent, 'jumio-verify-demo/0.1');
    assert.equal(jumio.successUrl, undefined);
    assert.equal(jumio.errorUrl, undefined);
    assert.equal(jumio.authUrl, 'https://auth.amer-1.jumio.ai/oauth2/token');
    assert.equal(jumio.accountUrl, 'https://account.amer-1.jumio.ai/api/v1/accounts');
  });

  it('uses the simulator with DEMO_BACKEND=simulator, credentials or not (npm test)', () => {
    assert.equal(readDemoConfig({ ...credentials, DEMO_BACKEND: 'simulator' }).jumio, undefined);
    assert.match(
      configError({ DEMO_BACKEND: 'jumio' }),
      /DEMO_BACKEND must be "simulator", or unset/,
    );
  });

  it('derives the URLs from JUMIO_DC (seed: Access Token URL, Account Creation)', () => {
    const eu = readDemoConfig({ ...credentials, JUMIO_DC: 'EU' }).jumio;
    assert.equal(eu?.authUrl, 'https://auth.emea-1.jumio.ai/oauth2/token');
    assert.equal(eu.accountUrl, 'https://account.emea-1.jumio.ai/api/v1/accounts');
    const sg = readDemoConfig({ ...credentials, JUMIO_DC: 'sg' }).jumio;
    assert.equal(sg?.authUrl, 'https://auth.apac-1.jumio.ai/oauth2/token');
    assert.equal(sg.accountUrl, 'https://account.apac-1.jumio.ai/api/v1/accounts');
    assert.equal(readDemoConfig({ JUMIO_DC: 'eu' }).dataCenter, 'eu');
  });

  it('reads every setting', () => {
    const config = readDemoConfig({
      ...credentials,
      JUMIO_DC: 'eu',
      JUMIO_WORKFLOW_KEY: '10013',
      JUMIO_TOKEN_LIFETIME: '1d',
      JUMIO_SUCCESS_URL: 'https://example.com/done',
      JUMIO_ERROR_URL: 'https://example.com/failed',
      JUMIO_USER_AGENT: 'Acme Corp Onboarding/2.0',
      JUMIO_AUTH_URL: 'http://127.0.0.1:9999/oauth2/token',
      JUMIO_ACCOUNT_URL: 'http://localhost:9999/api/v1/accounts/',
      DEMO_SIMULATOR_PORT: '6000',
    });
    assert.equal(config.simulatorPort, 6000);
    assert.deepEqual(
      { ...config.jumio, clientId: undefined, clientSecret: undefined },
      {
        clientId: undefined,
        clientSecret: undefined,
        dataCenter: 'eu',
        workflowKey: 10013,
        tokenLifetime: { text: '1d', seconds: 86_400 },
        successUrl: 'https://example.com/done',
        errorUrl: 'https://example.com/failed',
        userAgent: 'Acme Corp Onboarding/2.0',
        authUrl: 'http://127.0.0.1:9999/oauth2/token',
        accountUrl: 'http://localhost:9999/api/v1/accounts',
      },
    );
  });

  it('names the missing credential when only one is set', () => {
    assert.match(configError({ JUMIO_CLIENT_ID: 'id-4711' }), /JUMIO_CLIENT_SECRET is missing/);
    assert.match(configError({ JUMIO_CLIENT_SECRET: 'secret-0815' }), /JUMIO_CLIENT_ID is missing/);
  });

  it('names each invalid variable and what it must be', () => {
    const message = configError({
      ...credentials,
      JUMIO_DC: 'mars',
      JUMIO_WORKFLOW_KEY: 'ten',
      JUMIO_TOKEN_LIFETIME: '1m',
      JUMIO_SUCCESS_URL: 'not a url',
      JUMIO_ERROR_URL: `https://example.com/${'x'.repeat(250)}`,
      JUMIO_USER_AGENT: 'Acme\nInjected: yes',
      JUMIO_AUTH_URL: 'http://auth.example.com/oauth2/token',
      JUMIO_ACCOUNT_URL: 'ftp://127.0.0.1/accounts',
      DEMO_SIMULATOR_PORT: '70000',
    });
    for (const expected of [
      'JUMIO_DC must be us, eu or sg',
      'JUMIO_WORKFLOW_KEY must be a workflow definition key',
      'JUMIO_TOKEN_LIFETIME must be from 5m to 60d (got 1m)',
      'JUMIO_SUCCESS_URL must be an absolute URL',
      'JUMIO_ERROR_URL must be at most 255 characters long',
      'JUMIO_USER_AGENT must be printable ASCII',
      'JUMIO_AUTH_URL must be an https URL',
      'JUMIO_ACCOUNT_URL must be an https URL',
      'DEMO_SIMULATOR_PORT must be a port number',
    ]) {
      assert.ok(message.includes(expected), `${expected}\nin\n${message}`);
    }
  });

  it('never quotes a credential, even an invalid one', () => {
    const message = configError({
      JUMIO_CLIENT_ID: 'id with zebra',
      JUMIO_CLIENT_SECRET: 'secret "walrus"',
    });
    assert.match(message, /JUMIO_CLIENT_ID must be the value from the Customer Portal/);
    assert.match(message, /JUMIO_CLIENT_SECRET must be the value from the Customer Portal/);
    assert.doesNotMatch(message, /zebra|walrus/);
  });

  it('keeps the credentials out of logs and JSON', () => {
    const { jumio } = readDemoConfig(credentials);
    const printed = [
      inspect(jumio, { depth: 5 }),
      JSON.stringify(jumio),
      String(jumio?.clientSecret),
    ];
    for (const text of printed) {
      assert.doesNotMatch(text, /id-4711|secret-0815/);
    }
  });
});
