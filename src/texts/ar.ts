// Arabic texts of <jumio-verify>: see src/texts.ts for where each appears.
// Register: Modern Standard Arabic, formal; verbal nouns and impersonal forms ("يُرجى", "تعذّر")
// instead of imperatives, which would address a man or a woman.
import type { Texts } from '../texts.js';

export default {
  launch: 'التحقق من الهوية',
  frameTitle: 'التحقق من الهوية',
  loading: 'جارٍ تحميل التحقق من الهوية…',
  ready: 'أصبح التحقق من الهوية جاهزًا.',
  refreshing: 'انتهت صلاحية الجلسة. جارٍ البدء من جديد…',
  retrying: 'يستغرق الأمر وقتًا أطول من المعتاد. جارٍ إعادة المحاولة…',
  done: 'شكرًا. تم إرسال المستندات للتحقق منها.',
  opened: 'يُرجى متابعة التحقق في علامة التبويب الأخرى.',
  resume: 'عرض علامة تبويب التحقق',
  noCamera: 'لا يمكن استخدام الكاميرا في هذه الصفحة.',
  continueInTab: 'المتابعة في علامة تبويب جديدة',
  tryAgain: 'إعادة المحاولة',
  unavailable: 'التحقق من الهوية غير متاح حاليًا. يُرجى المحاولة مرة أخرى لاحقًا.',
  timedOut: 'تعذّر بدء التحقق من الهوية.',
  errorNetwork: 'تعذّر الاتصال بخدمة التحقق.',
  errorCamera: 'تعذّر استخدام الكاميرا للتحقق.',
  errorExpired: 'انتهت صلاحية جلسة التحقق.',
  errorAttempts: 'تعذّر إكمال التحقق بعد عدة محاولات.',
  errorDenied: 'لم يعد بالإمكان استخدام رابط التحقق هذا.',
  errorOther: 'حدثت مشكلة أثناء التحقق.',
} satisfies Texts;
