import { Lang } from '../core/messages';

/** The dialog's size, in percent of the Excel window. */
const SIZE = { height: 35, width: 40 };

/**
 * Tell the user something from the ribbon command, which has no pane: a small dialog (notice.html, Dialog
 * API 1.1) showing `text`, closed with its button or its ×. Resolves when it is closed, or at once where
 * dialogs are not available. ("The function that is triggered can call the displayDialogAsync method to show
 * a dialog. This is a good way to display an error", Add-in commands.)
 */
export function showNotice(text: string, lang: Lang): Promise<void> {
  return new Promise((resolve) => {
    if (!Office.context.requirements.isSetSupported('DialogApi', '1.1')) {
      console.error('Avstämning:', text);
      resolve();
      return;
    }
    const url = new URL('notice.html', window.location.href);
    url.search = new URLSearchParams({ lang, text }).toString();
    Office.context.ui.displayDialogAsync(url.href, { ...SIZE, displayInIframe: true }, (result) => {
      if (result.status !== Office.AsyncResultStatus.Succeeded) {
        console.error('Avstämning:', text, result.error?.message);
        resolve();
        return;
      }
      const dialog = result.value;
      // The button sends a message; the × closes the dialog and raises DialogEventReceived.
      dialog.addEventHandler(Office.EventType.DialogMessageReceived, () => {
        dialog.close();
        resolve();
      });
      dialog.addEventHandler(Office.EventType.DialogEventReceived, () => resolve());
    });
  });
}
