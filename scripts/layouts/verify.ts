/**
 * The second way: every expectation is recomputed from the cells of the written workbook, read back with
 * ExcelJS and parsed by the generator's own reader, and the generator fails when the two disagree. So an
 * expectation cannot be silently wrong about what the workbook holds.
 */
import ExcelJS from 'exceljs';
import { Convention, ExpectedFigures, ExpectedJoin, ExpectedTable } from './expected';
import { Built, JoinSide } from './names';
import { Line, Ore, colNumber, deviation, normaliseText, ore, plain, readAmount, sum } from './kit';

type Read = Ore | null | 'error';

function cellValue(ws: ExcelJS.Worksheet, col: string, row: number): ExcelJS.CellValue {
  const cell = ws.getCell(row, colNumber(col));
  return cell.isMerged && cell.master !== cell ? null : cell.value;
}

function rowText(ws: ExcelJS.Worksheet, row: number): string {
  const parts: string[] = [];
  ws.getRow(row).eachCell({ includeEmpty: false }, (c) => {
    const v = c.value;
    if (typeof v === 'string') parts.push(v);
    else if (typeof v === 'number') parts.push(String(v));
    else if (v && typeof v === 'object' && 'richText' in v) parts.push(v.richText.map((t) => t.text).join(''));
    else if (v && typeof v === 'object' && 'formula' in v && typeof v.result === 'string') parts.push(v.result);
  });
  return normaliseText(parts.join(' | '));
}

const asOre = (x: Read): Ore | null => (x === 'error' ? null : x);

/** A sign-aware, independent restatement of the deviation rule, to catch a slip in kit.deviation. */
function deviationAgain(convention: Convention, side: 'income' | 'cost', b: Ore | null, o: Ore | null): Ore | null {
  if (b === null || o === null) return null;
  const outcomeMinusBudget = o - b;
  if (convention === 'ledger') return -outcomeMinusBudget;
  if (convention === 'unsigned' && side === 'cost') return -outcomeMinusBudget;
  return outcomeMinusBudget;
}

function compareAmount(problems: string[], where: string, expected: string | null | undefined, found: Ore | null): void {
  if (expected === undefined) return;
  const e = expected === null ? null : ore(expected);
  if (e !== found) problems.push(`${where}: expected ${expected}, the cells give ${found === null ? 'null' : plain(found)}`);
}

function figuresFromLines(convention: Convention, lines: readonly Line[], interim: boolean): Record<string, Ore | null> {
  const mixed = convention === 'unsigned' && new Set(lines.map((l) => l.side)).size > 1;
  const s = (l: Line, v: Ore) => (mixed && l.side === 'cost' ? -v : v);
  const total = (pick: (l: Line) => Ore | null | undefined) => {
    const present = lines.filter((l) => pick(l) !== null && pick(l) !== undefined);
    return present.length ? sum(present.map((l) => s(l, pick(l)!))) : null;
  };
  const devs = lines
    .map((l) => deviationAgain(convention, l.side, interim ? (l.periodBudget ?? null) : l.budget, l.outcome))
    .filter((d): d is Ore => d !== null);
  const out: Record<string, Ore | null> = { budget: total((l) => l.budget), outcome: total((l) => l.outcome), deviation: devs.length ? sum(devs) : null };
  if (interim) out.periodBudget = total((l) => l.periodBudget);
  if (lines.some((l) => l.forecast !== undefined)) {
    out.forecast = total((l) => l.forecast);
    const fd = lines.map((l) => deviationAgain(convention, l.side, l.budget, l.forecast ?? null)).filter((d): d is Ore => d !== null);
    out.forecastDeviation = fd.length ? sum(fd) : null;
  }
  return out;
}

function compareFigures(problems: string[], where: string, expected: ExpectedFigures | undefined, found: Record<string, Ore | null>): void {
  if (!expected) return;
  for (const k of ['budget', 'periodBudget', 'outcome', 'forecast', 'deviation', 'forecastDeviation'] as const)
    compareAmount(problems, `${where} ${k}`, expected[k], found[k] ?? null);
}

