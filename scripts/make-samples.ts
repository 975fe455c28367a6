/**
 * Generates samples/sormland-2017.xlsx from the tables extracted from Regionförbundet Sörmland's
 * årsredovisning 2017 (../shared/data/sormland-2017.tables.json).
 *
 *   node --import tsx scripts/make-samples.ts        (npm run samples)
 *
 * The workbook imitates an economist's own workbook, so a few quirks of the printed report are kept on
 * purpose (text cells holding numbers, a dot decimal, a PDF-pasted amount, a duplicate-free project list
 * with one suspicious line). See samples/README.md.
 *
 * Output is deterministic: fixed document properties and fixed zip entry timestamps, so regenerating
 * gives a byte-identical file.
 *
 * AVSTAMNING_SHARED overrides the shared directory (default: ../shared next to the repository).
 *
 * Also writes samples/sodertorn-2018.xlsx, and the member-fee sheets of both (scripts/samples-fees.ts).
 */
import fs from 'fs';
import path from 'path';
import ExcelJS from 'exceljs';
import { addSormlandFees, sodertornWorkbook } from './samples-fees';
import { fixZipTimestamps } from './deterministic-zip';

// ---------------------------------------------------------------------------------------------
// JSON shapes (only what is used here)

interface Cell {
  raw: string;
  value: string;
  kr: string;
  flags?: string[];
}

interface TableRow {
  key: string;
  label: string;
  kind: string;
  section?: string;
  values: Record<string, Cell | null>;
}

interface Table {
  id: string;
  unit: string;
  notes?: string[];
  rows: unknown[];
}

interface ProjectAmount {
  raw: string;
  kr: string;
}

interface ProjectRow {
  key: string;
  goal: string;
  name: string;
  name_line: number;
  budget: ProjectAmount | null;
  utfall: ProjectAmount | null;
  projektslut: { raw: string } | null;
  duplicate_of?: string;
  exclude_from_sums?: boolean;
  flags?: string[];
}

interface TablesFile {
  tables: Table[];
}

// ---------------------------------------------------------------------------------------------
// Paths and fixed metadata

const REPO = path.resolve(__dirname, '..');
const SHARED = process.env.AVSTAMNING_SHARED ? path.resolve(process.env.AVSTAMNING_SHARED) : path.resolve(__dirname, '..', '..', 'shared');
const INPUT = path.join(SHARED, 'data', 'sormland-2017.tables.json');
const OUTPUT = path.join(REPO, 'samples', 'sormland-2017.xlsx');
const SODERTORN_INPUT = path.join(SHARED, 'data', 'sodertorn-2018.tables.json');
const SODERTORN_OUTPUT = path.join(REPO, 'samples', 'sodertorn-2018.xlsx');
const SODERTORN_DATE = new Date('2019-03-31T00:00:00Z');

const FIXED_DATE = new Date('2018-03-31T00:00:00Z');
const CREATOR = 'Regionförbundet Sörmland (exempel)';

const NBSP = '\u00a0';

// ---------------------------------------------------------------------------------------------
// Helpers

function fail(message: string): never {
  throw new Error(`make-samples: ${message}`);
}

function assert(condition: boolean, message: string): asserts condition {
  if (!condition) fail(message);
}

function table(data: TablesFile, id: string): Table {
  const t = data.tables.find((x) => x.id === id);
  if (!t) fail(`table ${id} not found in ${INPUT}`);
  return t;
}

/** A decimal string from the JSON becomes a JS number only here, when it is written to a cell. */
function num(decimal: string): number {
  const n = Number(decimal);
  assert(decimal.trim() !== '' && Number.isFinite(n), `not a number: ${JSON.stringify(decimal)}`);
  return n;
}

/** 6801200 → "6 801 200" with the given grouping character. */
function groupThousands(integer: string, sep: string): string {
  assert(/^-?\d+$/.test(integer), `not an integer: ${integer}`);
  const neg = integer.startsWith('-');
  const digits = neg ? integer.slice(1) : integer;
  return (neg ? '-' : '') + digits.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

function isoDateUtc(raw: string): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw.trim());
  if (!m) fail(`not an ISO date: ${raw}`);
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
}

function setupSheet(ws: ExcelJS.Worksheet, title: string, headers: string[], widths: number[]): void {
  ws.getCell('A1').value = title;
  ws.getCell('A1').font = { bold: true };
  const header = ws.getRow(3);
  headers.forEach((h, i) => {
    const c = header.getCell(i + 1);
    c.value = h;
    c.font = { bold: true };
  });
  widths.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  ws.views = [{ state: 'frozen', xSplit: 0, ySplit: 3, topLeftCell: 'A4', activeCell: 'A4' }];
}

