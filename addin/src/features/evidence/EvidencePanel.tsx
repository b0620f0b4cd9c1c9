import { Body1Strong, Button, Caption1, Link, mergeClasses, Spinner } from '@fluentui/react-components';
import { ArrowDownloadRegular, ShieldCheckmarkRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { EvidenceApi } from '../../api/client';
import type { DeclarationResponse, EvidenceVerification } from '../../api/types';
import type { OutlookHost } from '../../office/OutlookHost';
import { describe, formatTime, shortHash } from '../../shared/format';
import { Notice, type NoticeMessage } from '../../shared/Notice';
import { usePanelStyles } from '../../shared/panelStyles';
import { useLoad } from '../../shared/useLoad';
import { evidenceKindLabel, evidenceSummary } from './evidenceLabels';

interface Props {
  api: EvidenceApi;
  host: Pick<OutlookHost, 'saveFile' | 'canOpenInBrowser' | 'openInBrowser'>;
  declaration: Pick<DeclarationResponse, 'id' | 'version' | 'state'>;
}

/** The declaration's evidence: verify the chain, read the audit log, download the pack for the AE or legal. */
export function EvidencePanel({ api, host, declaration: d }: Props) {
  const styles = usePanelStyles();
  // Read again whenever the declaration changes: a new reply, an override or a forward adds events.
  const { data: log, error: logError } = useLoad(() => api.listEvidence(d.id), [api, d.id, d.version, d.state]);
  const [verification, setVerification] = useState<EvidenceVerification | null>(null);
  const [busy, setBusy] = useState<'verify' | 'download' | null>(null);
  const [notice, setNotice] = useState<NoticeMessage | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  /** The signed link the pack was handed over by, and when it stops working. */
  const [link, setLink] = useState<{ url: string; expiresAt: string; opened: boolean } | null>(null);

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

  /** A signed link (no sign-in needed for a few minutes), opened in the user's browser where the host can. */
  const handOverLink = async (open: boolean) => {
    const created = await api.createEvidencePackLink(d.id);
    setLink({ ...created, opened: open && host.openInBrowser(created.url) });
  };

  const download = async () => {
    setBusy('download');
    setNotice(null);
    setSaved(null);
    setLink(null);
    try {
      if (host.canOpenInBrowser()) {
        // Outlook on Windows: its web view may drop a download the pane starts; the user's browser takes a link.
        await handOverLink(true);
      } else {
        const file = await api.downloadEvidencePack(d.id);
        await host.saveFile(file);
        setSaved(file.fileName);
      }
    } catch (error) {
      setNotice({ intent: 'error', title: 'Evidence pack not downloaded', text: describe(error) });
    } finally {
      setBusy(null);
    }
  };

  const offerLink = async () => {
    setNotice(null);
    try {
      await handOverLink(false);
    } catch (error) {
      setNotice({ intent: 'error', title: 'No download link', text: describe(error) });
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
        <Notice
          intent={verification.valid ? 'success' : 'error'}
          label="Verification result"
          data-testid="verification"
          data-valid={String(verification.valid)}
          title={verification.valid ? 'Evidence intact' : 'Evidence does not hold'}
          text={`${verification.links} ${verification.links === 1 ? 'event' : 'events'} and ${verification.messages} ${verification.messages === 1 ? 'message' : 'messages'} checked ${formatTime(verification.checkedAt)}.`}
        >
          {verification.head && (
            <div data-testid="evidence-head">
              Chain head <code title={verification.head}>{verification.head.slice(0, 16)}</code> — note it, or compare it
              with a pack’s (<code>outlookwin verify pack.zip --head …</code>), to know nothing was cut since.
            </div>
          )}
          {verification.problems.length > 0 && (
            <ul className={styles.list} aria-label="Verification problems">
              {verification.problems.map((p, i) => (
                <li key={i}>
                  <strong>{p.where}:</strong> {p.problem}
                </li>
              ))}
            </ul>
          )}
        </Notice>
      )}

      {saved && (
        <Notice intent="success" title="Evidence pack saved">
          {saved}: the original replies and the sent declaration as .eml, and a manifest with the hashes.
          {!link && (
            <>
              {' '}
              <Link as="button" inline onClick={() => void offerLink()}>
                Nothing downloaded? Get a download link
              </Link>
            </>
          )}
        </Notice>
      )}
      {link && (
        <Notice intent="success" title={link.opened ? 'Evidence pack opened in your browser' : 'Download link ready'} data-testid="evidence-pack-link">
          {link.opened ? 'Your browser downloads it: the original replies, the sent declaration as .eml, and a manifest with the hashes. ' : ''}
          <Link href={link.url} target="_blank" rel="noopener noreferrer" inline>
            {link.opened ? 'Nothing downloaded? Open the link again' : 'Download the evidence pack'}
          </Link>{' '}
          (it works until {formatTime(link.expiresAt)} for whoever has it: do not pass it on).
        </Notice>
      )}
      {notice && <Notice {...notice} />}

      <Body1Strong as="h4" className={styles.heading}>
        Audit log
      </Body1Strong>
      {logError && !log && (
        <Notice intent="warning" text={`Could not read the audit log: ${logError}`} />
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
