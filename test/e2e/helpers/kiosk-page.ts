import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';

/** Chromium's fake camera, showing `y4mFile` in a loop and granting camera access without asking. */
export function fakeCameraFlags(y4mFile?: string): string[] {
  return [
    '--use-fake-ui-for-media-stream',
    '--use-fake-device-for-media-stream',
    ...(y4mFile ? [`--use-file-for-fake-video-capture=${y4mFile}`] : []),
  ];
}

export interface ShownVerdict {
  status: string;
  reason: string;
  title: string;
}

/** Drives kiosk mode (`/kiosk`) the way a person at the kiosk does: camera, photo, "scan next". */
export class KioskPage {
  constructor(readonly page: Page) {}

  static async open(context: BrowserContext, baseUrl: string): Promise<KioskPage> {
    const page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (error) => console.error(`[kiosk page error] ${error.message}`));
    await page.goto(`${baseUrl}/kiosk`);
    await page.getByTestId('kiosk-scan').or(page.getByTestId('kiosk-verdict')).first().waitFor();
    return new KioskPage(page);
  }

  /** The time the kiosk's cached lists are current to, or '' when it has none. */
  async dataAsOf(): Promise<string> {
    return (await this.page.getByTestId('kiosk-data-as-of').getAttribute('data-at')) ?? '';
  }

  /** Waits until the kiosk holds lists fetched after `after` (ISO), i.e. it has refreshed since. */
  async waitForDataAfter(after = '', timeoutMs = 30_000): Promise<string> {
    const handle = await this.page.waitForFunction(
      (since) => {
        const at = document.querySelector('[data-testid="kiosk-data-as-of"]')?.getAttribute('data-at') ?? '';
        return at !== '' && at > since ? at : false;
      },
      after,
      { timeout: timeoutMs },
    );
    return (await handle.jsonValue()) as string;
  }

  /** Enters the kiosk token in the settings, as whoever sets the kiosk up does once. */
  async saveToken(token: string): Promise<string> {
    const settings = this.page.getByTestId('kiosk-settings');
    if ((await settings.getAttribute('open')) === null) await settings.locator('summary').click();
    await this.page.getByTestId('kiosk-token').fill(token);
    await this.page.getByTestId('kiosk-token-save').click();
    return (await this.page.getByTestId('kiosk-token-message').textContent()) ?? '';
  }

  /** The verdict on the screen, once there is one. */
  async verdict(timeoutMs = 30_000): Promise<ShownVerdict> {
    const verdict = this.page.getByTestId('kiosk-verdict');
    await verdict.waitFor({ timeout: timeoutMs });
    return {
      status: (await verdict.getAttribute('data-status')) ?? '',
      reason: (await verdict.getAttribute('data-reason')) ?? '',
      title: (await this.page.getByTestId('kiosk-verdict-title').textContent()) ?? '',
    };
  }

  /** A signed detail the verdict shows (`name`, `number`, …), or undefined when it shows none. */
  async claim(key: string): Promise<string | undefined> {
    const cell = this.page.getByTestId(`claim-${key}`);
    return (await cell.count()) ? ((await cell.textContent()) ?? undefined) : undefined;
  }

  async scanNext(): Promise<void> {
    await this.page.getByTestId('kiosk-scan-next').click();
    await this.page.getByTestId('kiosk-scan').waitFor();
  }

  /** Chooses a photo of a certificate, as a person with the QR on their phone does. */
  async upload(png: Buffer, name = 'certificate.png'): Promise<ShownVerdict> {
    await this.page.getByTestId('kiosk-upload').setInputFiles({ name, mimeType: 'image/png', buffer: png });
    return this.verdict();
  }

  /** Waits until the service worker has the shell precached, so `/kiosk` opens with no network. */
  async waitUntilOfflineReady(): Promise<void> {
    await this.page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      for (;;) {
        const names = await caches.keys();
        const cached = await Promise.all(names.map(async (n) => (await (await caches.open(n)).keys()).length));
        if (cached.some((count) => count > 0)) return;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    });
  }

  async setLanguage(language: 'en' | 'te'): Promise<void> {
    const current = await this.page.evaluate(() => document.documentElement.lang);
    if (current !== language) await this.page.getByTestId('language-toggle').click();
    await this.page.waitForFunction((lang) => document.documentElement.lang === lang, language);
  }

  /**
   * Saves screenshots of the screen in English and Telugu, at phone and tablet width, when
   * SEVA_SCREENSHOTS_DIR names a directory: for people to look at, not for comparison.
   */
  async screenshots(name: string): Promise<void> {
    const dir = process.env.SEVA_SCREENSHOTS_DIR;
    if (!dir) return;
    mkdirSync(dir, { recursive: true });
    const original = this.page.viewportSize();
    for (const [width, height] of [
      [360, 740],
      [1024, 768],
    ] as const) {
      await this.page.setViewportSize({ width, height });
      for (const language of ['en', 'te'] as const) {
        await this.setLanguage(language);
        await this.page.screenshot({ path: join(dir, `${name}-${language}-${width}.png`), fullPage: true });
      }
    }
    await this.setLanguage('en');
    if (original) await this.page.setViewportSize(original);
  }
}
