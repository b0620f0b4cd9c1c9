import { Button, Caption1, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useId, useState, type ReactNode } from 'react';
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
  // A long reply starts folded to a screenful; "Show all" opens the rest.
  folded: {
    maxHeight: '18em',
    overflow: 'hidden',
    maskImage: 'linear-gradient(to bottom, black 75%, transparent)',
  },
  cut: { color: tokens.colorNeutralForeground3 },
  note: { color: tokens.colorNeutralForeground3 },
});

/** The reader keeps this much of each line of a reply (ReplyExtractor's limit); a longer line arrives cut. */
export const READ_LINE_LIMIT = 2000;

/** A reply longer than this, in characters or lines, starts folded. */
const FOLD_CHARACTERS = 1200;
const FOLD_LINES = 18;

/** Where lines end that the reader cut at its limit (offsets into the text). */
function cutLineEnds(text: string): number[] {
  const ends: number[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    if (line.length >= READ_LINE_LIMIT) ends.push(start + line.length);
    start += line.length + 1;
  }
  return ends;
}

/** Splits a run at the cut line ends inside it, with an ellipsis (and its words for a screen reader) at each. */
function withCutMarks(text: string, offset: number, cuts: number[], mark: (key: string) => ReactNode): ReactNode[] {
  const parts: ReactNode[] = [];
  let from = 0;
  for (const cut of cuts) {
    const at = cut - offset;
    if (at <= from || at > text.length) continue;
    parts.push(text.slice(from, at), mark(`cut-${cut}`));
    from = at;
  }
  parts.push(text.slice(from));
  return parts;
}

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
  const id = useId();
  const [showAll, setShowAll] = useState(false);
  const { segments, unplaced } = highlightEvidence(text, evidence);
  const toneClass = (tone: SignalTone): string => styles[tone];
  const cuts = cutLineEnds(text);
  const long = text.length > FOLD_CHARACTERS || text.split('\n').length > FOLD_LINES;
  const mark = (key: string) => (
    <span key={key} className={styles.cut}>
      …<span className={styles.hidden}> (line cut here)</span>
    </span>
  );
  let offset = 0;
  return (
    <>
      <blockquote id={id} className={mergeClasses(styles.text, long && !showAll && styles.folded)} aria-label={label}>
        {segments.map((segment, i) => {
          const at = offset;
          offset += segment.text.length;
          return segment.signals ? (
            <span key={i}>
              <mark
                className={`${styles.mark} ${toneClass(toneOf(segment.signals))}`}
                title={`Evidence: ${segment.signals.map(signalLabel).join(', ')}`}
                data-signals={segment.signals.join(' ')}
              >
                {withCutMarks(segment.text, at, cuts, mark)}
              </mark>
              <span className={styles.hidden}> (evidence: {segment.signals.map(signalLabel).join(', ')})</span>
            </span>
          ) : (
            <span key={i}>{segment.text ? withCutMarks(segment.text, at, cuts, mark) : text.length === 0 ? '(no text)' : ''}</span>
          );
        })}
        {segments.length === 0 && '(no text)'}
      </blockquote>
      {long && (
        <div>
          <Button
            size="small"
            appearance="secondary"
            aria-expanded={showAll}
            aria-controls={id}
            // Several replies can be long on one screen: each button says whose.
            aria-label={`${showAll ? 'Show less' : 'Show all'}: ${label}`}
            onClick={() => setShowAll((v) => !v)}
          >
            {showAll ? 'Show less' : 'Show all'}
          </Button>
        </div>
      )}
      {cuts.length > 0 && (
        <Caption1 className={styles.note} data-testid="reply-cut">
          {cuts.length === 1 ? 'One line' : `${cuts.length} lines`} of this reply ran past {READ_LINE_LIMIT.toLocaleString('en-GB')} characters: OutlookWin
          read and shows the first {READ_LINE_LIMIT.toLocaleString('en-GB')} (marked …). The whole message is kept as received: the evidence pack
          holds it.
        </Caption1>
      )}
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
