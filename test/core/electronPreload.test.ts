// The preload forwards exactly three things to the page: `invoke`, `cancel` and progress events.
import { describe, expect, it, vi } from 'vitest';
import type { CoproBridge } from '../../shared/bridge';

type Listener = (...args: unknown[]) => void;

const fake = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  invoked: [] as unknown[][],
  listeners: new Map<string, Set<Listener>>(),
}));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => fake.exposed.set(key, api) },
  ipcRenderer: {
    invoke: async (...args: unknown[]) => {
      fake.invoked.push(args);
      return { ok: true, value: 'answer' };
    },
    on: (channel: string, listener: Listener) => {
      const set = fake.listeners.get(channel) ?? new Set<Listener>();
      set.add(listener);
      fake.listeners.set(channel, set);
    },
    removeListener: (channel: string, listener: Listener) =>
      fake.listeners.get(channel)?.delete(listener),
  },
}));

describe('preload bridge', () => {
  it('exposes only invoke, cancel and onProgress, forwarding to the copro channels', async () => {
    await import('../../electron/preload/index');
    expect([...fake.exposed.keys()]).toEqual(['copro']);
    const bridge = fake.exposed.get('copro') as CoproBridge;
    expect(Object.keys(bridge).sort()).toEqual(['cancel', 'invoke', 'onProgress']);

    await expect(bridge.invoke('projects.list', { a: 1 })).resolves.toEqual({
      ok: true,
      value: 'answer',
    });
    await bridge.invoke('imports.run', { b: 2 }, 'op-1');
    bridge.cancel('op-1');
    expect(fake.invoked).toEqual([
      ['copro:invoke', 'projects.list', { a: 1 }, undefined],
      ['copro:invoke', 'imports.run', { b: 2 }, 'op-1'],
      ['copro:cancel', 'op-1'],
    ]);

    const received: unknown[] = [];
    const unsubscribe = bridge.onProgress((event) => received.push(event));
    const progress = { operation: 'import', done: 1, total: 2 };
    for (const listener of fake.listeners.get('copro:progress') ?? [])
      listener({ sender: 'ipc' }, progress);
    expect(received).toEqual([progress]);

    unsubscribe();
    expect(fake.listeners.get('copro:progress')?.size).toBe(0);
  });
});
