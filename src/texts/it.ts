// Italian texts of <jumio-verify>: see src/texts.ts for where each appears.
// Register: "tu", as Italian banking and payment apps write today.
import type { Texts } from '../texts.js';

export default {
  launch: 'Verifica la tua identità',
  frameTitle: 'Verifica dell’identità',
  loading: 'Caricamento della verifica dell’identità…',
  ready: 'La verifica dell’identità è pronta.',
  refreshing: 'La tua sessione è scaduta. Riavvio in corso…',
  retrying: 'Ci vuole più tempo del solito. Nuovo tentativo in corso…',
  done: 'Grazie. I tuoi documenti sono stati inviati per la verifica.',
  opened: 'Continua la verifica nell’altra scheda.',
  resume: 'Mostra la scheda della verifica',
  noCamera: 'Non è possibile usare la fotocamera in questa pagina.',
  continueInTab: 'Continua in una nuova scheda',
  tryAgain: 'Riprova',
  unavailable: 'La verifica dell’identità non è disponibile al momento. Riprova più tardi.',
  timedOut: 'Non è stato possibile avviare la verifica dell’identità.',
  errorNetwork: 'Non è stato possibile contattare il servizio di verifica.',
  errorCamera: 'Non è stato possibile usare la fotocamera per la verifica.',
  errorExpired: 'La tua sessione di verifica è scaduta.',
  errorAttempts: 'Non è stato possibile completare la verifica dopo diversi tentativi.',
  errorDenied: 'Questo link di verifica non è più valido.',
  errorOther: 'C’è stato un problema durante la verifica.',
} satisfies Texts;
