// Polish texts of <jumio-verify>: see src/texts.ts for where each appears.
// Register: informal "ty", as Polish banking apps write today, only in forms that do not show
// the user's gender (imperatives, possessives, impersonal "nie udało się").
import type { Texts } from '../texts.js';

export default {
  launch: 'Zweryfikuj tożsamość',
  frameTitle: 'Weryfikacja tożsamości',
  loading: 'Ładowanie weryfikacji tożsamości…',
  ready: 'Weryfikacja tożsamości jest gotowa.',
  refreshing: 'Twoja sesja wygasła. Zaczynamy od nowa…',
  retrying: 'Trwa to dłużej niż zwykle. Próbujemy ponownie…',
  done: 'Dziękujemy. Twoje dokumenty zostały przesłane do weryfikacji.',
  opened: 'Kontynuuj weryfikację w drugiej karcie.',
  resume: 'Pokaż kartę weryfikacji',
  noCamera: 'Na tej stronie nie można użyć kamery.',
  continueInTab: 'Kontynuuj w nowej karcie',
  tryAgain: 'Spróbuj ponownie',
  unavailable: 'Weryfikacja tożsamości jest teraz niedostępna. Spróbuj ponownie później.',
  timedOut: 'Nie udało się rozpocząć weryfikacji tożsamości.',
  errorNetwork: 'Nie udało się połączyć z usługą weryfikacji.',
  errorCamera: 'Nie udało się użyć kamery do weryfikacji.',
  errorExpired: 'Twoja sesja weryfikacji wygasła.',
  errorAttempts: 'Nie udało się ukończyć weryfikacji mimo kilku prób.',
  errorDenied: 'Ten link do weryfikacji jest już nieważny.',
  errorOther: 'Podczas weryfikacji wystąpił problem.',
} satisfies Texts;
