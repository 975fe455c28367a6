/**
 * Tables where a role is truly missing: budget only, outcome only, an outcome column whose header nobody could
 * know, a forecast that is not an outcome. No deviation may come from them, and the missing role is reported;
 * a complete table beside them still gives its own.
 */
import { Built, Fixture } from './names';
import { FMT, Line, expectTable, newWorkbook, put, putRow, widths } from './kit';
import { SRow, kr, tkr, writeStatement } from './statement-kit';

function budgetOnly(): Built {
  const wb = newWorkbook('Kommunalförbundet Sydarkiv');
  const ws = wb.addWorksheet('Budget 2025');
  put(ws, 'A1', 'Kommunalförbundet Sydarkiv – förslag till budget 2025 (tkr)', { bold: true, size: 12 });
  const headerRow = 3;
  putRow(ws, headerRow, 1, ['Post', 'Förslag budget 2025', 'Budget 2024', 'Förändring'], { bold: true, border: 'bottom', wrap: true });
  const item = (id: string, label: string, side: 'income' | 'cost', b25: number, b24: number): SRow => ({
    kind: 'item',
    id,
    label,
    side,
    v: { budget: tkr(b25), prior: tkr(b24) },
    extra: { D: b25 - b24 },
  });
  const rows: SRow[] = [
    { kind: 'header', label: 'Intäkter' },
    item('i1', 'Medlemsavgifter', 'income', 11_420, 10_980),
    item('i2', 'Uppdragsintäkter', 'income', 1_850, 1_700),
    {
      kind: 'total',
      id: 'si',
      label: 'Summa intäkter',
      side: 'income',
      covers: [
        ['i1', 1],
        ['i2', 1],
      ],
    },
    { kind: 'header', label: 'Kostnader' },
    item('k1', 'Personalkostnader', 'cost', 8_960, 8_520),
    item('k2', 'Lokaler', 'cost', 1_920, 1_880),
    item('k3', 'IT och e-arkiv', 'cost', 1_640, 1_590),
    item('k4', 'Övriga kostnader', 'cost', 550, 490),
    {
      kind: 'total',
      id: 'sk',
      label: 'Summa kostnader',
      side: 'cost',
      covers: [
        ['k1', 1],
        ['k2', 1],
        ['k3', 1],
        ['k4', 1],
      ],
    },
    {
      kind: 'total',
      id: 'res',
      label: 'Budgeterat resultat',
      side: 'income',
      covers: [
        ['si', 1],
        ['sk', -1],
      ],
    },
  ];
  const res = writeStatement(
    { ws, firstRow: headerRow + 1, unit: 'tkr', convention: 'unsigned', labelCol: 'A', cols: { budget: 'B', prior: 'C' }, numFmt: FMT.int },
    rows,
  );
  widths(ws, { A: 28, B: 14, C: 13, D: 12 });
  const lines: Line[] = res.lines.map((l) => ({ ...l, outcome: null }));
  const t = expectTable({
    sheet: 'Budget 2025',
    headerRow,
    unit: 'tkr',
    convention: 'unsigned',
    deviations: false,
    missingRole: 'outcome',
    columns: { line: 'A', budget: 'B' },
    lines,
  });
  return {
    wb,
    tables: [t],
    expected: {
      family: 'missing-role',
      source: "a budget proposal comparing next year's budget with this year's",
      tests: 'two budget columns and a Förändring column, no outcome at all',
      description:
        'A budget proposal: "Förslag budget 2025" against "Budget 2024" with their difference. There is no outcome in the workbook, so no deviation may be given and nothing flagged; ' +
        'the reader says once that the table has a budget and no outcome (and that "Budget 2024" and "Förändring" were not used as an outcome). Reading Budget 2024 as an outcome, or a missing outcome as zero, would invent ±100 % on every line.',
      tables: [t.table],
      mustNotFlag: true,
    },
  };
}

