// Urdu texts of <jumio-verify>: see src/texts.ts for where each appears.
// Register: "آپ" with the polite imperative ("کریں"), as Pakistani banks write; passive forms
// where a past tense would show the user's gender.
import type { Texts } from '../texts.js';

export default {
  launch: 'اپنی شناخت کی تصدیق کریں',
  frameTitle: 'شناخت کی تصدیق',
  loading: 'شناخت کی تصدیق لوڈ ہو رہی ہے…',
  ready: 'شناخت کی تصدیق تیار ہے۔',
  refreshing: 'آپ کا سیشن ختم ہو گیا۔ دوبارہ شروع کیا جا رہا ہے…',
  retrying: 'اس میں معمول سے زیادہ وقت لگ رہا ہے۔ دوبارہ کوشش کی جا رہی ہے…',
  done: 'شکریہ۔ آپ کی دستاویزات تصدیق کے لیے بھیج دی گئی ہیں۔',
  opened: 'براہ کرم دوسرے ٹیب میں تصدیق جاری رکھیں۔',
  resume: 'تصدیق کا ٹیب دکھائیں',
  noCamera: 'اس صفحے پر آپ کا کیمرہ استعمال نہیں کیا جا سکتا۔',
  continueInTab: 'نئے ٹیب میں جاری رکھیں',
  tryAgain: 'دوبارہ کوشش کریں',
  unavailable: 'شناخت کی تصدیق اس وقت دستیاب نہیں ہے۔ براہ کرم بعد میں دوبارہ کوشش کریں۔',
  timedOut: 'شناخت کی تصدیق شروع نہیں ہو سکی۔',
  errorNetwork: 'تصدیق کی سروس سے رابطہ نہیں ہو سکا۔',
  errorCamera: 'تصدیق کے لیے آپ کا کیمرہ استعمال نہیں ہو سکا۔',
  errorExpired: 'آپ کا تصدیق کا سیشن ختم ہو گیا ہے۔',
  errorAttempts: 'کئی کوششوں کے بعد بھی تصدیق مکمل نہیں ہو سکی۔',
  errorDenied: 'یہ تصدیق کا لنک اب استعمال نہیں کیا جا سکتا۔',
  errorOther: 'تصدیق کے دوران کوئی مسئلہ پیش آیا۔',
} satisfies Texts;
