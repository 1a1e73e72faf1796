// The demo's camera pre-flight switch: `?preflight=<reason>` makes this page look to
// <jumio-verify> the way a page looks where camera capture cannot work, so that every outcome of
// the element's pre-flight (src/environment.ts, src/protocol/capability.ts) can be seen without an
// http server, an iPhone or an app. demo.ts imports this module before the element's, since the
// element reads the page when it first configures itself.
//
// All but one are simulated, on this page only: a property the element reads is redefined. The
// policy one is real: the demo server sends the page with `Permissions-Policy: camera=(self)`
// (demo/server/vite-plugin.ts), which keeps the camera from every frame on another origin.
import type { CaptureReason } from '../src/protocol/index.js';

export interface Preflight {
  /** The reason the element should find; `undefined`: the page as it is. */
  readonly reason: CaptureReason | undefined;
  /** The switch's option. */
  readonly label: string;
  /** How the page is made to look that way, for the note above the stage. */
  readonly how: string;
  /** True when only this page's view of itself changed, not the browser or the server. */
  readonly simulated: boolean;
}

/** A native iOS WebView (WKWebView): iOS, WebKit, and no `Safari/` token. */
const IOS_WEBVIEW =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148';
/** Instagram's browser on Android. */
const IN_APP_BROWSER =
  'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/126.0.0.0 Mobile Safari/537.36 Instagram 334.0.0.42.95 Android';

const AS_FOUND: Preflight = {
  reason: undefined,
  label: 'as found',
  how: 'The element checks this page and browser as they are.',
  simulated: false,
};

/** Every outcome the switch offers, in its order. */
export const PREFLIGHTS: readonly Preflight[] = [
  AS_FOUND,
  {
    reason: 'insecure-context',
    label: 'http page',
    how: 'window.isSecureContext reads false here, as on a page served over http.',
    simulated: true,
  },
  {
    reason: 'camera-blocked',
    label: 'camera blocked by policy',
    how:
      'Not simulated: the demo server sent this page with Permissions-Policy: camera=(self), so ' +
      'no frame on another origin gets the camera. The element finds out from its iframe’s own ' +
      'policy once the iframe is in (Chromium; other browsers do not tell).',
    simulated: false,
  },
  {
    reason: 'no-camera-api',
    label: 'no camera API',
    how: 'navigator.mediaDevices reads undefined here, as in a browser without a camera API.',
    simulated: true,
  },
  {
    reason: 'ios-webview',
    label: 'iOS WebView',
    how: `navigator.userAgent reads as a native iOS WebView's: “${IOS_WEBVIEW}”.`,
    simulated: true,
  },
  {
    reason: 'in-app-browser',
    label: 'in-app browser',
    how: `navigator.userAgent reads as Instagram's browser: “${IN_APP_BROWSER}”.`,
    simulated: true,
  },
];

/** The `?preflight=` of this page's URL, if it names one of PREFLIGHTS. */
export const preflight: Preflight =
  PREFLIGHTS.find(
    ({ reason }) => reason && reason === new URLSearchParams(location.search).get('preflight'),
  ) ?? AS_FOUND;

/** Redefines `name` on `target` (an own property shadows the prototype's getter). */
function pretend(target: object, name: string, value: unknown): void {
  Object.defineProperty(target, name, { configurable: true, get: () => value });
}

switch (preflight.reason) {
  case 'insecure-context':
    pretend(window, 'isSecureContext', false);
    break;
  case 'no-camera-api':
    pretend(navigator, 'mediaDevices', undefined);
    break;
  case 'ios-webview':
    pretend(navigator, 'userAgent', IOS_WEBVIEW);
    break;
  case 'in-app-browser':
    pretend(navigator, 'userAgent', IN_APP_BROWSER);
    break;
  case 'camera-blocked': // the server's header
  case undefined:
    break;
}
