import type { DeclarationChange } from '../../api/types';
import { windowTimers, type PollTimers, type VisibilitySource } from './poller';

/** One event of a `text/event-stream`. */
export interface StreamEvent {
  /** The `event:` field, or `message` when it has none. */
  type: string;
  /** The `data:` lines, joined by line feeds. */
  data: string;
}

/**
 * Reads the server-sent events format (WHATWG HTML, "Server-sent events") as it arrives: give it the decoded text
 * in chunks of any size — an event, a line or a CRLF may be split across two — and it calls back once per complete
 * event. Lines end in LF, CR or CRLF; comments (`: keep-alive`), `id`, `retry` and unknown fields are skipped.
 */
export function createEventStreamParser(onEvent: (event: StreamEvent) => void): (chunk: string) => void {
  let pending = '';
  // The last chunk ended in CR: a LF at the start of the next one ends the same line.
  let afterCR = false;
  let type = '';
  let data: string[] = [];

  const line = (text: string): void => {
    if (text === '') {
      // A blank line ends the event; one without data is dropped, as browsers do.
      if (data.length > 0) onEvent({ type: type || 'message', data: data.join('\n') });
      type = '';
      data = [];
      return;
    }
    if (text.startsWith(':')) return;
    const colon = text.indexOf(':');
    const field = colon < 0 ? text : text.slice(0, colon);
    let value = colon < 0 ? '' : text.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'event') type = value;
    else if (field === 'data') data.push(value);
  };

  return (chunk) => {
    if (chunk === '') return;
    pending += afterCR && chunk.startsWith('\n') ? chunk.slice(1) : chunk;
    afterCR = false;
    let start = 0;
    for (let i = 0; i < pending.length; i++) {
      const c = pending[i];
      if (c !== '\n' && c !== '\r') continue;
      line(pending.slice(start, i));
      if (c === '\r') {
        if (i + 1 === pending.length) afterCR = true;
        else if (pending[i + 1] === '\n') i++;
      }
      start = i + 1;
    }
    pending = pending.slice(start);
  };
}

function readChange(data: string): DeclarationChange | null {
  try {
    const value = JSON.parse(data) as Partial<DeclarationChange> | null;
    return typeof value?.id === 'string' && typeof value.version === 'number' ? { id: value.id, version: value.version } : null;
  } catch {
    return null;
  }
}

/** Waits before each reconnect after the stream failed or closed; the last one repeats. */
export const RECONNECT_BACKOFF_MS: readonly number[] = [1000, 2000, 5000, 10_000, 20_000, 30_000];

/** Silence after which an open stream is taken for dead: three of the API's 15 s keep-alives missed. */
export const SILENCE_LIMIT_MS = 45_000;

export interface LiveUpdatesOptions {
  /**
   * Opens `GET /api/declarations/events` with the sign-in headers and resolves with the response body once the API
   * accepted; rejects when it did not. Aborting the signal must end the body.
   */
  open: (signal: AbortSignal) => Promise<ReadableStream<Uint8Array>>;
  /** One of the user's declarations was saved. */
  onChange: (change: DeclarationChange) => void;
  /** True once the stream said `ready`; false when it failed, closed, or stopped for a hidden pane. */
  onConnectedChange: (connected: boolean) => void;
  timers?: PollTimers;
  visibility?: VisibilitySource;
  backoffMs?: readonly number[];
  silenceLimitMs?: number;
}

export interface LiveUpdates {
  /** Closes the stream for good. */
  stop(): void;
}

/**
 * Keeps the API's stream of declaration changes open while the pane is visible: reconnects after a failure, a close or
 * a silent connection, waiting longer each time (1 s, 2 s, 5 s, … 30 s; back to 1 s once a stream said `ready`).
 * Hidden: no stream and no timer. Visible again: connects at once.
 * Read with fetch, not EventSource, which cannot send the Authorization header the API needs.
 */
export function startLiveUpdates(options: LiveUpdatesOptions): LiveUpdates {
  const timers = options.timers ?? windowTimers;
  const visibility = options.visibility ?? (typeof document === 'undefined' ? undefined : document);
  const backoff = options.backoffMs ?? RECONNECT_BACKOFF_MS;
  const silenceLimit = options.silenceLimitMs ?? SILENCE_LIMIT_MS;
  let current: AbortController | null = null;
  let retry: unknown;
  let silence: unknown;
  let failures = 0;
  let connected = false;
  let stopped = false;

  const visible = (): boolean => (visibility ? visibility.visibilityState === 'visible' : true);

  const setConnected = (value: boolean): void => {
    if (connected === value) return;
    connected = value;
    options.onConnectedChange(value);
  };

  const clearTimer = (handle: unknown): undefined => {
    if (handle !== undefined) timers.clearTimeout(handle);
    return undefined;
  };

  /** Ends the open stream without reconnecting. */
  const disconnect = (): void => {
    const open = current;
    current = null;
    retry = clearTimer(retry);
    silence = clearTimer(silence);
    open?.abort();
  };

  const scheduleReconnect = (): void => {
    if (stopped || !visible()) return;
    const wait = backoff[Math.min(failures, backoff.length - 1)] ?? 30_000;
    failures++;
    retry = timers.setTimeout(() => {
      retry = undefined;
      void connect();
    }, wait);
  };

  async function connect(): Promise<void> {
    retry = clearTimer(retry);
    const controller = new AbortController();
    current = controller;
    // Any byte (an event or a keep-alive) proves the connection alive; none for too long and it is dropped.
    const heard = (): void => {
      silence = clearTimer(silence);
      silence = timers.setTimeout(() => controller.abort(), silenceLimit);
    };
    const parse = createEventStreamParser((event) => {
      if (event.type === 'ready') {
        failures = 0;
        setConnected(true);
      } else if (event.type === 'declaration') {
        const change = readChange(event.data);
        if (change) options.onChange(change);
      }
    });
    try {
      const body = await options.open(controller.signal);
      const reader = body.getReader();
      const decoder = new TextDecoder();
      heard();
      for (;;) {
        const { done, value } = await reader.read();
        if (done || controller.signal.aborted) break;
        heard();
        parse(decoder.decode(value, { stream: true }));
      }
      void reader.cancel().catch(() => undefined);
    } catch {
      // Refused, failed or aborted: decided below.
    }
    if (current !== controller) return; // stopped, or hidden: not a failure
    current = null;
    silence = clearTimer(silence);
    setConnected(false);
    scheduleReconnect();
  }

  const onVisibility = (): void => {
    if (!visible()) {
      disconnect();
      setConnected(false);
    } else if (!current && !stopped) {
      failures = 0;
      void connect();
    }
  };

  visibility?.addEventListener('visibilitychange', onVisibility);
  if (visible()) void connect();

  return {
    stop: () => {
      stopped = true;
      visibility?.removeEventListener('visibilitychange', onVisibility);
      disconnect();
    },
  };
}
