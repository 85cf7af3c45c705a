import { describe, expect, it } from 'vitest';
import {
  anyScript,
  samplesOf,
  type Profile,
  type ProfileNode,
} from '../../../scripts/bench/start-up-samples';

// The start-up bench's figures are counts of a CPU profile's samples: these say which samples count.
const EXT = 'chrome-extension://abc/content-scripts/content.js';
const PAGE = 'http://127.0.0.1:1234/app.js';

/** A profile from stacks written root first, e.g. ['(root)', 'scan@ext', 'parse@'] for a builtin. */
function profileOf(stacks: string[][], deltasUs: number[]): Profile {
  const nodes: ProfileNode[] = [];
  const ids = new Map<string, number>();
  const samples = stacks.map((stack) => {
    let parent: ProfileNode | undefined;
    let path = '';
    for (const frame of stack) {
      path += `/${frame}`;
      let id = ids.get(path);
      if (id === undefined) {
        const [functionName = '', where = ''] = frame.split('@');
        const url = where === 'ext' ? EXT : where === 'page' ? PAGE : '';
        id = nodes.length + 1;
        ids.set(path, id);
        nodes.push({ id, callFrame: { functionName, url, lineNumber: 0 }, children: [] });
        parent?.children!.push(id);
      }
      parent = nodes[id - 1];
    }
    return parent!.id;
  });
  return { nodes, samples, timeDeltas: deltasUs };
}

const isExtension = (frame: { url: string }) => frame.url.startsWith('chrome-extension://');

describe('samples of a CPU profile', () => {
  it('count a sample as ours when an extension frame is anywhere on its stack', () => {
    const profile = profileOf(
      [
        ['(root)', 'scan@ext'],
        ['(root)', 'scan@ext', 'exec@'], // a builtin our code called
        ['(root)', 'onClick@page', 'listener@ext'], // the page's event reaching our listener
        ['(root)', 'render@page'],
        ['(root)', '(idle)'],
      ],
      [0, 500, 500, 500, 500],
    );
    expect(samplesOf(profile, isExtension).ms).toBe(1.5);
  });

  it('charge each sample the time until the next one, and the last one the sampling interval', () => {
    const profile = profileOf(
      [
        ['(root)', 'scan@ext'],
        ['(root)', '(program)'],
        ['(root)', 'scan@ext'],
      ],
      [0, 2000, 700],
    );
    expect(samplesOf(profile, isExtension, 500).ms).toBe(2.5);
  });

  it('give the longest unbroken run of our samples', () => {
    const profile = profileOf(
      [
        ['(root)', 'a@ext'],
        ['(root)', 'b@ext'],
        ['(root)', '(idle)'],
        ['(root)', 'a@ext'],
      ],
      [0, 500, 500, 500],
    );
    expect(samplesOf(profile, isExtension)).toEqual({ ms: 1.5, stretchMs: 1 });
  });
});

describe('a service worker profile, where every script is ours', () => {
  it('counts every JavaScript frame, builtins included, but not idle, program or GC samples', () => {
    const profile = profileOf(
      [
        ['(root)', 'onMessage@ext'],
        ['(root)', 'parse@'], // a builtin run as a task of its own (a promise reaction)
        ['(root)', '(idle)'],
        ['(root)', '(program)'],
        ['(root)', '(garbage collector)'],
      ],
      [0, 500, 500, 500, 500],
    );
    expect(samplesOf(profile, anyScript).ms).toBe(1);
  });
});
