import { makeStyles, tokens } from '@fluentui/react-components';
import type { EvidenceDto } from '../../api/types';
import { signalLabel, toneOf, type SignalTone } from './declarationState';
import { highlightEvidence } from './highlight';

const useStyles = makeStyles({
  text: {
    margin: 0,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    backgroundColor: tokens.colorNeutralBackground1,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusSmall,
  },
  mark: { color: 'inherit', borderRadius: tokens.borderRadiusSmall, padding: '0 2px' },
  positive: { backgroundColor: tokens.colorPaletteGreenBackground2, boxShadow: `inset 0 -2px 0 ${tokens.colorPaletteGreenBorderActive}` },
  condition: { backgroundColor: tokens.colorPaletteYellowBackground2, boxShadow: `inset 0 -2px 0 ${tokens.colorPaletteMarigoldBorderActive}` },
  negative: { backgroundColor: tokens.colorPaletteRedBackground2, boxShadow: `inset 0 -2px 0 ${tokens.colorPaletteRedBorderActive}` },
  neutral: { backgroundColor: tokens.colorNeutralBackground5, boxShadow: `inset 0 -2px 0 ${tokens.colorNeutralStroke1}` },
  hidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
  },
  unplaced: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalL },
});

interface Props {
  text: string;
  evidence: readonly EvidenceDto[];
  label: string;
}

/**
 * The reply as the prospect wrote it, with each evidence sentence in a <mark> whose title names
 * the signals it carries (screen readers get the same words after the sentence).
 */
export function ReplyText({ text, evidence, label }: Props) {
  const styles = useStyles();
  const { segments, unplaced } = highlightEvidence(text, evidence);
  const toneClass = (tone: SignalTone): string => styles[tone];
  return (
    <>
      <blockquote className={styles.text} aria-label={label}>
        {segments.map((segment, i) =>
          segment.signals ? (
            <span key={i}>
              <mark
                className={`${styles.mark} ${toneClass(toneOf(segment.signals))}`}
                title={`Evidence: ${segment.signals.map(signalLabel).join(', ')}`}
                data-signals={segment.signals.join(' ')}
              >
                {segment.text}
              </mark>
              <span className={styles.hidden}> (evidence: {segment.signals.map(signalLabel).join(', ')})</span>
            </span>
          ) : (
            <span key={i}>{segment.text || (text.length === 0 ? '(no text)' : '')}</span>
          ),
        )}
        {segments.length === 0 && '(no text)'}
      </blockquote>
      {unplaced.length > 0 && (
        <ul className={styles.unplaced} aria-label="Other evidence">
          {unplaced.map((e, i) => (
            <li key={i}>
              “{e.text}” — {signalLabel(e.signal)}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
