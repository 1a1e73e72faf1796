// Simplified Chinese texts of <jumio-verify>: see src/texts.ts for where each appears.
// Register: "您", as mainland banks and payment apps address their users.
import type { Texts } from '../texts.js';

export default {
  launch: '验证身份',
  frameTitle: '身份验证',
  loading: '正在加载身份验证…',
  ready: '身份验证已准备就绪。',
  refreshing: '会话已过期，正在重新开始…',
  retrying: '所需时间比平时长，正在重试…',
  done: '谢谢，您的证件已提交验证。',
  opened: '请在另一个标签页中继续验证。',
  resume: '显示验证标签页',
  noCamera: '此页面无法使用您的摄像头。',
  continueInTab: '在新标签页中继续',
  tryAgain: '重试',
  unavailable: '身份验证暂时无法使用，请稍后再试。',
  timedOut: '身份验证未能启动。',
  errorNetwork: '无法连接到验证服务。',
  errorCamera: '无法使用您的摄像头进行验证。',
  errorExpired: '您的验证会话已过期。',
  errorAttempts: '多次尝试后仍未能完成验证。',
  errorDenied: '此验证链接已失效。',
  errorOther: '验证过程中出现问题。',
} satisfies Texts;
