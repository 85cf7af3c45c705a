// @vitest-environment happy-dom
import { beforeAll, describe, expect, test } from 'vitest';
import { blockRange, collectBlocks, locate, type TextBlock } from '@/lib/page/text-blocks';
import { stubStaticRange } from './static-range-stub';

beforeAll(stubStaticRange);

function blocksOf(html: string, options = {}): TextBlock[] {
  document.body.innerHTML = html;
  return [...collectBlocks(document.body, options)];
}

/** The text a block offset range covers, read back from the page's nodes through the offset map. */
function textOf(block: TextBlock, start: number, end: number): string {
  const range = blockRange(block, start, end);
  const { nodes } = block;
  const from = nodes.indexOf(range.startContainer as Text);
  const to = nodes.indexOf(range.endContainer as Text);
  return nodes
    .slice(from, to + 1)
    .map((node, i) =>
      node.data.slice(i === 0 ? range.startOffset : 0, from + i === to ? range.endOffset : undefined),
    )
    .join('');
}

describe('collectBlocks', () => {
  test('joins text across inline markup into one block per block element', () => {
    const blocks = blocksOf(
      '<p>Prices of rare <b>earth</b> <a href="#">elements</a> rose.</p><p>Cobalt fell.</p>',
    );
    expect(blocks.map((b) => b.text)).toEqual(['Prices of rare earth elements rose.', 'Cobalt fell.']);
    expect(blocks[0]!.nodes).toHaveLength(5);
    expect(blocks[0]!.container).toBe(document.querySelector('p'));
  });

  test('maps block offsets back to the nodes, across element boundaries', () => {
    const [block] = blocksOf('<p>Prices of rare <b>earth</b> <a href="#">elements</a> rose.</p>');
    const start = block!.text.indexOf('rare earth elements');
    expect(textOf(block!, start, start + 'rare earth elements'.length)).toBe('rare earth elements');
    expect(textOf(block!, block!.text.indexOf('earth'), block!.text.indexOf('earth') + 5)).toBe('earth');
    // An end exactly at a node boundary stays in the earlier node.
    const end = locate(block!, block!.text.indexOf(' elements'), 'end');
    expect(end.node.data).toBe('earth');
    expect(end.offset).toBe(5);
  });

  test('a <br> is a "\\n" that no node holds, and starts after it move to the next node', () => {
    const [block] = blocksOf('<p>lithium<br>cobalt</p>');
    expect(block!.text).toBe('lithium\ncobalt');
    expect(locate(block!, 7, 'start')).toEqual({ node: block!.nodes[1], offset: 0 });
    expect(textOf(block!, 8, 14)).toBe('cobalt');
  });

  test('skips code, pre, form fields, editors, scripts and the extension host', () => {
    const blocks = blocksOf(
      '<p>Use <code>lithium</code> here</p><pre>lithium</pre><textarea>lithium</textarea>' +
        '<div contenteditable="true"><p>lithium draft</p></div><script>lithium</script>' +
        '<div data-mineral-lens-host>lithium card</div><select><option>lithium</option></select><p>tin</p>',
    );
    expect(blocks.map((b) => b.text)).toEqual(['Use \n here', 'tin']);
  });

  test('a nested block splits its parent into separate runs', () => {
    const blocks = blocksOf('<div>before <p>inside</p> after</div>');
    expect(blocks.map((b) => b.text.trim())).toEqual(['before', 'inside', 'after']);
    expect(blocks[0]!.container).toBe(blocks[2]!.container);
  });

  test('shallow collects only the runs of the root itself', () => {
    document.body.innerHTML = '<div id="d">before <p>inside</p> after</div>';
    const shallow = [...collectBlocks(document.getElementById('d')!, { shallow: true })];
    expect(shallow.map((b) => b.text.trim())).toEqual(['before', 'after']);
  });

  test('reports open shadow roots without walking into them', () => {
    document.body.innerHTML = '<p>outside</p><div id="host"></div>';
    const root = document.getElementById('host')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<p>inside</p>';
    const seen: ShadowRoot[] = [];
    const blocks = [...collectBlocks(document.body, { onShadowRoot: (r) => seen.push(r) })];
    expect(blocks.map((b) => b.text)).toEqual(['outside']);
    expect(seen).toEqual([root]);
    expect([...collectBlocks(root)].map((b) => b.text)).toEqual(['inside']);
  });

  test('cuts very long runs at a node boundary', () => {
    const blocks = blocksOf(`<p>${'<span>word </span>'.repeat(50)}</p>`, { maxLength: 100 });
    expect(blocks.length).toBeGreaterThan(1);
    expect(blocks.every((b) => b.text.length <= 105)).toBe(true);
    expect(blocks.map((b) => b.text).join('')).toBe('word '.repeat(50));
  });

  test('whitespace-only runs make no block', () => {
    expect(blocksOf('<article>\n  <p>lithium</p>\n  <p> </p>\n</article>').map((b) => b.text)).toEqual([
      'lithium',
    ]);
  });
});
