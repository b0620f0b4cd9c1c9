import { MemoryMailbox, type StandInMailbox } from './mailbox';
import { createOfficeStandIn, type OfficeStandIn } from './officeStandIn';

/** The mailbox of the stand-in Outlook page hosting this frame (same origin), or a private one. */
function hostMailbox(): StandInMailbox {
  try {
    const fromParent = window.parent !== window ? window.parent.outlookStandIn : undefined;
    if (fromParent) {
      return fromParent;
    }
  } catch {
    // Parent on another origin: fall through to a private mailbox.
  }
  return new MemoryMailbox();
}

/** Installs the Office.js stand-in as `window.Office`, in place of the CDN script, and returns it. */
export function installOfficeStandIn(): OfficeStandIn {
  // `?naa=unsupported` on the pane's address plays an Outlook without nested app authentication.
  const naa = new URLSearchParams(window.location.search).get('naa') !== 'unsupported';
  const office = createOfficeStandIn(hostMailbox(), { nestedAppAuth: naa });
  (window as unknown as { Office: OfficeStandIn }).Office = office;
  return office;
}
