import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DeclarationChange } from '../src/api/types';
import { createEventStreamParser, startLiveUpdates, type StreamEvent } from '../src/features/tracking/liveUpdates';
import { FakeEventStream } from './fakeApi';
import { FakeVisibility } from './pollTestKit';

function parse(...chunks: string[]): StreamEvent[] {
  const events: StreamEvent[] = [];
  const feed = createEventStreamParser((e) => events.push(e));
  for (const chunk of chunks) feed(chunk);
  return events;
}

describe('reading a text/event-stream', () => {
  it('puts together an event split anywhere across chunks, and only once its blank line came', () => {
    const events: StreamEvent[] = [];
    const feed = createEventStreamParser((e) => events.push(e));
    feed('event: decl');
    feed('aration\ndata: {"id":"d-1",');
    feed('"version":2}\n');
    expect(events).toEqual([]);
    feed('\n');
    expect(events).toEqual([{ type: 'declaration', data: '{"id":"d-1","version":2}' }]);
  });

  it('ends lines at CRLF, CR or LF, also when a CRLF is split between two chunks', () => {
    // Read as two line ends, the split CRLF would end the event early and lose its type.
    expect(parse('event: ready\r', '\ndata: {}\r\n\r\n')).toEqual([{ type: 'ready', data: '{}' }]);
    expect(parse('event: a\rdata: 1\r\rdata: 2\n\n', 'data: 3\r\n\r\n')).toEqual([
      { type: 'a', data: '1' },
      { type: 'message', data: '2' },
      { type: 'message', data: '3' },
    ]);
  });

  it('skips comments, such as the keep-alive, and fields it does not use', () => {
    expect(parse(': keep-alive\n\n', ':\n', 'id: 7\nretry: 1000\nevent: declaration\n: in between\ndata: x\nfoo: bar\n\n')).toEqual([
      { type: 'declaration', data: 'x' },
    ]);
  });

  it('joins data lines with line feeds, takes one space off a value, and drops an event with no data', () => {
    expect(parse('data: one\ndata:two\ndata:  three\ndata\n\n')).toEqual([{ type: 'message', data: 'one\ntwo\n three\n' }]);
    expect(parse('event: ready\n\ndata: after\n\n')).toEqual([{ type: 'message', data: 'after' }]);
  });

  it('reads multi-byte text decoded across chunks', () => {
    const bytes = new TextEncoder().encode('data: ✓ confirmé\n\n');
    const decoder = new TextDecoder();
    const events: StreamEvent[] = [];
    const feed = createEventStreamParser((e) => events.push(e));
    // Split inside the check mark's three bytes.
    feed(decoder.decode(bytes.slice(0, 7), { stream: true }));
    feed(decoder.decode(bytes.slice(7), { stream: true }));
    expect(events).toEqual([{ type: 'message', data: '✓ confirmé' }]);
  });
});

/** The API's side of the stream: every connection the client opens, answered by the test. */
function fakeServer() {
  const streams: FakeEventStream[] = [];
  const refusals: number[] = [];
  const open = vi.fn((signal: AbortSignal) => {
    if (refusals.length > 0) return Promise.reject(new Error(`HTTP ${refusals.shift()}`));
    const stream = new FakeEventStream('se@fabrikam.example', signal, () => undefined);
    streams.push(stream);
    return Promise.resolve(stream.body);
  });
  return { open, streams, refusals, latest: () => streams[streams.length - 1]! };
}

