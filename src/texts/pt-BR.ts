// Brazilian Portuguese texts of <jumio-verify>: see src/texts.ts for where each appears.
// Register: "você" (implied: "sua", "Continue"), as Brazilian banks and fintechs write.
import type { Texts } from '../texts.js';

export default {
  launch: 'Verificar identidade',
  frameTitle: 'Verificação de identidade',
  loading: 'Carregando a verificação de identidade…',
  ready: 'A verificação de identidade está pronta.',
  refreshing: 'Sua sessão expirou. Recomeçando…',
  retrying: 'Está demorando mais que o normal. Tentando de novo…',
  done: 'Obrigado. Seus documentos foram enviados para verificação.',
  opened: 'Continue a verificação na outra aba.',
  resume: 'Mostrar a aba da verificação',
  noCamera: 'Não é possível usar sua câmera nesta página.',
  continueInTab: 'Continuar em uma nova aba',
  tryAgain: 'Tentar de novo',
  unavailable: 'A verificação de identidade está indisponível no momento. Tente mais tarde.',
  timedOut: 'Não foi possível iniciar a verificação de identidade.',
  errorNetwork: 'Não foi possível conectar ao serviço de verificação.',
  errorCamera: 'Não foi possível usar sua câmera para a verificação.',
  errorExpired: 'Sua sessão de verificação expirou.',
  errorAttempts: 'Não foi possível concluir a verificação após várias tentativas.',
  errorDenied: 'Este link de verificação não é mais válido.',
  errorOther: 'Ocorreu um problema na verificação.',
} satisfies Texts;
