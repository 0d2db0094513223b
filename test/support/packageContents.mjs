// What the .vsix must hold, and nothing else: the two bundles (self-contained, no source maps), the
// grammar and language configuration the manifest names, the catalogue the server reads at run time,
// the icon, and the documents the Marketplace shows or the licences require.
// Shared by the .vscodeignore unit test and the install test (test/e2e/install).
export const PACKAGED_FILES = [
  'package.json',
  'dist/client.js',
  'dist/server.js',
  'syntaxes/un-resolution.tmLanguage.json',
  'language-configuration.json',
  'assets/catalog.tsv',
  'images/icon.png',
  'README.md',
  'CHANGELOG.md',
  'LICENSE',
  'NOTICE',
].sort();

// vsce stores these under other names, and VS Code adds .vsixmanifest when it installs a .vsix.
const RENAMED_IN_VSIX = { LICENSE: 'LICENSE.txt', 'README.md': 'readme.md', 'CHANGELOG.md': 'changelog.md' };
export const INSTALLED_FILES = [...PACKAGED_FILES.map((file) => RENAMED_IN_VSIX[file] ?? file), '.vsixmanifest'].sort();
