// Hebrew texts of <jumio-verify>: see src/texts.ts for where each appears.
// Register: neutral and polite, without gendered verbs: buttons in the infinitive ("לנסות שוב"),
// requests with "יש" / "נא", status lines in the impersonal plural ("מנסים שוב").
import type { Texts } from '../texts.js';

export default {
  launch: 'לאמת את הזהות',
  frameTitle: 'אימות זהות',
  loading: 'אימות הזהות נטען…',
  ready: 'אימות הזהות מוכן.',
  refreshing: 'פרק הזמן לאימות הסתיים. מתחילים מחדש…',
  retrying: 'זה נמשך יותר זמן מהרגיל. מנסים שוב…',
  done: 'תודה. המסמכים שלך נשלחו לאימות.',
  opened: 'יש להמשיך את האימות בכרטיסייה האחרת.',
  resume: 'לעבור לכרטיסיית האימות',
  noCamera: 'לא ניתן להשתמש במצלמה בדף הזה.',
  continueInTab: 'להמשיך בכרטיסייה חדשה',
  tryAgain: 'לנסות שוב',
  unavailable: 'אימות הזהות אינו זמין כרגע. נא לנסות שוב מאוחר יותר.',
  timedOut: 'לא ניתן היה להתחיל את אימות הזהות.',
  errorNetwork: 'לא הצלחנו להתחבר לשירות האימות.',
  errorCamera: 'לא ניתן היה להשתמש במצלמה לצורך האימות.',
  errorExpired: 'פרק הזמן לאימות הסתיים.',
  errorAttempts: 'לא ניתן היה להשלים את האימות גם אחרי כמה ניסיונות.',
  errorDenied: 'קישור האימות הזה כבר אינו בתוקף.',
  errorOther: 'אירעה בעיה באימות.',
} satisfies Texts;
