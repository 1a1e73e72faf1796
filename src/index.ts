// The package: everything public, and <jumio-verify> defined on import.
import './define.js';

export * from './element.js';
