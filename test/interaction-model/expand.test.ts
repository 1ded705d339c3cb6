import { describe, expect, it } from 'vitest';
import { expandTemplate, expandTemplates } from '../../src/interaction-model/expand.ts';

describe('expanding sample templates', () => {
  it('gives every combination of the choices, an empty choice meaning the words are optional', () => {
    expect(expandTemplate('(add|put) {product} (on|) my list')).toEqual([
      'add {product} on my list', 'add {product} my list', 'put {product} on my list', 'put {product} my list',
    ]);
  });

  it('treats square brackets as optional words', () => {
    expect(expandTemplate('add {product} [please]')).toEqual(['add {product} please', 'add {product}']);
  });

  it('keeps each sample once, in first-seen order', () => {
    expect(expandTemplates(['(undo|undo)', 'undo that', '(undo that|revert)'])).toEqual(['undo', 'undo that', 'revert']);
  });
});
