import { Analysis } from '../deviations/analyze';
import { Check } from '../deviations/checks';
import { checkMessage } from './check-text';
import { generatedMark } from '../marks';
import { Lang } from '../messages';
import { SheetReport } from '../read/report';
import { readingText } from './reading-text';
import { moneyCell } from './cells';
import { cellReference } from '../goals/trace';
import { LABELS } from './labels';
import { OutputLine, OutputSheet, fitToWidth, tidyTable } from './output';

const CLASS_ORDER: Record<Check['class'], number> = { mismatch: 0, rounding: 1, info: 2 };

/** Mismatches first, then rounding, then information; within a class in workbook order. */
export function sortChecks(checks: readonly Check[]): Check[] {
  return checks
    .map((c, i) => ({ c, i }))
    .sort((a, b) => CLASS_ORDER[a.c.class] - CLASS_ORDER[b.c.class] || a.i - b.i)
    .map(({ c }) => c);
}

/**
 * The `Kontroller` sheet: every finding with the cell it is about (a link there), what Avstämning computed,
 * what the workbook shows, and what it means in words; then how each sheet was read (SPEC 1.7), each line a
 * link to the table it is about.
 */
export function checksSheet(analysis: Analysis, lang: Lang, reading: readonly SheetReport[] = []): OutputSheet {
  const L = LABELS[lang];
  const sorted = sortChecks(analysis.checks);
  const rows = sorted.map((c) => [
    L[c.kind],
    L[c.class],
    cellReference(c),
    moneyCell(c.expected),
    moneyCell(c.found),
    moneyCell(c.difference),
    checkMessage(c, lang),
  ]);
  const read = reading.filter((r) => r.as !== 'generated');
  const after: OutputLine[] = read.length
    ? [
        { text: L.checksReading, heading: true },
        ...read.map((r) => ({ text: readingText(r, lang), linkText: cellReference(r), link: { sheet: r.sheet, cell: r.cell } })),
      ]
    : [];
  const table = tidyTable({
    name: lang === 'sv' ? 'Avstamning_Kontroller' : 'Avstamning_Checks',
    columns: [
      { header: L.check, kind: 'text', width: 22, wrap: true },
      { header: L.class, kind: 'text', width: 17 },
      { header: L.cell, kind: 'text', width: 20 },
      { header: L.expected, kind: 'amount', width: 15 },
      { header: L.found, kind: 'amount', width: 15 },
      { header: L.difference, kind: 'amount', width: 14 },
      { header: L.message, kind: 'text', width: 70, wrap: true },
    ],
    rows,
    rowStyles: rows.map(() => 'normal'),
    conditional: [
      { column: 1, when: { equals: L.mismatch }, style: 'bad', wholeRow: true },
      { column: 1, when: { equals: L.rounding }, style: 'warn', wholeRow: false },
    ],
    links: sorted.map((c, row) => ({ row, column: 2, to: { sheet: c.sheet, cell: c.cell } })),
  });
  return {
    key: 'checks',
    name: L.checksSheet,
    title: L.checksTitle,
    notes: [generatedMark(lang, L.checksSheet), ...(rows.length ? [L.checksNote, L.checksRule] : [L.noChecks])],
    table,
    after,
    print: fitToWidth(table.columns, 0),
  };
}
