import { Caption1, FluentProvider, makeStyles, Subtitle1, Tab, TabList, tokens, webLightTheme } from '@fluentui/react-components';
import { DocumentTextRegular, MailInboxCheckmarkRegular } from '@fluentui/react-icons';
import { useEffect, useMemo, useState } from 'react';
import { createApiClient, type FetchLike } from './api/client';
import type { AuthProvider } from './auth/AuthProvider';
import { SignInBanner } from './auth/SignInBanner';
import { SignInPrompt } from './auth/signInPrompt';
import { DeclarationView } from './features/declaration/DeclarationView';
import { TrackingView, type TrackingOptions } from './features/tracking/TrackingView';
import type { ItemMode, OutlookHost } from './office/OutlookHost';

const useStyles = makeStyles({
  shell: {
    minHeight: '100vh',
    boxSizing: 'border-box',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL} ${tokens.spacingVerticalXXL}`,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  header: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
  caption: { color: tokens.colorNeutralForeground3 },
  tabs: {
    marginLeft: `calc(-1 * ${tokens.spacingHorizontalM})`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
});

export type PaneView = 'declaration' | 'tracking';

export function viewFromQuery(search: string): PaneView {
  return new URLSearchParams(search).get('view') === 'tracking' ? 'tracking' : 'declaration';
}

export interface AppProps {
  host: OutlookHost;
  auth: AuthProvider;
  /** The view the pane opens on (the manifest's button chose it); the tabs switch between them. */
  view: PaneView;
  fetch?: FetchLike;
  apiBaseUrl?: string;
  /** Polling of Track Replies (tests inject timers and visibility). */
  tracking?: TrackingOptions;
}

export function App({ host, auth, view: initialView, fetch, apiBaseUrl, tracking }: AppProps) {
  const styles = useStyles();
  const prompt = useMemo(() => new SignInPrompt(), []);
  const api = useMemo(
    () =>
      createApiClient({
        auth,
        onSignInNeeded: (need) => prompt.report(need),
        ...(fetch ? { fetch } : {}),
        ...(apiBaseUrl ? { baseUrl: apiBaseUrl } : {}),
      }),
    [auth, fetch, apiBaseUrl, prompt],
  );
  // On load: start or refresh the mailbox session the service works with while the pane is closed. A failure that
  // needs the user shows in the sign-in banner; any other is the next request's to report.
  useEffect(() => {
    api.startSession().catch(() => undefined);
  }, [api]);
  const [view, setView] = useState<PaneView>(initialView);
  // A pinned pane stays open while the SE selects other items: compose, read, or nothing at all.
  const [mode, setMode] = useState<ItemMode>(() => host.mode());
  useEffect(() => {
    setMode(host.mode());
    return host.onItemChanged(() => setMode(host.mode()));
  }, [host]);
  const [openId, setOpenId] = useState<string | null>(null);

  const track = (declarationId: string | null) => {
    setOpenId(declarationId);
    setView('tracking');
  };

  return (
    <FluentProvider theme={webLightTheme}>
      <main className={styles.shell}>
        <header className={styles.header}>
          <Subtitle1 as="h1">{view === 'tracking' ? 'Track Replies' : 'Draft Declaration'}</Subtitle1>
          <Caption1 className={styles.caption}>
            {view === 'tracking'
              ? 'Replies to your Technical Win declarations'
              : 'Formal Technical Win Declaration from the Mutual Success Plan'}
          </Caption1>
        </header>
        <SignInBanner prompt={prompt} auth={auth} onSignedIn={() => api.startSession().catch(() => undefined)} />
        <TabList
          className={styles.tabs}
          size="small"
          aria-label="OutlookWin views"
          selectedValue={view}
          onTabSelect={(_, data) => {
            setOpenId(null);
            setView(data.value as PaneView);
          }}
        >
          <Tab value="declaration" icon={<DocumentTextRegular />}>
            Draft Declaration
          </Tab>
          <Tab value="tracking" icon={<MailInboxCheckmarkRegular />}>
            Track Replies
          </Tab>
        </TabList>
        {/* Draft stays mounted (hidden) so a half-edited plan survives a look at the replies. */}
        <div hidden={view !== 'declaration'}>
          <DeclarationView api={api} host={host} mode={mode} onTrack={track} active={view === 'declaration'} />
        </div>
        {view === 'tracking' && (
          <TrackingView api={api} host={host} openId={openId} onDraft={() => setView('declaration')} {...tracking} />
        )}
      </main>
    </FluentProvider>
  );
}