// ---------------------------------------------------------------------------------------------
// Sheet 1: Budgetavstämning (mnkr, signed)

const BA_COLUMNS = ['utfall_2017', 'budget_2017', 'budgetavvikelse', 'utfall_2016'] as const;

/** Row order as printed (lines 2147-2172): '' = blank row, '#X' = section header row X. */
const BA_LAYOUT = [
  '#Intäkter',
  'medlemsavgifter',
  'ersattning_personal_lansstyrelsen',
  'externa_intakter_huvudverksamhet',
  'ovrigt_intakter',
  '',
  'summa_egna_intakter',
  '',
  'statliga_regionala_medel_1_1',
  '',
  'summa_1_1',
  '',
  'summa_intakter',
  '',
  '#Kostnader',
  'huvudverksamhet',
  'politisk_styrning',
  'forbundskontoret',
  'ovrigt_kostnader',
  'summa_kostnader',
  '',
  'resultat',
];

/** Cells kept as printed text, with the raw text the JSON must show for them. */
const BA_TEXT_CELLS: Record<string, string> = {
  'summa_kostnader/budgetavvikelse': '-1.91',
  'medlemsavgifter/budgetavvikelse': '0,00',
};

/** Cells printed as a bare "0": number 0 with format "0". */
const BA_INTEGER_CELLS = new Set(['statliga_regionala_medel_1_1/budgetavvikelse', 'summa_1_1/budgetavvikelse']);

/** "Övrigt (fotnot 1)" → "Övrigt 1)", as footnote markers look in a sheet. */
function sheetLabel(label: string): string {
  return label.replace(/\s*\(fotnot (\d+)\)$/, ' $1)');
}

