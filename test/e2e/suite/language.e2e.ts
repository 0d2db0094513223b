// Which files the extension puts in UN Resolution mode: by extension, by file-name pattern and,
// for arbitrary .txt files, by content.
import * as assert from 'assert';
import { activateExtension, currentLanguage, LANGUAGE_ID, openFixture, openResolution } from './helpers';

describe('language detection', () => {
  before(activateExtension);

  it('opens a .unres file as un-resolution', async () => {
    const uri = await openFixture('draft-numbering-gap.unres');
    assert.strictEqual(currentLanguage(uri), LANGUAGE_ID);
  });

  it('opens a file matching *_RES_*.txt as un-resolution', async () => {
    await openResolution('A_RES_67_15.txt');
  });

  it('switches a .txt export to un-resolution by its content, and leaves other .txt files alone', async () => {
    // The plain note is opened first: once the export has been switched, the client has seen both.
    const notes = await openFixture('notes.txt');
    await openResolution('shanghai-cooperation-export.txt');
    assert.strictEqual(currentLanguage(notes), 'plaintext');
  });
});
