/**
 * The second way: read a written workbook back with ExcelJS, take every figure from the cells the fixture
 * declares (text numbers parsed here, by a parser of this corpus's own), compute the expectation again and
 * compare it with the one computed from the source data. Also: every printed total foots unless it is a planted
 * finding (and a planted one really does not), every reported deviation agrees unless planted, error cells hold
 * errors. Returns the problems; none means the fixture is consistent.
 */
import ExcelJS from 'exceljs';
import { isDeepStrictEqual } from 'util';
import { Unit } from '../layouts/expected';
import { FACTOR, inUnit, numberText, Ore, sum, toOre } from './money';
import {
  Built,
  Declared,
  expectFees,
  expectGoal,
  expectJoin,
  expectTable,
  FeeParam,
  figuresOf,
  JoinRowSpec,
  JoinSpec,
  ReadValue,
  SpecLine,
  TableSpec,
} from './spec';

/** The value of a cell as saved: a formula gives its cached result, rich text its plain text. */
export function readValue(ws: ExcelJS.Worksheet, addr: string): ReadValue {
  return plain(ws.getCell(addr).value);
}

function plain(v: ExcelJS.CellValue): ReadValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return v;
  if (typeof v === 'object') {
    if ('error' in v) return { error: String((v as ExcelJS.CellErrorValue).error) };
    if ('richText' in v) return (v as ExcelJS.CellRichTextValue).richText.map((r) => r.text).join('');
    if ('formula' in v || 'sharedFormula' in v) return plain((v as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
    if ('text' in v) return String((v as ExcelJS.CellHyperlinkValue).text);
  }
  return null;
}

/** The text of a key cell as a person reads it: a number as its digits, text as written (trimmed). */
export function keyOf(v: ReadValue): string {
  if (v === null) return '';
  if (typeof v === 'number') return numberText(v);
  return String(v).trim();
}

const NO_VALUE = new Set(['', '-', '–', '—']);

/**
 * An amount cell in `unit` to öre: numbers exactly, and text as Swedish reports write it (grouping spaces of
 * three kinds or dots, comma or dot decimals, minus as -, −, –, a trailing minus, parentheses). Null for no
 * value; 'error' for an error value or text that is not a number.
 */
export function amountOf(v: ReadValue, unit: Unit): Ore | null | 'error' {
  if (v === null) return null;
  if (typeof v === 'number') return toOre(numberText(v), unit);
  if (typeof v !== 'string') return 'error';
  let s = v.replace(/[\u00a0\u202f\u2009]/g, ' ').trim();
  if (NO_VALUE.has(s)) return null;
  s = s.replace(/\s*(kr|tkr|mnkr|SEK)$/i, '');
  let neg = false;
  let m: RegExpExecArray | null;
  if ((m = /^\((.*)\)$/.exec(s))) {
    neg = true;
    s = m[1];
  } else if ((m = /^[-\u2212\u2013]\s*(.*)$/.exec(s))) {
    neg = true;
    s = m[1];
  } else if ((m = /^(.*?)\s*-$/.exec(s))) {
    neg = true;
    s = m[1];
  }
  s = s.replace(/ /g, '');
  if (s.includes(',')) s = s.replace(/\./g, '').replace(',', '.');
  else if (/^\d{1,3}(\.\d{3}){2,}$/.test(s)) s = s.replace(/\./g, '');
  if (!/^\d+(\.\d+)?$/.test(s)) return 'error';
  const o = toOre(s, unit);
  return neg ? -o : o;
}

export async function verifyBuilt(buf: Buffer, b: Built): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ExcelJS.Buffer);
  return verifyWorkbook(wb, b);
}

