// UI check (npm run ui:screenshots): opens the seed export in the real workbench with the extension
// loaded, opens the Problems panel, expands the Outline view, hovers over the citation "59/48" and
// saves screenshots into .test-artifacts/. Not part of the test run: look at the pictures.
import fs from 'node:fs';
import path from 'node:path';
import { launchBrowser } from '../runner/browser.mjs';
import { remoteUri, startCodeServer, workbenchUrl } from '../runner/codeServer.mjs';
import { ensureTools } from '../runner/tools.mjs';
import { makeRunDir, repoRoot } from '../runner/workspace.mjs';

const FILE = 'shanghai-cooperation-export.txt';
const HOVER_TEXT = '59/48';
const OUT = path.join(repoRoot, '.test-artifacts');
const WAIT = { timeout: 60_000 };

/** Screen rectangle of the first occurrence of `needle` in the editor, across token spans. */
function rectOfText(needle) {
  for (const line of document.querySelectorAll('.monaco-editor .view-lines .view-line')) {
    const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
    const nodes = [];
    let text = '';
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      nodes.push({ node, start: text.length });
      text += node.textContent;
    }
    const at = text.indexOf(needle);
    if (at < 0) continue;
    const locate = (offset) => {
      const hit = nodes.findLast((n) => n.start <= offset);
      return [hit.node, offset - hit.start];
    };
    const range = document.createRange();
    range.setStart(...locate(at));
    range.setEnd(...locate(at + needle.length - 1));
    const { x, y, width, height } = range.getBoundingClientRect();
    return { x, y, width, height };
  }
  return null;
}

async function setPaneExpanded(header, expanded) {
  await header.waitFor(WAIT);
  if (((await header.getAttribute('aria-expanded')) === 'true') !== expanded) await header.click();
}

async function capture(page) {
  const shots = [];
  const shot = async (name, target = page) => {
    const file = path.join(OUT, name);
    await target.screenshot({ path: file });
    shots.push(file);
  };

  await page.locator('.monaco-editor .view-lines').first().waitFor(WAIT);
  // The client switches the .txt export to UN Resolution mode after it opens.
  await page.locator('#status\\.editor\\.mode').filter({ hasText: 'UN Resolution' }).waitFor(WAIT);

  await page.keyboard.press('Control+Shift+M');
  await page.locator('.markers-panel').waitFor(WAIT);

  // Room for the Outline: fold the file tree above it, unfold the Outline.
  await setPaneExpanded(page.locator('.pane', { has: page.locator('.explorer-folders-view') }).locator('.pane-header'), false);
  await setPaneExpanded(page.locator('.pane-header[aria-label^="Outline"]'), true);
  const outlineRows = page.locator('.outline-pane .monaco-list-row');
  await outlineRows.filter({ hasText: 'Preamble' }).first().waitFor(WAIT);
  console.log('outline rows:', JSON.stringify(await outlineRows.allInnerTexts()));

  const rect = await page.waitForFunction(rectOfText, HOVER_TEXT, WAIT).then((h) => h.jsonValue());
  await page.mouse.move(rect.x + rect.width / 2, rect.y + rect.height / 2);
  // Workbench tooltips are .monaco-hover too: wait for the one about the citation.
  const hover = page.locator('.monaco-hover:not(.hidden)').filter({ hasText: HOVER_TEXT }).first();
  await hover.waitFor(WAIT);
  console.log('hover:', JSON.stringify(await hover.innerText()));

  await shot('ui-workbench.png');
  await shot('ui-hover.png', hover);
  await shot('ui-outline.png', page.locator('.pane-body.outline-pane, .outline-pane').first());
  await shot('ui-problems.png', page.locator('.part.panel'));
  return shots;
}

async function main() {
  fs.mkdirSync(OUT, { recursive: true });
  const tools = ensureTools();
  const run = makeRunDir('un-res-ui-');
  let server;
  let browser;
  try {
    server = await startCodeServer({ tools, stateDir: run.runDir, timeoutMs: 60_000 });
    browser = await launchBrowser(tools, { width: 1400, height: 900 });
    const { page } = browser;
    page.on('pageerror', (error) => console.error('[page error]', error.message));
    await page.goto(workbenchUrl(server.port, run.workspace, [
      ['extensionDevelopmentPath', remoteUri(server.port, repoRoot)],
      ['openFile', remoteUri(server.port, path.join(run.workspace, FILE))],
      ['skipWelcome', 'true'],
    ]));
    try {
      for (const file of await capture(page)) console.log('saved', path.relative(repoRoot, file));
    } catch (error) {
      const file = path.join(OUT, 'ui-failure.png');
      await page.screenshot({ path: file }).catch(() => {});
      throw new Error(`${error.message}\n(see ${path.relative(repoRoot, file)})`);
    }
  } finally {
    await browser?.close();
    await server?.stop();
    run.remove();
  }
}

main().catch((error) => {
  console.error('UI check failed:', error.message);
  process.exitCode = 1;
});
