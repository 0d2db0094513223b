// Drives and reads the VS Code workbench through its DOM (playwright locators), for checks and
// screenshots that look at what a user sees rather than at the extension API.
export const WAIT = { timeout: 60_000 };

/** Waits until the active editor shows text and the status bar names its language. */
export async function waitForLanguage(page, languageName) {
  await page.locator('.monaco-editor .view-lines').first().waitFor(WAIT);
  await page.locator('#status\\.editor\\.mode').filter({ hasText: languageName }).waitFor(WAIT);
}

async function setPaneExpanded(header, expanded) {
  await header.waitFor(WAIT);
  if (((await header.getAttribute('aria-expanded')) === 'true') !== expanded) await header.click();
}

/** Folds the file tree and unfolds the Outline view below it; returns the Outline's rows. */
export async function showOutline(page) {
  await setPaneExpanded(page.locator('.pane', { has: page.locator('.explorer-folders-view') }).locator('.pane-header'), false);
  await setPaneExpanded(page.locator('.pane-header[aria-label^="Outline"]'), true);
  return page.locator('.outline-pane .monaco-list-row');
}

/** Drags the sash on the side bar's right edge so that the side bar is `width` pixels wide. */
export async function resizeSideBar(page, width) {
  const bar = await page.locator('.part.sidebar').boundingBox();
  const y = bar.y + bar.height / 2;
  await drag(page, { x: bar.x + bar.width, y }, { x: bar.x + width, y });
}

/** Drags the sash on the bottom panel's top edge so that the panel is `height` pixels high. */
export async function resizePanel(page, height) {
  const panel = await page.locator('.part.panel').boundingBox();
  const x = panel.x + panel.width / 2;
  // The sash straddles the boundary: grab it just above the panel's own top.
  await drag(page, { x, y: panel.y - 1 }, { x, y: panel.y + panel.height - height });
}

async function drag(page, from, to) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 5 });
  await page.mouse.up();
  // Leave the sash, and wait until its highlight (a CSS transition) has faded out.
  await page.mouse.move(0, 0);
  await page.waitForFunction(() => [...document.querySelectorAll('.monaco-sash')]
    .every((sash) => getComputedStyle(sash, '::before').backgroundColor === 'rgba(0, 0, 0, 0)'), undefined, WAIT);
}

/** Opens the Problems panel; returns its rows (one per file, then one per problem). */
export async function showProblems(page) {
  const panel = page.locator('.markers-panel');
  if (!(await panel.isVisible())) await page.keyboard.press('Control+Shift+M');
  await panel.waitFor(WAIT);
  return panel.locator('.monaco-list-row');
}

/** Opens a workspace file by name through Quick Open. */
export async function openByName(page, fileName) {
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor(WAIT);
  await input.fill(fileName);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: fileName }).first().waitFor(WAIT);
  await page.keyboard.press('Enter');
  await page.locator('.tab.active', { hasText: fileName }).waitFor(WAIT);
}

/** Moves the mouse over the first occurrence of `text` in the editor; returns the hover that mentions it. */
export async function hoverOverText(page, text) {
  const rect = await page.waitForFunction(rectOfText, text, WAIT).then((handle) => handle.jsonValue());
  // Approach in a few steps, as a hand does: one jump can leave the editor's hover controller idle.
  await page.mouse.move(rect.x + rect.width / 2, rect.y + rect.height / 2, { steps: 4 });
  // Workbench tooltips are .monaco-hover too: wait for the one about the text.
  const hover = page.locator('.monaco-hover:not(.hidden)').filter({ hasText: text }).first();
  await hover.waitFor(WAIT);
  return hover;
}

/** Clicks into the editor on the first occurrence of `text`, past its first character. */
export async function clickOnText(page, text) {
  const rect = await page.waitForFunction(rectOfText, text, WAIT).then((handle) => handle.jsonValue());
  await page.mouse.click(rect.x + Math.min(rect.width / 2, 4), rect.y + rect.height / 2);
}

/** Runs in the page: screen rectangle of the first occurrence of `needle` in the editor, across token spans. */
function rectOfText(needle) {
  for (const line of document.querySelectorAll('.monaco-editor .view-lines .view-line')) {
    const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
    const nodes = [];
    let text = '';
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      nodes.push({ node, start: text.length });
      // The editor renders spaces as no-break spaces.
      text += node.textContent.replaceAll('\u00a0', ' ');
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
