// German texts of <jumio-verify>: see src/texts.ts for where each appears.
// Register: "Sie", as German banks address their customers.
import type { Texts } from '../texts.js';

export default {
  launch: 'Identität bestätigen',
  frameTitle: 'Identitätsprüfung',
  loading: 'Die Identitätsprüfung wird geladen…',
  ready: 'Die Identitätsprüfung kann beginnen.',
  refreshing: 'Ihre Sitzung ist abgelaufen. Wir starten eine neue…',
  retrying: 'Das dauert länger als üblich. Wir versuchen es erneut…',
  done: 'Vielen Dank. Ihre Dokumente wurden zur Prüfung übermittelt.',
  opened: 'Bitte setzen Sie die Identitätsprüfung im anderen Tab fort.',
  resume: 'Tab der Identitätsprüfung anzeigen',
  noCamera: 'Ihre Kamera kann auf dieser Seite nicht verwendet werden.',
  continueInTab: 'In neuem Tab fortfahren',
  tryAgain: 'Erneut versuchen',
  unavailable:
    'Die Identitätsprüfung ist derzeit nicht verfügbar. Bitte versuchen Sie es später erneut.',
  timedOut: 'Die Identitätsprüfung konnte nicht gestartet werden.',
  errorNetwork: 'Der Dienst für die Identitätsprüfung ist nicht erreichbar.',
  errorCamera: 'Ihre Kamera konnte für die Identitätsprüfung nicht verwendet werden.',
  errorExpired: 'Ihre Sitzung für die Identitätsprüfung ist abgelaufen.',
  errorAttempts: 'Die Identitätsprüfung konnte nach mehreren Versuchen nicht abgeschlossen werden.',
  errorDenied: 'Dieser Link zur Identitätsprüfung ist nicht mehr gültig.',
  errorOther: 'Bei der Identitätsprüfung ist ein Problem aufgetreten.',
} satisfies Texts;
