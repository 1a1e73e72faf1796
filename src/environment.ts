import type { WarningDetail } from './events.js';
import { CLIENT_FRAME_ALLOW } from './protocol/embedding.js';

/** Chromium's permissions-policy objects; not in lib.dom. */
interface Policy {
  allowsFeature(feature: string): boolean;
}
interface PolicyDocument extends Document {
  permissionsPolicy?: Policy;
  featurePolicy?: Policy;
}
interface PolicyFrame extends HTMLIFrameElement {
  featurePolicy?: Policy;
}

/**
 * Why the client in `frame` will not get the camera, if it will not (seed: "Embedding in an
 * iFrame": camera capture needs an https page and `allow="camera"` on every iframe up to the top).
 * Image upload may still work, so this is a warning.
 */
export function cameraProblem(frame: HTMLIFrameElement): WarningDetail | undefined {
  const document = frame.ownerDocument as PolicyDocument;
  // The element's own window, not document.defaultView, which <img name="defaultView"> shadows.
  if (!window.isSecureContext) {
    return {
      reason: 'insecure-context',
      message:
        'jumio-verify: this page is not a secure context (it is not served over https), so ' +
        'browsers block the camera in the verification iframe and users can only upload ' +
        'images. Serve the page over https.',
    };
  }
  // Chromium answers for the very document the iframe loads: its policy sums up the iframe's allow
  // attribute, every iframe above this page, and this page's own Permissions-Policy header (where
  // `camera=(self)` keeps the camera from the client's origin). Elsewhere, ask about the page.
  const policy =
    (frame as PolicyFrame).featurePolicy ?? document.permissionsPolicy ?? document.featurePolicy;
  if (policy && !policy.allowsFeature('camera')) {
    const origin = new URL(frame.src).origin;
    return {
      reason: 'camera-blocked',
      message:
        `jumio-verify: the camera is not allowed for ${origin}, so users can only upload ` +
        `images. Add allow="${CLIENT_FRAME_ALLOW}" to every iframe around this page, and let ` +
        `its Permissions-Policy header allow the camera for that origin ` +
        `(camera=(self "${origin}")), or use mode="window".`,
    };
  }
  return undefined;
}
