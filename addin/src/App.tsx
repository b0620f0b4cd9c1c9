import { Caption1, FluentProvider, makeStyles, Title3, tokens, webLightTheme } from '@fluentui/react-components';
import { useMemo } from 'react';
import { createApiClient, type FetchLike } from './api/client';
import type { AuthProvider } from './auth/AuthProvider';
import { DeclarationView } from './features/declaration/DeclarationView';
import { TrackingPlaceholder } from './features/tracking/TrackingPlaceholder';
import type { OutlookHost } from './office/OutlookHost';

const useStyles = makeStyles({
  shell: {
    minHeight: '100vh',
    boxSizing: 'border-box',
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL} ${tokens.spacingVerticalXXL}`,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  header: { display: 'flex', flexDirection: 'column' },
});

export type PaneView = 'declaration' | 'tracking';

export function viewFromQuery(search: string): PaneView {
  return new URLSearchParams(search).get('view') === 'tracking' ? 'tracking' : 'declaration';
}

export interface AppProps {
  host: OutlookHost;
  auth: AuthProvider;
  view: PaneView;
  fetch?: FetchLike;
  apiBaseUrl?: string;
}

export function App({ host, auth, view, fetch, apiBaseUrl }: AppProps) {
  const styles = useStyles();
  const api = useMemo(
    () => createApiClient({ auth, ...(fetch ? { fetch } : {}), ...(apiBaseUrl ? { baseUrl: apiBaseUrl } : {}) }),
    [auth, fetch, apiBaseUrl],
  );
  return (
    <FluentProvider theme={webLightTheme}>
      <main className={styles.shell}>
        <header className={styles.header}>
          <Title3 as="h1">{view === 'tracking' ? 'Track Replies' : 'Draft Declaration'}</Title3>
          <Caption1>
            {view === 'tracking'
              ? 'Replies to your Technical Win declarations'
              : 'Formal Technical Win Declaration from the Mutual Success Plan'}
          </Caption1>
        </header>
        {view === 'tracking' ? <TrackingPlaceholder /> : <DeclarationView api={api} host={host} />}
      </main>
    </FluentProvider>
  );
}
