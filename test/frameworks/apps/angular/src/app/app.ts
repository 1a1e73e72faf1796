// The check's page in Angular: the bare tag under CUSTOM_ELEMENTS_SCHEMA, bound with [property]
// and (event); strictTemplates types each $event by the element's event map (the package declares
// its events on HTMLElementEventMap), so record() takes them without a cast.
import { Component, CUSTOM_ELEMENTS_SCHEMA, signal } from '@angular/core';
import type { SessionProvider } from 'jumio-verify';
import { firstHref, provideSession, record, secondHref } from '../probe';
import { Verify } from './verify';

@Component({
  selector: 'app-root',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  imports: [Verify],
  template: `
    <main>
      <button id="change" (click)="href.set(secondHref())">Change the href</button>
      <button id="clear" (click)="href.set(null)">Clear the href</button>
      <button id="provider" (click)="sessionProvider.set(provideSession)">
        Set a session provider
      </button>
      <button id="toggle" (click)="shown.set(!shown())">Mount or unmount</button>
      @if (shown()) {
        <jumio-verify
          [href]="href()"
          [sessionProvider]="sessionProvider()"
          locale="en-GB"
          (jumio-loaded)="record('(jumio-loaded)', $event)"
          (jumio-success)="record('(jumio-success)', $event)"
          (jumio-error)="record('(jumio-error)', $event)"
          (jumio-config-error)="record('(jumio-config-error)', $event)"
          (jumio-timeout)="record('(jumio-timeout)', $event)"
          (jumio-warning)="record('(jumio-warning)', $event)"
          (jumio-refresh)="record('(jumio-refresh)', $event)"
        ></jumio-verify>
      }
      <!-- The README's component: compiled and bundled with the page, not shown. -->
      @if (href() === 'never') {
        <app-verify [href]="href() ?? ''" />
      }
    </main>
  `,
})
export class App {
  protected readonly href = signal<string | null>(firstHref());
  protected readonly sessionProvider = signal<SessionProvider | null>(null);
  protected readonly shown = signal(true);
  protected readonly secondHref = secondHref;
  protected readonly provideSession = provideSession;
  protected readonly record = record;
}