function verifyTable(problems: string[], wb: ExcelJS.Workbook, table: ExpectedTable, lines: Line[]): void {
  const ws = wb.getWorksheet(table.sheet);
  if (!ws) {
    problems.push(`sheet ${table.sheet} is missing`);
    return;
  }
  const cols = table.columns ?? {};
  const interim = table.period !== undefined;
  const readBack: Line[] = [];
  for (const l of lines) {
    const where = `${table.sheet} row ${l.row}`;
    if (!rowText(ws, l.row).includes(normaliseText(l.key))) problems.push(`${where}: the key "${l.key}" is not in the row`);
    const read = (role: 'budget' | 'outcome' | 'forecast' | 'periodBudget'): Ore | null | undefined => {
      const col = cols[role];
      if (!col) return undefined;
      return asOre(readAmount(cellValue(ws, col, l.row), table.unit));
    };
    const back: Line = { ...l };
    for (const role of ['budget', 'outcome', 'forecast', 'periodBudget'] as const) {
      const v = read(role);
      if (v === undefined || l[role] === undefined) continue;
      if (v !== l[role])
        problems.push(
          `${where} ${role}: the generator says ${l[role] === null ? 'null' : plain(l[role] as Ore)}, the cell says ${v === null ? 'null' : plain(v)}`,
        );
      back[role] = v;
    }
    readBack.push(back);
  }
  if (!table.deviations) return;
  // Lines given in the expectation must be the generator's lines, figure by figure.
  for (const e of table.lines ?? []) {
    const l = readBack.find((x) => (e.row === undefined || x.row === e.row) && x.key === e.key);
    if (!l) {
      problems.push(`${table.sheet}: expected line ${e.key} (row ${e.row}) is not among the generator's lines`);
      continue;
    }
    const where = `${table.sheet} line ${e.key} row ${e.row}`;
    compareAmount(problems, `${where} budget`, e.budget, l.budget);
    compareAmount(problems, `${where} outcome`, e.outcome, l.outcome);
    if (interim) compareAmount(problems, `${where} periodBudget`, e.periodBudget, l.periodBudget ?? null);
    compareAmount(
      problems,
      `${where} deviation`,
      e.deviation,
      deviationAgain(table.convention, l.side, interim ? (l.periodBudget ?? null) : l.budget, l.outcome),
    );
    if (e.deviation !== undefined && e.favourable !== undefined) {
      const d = e.deviation === null ? null : ore(e.deviation);
      if ((d === null ? null : d >= 0n) !== e.favourable) problems.push(`${where}: favourable does not follow the deviation`);
    }
    if (
      table.convention !== 'unsigned' &&
      deviation(table.convention, l.side, l.budget, l.outcome) !== deviationAgain(table.convention, l.side, l.budget, l.outcome)
    )
      problems.push(`${where}: the two deviation rules disagree`);
  }
  if (table.lineCount !== undefined && table.lineCount !== lines.length)
    problems.push(`${table.sheet}: lineCount ${table.lineCount} but ${lines.length} lines`);
  compareFigures(problems, `${table.sheet} total`, table.total, figuresFromLines(table.convention, readBack, interim));
  for (const g of table.groups ?? []) {
    const members = readBack.filter((l) => l.group === g.key);
    if (members.length === 0) problems.push(`${table.sheet}: group ${g.key} has no lines`);
    compareFigures(problems, `${table.sheet} group ${g.key}`, g, figuresFromLines(table.convention, members, interim));
  }
}

function keyText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return String(v);
  if (typeof v === 'string') return v.trim();
  if (typeof v === 'object' && 'formula' in v) return keyText(v.result as ExcelJS.CellValue);
  return String(v);
}

function sideSums(wb: ExcelJS.Workbook, side: JoinSide, unit: 'kr' | 'tkr'): { sums: Map<string, Ore>; counts: Map<string, number>; total: Ore } {
  const ws = wb.getWorksheet(side.sheet)!;
  const sums = new Map<string, Ore>();
  const counts = new Map<string, number>();
  let total = 0n;
  for (let r = side.firstRow; r <= side.lastRow; r++) {
    if (side.periodCol && side.periodsUpTo !== undefined) {
      const p = Number(keyText(cellValue(ws, side.periodCol, r)));
      if (!(p <= side.periodsUpTo)) continue;
    }
    const key = side.keyCols.map((c) => keyText(cellValue(ws, c, r))).join('|');
    if (key.replace(/\|/g, '') === '') continue;
    const cols = side.amountCols ?? [side.amountCol];
    let v = 0n;
    for (const c of cols) {
      const a = readAmount(cellValue(ws, c, r), unit);
      if (a === 'error') throw new Error(`${side.sheet}!${c}${r} is not an amount`);
      v += a ?? 0n;
    }
    sums.set(key, (sums.get(key) ?? 0n) + v);
    counts.set(key, (counts.get(key) ?? 0) + 1);
    total += v;
  }
  return { sums, counts, total };
}