function footnotes(t: Table): string[] {
  const out: string[] = [];
  for (const note of t.notes ?? []) {
    const m = /^Footnote (\d+) \(line \d+\):[^"]*"(.*)"\s*$/.exec(note);
    if (m) out.push(`${m[1]}) ${m[2]}`);
  }
  assert(out.length === 3, `expected 3 footnotes in 000.budgetavstamning, found ${out.length}`);
  return out;
}

function budgetavstamning(wb: ExcelJS.Workbook, t: Table): ExcelJS.Worksheet {
  assert(t.unit === 'mnkr', `000.budgetavstamning: unit ${t.unit}, expected mnkr`);
  const rows = t.rows as TableRow[];
  const byKey = new Map(rows.map((r) => [r.key, r]));
  const used = BA_LAYOUT.filter((k) => k !== '' && !k.startsWith('#'));
  assert(
    used.length === rows.length && used.every((k) => byKey.has(k)),
    `000.budgetavstamning rows do not match the layout: ${rows.map((r) => r.key).join(', ')}`,
  );

  const ws = wb.addWorksheet('Budgetavstämning');
  setupSheet(
    ws,
    'Budgetavstämning 2017',
    ['Budgetavstämning (i miljoner kronor)', 'Utfall 2017', 'Budget 2017', 'Budgetavvikelse', 'Utfall 2016'],
    [60, 14, 14, 16, 14],
  );

  let r = 4;
  for (const entry of BA_LAYOUT) {
    if (entry === '') {
      r++;
      continue;
    }
    const row = ws.getRow(r++);
    if (entry.startsWith('#')) {
      row.getCell(1).value = entry.slice(1);
      continue;
    }
    const src = byKey.get(entry)!;
    row.getCell(1).value = sheetLabel(src.label);
    BA_COLUMNS.forEach((col, i) => {
      const v = src.values[col];
      if (!v) fail(`000.budgetavstamning ${entry}/${col} is empty`);
      const cell = row.getCell(i + 2);
      const id = `${entry}/${col}`;
      if (id in BA_TEXT_CELLS) {
        assert(v.raw === BA_TEXT_CELLS[id], `${id}: printed ${JSON.stringify(v.raw)}, expected ${BA_TEXT_CELLS[id]}`);
        cell.value = v.raw;
      } else if (BA_INTEGER_CELLS.has(id)) {
        assert(v.raw === '0' && num(v.value) === 0, `${id}: printed ${JSON.stringify(v.raw)}, expected 0`);
        cell.value = 0;
        cell.numFmt = '0';
      } else {
        cell.value = num(v.value);
        cell.numFmt = '0.00';
      }
    });
  }

  r++; // one blank row before the footnotes
  for (const note of footnotes(t)) ws.getCell(r++, 1).value = note;
  return ws;
}

// ---------------------------------------------------------------------------------------------
// Sheet 2: Målområden (kr, unsigned net cost)

const MAL_COLUMNS = ['budget_helar', 'prognos_delarsbokslut', 'utfall_helar', 'avvikelse_budget_utfall'] as const;
const MAL_KEYS = ['mal1', 'mal2', 'mal3', 'mal4', 'ovriga', 'total'];

function malomraden(wb: ExcelJS.Workbook, t: Table): ExcelJS.Worksheet {
  assert(t.unit === 'kr', `000.malomraden_nettokostnad: unit ${t.unit}, expected kr`);
  const rows = t.rows as TableRow[];
  assert(rows.map((x) => x.key).join() === MAL_KEYS.join(), `000.malomraden_nettokostnad rows: ${rows.map((x) => x.key).join(', ')}`);

  const ws = wb.addWorksheet('Målområden');
  setupSheet(
    ws,
    'Nettokostnad per målområde i Sörmlandsstrategin 2020 (huvudverksamheten)',
    ['Mål', 'Budget helår', 'Prognos i delårsbokslut', 'Utfall helår', 'Avvikelse budget-utfall'],
    [80, 14, 22, 14, 22],
  );

  rows.forEach((src, i) => {
    const row = ws.getRow(4 + i);
    row.getCell(1).value = src.label;
    MAL_COLUMNS.forEach((col, j) => {
      const v = src.values[col];
      if (!v) fail(`000.malomraden_nettokostnad ${src.key}/${col} is empty`);
      const cell = row.getCell(j + 2);
      if (src.key === 'ovriga' && col === 'utfall_helar') {
        // Pasted from the PDF: no-break spaces as thousands separators and a trailing space.
        const text = groupThousands(v.value, NBSP) + ' ';
        assert(text.replace(/\s/g, '') === v.raw.replace(/\s/g, ''), `ovriga/utfall_helar: ${v.raw} vs ${text}`);
        cell.value = text;
      } else {
        cell.value = num(v.value);
        cell.numFmt = '#,##0';
      }
    });
  });
  return ws;
}

// ---------------------------------------------------------------------------------------------
// Sheet 3: Projekt (kr)

const GOAL_LABELS: Record<string, string> = {
  mal1: 'Mål 1',
  mal2: 'Mål 2',
  mal3: 'Mål 3',
  mal4: 'Mål 4',
  ovriga: 'Övriga insatser',
};

const SWAP_NOTE = 'Misstänkt förväxling budget/utfall';

function projekt(wb: ExcelJS.Workbook, t: Table): { ws: ExcelJS.Worksheet; count: number } {
  assert(t.unit === 'kr', `000.projekt: unit ${t.unit}, expected kr`);
  const all = t.rows as ProjectRow[];

  // The duplicated block (second "Handlingsprogram för näringslivsutveckling", name line 1170) is
  // marked in the data itself: duplicate_of + exclude_from_sums.
  const excluded = all.filter((p) => p.exclude_from_sums === true || p.duplicate_of !== undefined);
  assert(
    excluded.length === 1 && excluded[0].name_line === 1170,
    `expected exactly the block at line 1170 to be marked duplicate, got ${excluded.map((p) => p.name_line).join(', ')}`,
  );
  const projects = all.filter((p) => !excluded.includes(p));
  assert(projects.length === 50, `expected 50 projects after excluding the duplicate, got ${projects.length}`);

  const ws = wb.addWorksheet('Projekt');
  setupSheet(
    ws,
    'Projekt och aktiviteter per mål i Sörmlandsstrategin 2020',
    ['Målområde', 'Projekt/aktivitet', 'Budget', 'Utfall', 'Projektslut', 'Kommentar'],
    [16, 80, 14, 14, 12, 36],
  );

  let swapNotes = 0;
  projects.forEach((p, i) => {
    const row = ws.getRow(4 + i);
    const goal = GOAL_LABELS[p.goal];
    if (!goal) fail(`${p.key}: unknown goal ${p.goal}`);
    row.getCell(1).value = goal;
    row.getCell(2).value = p.name;

    if (!p.budget || !p.utfall) fail(`${p.key}: budget or utfall missing`);
    const budget = row.getCell(3);
    if (p.key === 'regional_kompetensplattform') {
      // Typed in with the unit, as printed ("425 000  kronor" in the extraction).
      assert(p.budget.kr === '425000', `${p.key}: budget ${p.budget.kr}, expected 425000`);
      budget.value = '425 000 kronor';
    } else {
      budget.value = num(p.budget.kr);
      budget.numFmt = '#,##0';
    }
    const utfall = row.getCell(4);
    utfall.value = num(p.utfall.kr);
    utfall.numFmt = '#,##0';

    if (p.projektslut) {
      const d = row.getCell(5);
      d.value = isoDateUtc(p.projektslut.raw);
      d.numFmt = 'yyyy-mm-dd';
    }

    if ((p.flags ?? []).some((f) => f.startsWith('SUSPECTED SWAP'))) {
      row.getCell(6).value = SWAP_NOTE;
      swapNotes++;
    }
  });
  assert(swapNotes === 1, `expected one suspected swap, found ${swapNotes}`);
  const jagmed = projects.find((p) => p.key === 'jagmed');
  assert(jagmed?.utfall?.kr === '-239000', 'Projekt #jagmed: expected utfall -239000');
  return { ws, count: projects.length };
}

// ---------------------------------------------------------------------------------------------
// Sheets 4-7: Resultaträkning, Balansräkning, Balanskravsutredning (tkr) and the financial goals

interface StatementCell {
  raw: string;
  value: string;
}

interface StatementSourceRow {
  key: string;
  label: string;
  kind: string;
  section?: string | null;
  note_ref?: string | null;
  values: Record<string, StatementCell | null>;
  derived_values?: Record<string, { value: string; from: string }>;
}

interface FinancialGoal {
  key: string;
  text: string;
  threshold: { operator: string; value: string; unit?: string };
}

const STATEMENT_FORMAT = '#,##0;-#,##0;0';

/** The printed label: the JSON's editorial remarks (`(sic; …)`, `Ansvarsförbindelser: `) are not in the report. */
function printedLabel(label: string): string {
  return label.replace(/\s*\(sic;[^)]*\)$/, '').replace(/^Ansvarsförbindelser:\s*/, '');
}

