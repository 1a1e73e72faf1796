/**
 * The iframe permissions the hosted client needs for camera and biometric face capture (seed:
 * "Embedding in an iFrame > Biometric Face Capture"): `allow` with these, plus `allowfullscreen`.
 */
export const CLIENT_FRAME_ALLOW = 'camera;fullscreen;accelerometer;gyroscope;magnetometer';
