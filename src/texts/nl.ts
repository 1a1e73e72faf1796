// Dutch texts of <jumio-verify>: see src/texts.ts for where each appears.
// Register: "je", as Dutch banking apps write today.
import type { Texts } from '../texts.js';

export default {
  launch: 'Identiteit bevestigen',
  frameTitle: 'Identiteitscontrole',
  loading: 'De identiteitscontrole wordt geladen…',
  ready: 'De identiteitscontrole staat klaar.',
  refreshing: 'Je sessie is verlopen. We beginnen opnieuw…',
  retrying: 'Dit duurt langer dan normaal. We proberen het opnieuw…',
  done: 'Bedankt. Je documenten zijn ter controle verstuurd.',
  opened: 'Ga verder met de controle in het andere tabblad.',
  resume: 'Tabblad met de controle tonen',
  noCamera: 'Je camera kan op deze pagina niet worden gebruikt.',
  continueInTab: 'Doorgaan in een nieuw tabblad',
  tryAgain: 'Opnieuw proberen',
  unavailable: 'De identiteitscontrole is nu niet beschikbaar. Probeer het later opnieuw.',
  timedOut: 'De identiteitscontrole kon niet worden gestart.',
  errorNetwork: 'We konden de dienst voor de controle niet bereiken.',
  errorCamera: 'Je camera kon niet worden gebruikt voor de controle.',
  errorExpired: 'Je sessie voor de controle is verlopen.',
  errorAttempts: 'De controle kon na meerdere pogingen niet worden afgerond.',
  errorDenied: 'Deze link voor de controle is niet meer geldig.',
  errorOther: 'Er ging iets mis bij de controle.',
} satisfies Texts;