export function verifyWorkbook(wb: ExcelJS.Workbook, b: Built): string[] {
  const problems: string[] = [];
  const d = b.declared;
  const sheet = (name: string) => {
    const ws = wb.getWorksheet(name);
    if (!ws) throw new Error(`sheet ${name} missing`);
    return ws;
  };
  const amount = (ws: ExcelJS.Worksheet, addr: string, unit: Unit, what: string): Ore | null => {
    const a = amountOf(readValue(ws, addr), unit);
    if (a === 'error') {
      if (!(d.errors ?? []).some((e) => e.sheet === ws.name && e.cell === addr))
        problems.push(`${ws.name}!${addr} (${what}) is not a number: ${JSON.stringify(readValue(ws, addr))}`);
      return null;
    }
    return a;
  };
  const cellsSum = (ws: ExcelJS.Worksheet, cols: string[] | undefined, row: number, unit: Unit, what: string): Ore | null | undefined => {
    if (!cols || cols.length === 0) return undefined;
    const xs = cols.map((c) => amount(ws, `${c}${row}`, unit, what));
    return xs.every((x) => x === null) ? null : sum(xs);
  };

  // Tables: every line again from its cells.
  const reread: TableSpec[] = d.tables.map((t) => {
    const ws = sheet(t.sheet);
    const lines: SpecLine[] = t.lines.map((l) => {
      const r: SpecLine = { ...l };
      const get = (role: 'budget' | 'outcome' | 'periodBudget' | 'forecast') => cellsSum(ws, t.cells[role], l.row, t.unit, `${role} of ${l.key}`);
      const budget = get('budget');
      const outcome = get('outcome');
      const forecast = get('forecast');
      const period = get('periodBudget');
      if (budget !== undefined) r.budget = budget;
      if (outcome !== undefined) r.outcome = outcome;
      if (forecast !== undefined) r.forecast = forecast;
      if (period !== undefined) r.periodBudget = period;
      for (const role of ['budget', 'outcome', 'forecast', 'periodBudget'] as const) {
        if (t.cells[role] && (t.period?.basis !== 'pro-rata' || role !== 'periodBudget') && r[role] !== l[role])
          problems.push(`${t.sheet} row ${l.row} ${role}: cells hold ${show(r[role])}, source ${show(l[role])}`);
      }
      const label = keyOf(readValue(ws, `${labelCol(ws, l.row, l.key)}${l.row}`));
      if (!label.includes(l.key) && !normal(label).includes(normal(l.key))) problems.push(`${t.sheet} row ${l.row}: no cell in the row reads "${l.key}"`);
      return r;
    });
    if (t.period?.basis === 'months' && t.cells.outcome) {
      // The months with outcome, counted from the cells: the last month column with any value.
      const last = t.cells.outcome.length;
      if (last !== t.period.months) problems.push(`${t.sheet}: ${t.period.months} months declared, ${last} month columns summed`);
    }
    return { ...t, lines };
  });
  reread.forEach((t, i) => {
    const again = JSON.parse(JSON.stringify(expectTable(t)));
    if (!isDeepStrictEqual(again, JSON.parse(JSON.stringify(b.expected.tables[i]))))
      problems.push(`${t.sheet}: the expectation from the cells differs from the source's: ${firstDifference(again, b.expected.tables[i])}`);
  });

  // Printed totals foot, unless planted.
  for (const tot of d.totals ?? []) {
    const ws = sheet(tot.sheet);
    for (const col of tot.cols) {
      const printed = amount(ws, `${col}${tot.row}`, tot.unit, 'total');
      const parts = tot.covers.map((c) => (Array.isArray(c) ? ([c[0], -1n] as const) : ([c, 1n] as const)));
      const values = parts.map(([r, s]) => {
        const x = amount(ws, `${col}${r}`, tot.unit, 'covered');
        return x === null ? null : x * s;
      });
      const summed = sum(values);
      const diff = printed === null ? null : printed - summed;
      const unitOre = FACTOR[tot.unit];
      const allowed = BigInt(tot.rounding ?? 0) * unitOre;
      const planted = (tot.mismatch ?? []).some((m) => m.col === col);
      const roundingLimit = (BigInt(parts.length + 1) * unitOre) / 2n;
      if (diff === null) problems.push(`${tot.sheet}!${col}${tot.row}: the total is empty`);
      else if (planted && (diff < 0n ? -diff : diff) <= roundingLimit)
        problems.push(`${tot.sheet}!${col}${tot.row}: planted as a mismatch but differs by only ${inUnit(diff, 'kr')} kr`);
      else if (!planted && (diff < 0n ? -diff : diff) > allowed)
        problems.push(`${tot.sheet}!${col}${tot.row}: printed ${inUnit(printed!, 'kr')} kr, the rows sum to ${inUnit(summed, 'kr')} kr`);
    }
  }

  // Reported deviations agree, unless planted.
  for (const rep of d.reported ?? []) {
    const t = reread[rep.table];
    const ws = sheet(t.sheet);
    for (const l of t.lines) {
      const want = rep.expect(figuresOf(t, l));
      const got = amount(ws, `${rep.col}${l.row}`, t.unit, 'reported deviation');
      const planted = (rep.mismatchRows ?? []).some((m) => m.row === l.row);
      const same = want === null ? got === null : got === want;
      if (planted === same)
        problems.push(`${t.sheet}!${rep.col}${l.row}: reported ${show(got)}, recomputed ${show(want)}${planted ? ' (planted as a mismatch)' : ''}`);
    }
  }

  // Summary tables agree with the groups of their detail table, unless planted.
  for (const c of d.cross ?? []) {
    const t = reread[c.table];
    const ws = sheet(c.sheet);
    for (const r of c.rows) {
      const ls = t.lines.filter((l) => l.group === r.group);
      if (!ls.length) problems.push(`${c.sheet} row ${r.row}: no detail line has group ${r.group}`);
      for (const role of ['budget', 'outcome'] as const) {
        const col = c.cols[role];
        if (!col) continue;
        const got = amount(ws, `${col}${r.row}`, c.unit, `summary ${role}`);
        const want = sum(ls.map((l) => l[role]));
        const planted = (c.mismatch ?? []).some((m) => m.row === r.row && m.col === col);
        if (planted === (got === want))
          problems.push(`${c.sheet}!${col}${r.row}: summary ${show(got)}, detail ${show(want)}${planted ? ' (planted as a mismatch)' : ''}`);
      }
    }
  }

  for (const e of d.errors ?? []) {
    const v = readValue(sheet(e.sheet), e.cell);
    if (!(v && typeof v === 'object' && 'error' in v) && amountOf(v, 'kr') !== 'error')
      problems.push(`${e.sheet}!${e.cell} should be an error or unreadable, holds ${JSON.stringify(v)}`);
  }

  if (d.join) {
    const j = rereadJoin(d.join, sheet, amount, problems);
    const again = JSON.parse(JSON.stringify(expectJoin(j)));
    if (!isDeepStrictEqual(again, JSON.parse(JSON.stringify(b.expected.join))))
      problems.push(`join: the expectation from the cells differs from the source's: ${firstDifference(again, b.expected.join)}`);
  }

  if (d.fees) {
    const f = d.fees;
    const ws = sheet(f.sheet);
    const members = f.members.map((m) => {
      const name = keyOf(readValue(ws, `${m.nameCol}${m.row}`));
      if (name !== m.name) problems.push(`${f.sheet}!${m.nameCol}${m.row}: member ${JSON.stringify(name)}, source ${m.name}`);
      let population: number | undefined;
      if (m.popCol) {
        const p = amountOf(readValue(ws, `${m.popCol}${m.row}`), 'kr');
        population = p === null || p === 'error' ? undefined : Number(p / 100n);
        if (population !== m.population) problems.push(`${f.sheet}!${m.popCol}${m.row}: population ${population}, source ${m.population}`);
      }
      const given = m.givenCol ? amount(ws, `${m.givenCol}${m.row}`, 'kr', 'fee') : undefined;
      return { name, population, given, givenCell: m.givenCol ? `${m.givenCol}${m.row}` : undefined };
    });
    const params: Record<string, FeeParam> = {};
    for (const [k, p] of Object.entries(f.params)) params[k] = p.read(readValue(sheet(p.sheet), p.cell));
    const again = JSON.parse(JSON.stringify(expectFees(f, members, params)));
    if (!isDeepStrictEqual(again, JSON.parse(JSON.stringify(b.expected.fees))))
      problems.push(`fees: the expectation from the cells differs from the source's: ${firstDifference(again, b.expected.fees)}`);
  }

  (d.goals ?? []).forEach((g, i) => {
    const values: Record<string, Ore> = {};
    for (const [k, c] of Object.entries(g.cells)) values[k] = amount(sheet(c.sheet), c.cell, c.unit, `goal input ${k}`) ?? 0n;
    const again = expectGoal(g, values);
    if (!isDeepStrictEqual(again, b.expected.goals?.[i]))
      problems.push(`goal "${g.text}": from the cells ${JSON.stringify(again)}, from the source ${JSON.stringify(b.expected.goals?.[i])}`);
  });

  checkDeclaredSheets(wb, d, problems);
  return problems;
}

