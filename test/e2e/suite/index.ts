// Mocha entry point that VS Code loads in the extension host (extensionTestsPath), both in code-server
// (test/e2e/runner) and in desktop VS Code (test/e2e/runDesktop.ts).
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';

/** The runner reads the counts from this console line; keep it in step with test/e2e/runner/result.mjs. */
export const RESULT_PREFIX = 'E2E RESULT:';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', color: false, timeout: 60_000 });
  for (const file of fs.readdirSync(__dirname).filter((f) => f.endsWith('.e2e.js')).sort()) {
    mocha.addFile(path.join(__dirname, file));
  }
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const passed = runner.stats?.passes ?? 0;
      console.log(`${RESULT_PREFIX} ${passed} passed, ${failures} failed`);
      if (failures > 0) reject(new Error(`${failures} e2e test(s) failed`));
      else resolve();
    });
  });
}
