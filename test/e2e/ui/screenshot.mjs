// UI check (npm run ui:screenshots): packages the extension and installs the .vsix, as a user would,
// opens samples/ in the real workbench, shows the Outline of the genuine UN export and hovers over
// its citation "59/48", then opens the draft with mistakes, hovers over a catalogued citation,
// opens the Problems panel and puts the cursor on a cross-reference (its paragraph lights up),
// then shows the Outline and Problems of a draft under negotiation, and the Outline of a session's
// volume. Saves screenshots into .test-artifacts/. Not part of the test run: look at the pictures
// (the README's images/ are picked from them).
import fs from 'node:fs';
import path from 'node:path';
import { launchBrowser } from '../runner/browser.mjs';
import { installExtension, remoteUri, startCodeServer, workbenchUrl } from '../runner/codeServer.mjs';
import { ensureTools } from '../runner/tools.mjs';
import { packageVsix } from '../runner/vsix.mjs';
import { clickOnText, hoverOverText, openByName, resizePanel, resizeSideBar, showOutline, showProblems, waitForLanguage, WAIT } from '../runner/workbench.mjs';
import { makeRunDir, repoRoot, samples } from '../runner/workspace.mjs';

const EXPORT = 'A_RES_67_15.export.txt';
const DRAFT = 'draft-with-errors.unres';
const NEGOTIATION = 'negotiation-draft.unres';
const VOLUME = 'session-volume.pdf-copy.txt';
const HOVER_TEXT = '59/48'; // in the export; not in the catalogue (no roll call)
const CATALOGUED_TEXT = '77/338'; // in the draft; the catalogue knows its title, date and vote
const OUT = path.join(repoRoot, '.test-artifacts');
// Whole paragraphs in view, and no minimap beside them.
const SETTINGS = { 'editor.wordWrap': 'on', 'editor.minimap.enabled': false };

async function capture(page) {
  const shots = [];
  const shot = async (name, options = {}) => {
    const file = path.join(OUT, name);
    await page.screenshot({ path: file, ...options });
    shots.push(file);
  };

  // The client switches the .txt export to UN Resolution mode after it opens.
  await waitForLanguage(page, 'UN Resolution');
  await resizeSideBar(page, 460);
  const outlineRows = await showOutline(page);
  await outlineRows.filter({ hasText: 'Preamble' }).first().waitFor(WAIT);
  console.log('outline rows:', JSON.stringify(await outlineRows.allInnerTexts()));
  await shot('ui-outline.png');

  const hover = await hoverOverText(page, HOVER_TEXT);
  console.log('hover:', JSON.stringify(await hover.innerText()));
  await shot('ui-hover.png', { clip: await around(page, hover) });

  await openByName(page, DRAFT);
  await waitForLanguage(page, 'UN Resolution');
  const catalogued = await hoverOverText(page, CATALOGUED_TEXT);
  console.log('hover:', JSON.stringify(await catalogued.innerText()));
  await shot('ui-hover-catalogue.png', { clip: await around(page, catalogued) });
  await page.keyboard.press('Escape');

  const problems = await showProblems(page);
  await problems.filter({ hasText: 'paragraph 4 is missing' }).first().waitFor(WAIT);
  console.log('problems:', JSON.stringify(await problems.allInnerTexts()));
  // The whole draft above, the problems' full messages below.
  await resizePanel(page, 150);
  await resizeSideBar(page, 360);
  await shot('ui-problems.png');

  // The cursor on "paragraph 3 above": paragraph 3's number and the reference light up.
  await clickOnText(page, '3 above');
  await page.locator('.monaco-editor .wordHighlightStrong').first().waitFor(WAIT);
  console.log('highlights:', await page.locator('.monaco-editor .wordHighlight, .monaco-editor .wordHighlightStrong').count());
  await shot('ui-highlights.png');

  // A draft under negotiation: PP and OP labels in the Outline, and the label used twice.
  await openByName(page, NEGOTIATION);
  await waitForLanguage(page, 'UN Resolution');
  await resizePanel(page, 200);
  // The Outline is still open from the first file; it now follows this one.
  const negotiationRows = page.locator('.outline-pane .monaco-list-row');
  await negotiationRows.filter({ hasText: 'OP3 alt' }).first().waitFor(WAIT);
  console.log('negotiation outline rows:', JSON.stringify(await negotiationRows.allInnerTexts()));
  const negotiationProblems = await showProblems(page);
  await negotiationProblems.filter({ hasText: 'OP2 is used twice' }).first().waitFor(WAIT);
  await shot('ui-negotiation.png');

  // A session's volume: one Outline entry per resolution, under its title.
  await openByName(page, VOLUME);
  await waitForLanguage(page, 'UN Resolution');
  const volumeRows = page.locator('.outline-pane .monaco-list-row');
  await volumeRows.filter({ hasText: '80/4. Necessity of ending' }).first().waitFor(WAIT);
  console.log('volume outline rows:', JSON.stringify(await volumeRows.allInnerTexts()));
  await shot('ui-session.png');
  return shots;
}

/** The hover and the editor text around it, as a screenshot clip cut between text lines. */
async function around(page, hover) {
  const box = await hover.boundingBox();
  const editor = await page.locator('.part.editor .editor-instance .monaco-editor').first().boundingBox();
  const lineHeight = (await page.locator('.monaco-editor .view-line').first().boundingBox()).height;
  const snap = (y) => editor.y + Math.round((y - editor.y) / lineHeight) * lineHeight;
  const top = Math.max(editor.y, snap(box.y - 2 * lineHeight));
  const bottom = snap(box.y + box.height + 6 * lineHeight);
  return { x: editor.x, y: top, width: Math.min(editor.width, box.x + box.width + 40 - editor.x), height: bottom - top };
}

async function main() {
  fs.mkdirSync(OUT, { recursive: true });
  const tools = ensureTools();
  const run = makeRunDir('un-res-ui-', samples);
  let server;
  let browser;
  try {
    const vsix = await packageVsix(path.join(run.runDir, 'un-resolution.vsix'));
    await installExtension({ tools, stateDir: run.runDir, vsix });
    server = await startCodeServer({ tools, stateDir: run.runDir, timeoutMs: 60_000, settings: SETTINGS });
    browser = await launchBrowser(tools, { width: 1400, height: 860 });
    const { page } = browser;
    page.on('pageerror', (error) => console.error('[page error]', error.message));
    await page.goto(workbenchUrl(server.port, run.workspace, [
      ['openFile', remoteUri(server.port, path.join(run.workspace, EXPORT))],
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
