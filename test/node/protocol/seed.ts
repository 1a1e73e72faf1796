/**
 * The seed's "After the User Journey > errorCode" list, copied here by hand, character for
 * character, as the oracle the error code table and the redirect parser are checked against.
 * Note that the seed writes 9821 without a final period.
 */
export const SEED_ERROR_CODES: readonly (readonly [code: number, description: string])[] = [
  [9100, 'Error occurred on our server.'],
  [9200, 'Authorization token missing, invalid, or expired.'],
  [9210, 'Session expired after the user journey started.'],
  [9300, 'Error occurred transmitting image to our server.'],
  [9400, 'Error occurred during verification step.'],
  [9800, 'User has no network connection.'],
  [9801, 'Unexpected error occurred in the client.'],
  [9810, 'Problem while communicating with our server.'],
  [9820, 'File upload not enabled and camera unavailable.'],
  [9821, 'The biometric face capture process failed, e.g. issue with iProov'],
  [9822, 'Browser does not support camera.'],
  [9835, 'No acceptable submission in 3 attempts.'],
  [9836, 'Authentication Failure.'],
];
