/**
 * Undoes the API's plain-text wrapping (greedy, at `width` columns) so the cover note reads as
 * paragraphs in the editor: a line break is kept only where the next word would have fitted on the
 * line, i.e. where the writer broke the line on purpose (a signature, a list).
 */
export function unwrapText(text: string, width = 72): string {
  return text
    .replace(/\r\n/g, '\n')
    .split(/\n{2,}/)
    .map((paragraph) => {
      const lines = paragraph.split('\n');
      let out = lines[0] ?? '';
      let previous = out;
      for (const line of lines.slice(1)) {
        const firstWord = line.trimStart().split(' ')[0] ?? '';
        const wrapped = previous.length > 0 && firstWord.length > 0 && previous.length + 1 + firstWord.length > width;
        out += wrapped ? ` ${line.trimStart()}` : `\n${line}`;
        previous = line;
      }
      return out;
    })
    .join('\n\n');
}
