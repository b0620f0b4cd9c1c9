import { Button, Caption1, makeStyles, Spinner, tokens } from '@fluentui/react-components';
import { ArrowClockwiseRegular, DocumentAddRegular } from '@fluentui/react-icons';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { DeclarationActionsApi, DeclarationsApi } from '../../api/client';
import { ApiError } from '../../api/problem';
import type { DeclarationResponse } from '../../api/types';
import type { OutlookHost } from '../../office/OutlookHost';
import { describe, formatClock } from '../../shared/format';
import { Notice, type NoticeMessage } from '../../shared/Notice';
import { DeclarationDetail, type DetailAction } from './DeclarationDetail';
import { DeclarationList } from './DeclarationList';
import { startLiveUpdates } from './liveUpdates';
import { startPolling, type Poller, type PollTimers, type VisibilitySource } from './poller';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  status: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', columnGap: tokens.spacingHorizontalS },
  muted: { color: tokens.colorNeutralForeground3 },
});

/** How often the list is read while the pane is visible and changes are not pushed. */
export const DEFAULT_POLL_INTERVAL_MS = 3000;

/** How often it is read while they are: the safety net, and what shows changes saved by another API instance. */
export const FALLBACK_POLL_INTERVAL_MS = 30_000;

export interface TrackingOptions {
  pollIntervalMs?: number;
  fallbackPollIntervalMs?: number;
  /** Changes pushed over the API's event stream (the default); false: polling only. */
  liveUpdates?: boolean;
  timers?: PollTimers;
  visibility?: VisibilitySource;
}

interface Props extends TrackingOptions {
  api: DeclarationsApi & DeclarationActionsApi;
  /** Outlook, for downloads (the evidence pack). */
  host: Pick<OutlookHost, 'saveFile' | 'canOpenInBrowser' | 'openInBrowser' | 'openDraft'>;
  /** The declaration to open first (e.g. the one just sent from Draft Declaration). */
  openId?: string | null;
  onDraft?: () => void;
}

/**
 * Track Replies: every declaration and its state, read again as soon as the API says one changed, while the pane is
 * visible; polled every few seconds while that stream is down, and now and then while it is up.
 */
