// Second e2e phase: the extension as users get it. Packages the .vsix (npm run package), installs it
// with code-server's --install-extension into a fresh extensions folder, starts code-server WITHOUT
// extensionDevelopmentPath, opens the sample draft in chromium and reads the workbench: the language
// in the status bar, the Outline (the server's document symbols) and the Problems panel (its
// diagnostics, among them the citation date check, which needs the shipped catalogue).
import fs from 'node:fs';
import path from 'node:path';
import { launchBrowser } from '../runner/browser.mjs';
import { installExtension, remoteUri, startCodeServer, workbenchUrl } from '../runner/codeServer.mjs';
import { ensureTools } from '../runner/tools.mjs';
import { packageVsix } from '../runner/vsix.mjs';
import { showOutline, showProblems, waitForLanguage, WAIT } from '../runner/workbench.mjs';
import { makeRunDir, repoRoot, samples } from '../runner/workspace.mjs';
import { INSTALLED_FILES } from '../../support/packageContents.mjs';

const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
const EXTENSION_FOLDER = `${manifest.publisher}.${manifest.name}-${manifest.version}`;
const DRAFT = 'draft-with-errors.unres';
const DRAFT_TITLE = 'Cooperation between the United Nations and the Shanghai Cooperation Organization';

function filesUnder(dir, prefix = '') {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const relative = prefix + entry.name;
    return entry.isDirectory() ? filesUnder(path.join(dir, entry.name), `${relative}/`) : [relative];
  });
}

function expect(condition, message) {
  if (!condition) throw new Error(message);
}

/**
 * Runs the checks in order; a check whose predecessor failed is counted as failed too, so the
 * counts never shrink when something breaks early. Never throws.
 * @param {{ print?: (line: string) => void, keep?: boolean }} [options]
 * @returns {Promise<{ passed: number, failed: number, durationMs: number }>}
 */
export async function runInstallTest({ print = console.log, keep = false } = {}) {
  const t0 = Date.now();
  const run = makeRunDir('un-res-install-', samples);
  const vsix = path.join(run.runDir, `${manifest.name}-${manifest.version}.vsix`);
  const state = path.join(run.runDir, 'state');
  let tools;
  let server;
  let browser;
  let page;
  let blocker;
  let passed = 0;
  let failed = 0;

  /** `blocking: false` for checks that later ones do not depend on. */
  const check = async (name, body, { blocking = true } = {}) => {
    if (blocker) {
      failed++;
      print(`  ✗ ${name} (not reached: "${blocker}" failed)`);
      return;
    }
    const started = Date.now();
    try {
      await body();
      passed++;
      print(`  ✓ ${name} (${Date.now() - started} ms)`);
    } catch (error) {
      failed++;
      if (blocking) blocker = name;
      const message = String(error instanceof Error ? error.message : error).replace(/\x1b\[[0-9;]*m/g, ''); // playwright colours
      print(`  ✗ ${name}\n    ${message.replace(/\n/g, '\n    ')}`);
    }
  };

  print('installed .vsix in code-server');
  try {
    await check('npm run package builds the .vsix', async () => {
      await packageVsix(vsix);
      expect(fs.statSync(vsix).size > 0, `${vsix} is empty`);
    });

    let installed;
    await check('code-server --install-extension installs it', async () => {
      tools = ensureTools();
      const extensions = await installExtension({ tools, stateDir: state, vsix });
      installed = path.join(extensions, EXTENSION_FOLDER);
      expect(fs.existsSync(installed), `no ${EXTENSION_FOLDER} in ${extensions}: ${fs.readdirSync(extensions).join(', ')}`);
    });

    await check('the installed extension holds exactly the shipped files, without source maps', async () => {
      const files = filesUnder(installed).sort();
      expect(JSON.stringify(files) === JSON.stringify(INSTALLED_FILES),
        `installed files:\n  ${files.join('\n  ')}\nexpected:\n  ${INSTALLED_FILES.join('\n  ')}`);
      for (const bundle of ['dist/client.js', 'dist/server.js']) {
        expect(!fs.readFileSync(path.join(installed, bundle), 'utf8').includes('sourceMappingURL'), `${bundle} points at a source map`);
      }
    }, { blocking: false });

    await check(`the draft opens in UN Resolution mode (the installed manifest's language)`, async () => {
      server = await startCodeServer({ tools, stateDir: state, timeoutMs: 60_000 });
      browser = await launchBrowser(tools, { width: 1280, height: 800 });
      page = browser.page;
      // No extensionDevelopmentPath: the extension can only come from the extensions folder.
      await page.goto(workbenchUrl(server.port, run.workspace, [
        ['openFile', remoteUri(server.port, path.join(run.workspace, DRAFT))],
        ['skipWelcome', 'true'],
      ]));
      await waitForLanguage(page, 'UN Resolution');
    });

    await check('the Outline shows the title and paragraphs (the language server answers)', async () => {
      const rows = await showOutline(page);
      await rows.filter({ hasText: DRAFT_TITLE }).first().waitFor(WAIT);
      await rows.filter({ hasText: 'Preamble' }).first().waitFor(WAIT);
    });

    await check('the Problems panel lists the numbering gap and the date the catalogue contradicts', async () => {
      const rows = await showProblems(page);
      await rows.filter({ hasText: 'paragraph 4 is missing' }).first().waitFor(WAIT);
      // A document's diagnostics arrive together. The adoption date comes from the catalogue: proof
      // that assets/catalog.tsv shipped and loads.
      await rows.filter({ hasText: '77/338 was adopted on 1 September 2023' }).first().waitFor({ timeout: 10_000 });
    });
  } finally {
    if (blocker && page) {
      const file = path.join(repoRoot, '.test-artifacts', 'install-failure.png');
      fs.mkdirSync(path.dirname(file), { recursive: true });
      if (await page.screenshot({ path: file }).then(() => true, () => false)) print(`  (screenshot: ${path.relative(repoRoot, file)})`);
    }
    await browser?.close();
    await server?.stop();
    if (keep) print(`[install] kept ${run.runDir}`);
    else run.remove();
  }
  return { passed, failed, durationMs: Date.now() - t0 };
}
