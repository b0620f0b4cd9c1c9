import type { ProblemDetails } from '../api/types';
import type { InteractiveRequest } from './AuthProvider';

/** What the pane must ask of the user before it can go on: a sign-in, or consent to Graph scopes. */
export type SignInNeed =
  | { kind: 'sign-in' }
  | { kind: 'consent'; request: InteractiveRequest; adminConsentUrl: string | null; consentMissing: boolean };

/** A 401 problem from a mailbox call that carries a consent or claims challenge. */
export function needFromProblem(status: number, problem: ProblemDetails): SignInNeed | null {
  if (status !== 401 || !Array.isArray(problem.scopes) || problem.scopes.length === 0) return null;
  return {
    kind: 'consent',
    request: { scopes: problem.scopes, claims: problem.claims ?? null },
    adminConsentUrl: problem.adminConsentUrl ?? null,
    consentMissing: problem.consentRequired === true,
  };
}

/**
 * Collects sign-in needs from anywhere in the pane (the API client reports them) for the one prompt that shows them.
 * One per pane, created with it; never module state.
 */
export class SignInPrompt {
  private need: SignInNeed | null = null;
  private readonly listeners = new Set<(need: SignInNeed | null) => void>();

  current(): SignInNeed | null {
    return this.need;
  }

  report(need: SignInNeed): void {
    // A consent need is more specific than a plain sign-in: it is not replaced by one.
    if (this.need?.kind === 'consent' && need.kind === 'sign-in') return;
    this.need = need;
    this.emit();
  }

  clear(): void {
    this.need = null;
    this.emit();
  }

  subscribe(listener: (need: SignInNeed | null) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(): void {
    for (const listener of this.listeners) listener(this.need);
  }
}
