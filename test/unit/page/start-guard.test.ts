// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { guardScriptStart } from '@/lib/page/start-guard';

// WXT aborts a content script when a document event says a newer copy started; a page can forge
// that event. The guard keeps the script alive while its runtime is, and steps aside after a reload.

const STARTED = (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE: string })
  .SCRIPT_STARTED_MESSAGE_TYPE;
const forge = () =>
  document.dispatchEvent(
    new CustomEvent(STARTED, { detail: { contentScriptName: 'content', messageId: 'forged' } }),
  );

describe('the start-up guard', () => {
  const ids = { id: fakeBrowser.runtime.id };
  afterEach(() => {
    (fakeBrowser.runtime as { id?: string }).id = ids.id;
  });

  test('without it, a forged start-up event aborts the script (the attack)', () => {
    const ctx = new ContentScriptContext('content');
    forge();
    expect(ctx.signal.aborted).toBe(true);
  });

  test('with it, a forged start-up event changes nothing while the runtime is alive', () => {
    const ctx = new ContentScriptContext('content');
    guardScriptStart(ctx.signal);
    forge();
    expect(ctx.signal.aborted).toBe(false);
    ctx.abort();
  });

  test('once the runtime is gone (reload, update), a newer copy still stops this one', () => {
    const ctx = new ContentScriptContext('content');
    guardScriptStart(ctx.signal);
    (fakeBrowser.runtime as { id?: string }).id = undefined;
    forge();
    expect(ctx.signal.aborted).toBe(true);
  });
});
