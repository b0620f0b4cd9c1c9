import type { ProblemDetails } from './types';

/** A non-success answer from the API, carrying its ProblemDetails when it sent one. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: ProblemDetails,
  ) {
    super(problem.detail ?? problem.title ?? `The server answered ${status}.`);
    this.name = 'ApiError';
  }

  /** Validation errors keyed by normalised field path (empty when there are none). */
  get fieldErrors(): Record<string, string[]> {
    return normaliseErrors(this.problem.errors);
  }

  /** Seconds to wait before trying again, for a 429/503 when the mailbox is busy. */
  get retryAfterSeconds(): number | undefined {
    const value = this.problem.retryAfterSeconds;
    return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
  }

  /** Why no declaration applies, for a 422 from the preview. */
  get reasons(): string[] {
    return this.problem.reasons ?? [];
  }
}

/**
 * Normalises a field path to the pane's camelCase form: `Criteria[2].Blocker.FixDue` and
 * `$.criteria[2].blocker.fixDue` both become `criteria[2].blocker.fixDue`.
 */
export function normaliseFieldPath(path: string): string {
  const trimmed = path.replace(/^\$\.?/, '');
  return trimmed
    .split('.')
    .map((segment) => (segment.length > 0 ? segment.charAt(0).toLowerCase() + segment.slice(1) : segment))
    .join('.');
}

export function normaliseErrors(errors: Record<string, string[]> | undefined): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  if (errors === undefined || errors === null || typeof errors !== 'object') {
    return result;
  }
  for (const [key, messages] of Object.entries(errors)) {
    const path = normaliseFieldPath(key);
    const list = Array.isArray(messages) ? messages.map(String) : [String(messages)];
    result[path] = [...(result[path] ?? []), ...list];
  }
  return result;
}

/** Reads a failed response into ProblemDetails, tolerating bodies that are not JSON. */
export async function readProblem(response: Response): Promise<ProblemDetails> {
  const text = await response.text();
  if (text.length > 0) {
    try {
      const parsed: unknown = JSON.parse(text);
      if (parsed !== null && typeof parsed === 'object') {
        return parsed as ProblemDetails;
      }
    } catch {
      // Not JSON: fall through and describe the status instead.
    }
  }
  return { status: response.status, title: response.statusText || `HTTP ${response.status}` };
}
