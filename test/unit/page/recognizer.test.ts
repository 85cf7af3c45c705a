import { describe, expect, it, vi } from 'vitest';
import { bindRecognizer } from '@/lib/page/recognizer';

function parts() {
  const matcher = { compiled: true };
  const phases: string[] = [];
  const findMentions = vi.fn(
    (_matcher: typeof matcher, _text: string, _options: { page?: unknown }): never[] => [],
  );
  return {
    compile: vi.fn(function* () {
      phases.push('entries');
      yield;
      phases.push('regex');
      return matcher;
    }),
    findMentions,
    // One window, found when asked: what findInWindows does with an ordinary block.
    findInWindows: (m: typeof matcher, text: string, options: { page?: unknown }) =>
      [findMentions(m, text, options)].values(),
    rescoreMentions: () => [],
    createPageContext: () => ({ revision: 0 }),
    matcher,
    phases,
  };
}

describe('bindRecognizer', () => {
  it('compiles nothing until asked: a frame or a switched-off site that reads no block never pays', () => {
    const p = parts();
    const recognizer = bindRecognizer(p);
    recognizer.startPage();
    expect(recognizer.revision()).toBe(0);
    expect(recognizer.ready()).toBe(false);
    expect(p.phases).toEqual([]);
  });

  it('sets up one step per call, each compile step, and runs nothing before the first block', () => {
    const p = parts();
    const recognizer = bindRecognizer(p);
    recognizer.prepare();
    expect(p.phases).toEqual(['entries']);
    expect(recognizer.ready()).toBe(false);
    recognizer.prepare();
    expect(p.phases).toEqual(['entries', 'regex']);
    expect(recognizer.ready()).toBe(true);
    // No warm-up text: the key finder compiles only the regexes a page's own words need.
    expect(p.findMentions).not.toHaveBeenCalled();

    recognizer.prepare();
    recognizer.find('Lithium prices rose.', ['en'], {});
    expect(p.compile).toHaveBeenCalledTimes(1);
    expect(p.findMentions).toHaveBeenCalledTimes(1);
    expect(p.findMentions.mock.calls[0]![2].page).toBeDefined();
  });

  it('compiles at one go on the first find when not set up, once, and keeps the matcher across pages', () => {
    const p = parts();
    const recognizer = bindRecognizer(p);
    recognizer.find('Lithium prices rose.', ['en'], {});
    recognizer.startPage();
    recognizer.find('Cobalt prices fell.', ['en'], {});
    expect(p.phases).toEqual(['entries', 'regex']);
    expect(p.findMentions.mock.calls.map(([matcher]) => matcher)).toEqual([p.matcher, p.matcher]);
  });
});
