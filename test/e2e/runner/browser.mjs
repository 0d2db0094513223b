// Headless Debian chromium driven by playwright-core (from the tools folder; it downloads no browser).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** @returns {Promise<{ page: any, close: () => Promise<void> }>} */
export async function launchBrowser(tools, { width = 1280, height = 800 } = {}) {
  const { chromium } = tools.loadPlaywright();
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'un-res-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: tools.chromium,
    headless: true,
    args: FLAGS,
    viewport: { width, height },
    env: { ...process.env, XDG_CONFIG_HOME: path.join(profile, 'xdg-config'), XDG_CACHE_HOME: path.join(profile, 'xdg-cache') },
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const close = async () => {
    await context.close().catch(() => {});
    fs.rmSync(profile, { recursive: true, force: true });
  };
  return { page, close };
}
