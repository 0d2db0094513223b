/** The extension manifest stays in step with the service: every rule has its setting, every setting a description. */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { RULES } from '../../server/src/service';
import { repoRoot } from '../support/paths';

const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
const properties = manifest.contributes.configuration.properties as Record<string, { description?: string; markdownDescription?: string; default?: unknown; type?: string; properties?: Record<string, { default: string }> }>;

test('every diagnostic rule has a severity setting with its default', () => {
  const rules = properties['unResolution.diagnostics.rules'].properties!;
  assert.deepEqual(Object.keys(rules).sort(), [...RULES.keys()].sort());
  for (const [code, rule] of RULES) assert.equal(rules[code].default, rule.severity, code);
});

test('every setting has a description, a type and a default', () => {
  for (const [key, property] of Object.entries(properties)) {
    assert.ok(property.description || property.markdownDescription, `${key} has a description`);
    assert.ok(property.type, `${key} has a type`);
    assert.ok('default' in property, `${key} has a default`);
  }
});

test('the language, its file extension and the grammar are declared', () => {
  const language = manifest.contributes.languages.find((l: { id: string }) => l.id === 'un-resolution');
  assert.ok(language.extensions.includes('.unres'));
  assert.ok(language.aliases.includes('UN Resolution'));
  assert.ok(manifest.contributes.grammars.some((g: { language: string; path: string }) => g.language === 'un-resolution' && fs.existsSync(path.join(repoRoot, g.path))));
  assert.ok(manifest.activationEvents.includes('onLanguage:un-resolution'));
});
