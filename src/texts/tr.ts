// Turkish texts of <jumio-verify>: see src/texts.ts for where each appears.
// Register: "siz" in messages, as Turkish banks write; buttons use the bare verb ("Tekrar dene"),
// as Turkish interfaces do.
import type { Texts } from '../texts.js';

export default {
  launch: 'Kimlik doğrulamayı başlat',
  frameTitle: 'Kimlik doğrulama',
  loading: 'Kimlik doğrulama yükleniyor…',
  ready: 'Kimlik doğrulama hazır.',
  refreshing: 'Oturumunuzun süresi doldu. Yeniden başlatılıyor…',
  retrying: 'Bu işlem normalden uzun sürüyor. Yeniden deneniyor…',
  done: 'Teşekkür ederiz. Belgeleriniz doğrulama için gönderildi.',
  opened: 'Lütfen doğrulamaya diğer sekmede devam edin.',
  resume: 'Doğrulama sekmesini göster',
  noCamera: 'Kameranız bu sayfada kullanılamıyor.',
  continueInTab: 'Yeni sekmede devam et',
  tryAgain: 'Tekrar dene',
  unavailable: 'Kimlik doğrulama şu anda kullanılamıyor. Lütfen daha sonra tekrar deneyin.',
  timedOut: 'Kimlik doğrulama başlatılamadı.',
  errorNetwork: 'Doğrulama hizmetine ulaşılamadı.',
  errorCamera: 'Kameranız doğrulama için kullanılamadı.',
  errorExpired: 'Doğrulama oturumunuzun süresi doldu.',
  errorAttempts: 'Doğrulama birkaç denemeye rağmen tamamlanamadı.',
  errorDenied: 'Bu doğrulama bağlantısı artık geçerli değil.',
  errorOther: 'Doğrulama sırasında bir sorun oluştu.',
} satisfies Texts;
