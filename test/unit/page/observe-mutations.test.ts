// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { createChangeCollector } from '@/lib/page/observe-mutations';

describe('change collector', () => {
  test('sorts records into edited text, inline runs and whole subtrees; ignores editors', () => {
    document.body.innerHTML =
      '<article><p id="p">lithium <b>prices</b></p></article><div contenteditable="true"><p id="e">draft</p></div>';
    const collector = createChangeCollector(() => undefined);
    collector.observe(document.body);
    const p = document.getElementById('p')!;
    (p.firstChild as Text).data = 'cobalt ';
    p.querySelector('b')!.append(' rose');
    const added = document.createElement('p');
    added.textContent = 'nickel';
    document.querySelector('article')!.append(added);
    (document.getElementById('e')!.firstChild as Text).data = 'lithium typed';
    document.getElementById('e')!.append(document.createElement('br'));
    p.querySelector('b')!.remove();

    expect(collector.pending()).toBe(true);
    const batch = collector.take();
    expect(batch.overflow).toBe(false);
    expect([...batch.edited]).toEqual([p.firstChild]);
    // Records are read after the fact: <b> was removed by then, so its run is a detached one the
    // engine skips; its removal put <p> in the batch anyway.
    expect([...batch.runs].filter((n) => n.isConnected)).toEqual([p]);
    expect([...batch.subtrees]).toEqual([added]);
    expect(batch.removed.map((n) => n.nodeName)).toEqual(['B']);
    expect(collector.pending()).toBe(false);
  });

  test('a huge batch becomes one overflow', () => {
    document.body.innerHTML = '<div id="d"></div>';
    const collector = createChangeCollector(
      () => undefined,
      () => 10,
    );
    collector.observe(document.body);
    for (let i = 0; i < 20; i++) document.getElementById('d')!.append(document.createElement('p'));
    const batch = collector.take();
    expect(batch.overflow).toBe(true);
    expect(batch.subtrees.size).toBe(0);
  });
});
