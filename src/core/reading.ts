import { SheetData, cellAddress } from './cells';
import { Analysis, Grouping, TableResult } from './deviations/analyze';
import { knownType } from './read/convention';
import { FeeOutcome } from './fees';
import { GoalsOutcome } from './goals';
import { isGeneratedSheet, isSettingsSheet } from './marks';
import { MessageKey } from './messages';
import { SheetReport, TableReport, tableCell, tableReport, unusedSheet } from './read/report';
import { addressIn } from './read/tables';

const GROUP_KEYS: Record<Grouping['by'], MessageKey> = {
  rows: 'groupBy.rows',
  goalArea: 'groupBy.goalArea',
  section: 'groupBy.section',
  dimension: 'groupBy.dimension',
  accountClass: 'groupBy.accountClass',
  table: 'groupBy.table',
  type: 'groupBy.type',
  map: 'groupBy.map',
  keyDimension: 'groupBy.keyDimension',
};

function groupByOf(g: Grouping, goalAreaHeader: string | undefined): { key: MessageKey; header?: string; sheet?: string } {
  switch (g.by) {
    case 'goalArea':
      return { key: GROUP_KEYS.goalArea, header: goalAreaHeader ?? '' };
    case 'dimension':
    case 'keyDimension':
      return { key: GROUP_KEYS[g.by], header: g.header };
    case 'map':
      return { key: GROUP_KEYS.map, header: g.header, sheet: g.sheet };
    default:
      return { key: GROUP_KEYS[g.by] };
  }
}

/**
 * In an unsigned table that holds income, a line whose words say neither is read as a cost: the reading report
 * says how many and names the first, so a grant read as a cost is found (an issue on each would flood).
 */
function untypedAsCost(t: TableResult): Pick<TableReport, 'untypedAsCost'> {
  if (t.convention !== 'unsigned' || !t.lines.some((l) => l.type === 'income')) return {};
  const untyped = t.lines.filter((l) => knownType(l.source) === null);
  if (untyped.length === 0) return {};
  return { untypedAsCost: { count: untyped.length, cell: addressIn(t.layout, untyped[0].source.row, t.layout.labelCol), line: untyped[0].source.label } };
}

/**
 * Say what was read (SPEC 1.7): every sheet of the workbook in order, with each use the readers made of it
 * (a budget table, one side of a comparison, the members table, goals, a statement), or why none did.
 */
export function readingReport(sheets: readonly SheetData[], analysis: Analysis, fees: FeeOutcome | null, goals: GoalsOutcome | null): SheetReport[] {
  const reports: SheetReport[] = [];
  for (const sheet of sheets) {
    const mine: SheetReport[] = [];
    const base = { sheet: sheet.name, params: {}, table: null };
    if (isGeneratedSheet(sheet)) {
      reports.push({ ...base, used: false, as: 'generated', why: 'reading.generated', cell: 'A2' });
      continue;
    }
    if (isSettingsSheet(sheet)) mine.push({ ...base, used: true, as: 'settings', why: 'reading.settings', cell: 'A1' });
    for (const t of analysis.tables.filter((x) => x.sheet === sheet.name && !x.join)) {
      mine.push({
        ...base,
        used: true,
        as: 'deviations',
        why: t.layout.beside
          ? 'reading.deviations.beside'
          : t.layout.view
            ? t.layout.view.shape === 'across'
              ? 'reading.deviations.across'
              : 'reading.deviations.blocks'
            : 'reading.deviations',
        params: { lines: t.lines.length, groups: t.groups.length, ...(t.layout.beside ? { of: t.layout.beside.of } : {}) },
        cell: tableCell(t.layout),
        table: tableReport(t.layout, t.convention, t.conventionReason, {
          range: t.range,
          groupBy: groupByOf(t.grouping, t.layout.headers.goalArea),
          through: t.period?.through ?? null,
          periodBudget: t.period?.budget ?? null,
          ...untypedAsCost(t),
          ...(t.leftOut ? { leftOut: t.leftOut } : {}),
        }),
      });
    }
    for (const t of analysis.tables.filter((x) => x.join && (x.join.budget.layout.sheet === sheet.name || x.join.outcome.layout.sheet === sheet.name))) {
      const join = t.join!;
      for (const [side, other, why] of [
        [join.budget, join.outcome, 'reading.joinBudget'],
        [join.outcome, join.budget, 'reading.joinOutcome'],
      ] as const) {
        if (side.layout.sheet !== sheet.name) continue;
        mine.push({
          ...base,
          used: true,
          as: 'join',
          why,
          params: { other: other.layout.sheet, key: join.keyHeaders.join(' + ') },
          cell: tableCell(side.layout),
          table: tableReport(side.layout, t.convention, t.conventionReason, {
            groupBy: side === join.budget ? groupByOf(t.grouping, t.layout.headers.goalArea) : null,
            through: t.period?.through ?? null,
            periodBudget: t.period?.budget ?? null,
          }),
        });
      }
    }
    for (const m of analysis.groupMaps.filter((x) => x.sheet === sheet.name)) {
      mine.push({ ...base, used: true, as: 'mapping', why: 'reading.groupMap', params: { header: m.groupHeader }, cell: m.cell });
    }
    for (const t of analysis.oneSided.filter((x) => x.layout.sheet === sheet.name)) {
      mine.push({
        ...base,
        used: false,
        as: t.has === 'budget' ? 'budget-only' : 'outcome-only',
        why: t.has === 'budget' ? 'reading.noOutcome' : 'reading.noBudget',
        cell: tableCell(t.layout),
        table: tableReport(t.layout, null, null, t.leftOut ? { leftOut: t.leftOut } : {}),
      });
    }
    if (fees?.members?.sheet === sheet.name) {
      mine.push({ ...base, used: true, as: 'members', why: 'reading.members', cell: cellAddress(fees.members.headerRow, 0) });
    }
    const feeTables = fees?.charges.filter((c) => c.at.sheet === sheet.name) ?? [];
    if (feeTables.length && !isSettingsSheet(sheet))
      mine.push({ ...base, used: true, as: 'fee-parameters', why: 'reading.feeParameters', cell: feeTables[0].at.cell });
    const goalRows = goals?.goals.filter((g) => g.goal.sheet === sheet.name) ?? [];
    if (goalRows.length && !isSettingsSheet(sheet))
      mine.push({ ...base, used: true, as: 'goals', why: 'reading.goals', cell: cellAddress(goalRows[0].goal.row, 0) });
    for (const st of goals?.statements.filter((s) => s.sheet === sheet.name && s.kind !== 'other') ?? []) {
      mine.push({ ...base, used: true, as: 'statement', why: 'reading.statement', params: { kind: st.kind }, cell: cellAddress(st.headerRow, st.labelCol) });
    }
    // A table in euro was found and set aside: say so at the cell that names the currency, not "no header row".
    const foreign = analysis.errors.find((e) => e.sheet === sheet.name && e.key === 'unit.foreignCurrency');
    if (!mine.length && foreign)
      mine.push({ ...base, used: false, as: 'none', why: 'reading.foreignCurrency', params: { text: String(foreign.params?.text ?? '') }, cell: foreign.cell });
    reports.push(...(mine.length ? mine : [unusedSheet(sheet)]));
  }
  return reports;
}
