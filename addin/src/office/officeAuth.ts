/**
 * What sign-in asks of Office: whether the host brokers tokens for the add-in (nested app authentication), and the
 * dialog API for hosts that do not. Kept apart from OutlookHost: sign-in is chosen before the pane renders.
 */
export interface AuthHost {
  /** True when the host supports requirement set NestedAppAuth 1.1. */
  supportsNestedAppAuth(): boolean;
  /**
   * Opens `url` in an Office dialog and resolves with the first message the page sends back
   * (`Office.context.ui.messageParent`); rejects when the dialog cannot open or the user closes it.
   */
  openAuthDialog(url: string): Promise<string>;
}

/** The slice of Office.js sign-in uses; real Office.js and the stand-in both fit. */
export interface OfficeAuthNamespace {
  context: {
    requirements?: { isSetSupported(name: string, minVersion?: string): boolean };
    ui?: {
      displayDialogAsync?(
        url: string,
        options: { height: number; width: number; promptBeforeOpen?: boolean },
        callback: (result: { status: string; value: OfficeAuthDialog; error?: { code: number; message: string } }) => void,
      ): void;
    };
  };
  AsyncResultStatus: { Succeeded: string } | Record<string, string>;
  EventType?: { DialogMessageReceived: string; DialogEventReceived: string } | Record<string, string>;
}

export interface OfficeAuthDialog {
  addEventHandler(type: string, handler: (arg: { message?: string; error?: number }) => void): void;
  close(): void;
}

/** Office's dialog errors that mean the user closed it (12006) or it could not be shown. */
const DIALOG_CLOSED = 12006;

export function createOfficeAuthHost(office: OfficeAuthNamespace): AuthHost {
  return {
    supportsNestedAppAuth() {
      const requirements = office.context.requirements;
      return typeof requirements?.isSetSupported === 'function' && requirements.isSetSupported('NestedAppAuth', '1.1');
    },
    openAuthDialog(url) {
      return new Promise<string>((resolve, reject) => {
        const display = office.context.ui?.displayDialogAsync;
        if (typeof display !== 'function') {
          reject(new Error('This Outlook cannot open a sign-in dialog (no Office dialog API).'));
          return;
        }
        const succeeded = (office.AsyncResultStatus as { Succeeded: string }).Succeeded;
        const events = office.EventType ?? { DialogMessageReceived: 'dialogMessageReceived', DialogEventReceived: 'dialogEventReceived' };
        display.call(office.context.ui, url, { height: 60, width: 30, promptBeforeOpen: false }, (result) => {
          if (result.status !== succeeded) {
            reject(new Error(`The sign-in dialog could not open (${result.error?.code ?? '?'}: ${result.error?.message ?? 'no detail'}).`));
            return;
          }
          const dialog = result.value;
          dialog.addEventHandler((events as { DialogMessageReceived: string }).DialogMessageReceived, (arg) => {
            dialog.close();
            resolve(arg.message ?? '');
          });
          dialog.addEventHandler((events as { DialogEventReceived: string }).DialogEventReceived, (arg) => {
            reject(new Error(arg.error === DIALOG_CLOSED ? 'The sign-in dialog was closed.' : `The sign-in dialog failed (${arg.error}).`));
          });
        });
      });
    },
  };
}

/** The dialog page's side: hands the result to the pane (`Office.context.ui.messageParent`). */
export function sendToParent(office: { context: { ui: { messageParent(message: string): void } } }, message: string): void {
  office.context.ui.messageParent(message);
}
