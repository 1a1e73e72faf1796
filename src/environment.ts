import type { WarningDetail } from './events.js';

/** Chromium's `document.featurePolicy` (or its successor `permissionsPolicy`); not in lib.dom. */
interface PolicyDocument extends Document {
  permissionsPolicy?: { allowsFeature(feature: string): boolean };
  featurePolicy?: { allowsFeature(feature: string): boolean };
}

/**
 * Why the client will not get the camera in an iframe on this document, if it will not (seed:
 * "Embedding in an iFrame": camera capture needs an https page, and `allow="camera"` on every
 * iframe up to the top). Image upload may still work, so this is a warning, not an error.
 */
export function cameraProblem(document: Document): WarningDetail | undefined {
  const view = document.defaultView;
  if (view && !view.isSecureContext) {
    return {
      reason: 'insecure-context',
      message:
        'jumio-verify: this page is not a secure context (it is not served over https), so ' +
        'browsers block the camera in the verification iframe and users can only upload ' +
        'images. Serve the page over https.',
    };
  }
  const policy = (document as PolicyDocument).permissionsPolicy ?? (document as PolicyDocument).featurePolicy;
  if (policy && !policy.allowsFeature('camera')) {
    return {
      reason: 'camera-blocked',
      message:
        'jumio-verify: this page is inside an iframe that does not allow the camera, so users ' +
        'can only upload images. Add allow="camera;fullscreen;accelerometer;gyroscope;' +
        'magnetometer" to every iframe around it, or use mode="window".',
    };
  }
  return undefined;
}
