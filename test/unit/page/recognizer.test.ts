import { describe, expect, it, vi } from 'vitest';
import { bindRecognizer } from '@/lib/page/recognizer';

describe('bindRecognizer', () => {
  it('compiles the matcher on the first block only, and keeps it across pages', () => {
    const compile = vi.fn(() => ({ compiled: true }));
    const findMentions = vi.fn(() => []);
    const recognizer = bindRecognizer({
      compile,
      findMentions,
      rescoreMentions: () => [],
      createPageContext: () => ({ revision: 0 }),
    });
    // A frame or a switched-off site that never recognizes a block never compiles.
    recognizer.startPage();
    expect(recognizer.revision()).toBe(0);
    expect(compile).not.toHaveBeenCalled();

    recognizer.find('Lithium prices rose.', ['en'], {});
    recognizer.startPage();
    recognizer.find('Cobalt prices fell.', ['en'], {});
    expect(compile).toHaveBeenCalledTimes(1);
    expect(findMentions).toHaveBeenCalledTimes(2);
    expect(
      findMentions.mock.calls.every((call) => (call as unknown[])[0] === compile.mock.results[0]!.value),
    ).toBe(true);
  });
});
