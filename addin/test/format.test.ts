import { describe, expect, it } from 'vitest';
import { ApiError } from '../src/api/problem';
import { describe as describeError, emailDocument, formatAddress, formatPeople, shortHash, splitAddresses } from '../src/shared/format';

describe('shared formatting', () => {
  it('describes an API error by its detail, any other error by its message', () => {
    expect(describeError(new ApiError(409, { title: 'Conflict', detail: 'Already sent.' }))).toBe('Already sent.');
    expect(describeError(new Error('Network down'))).toBe('Network down');
    expect(describeError('plain')).toBe('plain');
  });

  it('splits an address box on ; and , except inside quoted names and <addresses>', () => {
    expect(splitAddresses('"Kim, Dana" <dana@contoso.example>; jordan@fabrikam.example,  ;<x@y.example>')).toEqual([
      { text: '"Kim, Dana" <dana@contoso.example>', name: 'Kim, Dana', email: 'dana@contoso.example' },
      { text: 'jordan@fabrikam.example', name: '', email: 'jordan@fabrikam.example' },
      { text: '<x@y.example>', name: '', email: 'x@y.example' },
    ]);
    // Not an address: handed back whole for the caller to judge.
    expect(splitAddresses('Dana <>')).toEqual([{ text: 'Dana <>', name: '', email: 'Dana <>' }]);
  });

  it('writes a name only when it says more than the address', () => {
    expect(formatAddress('Dana Kim', 'dana@contoso.example')).toBe('Dana Kim <dana@contoso.example>');
    expect(formatAddress('dana@contoso.example', 'dana@contoso.example')).toBe('dana@contoso.example');
    expect(formatAddress(null, 'dana@contoso.example')).toBe('dana@contoso.example');
    expect(formatPeople([{ name: 'Dana Kim', email: 'dana@contoso.example' }, { name: '', email: 'j@f.example' }])).toBe(
      'Dana Kim <dana@contoso.example>; j@f.example',
    );
  });

  it('shortens a hash to its ends, and wraps a fragment of email HTML in a page', () => {
    expect(shortHash('0123456789abcdef0123456789abcdef')).toBe('01234567…89abcdef');
    expect(shortHash('abc')).toBe('abc');
    expect(emailDocument('<p>Hi</p>')).toContain('font-size:13px');
    expect(emailDocument('<p>Hi</p>', { fontPx: 14, marginPx: 12 })).toContain('margin:12px');
    expect(emailDocument('<html><body>x</body></html>')).toBe('<html><body>x</body></html>');
  });
});
