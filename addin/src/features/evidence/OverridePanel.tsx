import { Button, Caption1, Field, Select, Textarea } from '@fluentui/react-components';
import { EditRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import type { EvidenceApi } from '../../api/client';
import { ApiError } from '../../api/problem';
import type { DeclarationResponse, ReplyVerdict } from '../../api/types';
import { describe } from '../../shared/format';
import { verdictLabel } from '../../shared/labels';
import { Notice, type NoticeMessage } from '../../shared/Notice';
import { usePanelStyles } from '../../shared/panelStyles';

const VERDICTS: ReplyVerdict[] = ['confirmed', 'conditional', 'declined', 'ambiguous', 'auto_reply'];

interface Props {
  api: EvidenceApi;
  declaration: DeclarationResponse;
  onChanged: (fresh: DeclarationResponse) => void;
}

/** The SE's own verdict, with a required reason; the replies keep their reading, and both are shown. */
export function OverridePanel({ api, declaration: d, onChanged }: Props) {
  const styles = usePanelStyles();
  const [verdict, setVerdict] = useState<ReplyVerdict | ''>('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<{ verdict?: string; reason?: string }>({});
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<NoticeMessage | null>(null);

  if (!d.sentAt) {
    return <Caption1 className={styles.muted}>Once the declaration is sent, you can override the verdict on its replies.</Caption1>;
  }

  const submit = async () => {
    const found: { verdict?: string; reason?: string } = {};
    if (!verdict) found.verdict = 'Choose the verdict you stand by.';
    if (reason.trim().length === 0) found.reason = 'Say why: the reason is kept with the override as evidence.';
    setErrors(found);
    if (!verdict || found.reason) return;
    setBusy(true);
    setNotice(null);
    try {
      const fresh = await api.overrideVerdict(d.id, { verdict, reason: reason.trim() });
      setNotice({ intent: 'success', title: `Verdict set to ${verdictLabel(verdict)}`, text: 'The replies keep their own reading; both are in the evidence.' });
      setVerdict('');
      setReason('');
      onChanged(fresh);
    } catch (error) {
      if (error instanceof ApiError && error.status === 400) {
        const fields = error.fieldErrors;
        const server = { verdict: fields['verdict']?.join(' '), reason: fields['reason']?.join(' ') };
        setErrors({ ...(server.verdict ? { verdict: server.verdict } : {}), ...(server.reason ? { reason: server.reason } : {}) });
        const other = Object.entries(fields).filter(([k]) => k !== 'verdict' && k !== 'reason');
        if (other.length > 0 || (!server.verdict && !server.reason)) {
          setNotice({ intent: 'error', title: error.problem.title ?? 'Not overridden', text: other.map(([, m]) => m.join(' ')).join(' ') || describe(error) });
        }
      } else {
        setNotice({ intent: 'error', title: 'Not overridden', text: describe(error) });
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className={styles.stack}
      aria-label="Override verdict"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <Caption1 className={styles.muted}>
        When the reader got it wrong — a 👍 the lead engineer confirmed by phone, say — set the verdict yourself. Your
        reason is kept with it; the reply’s own reading stays beside it.
      </Caption1>
      <Field label="Verdict" required validationMessage={errors.verdict} validationState={errors.verdict ? 'error' : 'none'}>
        <Select value={verdict} onChange={(_, data) => setVerdict(data.value as ReplyVerdict | '')}>
          <option value="">Choose…</option>
          {VERDICTS.map((v) => (
            <option key={v} value={v}>
              {verdictLabel(v)}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Reason" required validationMessage={errors.reason} validationState={errors.reason ? 'error' : 'none'}>
        <Textarea
          resize="vertical"
          value={reason}
          placeholder="e.g. Dana confirmed on the call on 25 Nov; the 👍 answers the declaration."
          onChange={(_, data) => setReason(data.value)}
        />
      </Field>
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" icon={<EditRegular />} disabled={busy}>
          {busy ? 'Saving…' : 'Save override'}
        </Button>
      </div>
      {notice && <Notice {...notice} />}
    </form>
  );
}
