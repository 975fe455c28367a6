import { Lang } from '../core/messages';

export interface HostInfo {
  /** Running inside Excel, or a plain browser (the preview). */
  inExcel: boolean;
  lang: Lang;
  dark: boolean;
}

function langOf(tag: string | undefined): Lang {
  return tag?.toLowerCase().startsWith('sv') ? 'sv' : tag ? 'en' : 'sv';
}

/** Dark when the Office theme's background is dark (relative luminance below one half). */
function isDark(hex: string | undefined): boolean {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex ?? '');
  if (!m) return false;
  const [r, g, b] = m.slice(1).map((h) => parseInt(h, 16) / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5;
}

const DARK_QUERY = '(prefers-color-scheme: dark)';

/** Whether the system asks for a dark look (the browser preview follows it, as Excel's pane follows Office's theme). */
export function systemDark(): boolean {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function' && window.matchMedia(DARK_QUERY).matches;
}

/** Call `onChange` whenever the system switches between light and dark; returns the unsubscribe. */
export function watchSystemDark(onChange: (dark: boolean) => void): () => void {
  if (typeof window === 'undefined' || typeof window.matchMedia !== 'function') return () => {};
  const query = window.matchMedia(DARK_QUERY);
  const listener = (e: MediaQueryListEvent) => onChange(e.matches);
  query.addEventListener('change', listener);
  return () => query.removeEventListener('change', listener);
}

/**
 * Wait for Office when office.js is there. Outside Office it resolves with host null; with no office.js
 * at all, `Office` is undefined: both mean the browser preview, which follows the system's dark mode.
 */
export async function detectHost(): Promise<HostInfo> {
  const browserLang = langOf(typeof navigator === 'undefined' ? undefined : navigator.language);
  if (typeof Office === 'undefined') return { inExcel: false, lang: browserLang, dark: systemDark() };
  const info = await Office.onReady();
  if (info.host !== Office.HostType.Excel) return { inExcel: false, lang: browserLang, dark: systemDark() };
  return { inExcel: true, lang: langOf(Office.context.displayLanguage), dark: isDark(Office.context.officeTheme?.bodyBackgroundColor) };
}
