/**
 * The .vsix ships exactly the files that run or that the Marketplace shows: `vsce ls` lists what
 * `vsce package` would include, and .vscodeignore decides it. (The install test in test/e2e/install
 * checks a real package.) Needs the bundles in dist/, which `npm test` builds first.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot } from '../support/paths';

const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));

async function packagedFiles(): Promise<string[]> {
  const contents = await import(pathToFileURL(path.join(repoRoot, 'test/support/packageContents.mjs')).href);
  return contents.PACKAGED_FILES;
}

test('vsce would package exactly the bundles, grammar, catalogue, icon and documents', async () => {
  for (const bundle of ['dist/client.js', 'dist/server.js']) {
    assert.ok(fs.existsSync(path.join(repoRoot, bundle)), `${bundle} is missing: run npm run build first`);
  }
  const vsce = path.join(repoRoot, 'node_modules/@vscode/vsce/vsce');
  const listed = execFileSync(process.execPath, [vsce, 'ls', '--no-dependencies'], { cwd: repoRoot, encoding: 'utf8' })
    .split('\n')
    .filter(Boolean)
    .sort();
  assert.deepEqual(listed, await packagedFiles());
});

test('every file the manifest points at is packaged', async () => {
  const packaged = new Set(await packagedFiles());
  const referenced = [
    manifest.main,
    manifest.icon,
    ...manifest.contributes.languages.map((l: { configuration?: string }) => l.configuration).filter(Boolean),
    ...manifest.contributes.grammars.map((g: { path: string }) => g.path),
  ];
  for (const file of referenced) assert.ok(packaged.has(path.posix.normalize(file)), `${file} is not in the package`);
});

test('the icon is a 128x128 PNG', () => {
  const png = fs.readFileSync(path.join(repoRoot, manifest.icon));
  assert.deepEqual([...png.subarray(1, 4)], [...Buffer.from('PNG')]);
  assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [128, 128]); // IHDR width, height
});
