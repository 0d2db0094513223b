/**
 * Entry point of the language server bundle. VS Code starts it over IPC (`--node-ipc`); other
 * editors run `un-resolution-language-server --stdio`.
 */
import './startup';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';

if (process.argv.includes('--help') || process.argv.includes('-h')) {
  process.stdout.write('Usage: un-resolution-language-server --stdio\n\nLanguage server for UN resolution texts (language id "un-resolution").\n');
  process.exit(0);
}
if (process.argv.includes('--version')) {
  process.stdout.write('un-resolution-language-server 0.1.0\n');
  process.exit(0);
}

// createConnection reads --stdio / --node-ipc / --socket from the command line.
startServer(createConnection(ProposedFeatures.all));
