// Traditional Chinese (Hong Kong) texts of <jumio-verify>: see src/texts.ts for where each appears.
// Register: "你", as Hong Kong apps and banks write in Traditional Chinese.
import type { Texts } from '../texts.js';

export default {
  launch: '驗證身份',
  frameTitle: '身份驗證',
  loading: '正在載入身份驗證…',
  ready: '身份驗證已準備就緒。',
  refreshing: '驗證時段已逾時，正在重新開始…',
  retrying: '所需時間比平常長，正在重試…',
  done: '謝謝，你的證件已提交驗證。',
  opened: '請在另一個分頁繼續驗證。',
  resume: '顯示驗證分頁',
  noCamera: '無法在此頁面使用你的相機。',
  continueInTab: '在新分頁繼續',
  tryAgain: '重試',
  unavailable: '身份驗證暫時未能使用，請稍後再試。',
  timedOut: '身份驗證未能啟動。',
  errorNetwork: '未能連接驗證服務。',
  errorCamera: '未能使用你的相機進行驗證。',
  errorExpired: '你的驗證時段已逾時。',
  errorAttempts: '多次嘗試後仍未能完成驗證。',
  errorDenied: '此驗證連結已失效。',
  errorOther: '驗證時出現問題。',
} satisfies Texts;
