import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { READ_LINE_LIMIT, ReplyText } from '../src/features/tracking/ReplyText';

describe('ReplyText', () => {
  it('marks a line the reader cut at its limit with an ellipsis and says where the whole message is', () => {
    const cutLine = 'a'.repeat(READ_LINE_LIMIT);
    render(<ReplyText text={`Confirmed.\n${cutLine}\nThanks`} evidence={[{ text: 'Confirmed.', signal: 'confirmation' }]} label="Reply from Dana Kim" />);
    const quote = screen.getByRole('blockquote', { name: 'Reply from Dana Kim' });
    expect(quote.textContent).toContain(`${cutLine}… (line cut here)\nThanks`);
    expect(screen.getByTestId('reply-cut')).toHaveTextContent('One line of this reply ran past 2,000 characters');
    expect(screen.getByTestId('reply-cut')).toHaveTextContent('evidence pack');
  });

  it('says nothing of cuts for a reply with short lines', () => {
    render(<ReplyText text={'Confirmed.\nThanks'} evidence={[]} label="Reply from Dana Kim" />);
    expect(screen.queryByTestId('reply-cut')).not.toBeInTheDocument();
    expect(screen.getByRole('blockquote').textContent).not.toContain('…');
    expect(screen.queryByRole('button', { name: /^Show all/ })).not.toBeInTheDocument();
  });

  it('folds a long reply and opens all of it on "Show all"', async () => {
    const text = Array.from({ length: 40 }, (_, i) => `Line ${i + 1} of our notes on the evaluation.`).join('\n');
    render(<ReplyText text={text} evidence={[]} label="Reply from Dana Kim" />);
    const user = userEvent.setup();
    const button = screen.getByRole('button', { name: 'Show all: Reply from Dana Kim' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(button).toHaveAttribute('aria-controls', screen.getByRole('blockquote').id);
    // Every word is in the page (a screen reader reads it all); folding only limits what shows at first.
    expect(screen.getByRole('blockquote')).toHaveTextContent('Line 40 of our notes');
    await user.click(button);
    expect(screen.getByRole('button', { name: 'Show less: Reply from Dana Kim' })).toHaveAttribute('aria-expanded', 'true');
  });
});
