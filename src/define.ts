import { JumioVerifyElement } from './jumio-verify.js';

// Importing the package defines <jumio-verify>; a page that wants another tag (or a scoped
// registry) imports 'jumio-verify/element' and calls JumioVerifyElement.define(tag, registry).
JumioVerifyElement.define();
