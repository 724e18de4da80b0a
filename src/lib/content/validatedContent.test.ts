import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from './load';
import { handOverValidatedContent, takeValidatedContent } from './validatedContent';

const FIXTURE = path.resolve(import.meta.dirname, '../../../tests/fixtures/small');

describe('validated content hand-over', () => {
  it('gives the content once, and only for the same root', () => {
    const content = loadContent(FIXTURE);
    handOverValidatedContent(content);
    expect(takeValidatedContent(FIXTURE)).toBe(content);
    expect(takeValidatedContent(FIXTURE)).toBeUndefined();
    handOverValidatedContent(content);
    expect(takeValidatedContent('/elsewhere')).toBeUndefined();
    expect(takeValidatedContent(FIXTURE)).toBeUndefined();
  });
});
