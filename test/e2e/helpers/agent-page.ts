import type { BrowserContext, Page } from 'playwright-core';
import type { FormField } from '../../../shared/model/form-field';
import type { Service } from '../../../shared/model/service';
import { todayIso } from '../../../shared/validation';
import { createEnrollment } from '../../../sync-server/domain/enrollment';
import { validValueFor } from '../../fixtures/answers';
import type { Fault, TestServer } from '../../helpers/test-server';

/** Drives the field-agent app (`/agent`) the way an agent does: through its screens. */
export class AgentPage {
  constructor(
    readonly page: Page,
    readonly server: TestServer,
  ) {}

  static async open(context: BrowserContext, server: TestServer, path = '/agent'): Promise<AgentPage> {
    const page = await context.newPage();
    page.on('pageerror', (error) => console.error(`[page error] ${error.message}`));
    await page.goto(`${server.url}${path}`);
    return new AgentPage(page, server);
  }

  /** Enrolls this browser as a device of `secretariatCode` with a fresh one-time code. */
  async enroll(secretariatCode: string, name = 'Ravi Kumar'): Promise<void> {
    const { code } = await createEnrollment(this.server.store, { name, secretariatCode }, new Date());
    await this.page.getByTestId('enroll-code').fill(code);
    await this.page.getByTestId('enroll-submit').click();
    await this.page.getByTestId('service-search').waitFor();
  }

