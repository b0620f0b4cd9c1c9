import { describe, expect, it } from 'vitest';
import { formatRecipients, parseRecipients } from '../src/standin/composeWindow';

describe('stand-in compose window recipients', () => {
  it('reads "Name <address>" and bare addresses, separated by ; or ,', () => {
    expect(parseRecipients('Dana Kim <dana@contoso.example>; jordan@fabrikam.example, "Lee, Jo" <jo@x.example>')).toEqual([
      { displayName: 'Dana Kim', emailAddress: 'dana@contoso.example' },
      { displayName: 'jordan@fabrikam.example', emailAddress: 'jordan@fabrikam.example' },
      { displayName: 'Lee, Jo', emailAddress: 'jo@x.example' },
    ]);
  });

  it('writes recipients the way Outlook shows them', () => {
    expect(
      formatRecipients([
        { displayName: 'Dana Kim', emailAddress: 'dana@contoso.example' },
        { displayName: 'jordan@fabrikam.example', emailAddress: 'jordan@fabrikam.example' },
      ]),
    ).toBe('Dana Kim <dana@contoso.example>; jordan@fabrikam.example');
  });
});