/** The printed note number (`4 (printed; should be 5)` → 4); the misprint is kept, as printed. */
function noteNumber(ref: string | null | undefined): number | null {
  const m = /^(\d+)/.exec(ref ?? '');
  return m ? Number(m[1]) : null;
}

/**
 * One statement sheet in the report's own layout: section headers without amounts, a Not column, one column
 * per year. A cell the extraction lost is filled from `derived_values` (rebuilt from the notes) when
 * `rebuild` allows it; otherwise it stays empty, as printed.
 */
function statementSheet(
  wb: ExcelJS.Workbook,
  name: string,
  t: Table,
  columns: readonly string[],
  headers: string[],
  layout: { before?: Record<string, string>; rebuild?: (row: StatementSourceRow, col: string) => number | null; withNotes?: boolean },
): ExcelJS.Worksheet {
  assert(t.unit === 'tkr', `${t.id}: unit ${t.unit}, expected tkr`);
  const ws = wb.addWorksheet(name);
  const withNotes = layout.withNotes ?? true;
  setupSheet(ws, `${name} (tkr)`, withNotes ? [headers[0], 'Not', ...headers.slice(1)] : headers, withNotes ? [56, 6, 14, 14] : [56, 14, 14]);
  let r = 4;
  let section: string | null = null;
  for (const src of t.rows as StatementSourceRow[]) {
    const heading = layout.before?.[src.key];
    if (heading !== undefined) {
      if (r > 4) r++;
      ws.getCell(r++, 1).value = heading;
    }
    if (src.section && src.section !== section && heading === undefined) {
      if (r > 4) r++;
      ws.getCell(r++, 1).value = src.section;
    }
    section = src.section ?? section;
    const row = ws.getRow(r++);
    row.getCell(1).value = printedLabel(src.label);
    const note = withNotes ? noteNumber(src.note_ref) : null;
    if (note !== null) row.getCell(2).value = note;
    columns.forEach((col, i) => {
      const printed = src.values[col];
      const value = printed ? num(printed.value) : (layout.rebuild?.(src, col) ?? null);
      if (value === null) return;
      const cell = row.getCell(i + (withNotes ? 3 : 2));
      cell.value = value;
      cell.numFmt = STATEMENT_FORMAT;
    });
  }
  return ws;
}

