/**
 * The catalogue asset shipped next to the bundles (dist/*.js → assets/catalog.tsv), for the
 * language server and the command line. It is read on first need; a missing asset only means
 * hovers and checks show what the citation itself says.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createCatalog, type Catalog } from './service';

export function catalogAssetPath(): string {
  return path.join(__dirname, '..', 'assets', 'catalog.tsv');
}

export function bundledCatalog(onMissing: (file: string) => void = () => {}): Catalog {
  return createCatalog(() => {
    try {
      return fs.readFileSync(catalogAssetPath(), 'utf8');
    } catch {
      onMissing(catalogAssetPath());
      return '';
    }
  });
}
