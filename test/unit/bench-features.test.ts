/**
 * The benchmark times every feature of the service with the arguments it needs: a feature added
 * without them would throw there, and its figures would be missing from the table.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { createLanguageService } from '../../server/src/service';
import { corpusFiles } from '../support/paths';
import { featureTasks } from '../bench/features';

test('every feature the benchmark times runs on a corpus text with the arguments it is given', () => {
  const service = createLanguageService();
  const text = fs.readFileSync(corpusFiles('txt')[0], 'utf8');
  const tasks = Object.entries(featureTasks(service, service.parse(text)));
  assert.ok(tasks.length >= 15, `${tasks.length} features`);
  for (const [name, task] of tasks) {
    (task as { prepare?: () => void }).prepare?.();
    assert.doesNotThrow(() => task(), name);
  }
});
