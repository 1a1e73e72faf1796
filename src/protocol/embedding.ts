/**
 * The iframe permissions the hosted client asks for in Jumio's current embedding guide, plus
 * `allowfullscreen`: the camera and motion sensors for document and biometric face capture (the
 * seed's "Embedding in an iFrame > Biometric Face Capture" lists those), autoplay for the camera
 * preview, and the clipboard for its cross-device link.
 */
export const CLIENT_FRAME_ALLOW =
  'camera;autoplay;fullscreen;clipboard-read;clipboard-write;accelerometer;gyroscope;magnetometer';

/** The client's iframe's accessible name in English: renderClientFrame's, and the element's. */
export const CLIENT_FRAME_TITLE = 'Identity verification';

/**
 * The domains Jumio serves its hosted client from. A client on one of them may move between their
 * hosts (a redirect on Jumio's side), so messages from any https origin on them count as the
 * client's; an href elsewhere is shown, but only its own origin is heard.
 */
export const JUMIO_DOMAINS = [
  'jumio.ai',
  'jumio.com',
  'netverify.com',
  'jumio.link',
  'jumiopp.link',
];

/** True for `hostname` on one of {@link JUMIO_DOMAINS}, or one of their subdomains. */
export function isJumioHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return JUMIO_DOMAINS.some((domain) => host === domain || host.endsWith(`.${domain}`));
}

/**
 * True when a message from `origin` may come from the client shown at `clientUrl`: its own origin,
 * or, for an https client on Jumio's domains, any https origin on those domains.
 */
export function isClientOrigin(clientUrl: URL, origin: string): boolean {
  if (origin === clientUrl.origin) return true;
  if (clientUrl.protocol !== 'https:' || !isJumioHost(clientUrl.hostname)) return false;
  try {
    const from = new URL(origin);
    return from.protocol === 'https:' && isJumioHost(from.hostname);
  } catch {
    return false; // "null", an opaque origin
  }
}
