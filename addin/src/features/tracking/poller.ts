/** The timer functions the poller uses: the window's in the pane, fake ones in tests. */
export interface PollTimers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** Where the poller learns whether the pane is visible: the document in the pane. */
export interface VisibilitySource {
  readonly visibilityState: DocumentVisibilityState;
  addEventListener(type: 'visibilitychange', listener: () => void): void;
  removeEventListener(type: 'visibilitychange', listener: () => void): void;
}

export interface PollerOptions {
  /** One poll. Rejections are the caller's to report; the poller keeps going either way. */
  run: (signal: AbortSignal) => Promise<void>;
  intervalMs: number;
  timers?: PollTimers;
  visibility?: VisibilitySource;
}

export interface Poller {
  /** Polls now (or right after the poll in flight), then keeps the usual rhythm. */
  refresh(): void;
  /** Changes the rhythm; a poll already scheduled is rescheduled that long from now. */
  setIntervalMs(ms: number): void;
  /** Stops for good and aborts the poll in flight. */
  stop(): void;
}

/** The window's timers. */
export const windowTimers: PollTimers = {
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof globalThis.setTimeout>),
};

/**
 * Polls while the page is visible: at once, then `intervalMs` after each poll has finished, so
 * two polls never overlap however slow the server is. Hidden: no timer at all. Visible again:
 * polls at once.
 */
export function startPolling(options: PollerOptions): Poller {
  const timers = options.timers ?? windowTimers;
  const visibility = options.visibility ?? (typeof document === 'undefined' ? undefined : document);
  let intervalMs = options.intervalMs;
  let timer: unknown;
  let inFlight: AbortController | null = null;
  let again = false;
  let stopped = false;

  const visible = (): boolean => (visibility ? visibility.visibilityState === 'visible' : true);

  const clear = (): void => {
    if (timer !== undefined) {
      timers.clearTimeout(timer);
      timer = undefined;
    }
  };

  const schedule = (): void => {
    clear();
    if (stopped || !visible()) return;
    timer = timers.setTimeout(() => {
      timer = undefined;
      void poll();
    }, intervalMs);
  };

  async function poll(): Promise<void> {
    if (stopped) return;
    if (inFlight) {
      again = true;
      return;
    }
    clear();
    const controller = new AbortController();
    inFlight = controller;
    try {
      await options.run(controller.signal);
    } catch {
      // The caller reports its own failures; polling carries on.
    } finally {
      inFlight = null;
    }
    if (stopped) return;
    if (again) {
      again = false;
      void poll();
    } else {
      schedule();
    }
  }

  const onVisibility = (): void => {
    if (visible()) {
      if (!inFlight) void poll();
    } else {
      clear();
    }
  };

  visibility?.addEventListener('visibilitychange', onVisibility);
  if (visible()) void poll();

  return {
    refresh: () => void poll(),
    setIntervalMs: (ms) => {
      if (ms === intervalMs) return;
      intervalMs = ms;
      if (timer !== undefined) schedule();
    },
    stop: () => {
      stopped = true;
      clear();
      visibility?.removeEventListener('visibilitychange', onVisibility);
      inFlight?.abort();
    },
  };
}
