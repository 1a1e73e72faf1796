// French texts of <jumio-verify>: see src/texts.ts for where each appears.
// Register: "vous", as French banks address their customers.
import type { Texts } from '../texts.js';

export default {
  launch: 'Vérifier mon identité',
  frameTitle: 'Vérification d’identité',
  loading: 'Chargement de la vérification d’identité…',
  ready: 'La vérification d’identité est prête.',
  refreshing: 'Votre session a expiré. Redémarrage en cours…',
  retrying: 'C’est plus long que d’habitude. Nouvelle tentative…',
  done: 'Merci. Vos documents ont été envoyés pour vérification.',
  opened: 'Poursuivez la vérification dans l’autre onglet.',
  resume: 'Afficher l’onglet de vérification',
  noCamera: 'Votre caméra ne peut pas être utilisée sur cette page.',
  continueInTab: 'Continuer dans un nouvel onglet',
  tryAgain: 'Réessayer',
  unavailable: 'La vérification d’identité est indisponible pour le moment. Réessayez plus tard.',
  timedOut: 'La vérification d’identité n’a pas pu démarrer.',
  errorNetwork: 'Impossible de joindre le service de vérification.',
  errorCamera: 'Votre caméra n’a pas pu être utilisée pour la vérification.',
  errorExpired: 'Votre session de vérification a expiré.',
  errorAttempts: 'La vérification n’a pas pu aboutir malgré plusieurs tentatives.',
  errorDenied: 'Ce lien de vérification n’est plus valide.',
  errorOther: 'Un problème est survenu pendant la vérification.',
} satisfies Texts;
