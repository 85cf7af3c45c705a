// @vitest-environment happy-dom
import { describe, expect, test, vi } from 'vitest';
import { dropUntrustedEvents, hasUserActivation } from '@/lib/card/trusted-input';

// Events a script dispatches are never trusted; the card's shadow root drops them before any of
// the card's own handlers. (A trusted event cannot be made in a test DOM: the e2e suite covers that.)

describe('dropUntrustedEvents', () => {
  test('a forged click or key never reaches a button inside the card, and a link is not followed', () => {
    const host = document.createElement('div');
    const root = host.attachShadow({ mode: 'closed' });
    root.innerHTML = '<button>Don’t highlight on this site</button><a href="#elsewhere">source</a>';
    document.body.append(host);
    const pressed = vi.fn();
    const button = root.querySelector('button')!;
    button.addEventListener('click', pressed);
    button.addEventListener('keydown', pressed);
    dropUntrustedEvents(root, new AbortController().signal);
    button.click();
    button.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(pressed).not.toHaveBeenCalled();
    const link = new MouseEvent('click', { bubbles: true, cancelable: true });
    root.querySelector('a')!.dispatchEvent(link);
    expect(link.defaultPrevented).toBe(true);
    host.remove();
  });
});

describe('hasUserActivation', () => {
  test('follows the browser’s user activation, and stands aside where there is none', () => {
    expect(hasUserActivation({ userActivation: { isActive: false } } as unknown as Navigator)).toBe(false);
    expect(hasUserActivation({ userActivation: { isActive: true } } as unknown as Navigator)).toBe(true);
    expect(hasUserActivation({} as Navigator)).toBe(true);
  });
});
