import { waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { DeclarationResponse } from '../src/api/types';
import { ProspectPanel } from '../src/standin/prospectPanel';
import type { SandboxClient } from '../src/standin/sandboxClient';
import { FakeVisibility, ManualTimers } from './pollTestKit';

function declaration(patch: Partial<DeclarationResponse>): DeclarationResponse {
  return {
    id: 'd1', planId: 'p1', state: 'drafted', variant: 'full', delivery: 'outlook', subject: 'Technical Win: Contoso observability POV',
    prospect: 'Contoso', dealName: 'Contoso observability POV', to: [{ name: 'Dana Kim', email: 'dana@contoso.example' }], cc: [],
    createdAt: '2026-11-25T09:00:00Z', sentAt: null, awaitingHours: null, draftWebLink: null, internetMessageId: null,
    conversationId: null, reply: null, replies: [], version: 1, ...patch,
  };
}

describe('the stand-in’s prospect panel', () => {
  it('after Outlook’s Send, says the sent copy is being looked for and shows the declaration as soon as it is found', async () => {
    let list = [declaration({})];
    const client: SandboxClient = {
      sendFromOutlook: () => Promise.reject(new Error('not used')),
      saveFromOutlook: () => Promise.reject(new Error('not used')),
      listMessages: () => Promise.reject(new Error('not used')),
      prospectReply: () => Promise.reject(new Error('not used')),
      listDeclarations: () => Promise.resolve(list),
    };
    const timers = new ManualTimers();
    const panel = new ProspectPanel({ client, timers, visibility: new FakeVisibility() });
    document.body.append(panel.element);
    panel.start();
    const select = panel.element.querySelector('select')!;
    const status = panel.element.querySelector('[role="status"]')!;
    await waitFor(() => expect(select.textContent).toBe('Looking for the sent copy…'));

    panel.expectSentCopy();
    expect(status.textContent).toBe('Sending… OutlookWin is looking for the sent copy in Sent Items.');
    // Looked for every second meanwhile.
    await waitFor(() => expect([...timers.pending.values()].map((t) => t.ms)).toContain(1000));

    list = [declaration({ state: 'sent', sentAt: '2026-11-25T09:01:00Z' })];
    timers.fire();
    await waitFor(() => expect(status.textContent).toBe('Sent copy found: “Technical Win: Contoso observability POV”. Pick a reply for the lead engineer.'));
    expect(select.value).toBe('d1');
    expect((panel.element.querySelector('.ow-prospect-submit') as HTMLButtonElement).disabled).toBe(false);
    panel.stop();
    panel.element.remove();
  });
});
