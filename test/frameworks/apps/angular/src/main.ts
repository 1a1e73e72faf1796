import { bootstrapApplication } from '@angular/platform-browser';
import 'jumio-verify';
import { App } from './app/app';

bootstrapApplication(App).catch((error: unknown) => {
  console.error(error);
});
