import type { EvidenceDto } from '../../api/types';

/** A run of the reply text; `signals` is set when the run is an evidence sentence. */
export interface TextSegment {
  text: string;
  signals?: string[];
}

export interface Highlighted {
  segments: TextSegment[];
  /** Evidence sentences that could not be found in the text (shown separately, never dropped). */
  unplaced: EvidenceDto[];
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Splits the reply text into plain runs and evidence runs. The reader reports sentences with
 * line breaks folded into spaces, so whitespace matches any whitespace. A sentence carrying
 * several signals, or evidence that overlaps, becomes one run with all its signals.
 */
export function highlightEvidence(text: string, evidence: readonly EvidenceDto[]): Highlighted {
  const bySentence = new Map<string, string[]>();
  for (const e of evidence) {
    const key = e.text.trim();
    if (key.length === 0) continue;
    const signals = bySentence.get(key) ?? [];
    if (!signals.includes(e.signal)) signals.push(e.signal);
    bySentence.set(key, signals);
  }

  const ranges: { start: number; end: number; signals: string[] }[] = [];
  const unplaced: EvidenceDto[] = [];
  for (const [sentence, signals] of bySentence) {
    const pattern = new RegExp(sentence.split(/\s+/).map(escapeRegExp).join('\\s+'), 'gu');
    let found = false;
    for (const match of text.matchAll(pattern)) {
      if (match[0].length === 0) continue;
      found = true;
      ranges.push({ start: match.index, end: match.index + match[0].length, signals: [...signals] });
    }
    if (!found) unplaced.push(...signals.map((signal) => ({ text: sentence, signal })));
  }

  ranges.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: typeof ranges = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range.start < last.end) {
      last.end = Math.max(last.end, range.end);
      for (const s of range.signals) if (!last.signals.includes(s)) last.signals.push(s);
    } else {
      merged.push({ ...range, signals: [...range.signals] });
    }
  }

  const segments: TextSegment[] = [];
  let at = 0;
  for (const range of merged) {
    if (range.start > at) segments.push({ text: text.slice(at, range.start) });
    segments.push({ text: text.slice(range.start, range.end), signals: range.signals });
    at = range.end;
  }
  if (at < text.length) segments.push({ text: text.slice(at) });
  return { segments, unplaced };
}