function rereadJoin(
  j: JoinSpec,
  sheet: (n: string) => ExcelJS.Worksheet,
  amount: (ws: ExcelJS.Worksheet, addr: string, unit: Unit, what: string) => Ore | null,
  problems: string[],
): JoinSpec {
  const side = (name: string, cols: { key: string[]; amount: string[]; period?: string[] }, rows: JoinRowSpec[]): JoinRowSpec[] => {
    const ws = sheet(name);
    return rows.map((r) => {
      const key = cols.key.map((c) => keyOf(readValue(ws, `${c}${r.row}`)));
      const amt = sum(cols.amount.map((c) => amount(ws, `${c}${r.row}`, j.unit, 'join amount')));
      const again: JoinRowSpec = { row: r.row, key, amount: amt, ...(r.unreadable ? { unreadable: true } : {}) };
      if (cols.period) again.periodAmount = sum(cols.period.map((c) => amount(ws, `${c}${r.row}`, j.unit, 'join period amount')));
      if (key.join('|') !== r.key.join('|')) problems.push(`${name} row ${r.row}: key ${key.join('/')}, source ${r.key.join('/')}`);
      if (amt !== r.amount) problems.push(`${name} row ${r.row}: amount ${inUnit(amt, 'kr')}, source ${inUnit(r.amount, 'kr')}`);
      return again;
    });
  };
  const out: JoinSpec = { ...j, budgetRows: side(j.budgetSheet, j.budgetCols, j.budgetRows), outcomeRows: side(j.outcomeSheet, j.outcomeCols, j.outcomeRows) };
  if (j.mapping) {
    const ws = sheet(j.mapping.sheet);
    out.mapping = {
      ...j.mapping,
      rows: j.mapping.rows.map((r) => {
        const code = keyOf(readValue(ws, `${j.mapping!.keyCol}${r.row}`));
        const m = /^(\d+)\s*[-–]\s*(\d+)$/.exec(code);
        const group = keyOf(readValue(ws, `${j.mapping!.groupCol}${r.row}`));
        return m ? { row: r.row, from: m[1], to: m[2], group } : { row: r.row, from: code, group };
      }),
    };
  }
  return out;
}

