import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startPolling } from '../src/features/tracking/poller';
import { FakeVisibility } from './pollTestKit';

/** A run whose calls the test completes by hand. */
function manualRun() {
  const pending: { resolve: () => void; signal: AbortSignal }[] = [];
  const run = vi.fn((signal: AbortSignal) => new Promise<void>((resolve) => pending.push({ resolve, signal })));
  return { run, pending };
}

describe('polling the declarations', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('polls at once, then every interval after the previous poll has finished', async () => {
    const run = vi.fn(() => Promise.resolve());
    const poller = startPolling({ run, intervalMs: 3000, visibility: new FakeVisibility() });
    expect(run).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(2999);
    expect(run).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(run).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(3000 * 3);
    expect(run).toHaveBeenCalledTimes(5);
    poller.stop();
    await vi.advanceTimersByTimeAsync(30_000);
    expect(run).toHaveBeenCalledTimes(5);
  });

  it('never overlaps: a slow poll holds back the next one, and a refresh waits its turn', async () => {
    const { run, pending } = manualRun();
    const poller = startPolling({ run, intervalMs: 1000, visibility: new FakeVisibility() });
    expect(run).toHaveBeenCalledTimes(1);

    await vi.advanceTimersByTimeAsync(10_000);
    poller.refresh();
    poller.refresh();
    expect(run).toHaveBeenCalledTimes(1);

    pending[0]!.resolve();
    await vi.advanceTimersByTimeAsync(0);
    // The refreshes asked during the slow poll become one poll, right after it.
    expect(run).toHaveBeenCalledTimes(2);
    pending[1]!.resolve();
    await vi.advanceTimersByTimeAsync(999);
    expect(run).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(run).toHaveBeenCalledTimes(3);
    poller.stop();
  });

  it('keeps polling after a failed poll', async () => {
    const run = vi.fn(() => Promise.reject(new Error('503')));
    const poller = startPolling({ run, intervalMs: 500, visibility: new FakeVisibility() });
    await vi.advanceTimersByTimeAsync(1000);
    expect(run).toHaveBeenCalledTimes(3);
    poller.stop();
  });

  it('stops while the pane is hidden and polls at once when it is visible again', async () => {
    const visibility = new FakeVisibility();
    const run = vi.fn(() => Promise.resolve());
    const poller = startPolling({ run, intervalMs: 1000, visibility });
    await vi.advanceTimersByTimeAsync(0);
    expect(run).toHaveBeenCalledTimes(1);

    visibility.set('hidden');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(run).toHaveBeenCalledTimes(1);
    expect(vi.getTimerCount()).toBe(0);

    visibility.set('visible');
    expect(run).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(1000);
    expect(run).toHaveBeenCalledTimes(3);
    poller.stop();
    expect(visibility.listenerCount).toBe(0);
  });

  it('does not start while hidden', async () => {
    const visibility = new FakeVisibility();
    visibility.visibilityState = 'hidden';
    const run = vi.fn(() => Promise.resolve());
    const poller = startPolling({ run, intervalMs: 1000, visibility });
    await vi.advanceTimersByTimeAsync(10_000);
    expect(run).not.toHaveBeenCalled();
    poller.stop();
  });

  it('aborts the poll in flight when stopped, and schedules nothing after it', async () => {
    const { run, pending } = manualRun();
    const poller = startPolling({ run, intervalMs: 1000, visibility: new FakeVisibility() });
    poller.stop();
    expect(pending[0]!.signal.aborted).toBe(true);
    pending[0]!.resolve();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('changes its rhythm on request, counting the new interval from then', async () => {
    const run = vi.fn(() => Promise.resolve());
    const poller = startPolling({ run, intervalMs: 3000, visibility: new FakeVisibility() });
    await vi.advanceTimersByTimeAsync(2000);
    poller.setIntervalMs(30_000);
    await vi.advanceTimersByTimeAsync(29_999);
    expect(run).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(run).toHaveBeenCalledTimes(2);

    await vi.advanceTimersByTimeAsync(10_000);
    poller.setIntervalMs(3000);
    await vi.advanceTimersByTimeAsync(2999);
    expect(run).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(run).toHaveBeenCalledTimes(3);
    poller.stop();
  });

  it('uses the timers it is given', async () => {
    const scheduled: { callback: () => void; ms: number }[] = [];
    const timers = {
      setTimeout: (callback: () => void, ms: number) => scheduled.push({ callback, ms }),
      clearTimeout: vi.fn(),
    };
    const run = vi.fn(() => Promise.resolve());
    const poller = startPolling({ run, intervalMs: 2500, timers, visibility: new FakeVisibility() });
    await vi.advanceTimersByTimeAsync(0);
    expect(scheduled).toHaveLength(1);
    expect(scheduled[0]!.ms).toBe(2500);
    scheduled[0]!.callback();
    expect(run).toHaveBeenCalledTimes(2);
    poller.stop();
  });
});
