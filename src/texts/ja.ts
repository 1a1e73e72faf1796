// Japanese texts of <jumio-verify>: see src/texts.ts for where each appears.
// Register: polite です・ます, with honorifics where the user is asked to act, as Japanese banks write.
import type { Texts } from '../texts.js';

export default {
  launch: '本人確認を始める',
  frameTitle: '本人確認',
  loading: '本人確認を読み込んでいます…',
  ready: '本人確認の準備ができました。',
  refreshing: 'セッションの有効期限が切れたため、やり直しています…',
  retrying: '通常より時間がかかっています。再試行しています…',
  done: 'ありがとうございます。本人確認書類を送信しました。',
  opened: '別のタブで本人確認を続けてください。',
  resume: '本人確認のタブを表示',
  noCamera: 'このページではカメラを使用できません。',
  continueInTab: '新しいタブで続ける',
  tryAgain: 'もう一度試す',
  unavailable: '現在、本人確認をご利用いただけません。しばらくしてからもう一度お試しください。',
  timedOut: '本人確認を開始できませんでした。',
  errorNetwork: '本人確認サービスに接続できませんでした。',
  errorCamera: '本人確認にカメラを使用できませんでした。',
  errorExpired: '本人確認のセッションの有効期限が切れました。',
  errorAttempts: '何度かお試しいただきましたが、本人確認を完了できませんでした。',
  errorDenied: 'この本人確認のリンクは使用できなくなりました。',
  errorOther: '本人確認中に問題が発生しました。',
} satisfies Texts;