/** Every sheet a fixture names exists, and nothing is declared twice. */
function checkDeclaredSheets(wb: ExcelJS.Workbook, d: Declared, problems: string[]): void {
  const names = new Set(wb.worksheets.map((w) => w.name));
  for (const t of d.tables) if (!names.has(t.sheet)) problems.push(`sheet ${t.sheet} missing`);
  const rows = new Set<string>();
  for (const t of d.tables)
    for (const l of t.lines) {
      const k = `${t.sheet}!${l.row}`;
      if (rows.has(k)) problems.push(`row ${k} declared twice`);
      rows.add(k);
    }
}

/** The column in a row whose text holds the key (the label may stand in any column). */
function labelCol(ws: ExcelJS.Worksheet, row: number, key: string): string {
  const r = ws.getRow(row);
  let found = 'A';
  r.eachCell({ includeEmpty: false }, (cell) => {
    const v = keyOf(plain(cell.value));
    if (found === 'A' && (v.includes(key) || normal(v).includes(normal(key)))) found = cell.address.replace(/\d+$/, '');
  });
  return found;
}

const normal = (s: string) => s.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
const show = (o: Ore | null | undefined | 'error') => (o === undefined ? 'nothing' : o === null ? 'null' : o === 'error' ? 'error' : `${inUnit(o, 'kr')} kr`);

function firstDifference(a: unknown, b: unknown, path = ''): string {
  if (isDeepStrictEqual(a, b)) return '';
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = new Set([...Object.keys(a as object), ...Object.keys(b as object)]);
    for (const k of keys) {
      const x = (a as Record<string, unknown>)[k];
      const y = (b as Record<string, unknown>)[k];
      if (!isDeepStrictEqual(x, y)) return firstDifference(x, y, `${path}.${k}`);
    }
  }
  return `${path}: ${JSON.stringify(a)} ≠ ${JSON.stringify(b)}`;
}
