import type { EnvironmentFacts } from './protocol/capability.js';

/** Chromium's Permissions Policy objects (`featurePolicy`); not in lib.dom. */
interface Policy {
  allowsFeature(feature: string): boolean;
}
interface PolicyDocument extends Document {
  featurePolicy?: Policy;
}
interface PolicyFrame extends HTMLIFrameElement {
  featurePolicy?: Policy;
}

/**
 * What the page can know about capture without asking for the camera (seed: "Embedding in an
 * iFrame": camera capture needs an https page and `allow="camera"` on every iframe up to the top):
 * a secure context, a camera API, the user agent, and whether this document's own policy has the
 * camera (not when a frame around the page lacks `allow="camera"`). Browsers without a policy API
 * (Firefox, Safari) say nothing about it. Read from the element's own window, not
 * `document.defaultView`, which `<img name="defaultView">` shadows.
 */
export function probeEnvironment(document: Document): EnvironmentFacts {
  return {
    secureContext: window.isSecureContext,
    mediaDevices: typeof navigator.mediaDevices === 'object',
    userAgent: navigator.userAgent,
    cameraAllowed:
      (document as PolicyDocument).featurePolicy?.allowsFeature('camera') === false
        ? false
        : undefined,
  };
}

/**
 * Whether the client in `frame` gets the camera, by the frame's own policy, once it is in the
 * document: Chromium answers for the very document the frame loads, which sums up its `allow`, the
 * policy of every frame above it and this page's `Permissions-Policy` header (where
 * `camera=(self)` keeps the camera from the client's origin). `undefined` where no browser API
 * tells.
 */
export function frameAllowsCamera(frame: HTMLIFrameElement): boolean | undefined {
  return (frame as PolicyFrame).featurePolicy?.allowsFeature('camera');
}

/**
 * Where no policy API tells (Firefox, Safari): whether the browser denies this page the camera.
 * Inside a frame whose `allow` lacks the camera, every engine answers `denied`, as it does after
 * the user refused the camera to the page; either way the client's iframe will not get it. (A
 * `Permissions-Policy` header that keeps the camera from the client's origin only stays unseen.)
 */
export async function cameraDenied(): Promise<boolean> {
  try {
    const status = await navigator.permissions.query({ name: 'camera' });
    return status.state === 'denied';
  } catch {
    return false; // no Permissions API, or no camera permission in it
  }
}
