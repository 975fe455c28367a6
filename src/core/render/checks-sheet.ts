import { Analysis } from '../deviations/analyze';
import { Check } from '../deviations/checks';
import { checkMessage } from './check-text';
import { generatedMark } from '../marks';
import { Lang } from '../messages';
import { SheetReport } from '../read/report';
import { readingLine } from './reading-text';
import { moneyCell } from './cells';
import { LABELS } from './labels';
import { OutputSheet } from './output';

const CLASS_ORDER: Record<Check['class'], number> = { mismatch: 0, rounding: 1, info: 2 };

/** Mismatches first, then rounding, then information; within a class in workbook order. */
export function sortChecks(checks: readonly Check[]): Check[] {
  return checks.map((c, i) => ({ c, i })).sort((a, b) => CLASS_ORDER[a.c.class] - CLASS_ORDER[b.c.class] || a.i - b.i).map(({ c }) => c);
}

/** The `Kontroller` sheet: every finding with its sheet and cell, what was expected and what was found. */
export function checksSheet(analysis: Analysis, lang: Lang, reading: readonly SheetReport[] = []): OutputSheet {
  const L = LABELS[lang];
  const rows = sortChecks(analysis.checks).map((c) => [
    L[c.kind],
    L[c.class],
    c.sheet,
    c.cell,
    moneyCell(c.expected),
    moneyCell(c.found),
    moneyCell(c.difference),
    checkMessage(c, lang),
  ]);
  return {
    key: 'checks',
    name: L.checksSheet,
    title: L.checksTitle,
    // What was read comes first: a finding only makes sense once one knows how the sheet was read (SPEC 1.7).
    notes: [generatedMark(lang, L.checksSheet), ...reading.filter((r) => r.as !== 'generated').map((r) => readingLine(r, lang)), rows.length ? L.checksNote : L.noChecks],
    table: {
      name: lang === 'sv' ? 'Avstamning_Kontroller' : 'Avstamning_Checks',
      columns: [
        { header: L.check, kind: 'text', width: 20 },
        { header: L.class, kind: 'text', width: 16 },
        { header: L.sheet, kind: 'text', width: 18 },
        { header: L.cell, kind: 'text', width: 8 },
        { header: L.expected, kind: 'amount', width: 16 },
        { header: L.found, kind: 'amount', width: 16 },
        { header: L.difference, kind: 'amount', width: 14 },
        { header: L.message, kind: 'text', width: 90 },
      ],
      rows,
      rowStyles: rows.map(() => 'normal'),
      conditional: [
        { column: 1, when: { equals: L.mismatch }, style: 'bad', wholeRow: true },
        { column: 1, when: { equals: L.rounding }, style: 'warn', wholeRow: true },
      ],
    },
  };
}
