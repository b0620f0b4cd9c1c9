import { Button, Link } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { Notice } from '../shared/Notice';
import type { AuthProvider } from './AuthProvider';
import type { SignInNeed, SignInPrompt } from './signInPrompt';

export interface SignInBannerProps {
  prompt: SignInPrompt;
  auth: AuthProvider;
  /** After a successful interactive request: start the mailbox session again. */
  onSignedIn: () => Promise<unknown>;
}

/**
 * The one place the pane asks the user to act for sign-in: a button whose click makes one interactive request (a popup
 * with nested app authentication, else the Office dialog). Background work only reports the need; it never opens a
 * window. When consent was asked once and is still missing, the tenant wants an administrator: the banner says so and
 * shows the admin-consent address instead of asking again.
 */
export function SignInBanner({ prompt, auth, onSignedIn }: SignInBannerProps) {
  const [need, setNeed] = useState<SignInNeed | null>(prompt.current());
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [askedForConsent, setAskedForConsent] = useState(false);
  useEffect(() => prompt.subscribe(setNeed), [prompt]);

  if (!need || !auth.interact) return null;
  const interact = auth.interact.bind(auth);
  const adminOnly = need.kind === 'consent' && askedForConsent && need.consentMissing;

  const act = async () => {
    setBusy(true);
    setFailure(null);
    try {
      await interact(need.kind === 'consent' ? need.request : undefined);
      if (need.kind === 'consent') setAskedForConsent(true);
      prompt.clear();
      await onSignedIn();
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };

  const adminConsent =
    need.kind === 'consent' && need.adminConsentUrl ? (
      <div>
        If your organisation lets only administrators consent, an administrator grants it for everyone at{' '}
        <Link href={need.adminConsentUrl} target="_blank" rel="noopener noreferrer">
          {need.adminConsentUrl}
        </Link>
        .
      </div>
    ) : null;

  return (
    <Notice
      intent={adminOnly ? 'error' : 'warning'}
      label="Sign-in"
      title={
        need.kind === 'sign-in'
          ? 'Sign in to OutlookWin'
          : adminOnly
            ? 'An administrator must consent for your organisation'
            : need.consentMissing
              ? 'OutlookWin needs your permission to read and send mail as you'
              : 'Sign in again so OutlookWin can use your mailbox'
      }
      text={failure ?? undefined}
      actions={
        adminOnly ? undefined : (
          <Button appearance="primary" size="small" disabled={busy} onClick={() => void act()}>
            {need.kind === 'consent' && need.consentMissing ? 'Grant access' : 'Sign in'}
          </Button>
        )
      }
    >
      {adminConsent}
    </Notice>
  );
}