describe('keeping the stream of declaration changes open', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  function start(server: ReturnType<typeof fakeServer>, visibility = new FakeVisibility()) {
    const changes: DeclarationChange[] = [];
    const states: boolean[] = [];
    const live = startLiveUpdates({
      open: server.open,
      onChange: (c) => changes.push(c),
      onConnectedChange: (c) => states.push(c),
      visibility,
    });
    return { live, changes, states };
  }

  it('is connected once the stream says ready, and passes on each declaration event', async () => {
    const server = fakeServer();
    const { live, changes, states } = start(server);
    await vi.advanceTimersByTimeAsync(0);
    expect(server.open).toHaveBeenCalledTimes(1);
    expect(states).toEqual([]);

    server.latest().send('event: ready\ndata: {}\n\n');
    await vi.advanceTimersByTimeAsync(0);
    expect(states).toEqual([true]);

    server.latest().send('event: declaration\ndata: {"id":"d-1","version":4}\n\n: keep-alive\n\nevent: declaration\ndata: not json\n\n');
    await vi.advanceTimersByTimeAsync(0);
    expect(changes).toEqual([{ id: 'd-1', version: 4 }]);
    live.stop();
  });

  it('reconnects after 1 s, 2 s, 5 s, 10 s, 20 s, then every 30 s while the API refuses', async () => {
    const server = fakeServer();
    server.refusals.push(503, 503, 503, 503, 503, 503, 503, 503);
    const { live } = start(server);
    await vi.advanceTimersByTimeAsync(0);
    expect(server.open).toHaveBeenCalledTimes(1);

    let calls = 1;
    for (const wait of [1000, 2000, 5000, 10_000, 20_000, 30_000, 30_000]) {
      await vi.advanceTimersByTimeAsync(wait - 1);
      expect(server.open).toHaveBeenCalledTimes(calls);
      await vi.advanceTimersByTimeAsync(1);
      expect(server.open).toHaveBeenCalledTimes(++calls);
    }
    live.stop();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(server.open).toHaveBeenCalledTimes(calls);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('starts again from 1 s once a stream said ready, and reconnects when the API closes it', async () => {
    const server = fakeServer();
    server.refusals.push(401, 503);
    const { live, states } = start(server);
    await vi.advanceTimersByTimeAsync(1000 + 2000);
    expect(server.open).toHaveBeenCalledTimes(3);
    server.latest().send('event: ready\ndata: {}\n\n');
    await vi.advanceTimersByTimeAsync(0);

    server.latest().close();
    await vi.advanceTimersByTimeAsync(0);
    expect(states).toEqual([true, false]);
    await vi.advanceTimersByTimeAsync(999);
    expect(server.open).toHaveBeenCalledTimes(3);
    await vi.advanceTimersByTimeAsync(1);
    expect(server.open).toHaveBeenCalledTimes(4);
    live.stop();
  });

  it('takes a stream silent for 45 s for dead and opens another; keep-alives keep it', async () => {
    const server = fakeServer();
    const { live, states } = start(server);
    await vi.advanceTimersByTimeAsync(0);
    server.latest().send('event: ready\ndata: {}\n\n');
    for (let i = 0; i < 8; i++) {
      await vi.advanceTimersByTimeAsync(15_000);
      server.latest().send(': keep-alive\n\n');
    }
    await vi.advanceTimersByTimeAsync(0);
    expect(server.open).toHaveBeenCalledTimes(1);
    expect(states).toEqual([true]);

    await vi.advanceTimersByTimeAsync(45_000);
    expect(server.streams[0]!.closed).toBe(true);
    expect(states).toEqual([true, false]);
    await vi.advanceTimersByTimeAsync(1000);
    expect(server.open).toHaveBeenCalledTimes(2);
    live.stop();
  });

  it('closes the stream while the pane is hidden, with no timer left, and opens it again at once when shown', async () => {
    const server = fakeServer();
    const visibility = new FakeVisibility();
    const { live, states } = start(server, visibility);
    await vi.advanceTimersByTimeAsync(0);
    server.latest().send('event: ready\ndata: {}\n\n');
    await vi.advanceTimersByTimeAsync(0);

    visibility.set('hidden');
    await vi.advanceTimersByTimeAsync(0);
    expect(server.streams[0]!.closed).toBe(true);
    expect(states).toEqual([true, false]);
    expect(vi.getTimerCount()).toBe(0);
    await vi.advanceTimersByTimeAsync(120_000);
    expect(server.open).toHaveBeenCalledTimes(1);

    visibility.set('visible');
    await vi.advanceTimersByTimeAsync(0);
    expect(server.open).toHaveBeenCalledTimes(2);

    live.stop();
    await vi.advanceTimersByTimeAsync(0);
    expect(server.streams[1]!.closed).toBe(true);
    expect(visibility.listenerCount).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
  });
});
