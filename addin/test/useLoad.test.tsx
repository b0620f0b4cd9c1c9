import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useLoad } from '../src/shared/useLoad';

/** A promise the test settles by hand. */
function deferred<T>() {
  let resolve: (value: T) => void = () => undefined;
  let reject: (error: unknown) => void = () => undefined;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('useLoad', () => {
  it('drops an answer that arrives after the inputs moved on, and aborts its request', async () => {
    const pending = new Map<string, ReturnType<typeof deferred<string>>>();
    const signals = new Map<string, AbortSignal>();
    const { result, rerender } = renderHook(({ id }: { id: string }) =>
      useLoad((signal) => {
        const d = deferred<string>();
        pending.set(id, d);
        signals.set(id, signal);
        return d.promise;
      }, [id]),
      { initialProps: { id: 'a' } },
    );
    expect(result.current).toMatchObject({ data: null, error: null, loading: true });

    rerender({ id: 'b' });
    expect(signals.get('a')?.aborted).toBe(true);
    await act(async () => pending.get('b')?.resolve('answer b'));
    await act(async () => pending.get('a')?.resolve('answer a'));
    expect(result.current).toMatchObject({ data: 'answer b', error: null, loading: false });
  });

  it('keeps the last answer when reading again fails, and reload reads again', async () => {
    let calls = 0;
    const answers = [() => Promise.resolve('first'), () => Promise.reject(new Error('Server busy')), () => Promise.resolve('third')];
    const { result } = renderHook(() => useLoad(() => (answers[calls++] ?? (() => Promise.resolve('more')))(), []));
    await waitFor(() => expect(result.current.data).toBe('first'));

    act(() => result.current.reload());
    await waitFor(() => expect(result.current.error).toBe('Server busy'));
    expect(result.current.data).toBe('first');

    act(() => result.current.reload());
    await waitFor(() => expect(result.current).toMatchObject({ data: 'third', error: null, loading: false }));
    expect(calls).toBe(3);
  });
});
