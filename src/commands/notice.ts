/**
 * The ribbon command's message dialog: shows the text it was opened with (as text, never as HTML) and a
 * button that closes it through the parent (`messageParent`).
 */
const params = new URLSearchParams(window.location.search);
const sv = params.get('lang') === 'sv';
document.documentElement.lang = sv ? 'sv' : 'en';
document.getElementById('text')!.textContent = params.get('text') ?? '';
const button = document.getElementById('close') as HTMLButtonElement;
button.textContent = sv ? 'Stäng' : 'Close';
button.addEventListener('click', () => {
  if (typeof Office !== 'undefined') Office.context.ui.messageParent('close');
});
if (typeof Office !== 'undefined') void Office.onReady();