function verifyJoin(problems: string[], wb: ExcelJS.Workbook, join: ExpectedJoin, sides: NonNullable<Built['joinSides']>): void {
  const unit = sides.unit ?? 'kr';
  const b = sideSums(wb, sides.budget, unit);
  const o = sideSums(wb, sides.outcome, unit);
  const p = sides.periodBudget ? sideSums(wb, sides.periodBudget, unit) : null;
  const k = (key: string[]) => key.join('|');
  const listed = new Set<string>();
  for (const line of join.lines) {
    const key = k(line.key);
    listed.add(key);
    compareAmount(problems, `join ${key} budget`, line.budget, b.sums.get(key) ?? null);
    compareAmount(problems, `join ${key} outcome`, line.outcome, o.sums.get(key) ?? null);
    const compareWith = p ? (p.sums.get(key) ?? null) : (b.sums.get(key) ?? null);
    if (p) compareAmount(problems, `join ${key} periodBudget`, line.periodBudget, compareWith);
    const oo = o.sums.get(key) ?? null;
    compareAmount(problems, `join ${key} deviation`, line.deviation, compareWith === null || oo === null ? null : compareWith - oo);
  }
  const onlyB = [...b.sums.keys()].filter((x) => !o.sums.has(x)).sort();
  const onlyO = [...o.sums.keys()].filter((x) => !b.sums.has(x)).sort();
  const dup = [...b.counts]
    .filter(([, n]) => n > 1)
    .map(([x]) => x)
    .sort();
  const same = (name: string, a: string[], e: string[][]) => {
    const ee = e.map(k).sort();
    if (a.join(',') !== ee.join(',')) problems.push(`join ${name}: the cells give [${a.join(', ')}], the expectation says [${ee.join(', ')}]`);
  };
  same('onlyBudget', onlyB, join.onlyBudget);
  same('onlyOutcome', onlyO, join.onlyOutcome);
  same('duplicates', dup, join.duplicates);
  for (const key of new Set([...b.sums.keys(), ...o.sums.keys()]))
    if (!listed.has(key)) problems.push(`join key ${key} is in the cells but not among the expected lines`);
  compareAmount(problems, 'join total budget', join.total.budget, b.total);
  compareAmount(problems, 'join total outcome', join.total.outcome, o.total);
  if (join.ytd) {
    compareAmount(problems, 'join ytd outcome', join.ytd.outcome, o.total);
    if (p) compareAmount(problems, 'join ytd budget', join.ytd.budget, p.total);
  }
}

/** Everything that disagrees between the expectation and the workbook's own cells. */
export async function verifyBuilt(buffer: Buffer, built: Built): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  const problems: string[] = [];
  built.expected.tables.forEach((t, i) => verifyTable(problems, wb, t, built.tables[i]?.lines ?? []));
  if (built.expected.tables.length !== built.tables.length) problems.push('tables and built tables differ in number');
  if (built.expected.join && built.joinSides) verifyJoin(problems, wb, built.expected.join, built.joinSides);
  for (const e of built.expected.errors ?? []) {
    const ws = wb.getWorksheet(e.sheet);
    const v = ws?.getCell(e.cell).value;
    const bad = v && typeof v === 'object' && ('error' in v || ('formula' in v && typeof v.result === 'object' && v.result !== null && 'error' in v.result));
    if (!bad && typeof v !== 'string') problems.push(`error cell ${e.sheet}!${e.cell} holds no error value or text`);
  }
  const fees = built.expected.fees;
  if (fees) {
    const total = sum(fees.members.map((m) => (m.fee === null ? 0n : ore(m.fee))));
    if (fees.total === null || total !== ore(fees.total)) problems.push(`fees: the members sum to ${plain(total)}, the total says ${fees.total}`);
  }
  if (built.verify) problems.push(...built.verify(wb, built.expected));
  return problems;
}