function resultatrakning(wb: ExcelJS.Workbook, t: Table): ExcelJS.Worksheet {
  const result = (t.rows as StatementSourceRow[]).find((x) => x.label === 'Periodens resultat');
  assert(result?.values.ar_2017?.value === '565' && result.values.ar_2016?.value === '-1365', '000.resultatrakning: Periodens resultat is not 565 / -1365');
  return statementSheet(wb, 'Resultaträkning', t, ['ar_2017', 'ar_2016'], ['Resultaträkning', '2017', '2016'], {});
}

/**
 * The 2016 column lost six cells in the extraction. Four asset lines are rebuilt from notes 9–12
 * (`derived_values`); Summa omsättningstillgångar and SUMMA TILLGÅNGAR are the sums of the lines above them.
 * The JSON rebuilds SUMMA TILLGÅNGAR from the other side (26 066), but the asset lines sum to 26 064: the sheet
 * keeps its own lines' sum, so the balance check shows the 2 tkr the report hides.
 */
function balansrakning(wb: ExcelJS.Workbook, t: Table): ExcelJS.Worksheet {
  const rows = t.rows as StatementSourceRow[];
  const col2016 = 'd_2016_12_31';
  const value2016 = (key: string): number => {
    const src = rows.find((x) => x.key === key);
    const printed = src?.values[col2016];
    const derived = src?.derived_values?.[col2016];
    if (printed) return num(printed.value);
    if (derived) return num(derived.value);
    return fail(`000.balansrakning ${key}: no 2016 value`);
  };
  const keyOf = (label: string) => rows.find((x) => x.label === label)?.key ?? fail(`000.balansrakning: no row ${label}`);
  const currentAssets2016 = ['Kundfordringar', 'Övriga fordringar', 'Förutbetalda kostnader och upplupna intäkter', 'Likvida medel', 'Kortfristiga placeringar']
    .map((l) => value2016(keyOf(l)))
    .reduce((a, b) => a + b, 0);
  assert(currentAssets2016 === value2016(keyOf('Summa omsättningstillgångar')), `2016 current assets: lines ${currentAssets2016}`);
  const totalAssets2016 = value2016(keyOf('Summa anläggningstillgångar')) + currentAssets2016;
  const liabilitySide2016 = value2016(keyOf('SUMMA SKULDER OCH EGET KAPITAL'));
  assert(totalAssets2016 === 26064 && liabilitySide2016 === 26066, `2016 balance: assets ${totalAssets2016}, equity and liabilities ${liabilitySide2016}`);

  const ws = statementSheet(wb, 'Balansräkning', t, ['d_2017_12_31', col2016], ['Balansräkning', '2017-12-31', '2016-12-31'], {
    before: {
      [keyOf('Inventarier, datorer och installationer')]: 'TILLGÅNGAR',
      [keyOf('Eget kapital')]: 'SKULDER OCH EGET KAPITAL',
      [keyOf('Ansvarsförbindelser: Pensionsförpliktelser enligt KPA')]: 'Ansvarsförbindelser 31 december',
    },
    rebuild: (src, col) => {
      if (col !== col2016) return null;
      if (src.label === 'SUMMA TILLGÅNGAR') return totalAssets2016;
      const derived = src.derived_values?.[col];
      return derived ? num(derived.value) : null;
    },
  });
  ws.getCell(ws.rowCount + 2, 1).value =
    '2016: sex belopp saknas i rapporttexten och är återskapade ur not 9–12; summaraderna är summan av raderna ovanför (SUMMA TILLGÅNGAR 26 064, mot 26 066 på skuldsidan).';
  return ws;
}

/** As printed: the realisation gains are left blank, the adjusted result equals the reported result. */
function balanskravsutredning(wb: ExcelJS.Workbook, t: Table): ExcelJS.Worksheet {
  const rows = t.rows as StatementSourceRow[];
  assert(rows.length === 3 && rows[1].values.ar_2017 === null, '000.balanskravsutredning: expected three rows, the realisation gains blank');
  return statementSheet(wb, 'Balanskravsutredning', t, ['ar_2017', 'ar_2016'], ['Balanskravsutredning', '2017', '2016'], { withNotes: false });
}

