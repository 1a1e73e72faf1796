/** What the element itself says to the user, besides what the client says in its iframe. */
export const TEXTS = {
  /** The launcher's label, in a tab's stead (`mode="window"`). */
  launch: 'Verify your identity',
  /** While the flow goes on in another tab. */
  opened: 'Continue your verification in the other tab.',
  /** The button that brings that tab back. */
  resume: 'Show the verification tab',
  /** Where the camera cannot work in the iframe but would in a tab. */
  noCamera: 'Your camera cannot be used on this page.',
  /** The button that moves the flow to a tab. */
  continueInTab: 'Continue in a new tab',
};

/** The element's texts in one language. */
export type Texts = typeof TEXTS;