function outcomeOnly(): Built {
  const wb = newWorkbook('Miljöförbundet Bergslagen');
  const ws = wb.addWorksheet('Bokslut');
  put(ws, 'A1', 'Nettokostnad per verksamhet, bokslut 2024 (tkr)', { bold: true });
  const headerRow = 3;
  putRow(ws, headerRow, 1, ['Verksamhet', 'Utfall 2024', 'Utfall 2023', 'Förändring %'], { bold: true, border: 'bottom' });
  const data: [string, number, number][] = [
    ['Miljöskydd', 7_902, 7_415],
    ['Livsmedelskontroll', 5_011, 4_876],
    ['Hälsoskydd', 3_998, 3_640],
    ['Administration och ledning', 3_187, 3_240],
    ['Gemensamma kostnader', 944, 912],
  ];
  const lines: Line[] = [];
  data.forEach(([name, a, b], i) => {
    const r = headerRow + 1 + i;
    putRow(ws, r, 1, [name, a, b, Math.round(((a - b) / b) * 1000) / 1000], (k) => (k === 3 ? { numFmt: FMT.pct1 } : k ? { numFmt: FMT.int } : undefined));
    lines.push({ key: name, row: r, side: 'cost', budget: null, outcome: tkr(a) });
  });
  putRow(ws, headerRow + 6, 1, ['Totalt', data.reduce((x, d) => x + d[1], 0), data.reduce((x, d) => x + d[2], 0)], { bold: true, numFmt: FMT.int });
  widths(ws, { A: 30, B: 12, C: 12, D: 13 });
  const t = expectTable({
    sheet: 'Bokslut',
    headerRow,
    unit: 'tkr',
    convention: 'unsigned',
    deviations: false,
    missingRole: 'budget',
    columns: { line: 'A', outcome: 'B', priorYear: 'C' },
    lines,
  });
  return {
    wb,
    tables: [t],
    expected: {
      family: 'missing-role',
      source: 'the year-end net cost per verksamhet compared with last year (no budget in this workbook)',
      tests: 'outcome and prior year only, a percentage column',
      description:
        '"Utfall 2024" is the outcome and "Utfall 2023" the prior year; there is no budget. No deviation, no flag; the reader reports a missing budget. The "Förändring %" column is a percentage, not an amount.',
      tables: [t.table],
      mustNotFlag: true,
    },
  };
}

function kolumn1(): Built {
  const wb = newWorkbook('Samordningsförbundet Norra Dalarna');
  const ws = wb.addWorksheet('Projekt');
  const headerRow = 1;
  const data: [string, number, number, string?][] = [
    ['Ung Framtid Mora', 620_000, 588_214],
    ['Navigatorcentrum Orsa', 410_000, 436_900, 'Förlängt'],
    ['Steget vidare', 720_000, 701_336],
    ['IPS', 540_000, 498_772],
    ['Arbetsträning Malung-Sälen', 380_000, 402_118],
    ['Studiecoach Älvdalen', 180_000, 121_400, 'Start i april'],
  ];
  // An Excel table made from data without headers: Excel named the column Kolumn1.
  ws.addTable({
    name: 'Tabell1',
    ref: 'A1',
    headerRow: true,
    style: { theme: 'TableStyleMedium2', showRowStripes: true },
    columns: [{ name: 'Projekt' }, { name: 'Budget 2024' }, { name: 'Kolumn1' }, { name: 'Kommentar' }],
    rows: data.map(([n, b, o, c]) => [n, b, o, c ?? null]),
  });
  const lines: Line[] = data.map(([name, b], i) => {
    const r = headerRow + 1 + i;
    ws.getCell(`B${r}`).numFmt = FMT.int;
    ws.getCell(`C${r}`).numFmt = FMT.int;
    // The outcome is there, but under a header no reader can know: for the expectation it is no outcome.
    return { key: name, row: r, side: 'cost', budget: kr(b), outcome: null };
  });
  widths(ws, { A: 30, B: 13, C: 12, D: 20 });
  const t = expectTable({
    sheet: 'Projekt',
    headerRow,
    unit: 'kr',
    convention: 'unsigned',
    deviations: false,
    missingRole: 'outcome',
    columns: { line: 'A', budget: 'B' },
    lines,
  });
  return {
    wb,
    tables: [t],
    expected: {
      family: 'missing-role',
      source: "an Excel table whose third column kept Excel's default name",
      tests: 'an outcome column headed "Kolumn1": unknown, so no outcome; the user must map it (issue 15)',
      description:
        'The third column holds what is clearly an outcome to a person who knows the project, but its header is Excel\'s default "Kolumn1": no reader can know that. ' +
        "The table has a budget and no known outcome: no deviation and no flag, and the reader says which header it did not understand so the user can map it (--map 'Projekt!C=Utfall'). Guessing would be inventing.",
      tables: [t.table],
      mustNotFlag: true,
    },
  };
}