  /**
   * Waits until the service worker is active with the shell precached, so the app opens with
   * no network from the next navigation on.
   */
  async waitUntilOfflineReady(): Promise<void> {
    await this.page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      for (;;) {
        const names = await caches.keys();
        const cached = await Promise.all(names.map(async (name) => (await (await caches.open(name)).keys()).length));
        if (cached.some((count) => count > 0)) return;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    });
  }

  /**
   * Takes the phone off the network by stopping the server from answering anyone: pages,
   * service worker and sync worker all lose it. (Chromium's offline emulation alone does not
   * reach dedicated workers, nor requests a service worker passes on.)
   */
  static async goOffline(context: BrowserContext, server: TestServer): Promise<void> {
    await context.setOffline(true);
    await server.pause();
  }

  static async goOnline(context: BrowserContext, server: TestServer): Promise<void> {
    await server.resume();
    await context.setOffline(false);
  }

  /** This device's bearer token, as the app stored it at enrollment. */
  async token(): Promise<string> {
    return this.page.evaluate(
      () =>
        new Promise<string>((resolve, reject) => {
          const open = indexedDB.open('seva');
          open.onerror = () => reject(new Error(String(open.error)));
          open.onsuccess = () => {
            const read = open.result.transaction('meta').objectStore('meta').get('enrollment');
            read.onsuccess = () => {
              open.result.close();
              resolve((read.result as { value: { token: string } }).value.token);
            };
            read.onerror = () => reject(new Error(String(read.error)));
          };
        }),
    );
  }

  /**
   * Takes only this phone off the network while others stay on: the browser goes offline and
   * the server cuts every connection that carries this device's token.
   */
  async loseNetwork(context: BrowserContext): Promise<() => Promise<void>> {
    const authorization = `Bearer ${await this.token()}`;
    const fault: Fault = { match: (req) => req.get('authorization') === authorization, kind: 'cut', times: Infinity };
    this.server.faults.push(fault);
    await context.setOffline(true);
    return async () => {
      fault.times = 0;
      await context.setOffline(false);
    };
  }

  async goto(path: string): Promise<void> {
    await this.page.goto(`${this.server.url}${path}`);
  }

  /** Opens a service's form by searching for it, as an agent would. */
  async openServiceBySearch(query: string, serviceId: string): Promise<void> {
    await this.page.getByTestId('nav-home').click();
    await this.page.getByTestId('service-search').fill(query);
    await this.page.locator(`[data-testid="service-result"][data-service-id="${serviceId}"]`).first().click();
    await this.page.getByTestId('application-form').waitFor();
  }

  /** Answers every required field (and `extra`) with valid values, through the inputs. */
  async fillForm(service: Service, extra: Record<string, string> = {}): Promise<void> {
    const today = todayIso(new Date());
    for (const field of service.fields) {
      if (field.key in extra) {
        await this.page.getByTestId(`field-${field.key}`).fill(extra[field.key] ?? '');
        continue;
      }
      if (!field.required) continue;
      await this.answer(field, today);
    }
  }

  private async answer(field: FormField, today: string): Promise<void> {
    const input = this.page.getByTestId(`field-${field.key}`);
    const value = validValueFor(field, today);
    switch (field.type) {
      case 'select':
        await input.selectOption(String(value));
        return;
      case 'yesno':
        await this.page.getByTestId(`field-${field.key}-${value ? 'yes' : 'no'}`).check();
        return;
      case 'location': {
        const point = value as { latitude: number; longitude: number };
        await this.page.getByTestId(`field-${field.key}-lat`).fill(String(point.latitude));
        await this.page.getByTestId(`field-${field.key}-lng`).fill(String(point.longitude));
        return;
      }
      case 'photo':
      case 'document':
        await input.setInputFiles({
          name: 'proof.jpg',
          mimeType: 'image/jpeg',
          buffer: Buffer.from([0xff, 0xd8, 0xff, 0xd9]),
        });
        return;
      case 'text':
      case 'textarea':
      case 'number':
      case 'date':
      case 'aadhaar':
      case 'mobile':
      case 'pincode':
      case 'email':
        await input.fill(String(value));
        return;
    }
  }

  /** Submits the open form and returns the reference number the app shows the citizen. */
  async submit(): Promise<string> {
    await this.page.getByTestId('submit').click();
    // The filed screen shows a placeholder until the new request's row is read back.
    const handle = await this.page.waitForFunction(() => {
      const text = document.querySelector('[data-testid="reference-number"]')?.textContent?.trim() ?? '';
      return /^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]$/.test(text) ? text : false;
    });
    return (await handle.jsonValue()) as string;
  }

  /**
   * The outbox items' states once no push is in flight (a sync attempt that fails offline
   * shows `sending` for a moment before the items fall back to `queued`).
   */
  async outboxStates(): Promise<string[]> {
    await this.page.getByTestId('nav-outbox').click();
    await this.page.getByTestId('outbox-list').or(this.page.getByTestId('outbox-empty')).first().waitFor();
    await this.page.waitForFunction(
      () => document.querySelectorAll('[data-testid="outbox-item"][data-state="sending"]').length === 0,
    );
    return this.page
      .locator('[data-testid="outbox-item"]')
      .evaluateAll((items) => items.map((item) => item.getAttribute('data-state') ?? ''));
  }

  /** Asks for a sync now, as the agent's "Sync now" button does. */
  async syncNow(): Promise<void> {
    await this.page.getByTestId('nav-outbox').click();
    await this.page.getByTestId('sync-now').click();
  }

  /** Waits until a pull has brought the request into the device's database at `version` or later. */
  async waitForRequestVersion(requestId: string, version: number, timeoutMs = 30_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const stored = await this.page.evaluate(
        (id) =>
          new Promise<number>((resolve, reject) => {
            const open = indexedDB.open('seva');
            open.onerror = () => reject(new Error(String(open.error)));
            open.onsuccess = () => {
              const read = open.result.transaction('requests').objectStore('requests').get(id);
              read.onsuccess = () => {
                open.result.close();
                resolve((read.result as { version?: number } | undefined)?.version ?? 0);
              };
              read.onerror = () => reject(new Error(String(read.error)));
            };
          }),
        requestId,
      );
      if (stored >= version) return;
      if (Date.now() > deadline) throw new Error(`request ${requestId} is at version ${stored}, not ${version}`);
      await this.syncNow();
      await this.page.waitForTimeout(200);
    }
  }

  /** Changes answers of a filed application through its amend screen. */
  async amend(requestId: string, answers: Record<string, string>): Promise<void> {
    await this.goto(`/agent/requests/${requestId}/amend`);
    await this.page.getByTestId('edit-form').waitFor();
    for (const [key, value] of Object.entries(answers)) await this.page.getByTestId(`field-${key}`).fill(value);
    await this.page.getByTestId('edit-form').getByTestId('submit').click();
    await this.page.getByTestId('edit-form').waitFor({ state: 'detached' });
  }

  /** The outbox rows' states as stored in the device's IndexedDB (not as a screen shows them). */
  async storedOutboxStates(): Promise<string[]> {
    return this.page.evaluate(
      () =>
        new Promise<string[]>((resolve, reject) => {
          const open = indexedDB.open('seva');
          open.onerror = () => reject(new Error(String(open.error)));
          open.onsuccess = () => {
            const read = open.result.transaction('outbox').objectStore('outbox').getAll();
            read.onsuccess = () => {
              open.result.close();
              resolve((read.result as { state: { kind: string } }[]).map((row) => row.state.kind));
            };
            read.onerror = () => reject(new Error(String(read.error)));
          };
        }),
    );
  }

  /** Waits until the device's outbox holds nothing left to send (read from IndexedDB, not the screen). */
  async waitForOutboxDrained(timeoutMs = 60_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const states = await this.storedOutboxStates();
      if (!states.some((state) => state === 'queued' || state === 'sending')) return;
      if (Date.now() > deadline) throw new Error(`the outbox did not drain: ${states.join(', ')}`);
      await this.page.waitForTimeout(100);
    }
  }
}
