// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { onFirstInput } from '@/lib/card/first-input';

// The card is wired on the reader's first input, not at the first paint (issue 15): counted here,
// the wirings, and whether what the wiring adds to the document hears the input that woke it.
describe('the card waits for the first pointer or key input', () => {
  test('nothing runs until an input; then once, and the document hears that same input', () => {
    const life = new AbortController();
    const heard: string[] = [];
    let wirings = 0;
    onFirstInput(window, life.signal, () => {
      wirings++;
      // What the wiring does: the dwell and the card's clicks listen on the document.
      document.addEventListener('pointermove', (event) => heard.push(event.type));
    });
    document.dispatchEvent(new Event('scroll'));
    document.body.dispatchEvent(new Event('focus'));
    expect(wirings).toBe(0);
    document.body.dispatchEvent(new Event('pointermove', { bubbles: true }));
    expect(wirings).toBe(1);
    expect(heard).toEqual(['pointermove']);
    document.body.dispatchEvent(new Event('pointermove', { bubbles: true }));
    document.dispatchEvent(new Event('keydown', { bubbles: true }));
    expect(wirings).toBe(1);
    life.abort();
  });

  test('a key or a press wakes it too; once the script stops, nothing does', () => {
    for (const type of ['keydown', 'pointerdown']) {
      const life = new AbortController();
      let wirings = 0;
      onFirstInput(window, life.signal, () => wirings++);
      document.body.dispatchEvent(new Event(type, { bubbles: true }));
      expect(wirings).toBe(1);
      life.abort();
    }
    const stopped = new AbortController();
    let wirings = 0;
    onFirstInput(window, stopped.signal, () => wirings++);
    stopped.abort();
    document.body.dispatchEvent(new Event('pointermove', { bubbles: true }));
    expect(wirings).toBe(0);
  });
});
