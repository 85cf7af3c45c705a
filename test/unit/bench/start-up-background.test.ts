import { describe, expect, it } from 'vitest';
import { messageChannel } from '../../../scripts/bench/start-up-background';

// The worker's session travels as strings inside the browser session's messages: each answer must
// reach the command it answers, in whatever order they come, and events their listeners.
describe('a target session carried as messages', () => {
  function wire() {
    const sent: { id: number; method: string; params: object }[] = [];
    const { channel, receive } = messageChannel(async (message) => {
      sent.push(JSON.parse(message) as (typeof sent)[number]);
    });
    return { channel, receive, sent };
  }

  it('gives each command its own answer, answers arriving out of order', async () => {
    const { channel, receive, sent } = wire();
    const stop = channel.send('Profiler.stop');
    const heap = channel.send('Runtime.getHeapUsage');
    await Promise.resolve();
    expect(sent.map((m) => m.method)).toEqual(['Profiler.stop', 'Runtime.getHeapUsage']);
    receive(JSON.stringify({ id: sent[1]!.id, result: { usedSize: 7 } }));
    receive(JSON.stringify({ id: sent[0]!.id, result: { profile: 'p' } }));
    expect(await heap).toEqual({ usedSize: 7 });
    expect(await stop).toEqual({ profile: 'p' });
  });

  it('turns an error answer into a rejection naming it', async () => {
    const { channel, receive, sent } = wire();
    const stop = channel.send('Profiler.stop');
    await Promise.resolve();
    receive(JSON.stringify({ id: sent[0]!.id, error: { message: 'No recording profiles found' } }));
    await expect(stop).rejects.toThrow('No recording profiles found');
  });

  it('passes events to their listeners only', () => {
    const { channel, receive } = wire();
    const heard: string[] = [];
    channel.on('Inspector.targetCrashed', () => heard.push('down'));
    channel.on('Inspector.targetReloadedAfterCrash', () => heard.push('up'));
    receive(JSON.stringify({ method: 'Inspector.workerScriptLoaded', params: {} }));
    receive(JSON.stringify({ method: 'Inspector.targetCrashed', params: {} }));
    receive(JSON.stringify({ method: 'Inspector.targetReloadedAfterCrash', params: {} }));
    expect(heard).toEqual(['down', 'up']);
  });
});
