import { useCallback, useEffect, useState, type DependencyList } from 'react';
import { describe } from './format';

export interface Loaded<T> {
  /** The last answer; kept while a fresher one loads or when reading it again fails. */
  data: T | null;
  /** Why the last read failed, cleared by the next answer. */
  error: string | null;
  loading: boolean;
  /** Reads again with the same inputs. */
  reload: () => void;
}

interface LoadState<T> {
  data: T | null;
  error: string | null;
  loading: boolean;
}

/**
 * Reads `load` whenever `deps` change (and on `reload`). An answer that arrives after the inputs
 * moved on is dropped, and its request aborted, so a slow old read never overwrites a newer one.
 */
export function useLoad<T>(load: (signal: AbortSignal) => Promise<T>, deps: DependencyList): Loaded<T> {
  const [state, setState] = useState<LoadState<T>>({ data: null, error: null, loading: true });
  const [round, setRound] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    setState((s) => (s.loading ? s : { ...s, loading: true }));
    load(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setState({ data, error: null, loading: false });
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setState((s) => ({ data: s.data, error: describe(error), loading: false }));
      },
    );
    return () => controller.abort();
    // `load` is read afresh whenever the caller's inputs (deps) change; its identity does not matter.
  }, [...deps, round]);

  const reload = useCallback(() => setRound((r) => r + 1), []);
  return { ...state, reload };
}