/** The report's three goals, and the kassalikviditet goal once more as its own stated formula. */
function malOchNyckeltal(wb: ExcelJS.Workbook, goals: readonly FinancialGoal[]): ExcelJS.Worksheet {
  const goal = (key: string) => goals.find((g) => g.key === key) ?? fail(`financial goal ${key} not found`);
  const budget = goal('budget_i_balans');
  const equity = goal('eget_kapital_12_mnkr');
  const liquidity = goal('kassalikviditet_100');
  assert(equity.threshold.operator === '>=' && equity.threshold.value === '12' && equity.threshold.unit === 'mnkr', 'eget kapital goal: expected >= 12 mnkr');
  assert(
    liquidity.threshold.operator === '>' && liquidity.threshold.value === '100' && liquidity.threshold.unit === 'pct',
    'kassalikviditet goal: expected > 100 %',
  );

  const ws = wb.addWorksheet('Mål och nyckeltal');
  setupSheet(ws, 'Finansiella mål 2017', ['Finansiellt mål', 'Nyckeltal', 'Villkor', 'Gränsvärde', 'Beskrivning i årsredovisningen'], [44, 60, 9, 12, 90]);
  const stated = '(Kundfordringar + Övriga fordringar + Förutbetalda kostnader och upplupna intäkter + Likvida medel) / Summa kortfristiga skulder';
  const rows: [string, string, string, string | number, string][] = [
    // SPEC 5: budgeted income − budgeted costs ≥ 0 (the report: "intäkterna ska överstiga kostnaderna").
    ['Budget i balans', 'Budget i balans', '≥', 0, budget.text],
    ['Eget kapital minst 12 miljoner kronor', 'Eget kapital', '≥', '12 mnkr', equity.text],
    ['Kassalikviditet över 100 procent', 'Kassalikviditet', '>', '100 %', liquidity.text],
    [
      'Kassalikviditet enligt målets formel',
      stated,
      '>',
      '100 %',
      'Samma mål räknat som målet är formulerat: kortfristiga fordringar + kassa och bank, utan kortfristiga placeringar.',
    ],
  ];
  rows.forEach((values, i) => values.forEach((v, j) => (ws.getCell(4 + i, j + 1).value = v)));
  return ws;
}

function financialStatements(wb: ExcelJS.Workbook, data: TablesFile): ExcelJS.Worksheet[] {
  const goals = (data as unknown as { financial_goals: FinancialGoal[] }).financial_goals;
  return [
    resultatrakning(wb, table(data, '000.resultatrakning')),
    balansrakning(wb, table(data, '000.balansrakning')),
    balanskravsutredning(wb, table(data, '000.balanskravsutredning')),
    malOchNyckeltal(wb, goals),
  ];
}

// ---------------------------------------------------------------------------------------------

async function main(): Promise<void> {
  if (!fs.existsSync(INPUT)) fail(`input not found: ${INPUT} (set AVSTAMNING_SHARED to the shared directory)`);
  const data = JSON.parse(fs.readFileSync(INPUT, 'utf8')) as TablesFile;

  const wb = new ExcelJS.Workbook();
  wb.creator = CREATOR;
  wb.lastModifiedBy = CREATOR;
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;

  const ba = budgetavstamning(wb, table(data, '000.budgetavstamning'));
  const mal = malomraden(wb, table(data, '000.malomraden_nettokostnad'));
  const proj = projekt(wb, table(data, '000.projekt'));
  const statements = financialStatements(wb, data);
  const fees = addSormlandFees(wb, table(data, '000.medlemsavgifter'));

  const buf = Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  fixZipTimestamps(buf, FIXED_DATE);
  fs.mkdirSync(path.dirname(OUTPUT), { recursive: true });
  fs.writeFileSync(OUTPUT, buf);

  console.log(
    `Wrote ${path.relative(REPO, OUTPUT)}: ${ba.name} (${ba.rowCount} rows), ${mal.name} (${mal.rowCount} rows), ` +
      `${proj.ws.name} (${proj.ws.rowCount} rows, ${proj.count} projects)`,
  );
  console.log(`  and ${statements.map((ws) => `${ws.name} (${ws.rowCount} rows)`).join(', ')}`);
  console.log(`  and ${fees.map((ws) => `${ws.name} (${ws.rowCount} rows)`).join(', ')}`);

  const sodertorn = sodertornWorkbook(JSON.parse(fs.readFileSync(SODERTORN_INPUT, 'utf8')), SODERTORN_DATE);
  const sodertornBuf = Buffer.from((await sodertorn.xlsx.writeBuffer()) as ArrayBuffer);
  fixZipTimestamps(sodertornBuf, SODERTORN_DATE);
  fs.writeFileSync(SODERTORN_OUTPUT, sodertornBuf);
  console.log(`Wrote ${path.relative(REPO, SODERTORN_OUTPUT)}: ${sodertorn.worksheets.map((ws) => `${ws.name} (${ws.rowCount} rows)`).join(', ')}`);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
});
