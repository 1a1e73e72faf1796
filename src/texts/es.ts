// Spanish texts of <jumio-verify>: see src/texts.ts for where each appears.
// Register: "tú", as Spanish and Latin American banking apps write today; also read in es-MX.
import type { Texts } from '../texts.js';

export default {
  launch: 'Verificar identidad',
  frameTitle: 'Verificación de identidad',
  loading: 'Cargando la verificación de identidad…',
  ready: 'La verificación de identidad está lista.',
  refreshing: 'Tu sesión ha expirado. Empezando de nuevo…',
  retrying: 'Está tardando más de lo habitual. Reintentando…',
  done: 'Gracias. Tus documentos se han enviado para su verificación.',
  opened: 'Continúa la verificación en la otra pestaña.',
  resume: 'Mostrar la pestaña de verificación',
  noCamera: 'No se puede usar tu cámara en esta página.',
  continueInTab: 'Continuar en una pestaña nueva',
  tryAgain: 'Reintentar',
  unavailable: 'La verificación de identidad no está disponible ahora. Inténtalo más tarde.',
  timedOut: 'No se ha podido iniciar la verificación de identidad.',
  errorNetwork: 'No se ha podido conectar con el servicio de verificación.',
  errorCamera: 'No se ha podido usar tu cámara para la verificación.',
  errorExpired: 'Tu sesión de verificación ha expirado.',
  errorAttempts: 'No se ha podido completar la verificación tras varios intentos.',
  errorDenied: 'Este enlace de verificación ya no es válido.',
  errorOther: 'Se ha producido un problema con la verificación.',
} satisfies Texts;
