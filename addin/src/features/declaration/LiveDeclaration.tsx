import { Checkbox, Field, makeStyles, Textarea, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { OutlookWinApi } from '../../api/client';
import type { DeclarationResponse, SupersedeRequest } from '../../api/types';
import { Notice } from '../../shared/Notice';
import { useLoad } from '../../shared/useLoad';
import { cardFacts } from '../tracking/DeclarationList';
import { stateBadge } from '../tracking/declarationState';

const useStyles = makeStyles({
  body: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, marginTop: tokens.spacingVerticalXS },
});

/** Longest reason the API keeps. */
const MAX_REASON = 1000;

/**
 * The plan's live declaration (not superseded), read again whenever `refresh` changes (a new declaration was
 * created). Null while there is none, or while it is being read.
 */
export function useLiveDeclaration(api: OutlookWinApi, planId: string | null, refresh: string | null): DeclarationResponse | null {
  const loaded = useLoad(
    (signal) => (planId ? api.listDeclarations({ planId, signal }) : Promise.resolve([])),
    [api, planId, refresh],
  );
  return loaded.data?.find((d) => d.state !== 'superseded' && d.planId === planId) ?? null;
}

/** What the SE decided about the live declaration: keep it (nothing new is created), or supersede it for a reason. */
export interface SupersedeChoice {
  /** Set when the SE chose to supersede and gave a reason: creating a declaration replaces the live one. */
  request: SupersedeRequest | null;
}

interface Props {
  live: DeclarationResponse;
  onChange: (choice: SupersedeChoice) => void;
}

/**
 * One live declaration per plan: says which one is live and why Insert and Create draft are off, and lets the SE
 * supersede it with a reason (kept in its evidence chain) to send a new one.
 */
export function LiveDeclarationNotice({ live, onChange }: Props) {
  const styles = useStyles();
  const [supersede, setSupersede] = useState(false);
  const [reason, setReason] = useState('');
  const report = (checked: boolean, text: string) =>
    onChange({ request: checked && text.trim() !== '' ? { reason: text.trim() } : null });

  return (
    <Notice
      intent="info"
      data-testid="live-declaration"
      title="This plan already has a live declaration"
    >
      <div className={styles.body}>
        <div>
          “{live.subject}” — {cardFacts(live)} ({stateBadge(live).label}). A new declaration stays off while it is
          live, so the prospect has one declaration to answer. To send a new one, supersede it.
        </div>
        <Checkbox
          checked={supersede}
          label="Supersede it with a new declaration"
          onChange={(_, data) => {
            const checked = data.checked === true;
            setSupersede(checked);
            report(checked, reason);
          }}
        />
        {supersede && (
          <Field
            label="Why (kept in its evidence)"
            required
            validationState={reason.trim() === '' ? 'warning' : 'none'}
            validationMessage={reason.trim() === '' ? 'Say why, to supersede it.' : undefined}
          >
            <Textarea
              value={reason}
              maxLength={MAX_REASON}
              resize="vertical"
              onChange={(_, data) => {
                setReason(data.value);
                report(supersede, data.value);
              }}
            />
          </Field>
        )}
      </div>
    </Notice>
  );
}
