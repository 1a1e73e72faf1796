// European Portuguese texts of <jumio-verify>: see src/texts.ts for where each appears.
// Register: the polite third person without "você" ("a sua", "Tente"), as Portuguese banks write.
import type { Texts } from '../texts.js';

export default {
  launch: 'Verificar identidade',
  frameTitle: 'Verificação de identidade',
  loading: 'A carregar a verificação de identidade…',
  ready: 'A verificação de identidade está pronta.',
  refreshing: 'A sua sessão expirou. A recomeçar…',
  retrying: 'Está a demorar mais do que o habitual. A tentar novamente…',
  done: 'Obrigado. Os seus documentos foram enviados para verificação.',
  opened: 'Continue a verificação no outro separador.',
  resume: 'Mostrar o separador da verificação',
  noCamera: 'Não é possível utilizar a câmara nesta página.',
  continueInTab: 'Continuar num novo separador',
  tryAgain: 'Tentar novamente',
  unavailable: 'A verificação de identidade está indisponível de momento. Tente mais tarde.',
  timedOut: 'Não foi possível iniciar a verificação de identidade.',
  errorNetwork: 'Não foi possível contactar o serviço de verificação.',
  errorCamera: 'Não foi possível utilizar a câmara para a verificação.',
  errorExpired: 'A sua sessão de verificação expirou.',
  errorAttempts: 'Não foi possível concluir a verificação após várias tentativas.',
  errorDenied: 'Este link de verificação já não é válido.',
  errorOther: 'Ocorreu um problema com a verificação.',
} satisfies Texts;
