import {
  Body1Strong,
  Button,
  Caption1,
  Link,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  mergeClasses,
  Spinner,
} from '@fluentui/react-components';
import { ArrowDownloadRegular, ShieldCheckmarkRegular } from '@fluentui/react-icons';
import { useEffect, useState } from 'react';
import type { EvidenceApi } from '../../api/client';
import type { DeclarationResponse, EvidenceLinkDto, EvidenceVerification } from '../../api/types';
import type { OutlookHost } from '../../office/OutlookHost';
import { formatTime } from '../tracking/declarationState';
import { evidenceKindLabel, evidenceSummary, shortHash } from './evidenceLabels';
import { usePanelStyles } from '../../shared/panelStyles';

const describe = (error: unknown): string => (error instanceof Error ? error.message : String(error));

interface Props {
  api: EvidenceApi;
  host: Pick<OutlookHost, 'saveFile' | 'canOpenInBrowser' | 'openInBrowser'>;
  declaration: Pick<DeclarationResponse, 'id' | 'version' | 'state'>;
}

/** The declaration's evidence: verify the chain, read the audit log, download the pack for the AE or legal. */
export function EvidencePanel({ api, host, declaration: d }: Props) {
  const styles = usePanelStyles();
  const [log, setLog] = useState<EvidenceLinkDto[] | null>(null);
  const [logError, setLogError] = useState<string | null>(null);
  const [verification, setVerification] = useState<EvidenceVerification | null>(null);
  const [busy, setBusy] = useState<'verify' | 'download' | null>(null);
  const [notice, setNotice] = useState<{ intent: 'success' | 'error'; title: string; text?: string } | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    api
      .listEvidence(d.id)
      .then((links) => {
        if (!live) return;
        setLog(links);
        setLogError(null);
      })
      .catch((error: unknown) => live && setLogError(describe(error)));
    return () => {
      live = false;
    };
  }, [api, d.id, d.version, d.state]);

  const verify = async () => {
    setBusy('verify');
    setNotice(null);
    try {
      setVerification(await api.verifyEvidence(d.id));
    } catch (error) {
      setVerification(null);
      setNotice({ intent: 'error', title: 'Could not verify', text: describe(error) });
    } finally {
      setBusy(null);
    }
  };

  const download = async () => {
    setBusy('download');
    setNotice(null);
    setSaved(null);
    try {
      const file = await api.downloadEvidencePack(d.id);
      await host.saveFile(file);
      setSaved(file.fileName);
    } catch (error) {
      setNotice({ intent: 'error', title: 'Evidence pack not downloaded', text: describe(error) });
    } finally {
      setBusy(null);
    }
  };

  return (
    <div className={styles.stack}>
      <Caption1 className={styles.muted}>
        Every event is chained to the one before by SHA-256, and each reply is kept byte for byte: any later change shows
        up when you verify.
      </Caption1>
      <div className={styles.actions}>
        <Button size="small" icon={<ShieldCheckmarkRegular />} disabled={busy !== null} onClick={() => void verify()}>
          {busy === 'verify' ? 'Verifying…' : 'Verify'}
        </Button>
        <Button size="small" icon={<ArrowDownloadRegular />} disabled={busy !== null} onClick={() => void download()}>
          {busy === 'download' ? 'Preparing…' : 'Download evidence pack'}
        </Button>
      </div>

      {verification && (
        <MessageBar
          intent={verification.valid ? 'success' : 'error'}
          layout="multiline"
          aria-label="Verification result"
          aria-labelledby={undefined}
          data-testid="verification"
          data-valid={String(verification.valid)}
        >
          <MessageBarBody>
            <MessageBarTitle>{verification.valid ? 'Evidence intact' : 'Evidence does not hold'}</MessageBarTitle>
            {`${verification.links} ${verification.links === 1 ? 'event' : 'events'} and ${verification.messages} ${verification.messages === 1 ? 'message' : 'messages'} checked ${formatTime(verification.checkedAt)}.`}
            {verification.problems.length > 0 && (
              <ul className={styles.list} aria-label="Verification problems">
                {verification.problems.map((p, i) => (
                  <li key={i}>
                    <strong>{p.where}:</strong> {p.problem}
                  </li>
                ))}
              </ul>
            )}
          </MessageBarBody>
        </MessageBar>
      )}

      {saved && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Evidence pack saved</MessageBarTitle>
            {saved}: the original replies and the sent declaration as .eml, and a manifest with the hashes.
            {host.canOpenInBrowser() && (
              <>
                {' '}
                <Link as="button" inline onClick={() => host.openInBrowser(api.evidencePackUrl(d.id))}>
                  Nothing downloaded? Open it in your browser
                </Link>
              </>
            )}
          </MessageBarBody>
        </MessageBar>
      )}
      {notice && (
        <MessageBar intent={notice.intent} layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{notice.title}</MessageBarTitle>
            {notice.text}
          </MessageBarBody>
        </MessageBar>
      )}

      <Body1Strong as="h4" className={styles.heading}>
        Audit log
      </Body1Strong>
      {logError && !log && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{`Could not read the audit log: ${logError}`}</MessageBarBody>
        </MessageBar>
      )}
      {!log && !logError && <Spinner size="tiny" label="Reading the audit log…" />}
      {log && log.length === 0 && <Caption1 className={styles.muted}>Nothing recorded yet.</Caption1>}
      {log && log.length > 0 && (
        <ol className={styles.list} aria-label="Audit log">
          {log.map((link) => {
            const summary = evidenceSummary(link);
            return (
              <li key={link.sequence} data-kind={link.kind} className={styles.entry}>
                <Caption1 as="p" className={styles.line}>
                  <strong>{evidenceKindLabel(link.kind)}</strong>
                  {summary && <> · {summary}</>}
                </Caption1>
                <Caption1 as="p" className={mergeClasses(styles.line, styles.muted)}>
                  {formatTime(link.at)} ·{' '}
                  <code className={styles.hash} title={`SHA-256 ${link.hash}`}>
                    {shortHash(link.hash)}
                  </code>
                </Caption1>
                <Caption1 as="p" className={mergeClasses(styles.line, styles.muted)}>
                  by {link.actor}
                </Caption1>
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
}
