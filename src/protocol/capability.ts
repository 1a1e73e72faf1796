import { CLIENT_FRAME_ALLOW } from './embedding.js';

/**
 * Why camera capture will not work for the client, found without asking for the camera:
 * - `insecure-context`: the page is not served over https (browsers give no camera to http);
 * - `camera-blocked`: a Permissions Policy keeps the camera from the client's origin (a parent frame
 *   without `allow="camera"`, or the page's own `Permissions-Policy` header);
 * - `no-camera-api`: the browser has no `navigator.mediaDevices`;
 * - `ios-webview`: a native iOS WebView, where the seed's "Supported Environments" allows image
 *   upload only;
 * - `in-app-browser`: the browser inside a social or messaging app, whose camera the app rarely
 *   passes on.
 * The first two are about this page, and a new tab (a top-level page of the client's own) gets
 * around them; the others are about the browser, and a tab would not help.
 */
export type CaptureReason =
  'insecure-context' | 'camera-blocked' | 'no-camera-api' | 'ios-webview' | 'in-app-browser';

/** What the page can know about the browser and its policies, for one client origin. */
export interface EnvironmentFacts {
  readonly secureContext: boolean;
  readonly mediaDevices: boolean;
  readonly userAgent: string;
  /** Whether the Permissions Policy allows the camera for the client's origin; `undefined`: no API. */
  readonly cameraAllowed: boolean | undefined;
}

/** What the element found about capture for its client: `capture` false when it will not work. */
export interface Capability {
  readonly capture: boolean;
  readonly reasons: readonly CaptureReason[];
  /** Every reason is one a new tab gets around: offering one helps. */
  readonly tabHelps: boolean;
}

/** Where nothing is known yet: capture is assumed to work. */
export const UNKNOWN_CAPABILITY: Capability = { capture: true, reasons: [], tabHelps: false };

/** Tokens of apps that open links in a browser of their own. */
const IN_APP =
  /\b(FBAN|FBAV|FB_IAB|Instagram|Line\/|MicroMessenger|Twitter|Snapchat|LinkedInApp|TikTok|BytedanceWebview|musical_ly|Pinterest)\b/;

/**
 * The browser a user agent names, where capture will not work in it: an in-app browser, or a
 * native iOS WebView (iOS, WebKit, and no `Safari/` token, which Safari and SFSafariViewController,
 * the seed's "iOS Safari WebView", send).
 */
export function browserProblem(userAgent: string): CaptureReason | undefined {
  if (IN_APP.test(userAgent)) return 'in-app-browser';
  if (/\b(iPhone|iPad|iPod)\b/.test(userAgent) && /AppleWebKit/.test(userAgent)) {
    return /Safari\//.test(userAgent) ? undefined : 'ios-webview';
  }
  return undefined;
}

/** What the facts say about capture. */
export function captureCapability(facts: EnvironmentFacts): Capability {
  const reasons: CaptureReason[] = [];
  if (!facts.secureContext) reasons.push('insecure-context');
  else if (!facts.mediaDevices) reasons.push('no-camera-api');
  if (facts.cameraAllowed === false) reasons.push('camera-blocked');
  const browser = browserProblem(facts.userAgent);
  if (browser) reasons.push(browser);
  return {
    capture: reasons.length === 0,
    reasons,
    tabHelps:
      reasons.length > 0 &&
      reasons.every((reason) => reason === 'insecure-context' || reason === 'camera-blocked'),
  };
}

/** What each reason means for the user, and what to change: the `jumio-warning` messages. */
export function captureWarning(reason: CaptureReason, origin: string): string {
  const uploadOnly = 'so users can only upload images';
  switch (reason) {
    case 'insecure-context':
      return (
        'jumio-verify: this page is not a secure context (it is not served over https), so ' +
        `browsers block the camera in the verification iframe and ${uploadOnly}. Serve the page ` +
        'over https, or let users continue in a new tab (fallback="auto", the default).'
      );
    case 'camera-blocked':
      return (
        `jumio-verify: the camera is not allowed for ${origin} here (a Permissions Policy, or ` +
        `an earlier refusal), ${uploadOnly}. Add ` +
        `allow="${CLIENT_FRAME_ALLOW}" to every iframe around this page, and let its ` +
        `Permissions-Policy header allow the camera for that origin (camera=(self "${origin}")), ` +
        'or let users continue in a new tab (fallback="auto", the default).'
      );
    case 'no-camera-api':
      return `jumio-verify: this browser has no camera API (navigator.mediaDevices), ${uploadOnly}.`;
    case 'ios-webview':
      return (
        `jumio-verify: this is a native iOS WebView, where the client supports image upload only, ` +
        `${uploadOnly}: enable image upload for the workflow (seed: "Supported Environments"), or ` +
        'open the flow in Safari.'
      );
    case 'in-app-browser':
      return (
        `jumio-verify: this is an app's built-in browser, which seldom passes the camera on, ` +
        `${uploadOnly} there. Suggest opening the page in the phone's browser.`
      );
  }
}