export function TrackingView({
  api,
  host,
  openId = null,
  onDraft,
  pollIntervalMs = DEFAULT_POLL_INTERVAL_MS,
  fallbackPollIntervalMs = FALLBACK_POLL_INTERVAL_MS,
  liveUpdates = true,
  timers,
  visibility,
}: Props) {
  const styles = useStyles();
  const [declarations, setDeclarations] = useState<DeclarationResponse[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [updatedAt, setUpdatedAt] = useState<Date | null>(null);
  const [selected, setSelected] = useState<string | null>(openId);
  /** The declaration last open, whose card takes focus back in the list. */
  const [cameBackFrom, setCameBackFrom] = useState<string | null>(null);
  const [busy, setBusy] = useState<DetailAction | null>(null);
  const [actionError, setActionError] = useState<NoticeMessage | null>(null);
  const [watchProblem, setWatchProblem] = useState<string | null>(null);
  const [live, setLive] = useState(false);
  const poller = useRef<Poller | null>(null);

  useEffect(() => setSelected(openId), [openId]);

  useEffect(() => {
    const running = startPolling({
      intervalMs: pollIntervalMs,
      ...(timers ? { timers } : {}),
      ...(visibility ? { visibility } : {}),
      run: async (signal) => {
        try {
          const [list, status] = await Promise.all([
            api.listDeclarations({ signal }),
            // The watch's problem is shown when there is one; the list does not wait on it or fail with it.
            api.trackingStatus({ signal }).catch(() => null),
          ]);
          if (signal.aborted) return;
          setDeclarations(list);
          setWatchProblem(status?.problem ?? null);
          setLoadError(null);
          setUpdatedAt(new Date());
        } catch (error) {
          if (!signal.aborted) setLoadError(describe(error));
        }
      },
    });
    poller.current = running;
    const stream = liveUpdates
      ? startLiveUpdates({
          open: (signal) => api.openDeclarationEvents({ signal }),
          onChange: () => running.refresh(),
          onConnectedChange: (connected) => {
            setLive(connected);
            running.setIntervalMs(connected ? fallbackPollIntervalMs : pollIntervalMs);
            // What changed while no stream was listening is read now.
            if (connected) running.refresh();
          },
          ...(timers ? { timers } : {}),
          ...(visibility ? { visibility } : {}),
        })
      : null;
    return () => {
      stream?.stop();
      running.stop();
      poller.current = null;
      setLive(false);
    };
  }, [api, pollIntervalMs, fallbackPollIntervalMs, liveUpdates, timers, visibility]);

  /** Puts a fresher copy from an action's answer into the list at once. */
  const replace = useCallback((fresh: DeclarationResponse) => {
    setDeclarations((list) => (list ?? []).map((d) => (d.id === fresh.id ? { ...d, ...fresh } : d)));
  }, []);

  const act = async (action: DetailAction, id: string) => {
    setBusy(action);
    setActionError(null);
    try {
      replace(action === 'send' ? await api.sendDeclaration(id) : await api.markSentFromOutlook(id));
    } catch (error) {
      const wait = error instanceof ApiError ? error.retryAfterSeconds : undefined;
      setActionError(
        wait !== undefined
          ? { intent: 'error', title: 'Your mailbox is busy', text: `Nothing was sent. Try again in ${wait} seconds.` }
          : { intent: 'error', title: action === 'send' ? 'Not sent' : 'Not recorded', text: describe(error) },
      );
    } finally {
      setBusy(null);
      poller.current?.refresh();
    }
  };

  if (declarations === null) {
    return loadError ? (
      <Notice
        intent="error"
        title="Could not load your declarations"
        text={loadError}
        actions={<Button onClick={() => poller.current?.refresh()}>Try again</Button>}
      />
    ) : (
      <Spinner label="Loading your declarations…" />
    );
  }

  const current = selected ? declarations.find((d) => d.id === selected) : undefined;

  return (
    <div className={styles.root}>
      <div className={styles.status}>
        <Caption1 className={styles.muted}>
          {updatedAt ? `${live ? 'Live updates' : 'Updates automatically'} · checked ${formatClock(updatedAt)}` : ''}
        </Caption1>
        <Button
          appearance="subtle"
          size="small"
          icon={<ArrowClockwiseRegular />}
          aria-label="Refresh declarations"
          title="Refresh"
          onClick={() => poller.current?.refresh()}
        />
      </div>

      {loadError && (
        <Notice intent="warning" title="Could not refresh">
          {loadError} Showing what was last read.
        </Notice>
      )}
      {actionError && <Notice {...actionError} />}
      {watchProblem && <Notice intent="warning" title="Replies are not fully watched" text={watchProblem} data-testid="watch-problem" />}

      {current ? (
        <DeclarationDetail
          declaration={current}
          api={api}
          host={host}
          busy={busy}
          onChanged={(fresh) => {
            replace(fresh);
            poller.current?.refresh();
          }}
          onRefresh={() => poller.current?.refresh()}
          onBack={() => {
            setCameBackFrom(current.id);
            setSelected(null);
            setActionError(null);
          }}
          onSend={() => void act('send', current.id)}
          onSentFromOutlook={() => void act('sent-from-outlook', current.id)}
        />
      ) : declarations.length === 0 ? (
        <Notice
          intent="info"
          title="No declarations yet"
          actions={
            onDraft && (
              <Button icon={<DocumentAddRegular />} onClick={onDraft}>
                Draft a declaration
              </Button>
            )
          }
        >
          Draft a Technical Win declaration from a Mutual Success Plan; once it is sent, its reply shows up here.
        </Notice>
      ) : (
        <DeclarationList declarations={declarations} onOpen={setSelected} focusId={cameBackFrom} />
      )}
    </div>
  );
}