function forecastIsNotOutcome(): Built {
  const wb = newWorkbook('Regionförbundet Mittland');
  const ws = wb.addWorksheet('Budget och utfall');
  put(ws, 'A1', 'Regionförbundet Mittland – budget och utfall 2024 (tkr)', { bold: true });
  const headerRow = 3;
  putRow(ws, headerRow, 1, ['Post', 'Budget 2024', 'Utfall 2024', 'Avvikelse'], { bold: true, border: 'bottom' });
  const item = (id: string, label: string, side: 'income' | 'cost', b: number, o: number): SRow => ({
    kind: 'item',
    id,
    label,
    side,
    v: { budget: tkr(b), outcome: tkr(o) },
  });
  const rows: SRow[] = [
    item('mb', 'Medlemsavgifter', 'income', 24_300, 24_300),
    item('bi', 'Bidrag', 'income', 3_100, 3_482),
    item('pk', 'Personalkostnader', 'cost', -14_800, -15_122),
    item('vk', 'Verksamhetskostnader', 'cost', -12_300, -11_604),
    item('fp', 'Finansiella poster', 'cost', -20, -14),
    {
      kind: 'total',
      id: 'ar',
      label: 'Årets resultat',
      side: 'income',
      covers: [
        ['mb', 1],
        ['bi', 1],
        ['pk', 1],
        ['vk', 1],
        ['fp', 1],
      ],
    },
  ];
  const res = writeStatement(
    { ws, firstRow: headerRow + 1, unit: 'tkr', convention: 'signed', labelCol: 'A', cols: { budget: 'B', outcome: 'C', dev: 'D' } },
    rows,
  );
  widths(ws, { A: 28, B: 13, C: 13, D: 12 });
  const ps = wb.addWorksheet('Prognos 2025');
  put(ps, 'A1', 'Prognos 2025 (tkr), lämnad i april', { bold: true });
  putRow(ps, 3, 1, ['Post', 'Budget 2025', 'Prognos 2025'], { bold: true, border: 'bottom' });
  const prognos = writeStatement({ ws: ps, firstRow: 4, unit: 'tkr', convention: 'signed', labelCol: 'A', cols: { budget: 'B', forecast: 'C' } }, [
    { kind: 'item', id: 'mb', label: 'Medlemsavgifter', side: 'income', v: { budget: tkr(25_000), forecast: tkr(25_000) } },
    { kind: 'item', id: 'bi', label: 'Bidrag', side: 'income', v: { budget: tkr(3_000), forecast: tkr(2_600) } },
    { kind: 'item', id: 'pk', label: 'Personalkostnader', side: 'cost', v: { budget: tkr(-15_400), forecast: tkr(-15_900) } },
    { kind: 'item', id: 'vk', label: 'Verksamhetskostnader', side: 'cost', v: { budget: tkr(-12_550), forecast: tkr(-12_100) } },
    { kind: 'item', id: 'fp', label: 'Finansiella poster', side: 'cost', v: { budget: tkr(-20), forecast: tkr(-20) } },
    {
      kind: 'total',
      id: 'ar',
      label: 'Årets resultat',
      side: 'income',
      covers: [
        ['mb', 1],
        ['bi', 1],
        ['pk', 1],
        ['vk', 1],
        ['fp', 1],
      ],
    },
  ]);
  widths(ps, { A: 28, B: 13, C: 13 });
  const t = expectTable({
    sheet: 'Budget och utfall',
    headerRow,
    unit: 'tkr',
    convention: 'signed',
    deviations: true,
    columns: { line: 'A', budget: 'B', outcome: 'C', deviation: 'D' },
    lines: res.lines,
  });
  const tp = expectTable({
    sheet: 'Prognos 2025',
    headerRow: 3,
    unit: 'tkr',
    convention: 'signed',
    deviations: false,
    missingRole: 'outcome',
    columns: { line: 'A', budget: 'B', forecast: 'C' },
    lines: prognos.lines.map((l) => ({ ...l, outcome: null })),
  });
  return {
    wb,
    tables: [t, tp],
    expected: {
      family: 'missing-role',
      source: "a regionförbund's workbook with last year's outcome and next year's forecast on separate sheets",
      tests: 'a complete table beside a budget + forecast table with no outcome: the first gives deviations, the second none',
      description:
        'The first sheet is a complete signed table (tkr): deviations as usual. The second has "Budget 2025" and "Prognos 2025" and no outcome: a forecast is not an outcome, so no budget deviation (a forecast deviation may be shown, the deviation itself stays empty) and no flag; the missing outcome is reported for that sheet only, and the first sheet is not affected.',
      tables: [t.table, tp.table],
    },
  };
}

export const MISSING: Fixture[] = [
  { name: 'missing-outcome-budget-proposal', build: budgetOnly },
  { name: 'missing-budget-outcome-only', build: outcomeOnly },
  { name: 'missing-kolumn1-header', build: kolumn1 },
  { name: 'missing-forecast-not-outcome', build: forecastIsNotOutcome },
];
