// The package: everything public, and <jumio-verify> defined on import. A page that wants another
// tag (or a scoped registry) imports 'jumio-verify/element' and calls
// JumioVerifyElement.define(tag, registry) instead.
import { JumioVerifyElement } from './jumio-verify.js';

export * from './element.js';

JumioVerifyElement.define();
