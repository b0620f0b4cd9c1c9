import { Button, Field, Input } from '@fluentui/react-components';
import { PersonAvailableRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { EvidenceApi } from '../../api/client';
import type { DeclarationResponse } from '../../api/types';
import { describe } from '../../shared/format';
import { Notice } from '../../shared/Notice';
import { usePanelStyles } from '../../shared/panelStyles';

interface Props {
  api: Pick<EvidenceApi, 'acknowledgeSender'>;
  declaration: DeclarationResponse;
  onChanged: (fresh: DeclarationResponse) => void;
}

/**
 * The confirmation came from someone other than the plan's lead engineer: say so, and let the SE acknowledge that
 * this person may confirm for the prospect (kept in the evidence) before it can go to the economic buyer.
 */
export function SenderCheck({ api, declaration: d, onChanged }: Props) {
  const styles = usePanelStyles();
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const sender = d.senderToAcknowledge ?? '';

  const acknowledge = async () => {
    setBusy(true);
    setError(null);
    try {
      onChanged(await api.acknowledgeSender(d.id, note.trim() || undefined));
    } catch (e) {
      setError(describe(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Notice
      intent="warning"
      label="Who confirmed"
      data-testid="sender-check"
      title={`Confirmed by ${sender}, not the lead engineer`}
      text="Before this goes to the economic buyer as the Technical Win, acknowledge that they may confirm for the prospect, or override the verdict with a reason."
    >
      <div className={styles.stack}>
        <Field label="Why they may confirm (optional, kept as evidence)">
          <Input value={note} maxLength={1000} onChange={(_, v) => setNote(v.value)} />
        </Field>
        <div className={styles.actions}>
          <Button appearance="primary" icon={<PersonAvailableRegular />} disabled={busy} onClick={() => void acknowledge()}>
            {busy ? 'Saving…' : `Acknowledge ${sender}`}
          </Button>
        </div>
        {error && <Notice intent="error" title="Not acknowledged" text={error} />}
      </div>
    </Notice>
  );
}
