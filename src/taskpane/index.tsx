import { createRoot } from 'react-dom/client';
import { App } from './App';
import { detectHost } from './host';
import { fetchSample, previewSession } from './preview-session';
import { excelSession } from './excel-session';

/** Start: in Excel the pane works on the open workbook; in a plain browser it is the preview. */
async function start() {
  const host = await detectHost();
  const root = createRoot(document.getElementById('root')!);
  root.render(<App host={host} session={host.inExcel ? excelSession() : null} openPreview={previewSession} loadSample={fetchSample} />);
}

void start();
