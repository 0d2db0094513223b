// Bundles the client and the server with esbuild. `--production` minifies, `--watch` rebuilds,
// `--analyze` prints what each module weighs in dist/client.js.
import * as esbuild from 'esbuild';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const analyze = process.argv.includes('--analyze');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node18',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'info',
};

const builds = [
  // The extension: `vscode` is provided by the editor at run time.
  { ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'], metafile: analyze },
  // The language server: one self-contained file, also the `bin` for other editors.
  {
    ...common,
    entryPoints: ['server/src/main.ts'],
    outfile: 'dist/server.js',
    banner: { js: '#!/usr/bin/env node' },
  },
  // The `un-resolution` command line (check, outline); its worker threads load this same file.
  {
    ...common,
    entryPoints: ['server/src/cli/main.ts'],
    outfile: 'dist/cli.js',
    banner: { js: '#!/usr/bin/env node' },
  },
];

if (watch) {
  for (const options of builds) await (await esbuild.context(options)).watch();
} else {
  const [client] = await Promise.all(builds.map((options) => esbuild.build(options)));
  if (analyze) console.log(await esbuild.analyzeMetafile(client.metafile));
}
