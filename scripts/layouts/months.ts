/**
 * Two-row and merged headers: `Budget 2024` merged over `jan … dec` and `Utfall 2024` over `jan … aug`;
 * `Utfall` over `2023 | 2024`; months as real dates in the header row.
 */
import ExcelJS from 'exceljs';
import { Built, Fixture, KBAS } from './names';
import {
  FMT,
  Line,
  MONTHS_SV,
  Ore,
  Rng,
  accountSide,
  addr,
  colLetter,
  dateSerial,
  divRound,
  expectTable,
  inUnit,
  newWorkbook,
  plain,
  put,
  putRow,
  readAmount,
  spreadMonths,
  sum,
  widths,
  freeze,
} from './kit';
import { SRow, kr, writeStatement } from './statement-kit';
import { ledgerAmounts } from './ledger';

function budgetUtfallMerged(): Built {
  const rng = new Rng(6101);
  const wb = newWorkbook('Kunskapsförbundet Nord');
  const ws = wb.addWorksheet('Månader 2024');
  put(ws, 'A1', 'Kunskapsförbundet Nord – budget och utfall per månad 2024 (kr)', { bold: true, size: 12 });
  const top = 3;
  const headerRow = 4;
  const monthsOut = 8;
  ws.mergeCells(`A${top}:A${headerRow}`);
  ws.mergeCells(`B${top}:B${headerRow}`);
  put(ws, `A${top}`, 'Konto', { bold: true });
  put(ws, `B${top}`, 'Benämning', { bold: true });
  const bFirst = 3;
  const bSum = bFirst + 12;
  const oFirst = bSum + 1;
  const oSum = oFirst + monthsOut;
  ws.mergeCells(top, bFirst, top, bFirst + 11);
  put(ws, addr(top, bFirst), 'Budget 2024', { bold: true, align: 'center', fill: 'FFDDEBF7' });
  ws.mergeCells(top, bSum, headerRow, bSum);
  put(ws, addr(top, bSum), 'Summa budget', { bold: true, wrap: true });
  ws.mergeCells(top, oFirst, top, oFirst + monthsOut - 1);
  put(ws, addr(top, oFirst), 'Utfall 2024', { bold: true, align: 'center', fill: 'FFE2EFDA' });
  ws.mergeCells(top, oSum, headerRow, oSum);
  put(ws, addr(top, oSum), 'Summa utfall', { bold: true, wrap: true });
  putRow(ws, headerRow, bFirst, MONTHS_SV, { bold: true, align: 'right' });
  putRow(ws, headerRow, oFirst, MONTHS_SV.slice(0, monthsOut), { bold: true, align: 'right' });
  const accounts = KBAS.filter((a) => !['3740', '5021', '5110', '6150', '6910', '7310', '8510'].includes(a.code));
  const lines: Line[] = [];
  const periodBudgets = new Map<number, Ore>();
  let r = headerRow + 1;
  for (const a of accounts) {
    const { budget } = ledgerAmounts(rng, a, a.code === '3110' ? 0.6 : 0.35, { wholeKr: true });
    const yearly = budget < 0n ? -budget : budget;
    const bm = spreadMonths(yearly, 12, rng);
    const om = bm.slice(0, monthsOut).map((m) => (a.code === '3110' ? m : (BigInt(Math.round(Number(m) * (0.75 + rng.next() * 0.5))) / 100n) * 100n));
    putRow(ws, r, 1, [Number(a.code), a.name]);
    putRow(
      ws,
      r,
      bFirst,
      bm.map((m) => inUnit(m, 'kr')),
      { numFmt: FMT.int },
    );
    ws.getCell(r, bSum).value = {
      formula: `SUM(${colLetter(bFirst)}${r}:${colLetter(bFirst + 11)}${r})`,
      result: inUnit(yearly, 'kr'),
      date1904: false,
    } as ExcelJS.CellFormulaValue;
    ws.getCell(r, bSum).numFmt = FMT.int;
    putRow(
      ws,
      r,
      oFirst,
      om.map((m) => inUnit(m, 'kr')),
      { numFmt: FMT.int },
    );
    ws.getCell(r, oSum).value = {
      formula: `SUM(${colLetter(oFirst)}${r}:${colLetter(oSum - 1)}${r})`,
      result: inUnit(sum(om), 'kr'),
      date1904: false,
    } as ExcelJS.CellFormulaValue;
    ws.getCell(r, oSum).numFmt = FMT.int;
    const pb = sum(bm.slice(0, monthsOut));
    periodBudgets.set(r, pb);
    lines.push({
      key: a.name,
      row: r,
      side: a.code.startsWith('3') || a.code === '8410' ? 'income' : 'cost',
      budget: yearly,
      periodBudget: pb,
      outcome: sum(om),
    });
    r++;
  }
  widths(ws, { A: 7, B: 30 });
  for (let c = bFirst; c <= oSum; c++) ws.getColumn(c).width = 10;
  freeze(ws, headerRow, 2);
  const t = expectTable({
    sheet: 'Månader 2024',
    headerRow,
    unit: 'kr',
    convention: 'unsigned',
    deviations: true,
    columns: { code: 'A', line: 'B', budget: colLetter(bSum), outcome: colLetter(oSum) },
    period: { months: monthsOut, basis: 'months' },
    lines,
  });
  const verify = (back: ExcelJS.Workbook) => {
    const s = back.getWorksheet('Månader 2024')!;
    const problems: string[] = [];
    for (const [row, pb] of periodBudgets) {
      let total = 0n;
      for (let c = bFirst; c < bFirst + monthsOut; c++) {
        const v = readAmount(s.getCell(row, c).value, 'kr');
        if (v === 'error' || v === null) problems.push(`${addr(row, c)} is not a month amount`);
        else total += v;
      }
      if (total !== pb) problems.push(`row ${row}: budget jan–aug from the cells ${plain(total)}, expected ${plain(pb)}`);
    }
    return problems;
  };
  return {
    wb,
    tables: [t],
    verify,
    expected: {
      family: 'months',
      source: "a kommunalförbund's monthly budget and outcome per account, kept by hand with merged year headers",
      tests:
        '"Budget 2024" merged over jan–dec and "Utfall 2024" over jan–aug, Konto/Benämning merged over two rows, year to date from the budget\'s own months',
      description:
        'Two header rows: "Budget 2024" is merged over twelve month columns and "Utfall 2024" over eight (January–August); "Summa budget" and "Summa utfall" are the row sums. ' +
        "The months are periods, never separate lines or separate budget columns. Year to date: outcome for January–August against the budget of the same eight months (the budget's own months, so exact), with the full-year budget beside it. " +
        'Unsigned: accounts 3xxx and Ränteintäkter are income (Utfall − Budget), the rest costs (Budget − Utfall).',
      tables: [t.table],
    },
  };
}

function utfallTwoYears(): Built {
  const wb = newWorkbook('Samarbetskommittén');
  const ws = wb.addWorksheet('Uppföljning');
  put(ws, 'A1', 'Samarbetskommittén Mellersta Norrland – uppföljning 2024', { bold: true, size: 12 });
  const top = 3;
  const headerRow = 4;
  ws.mergeCells(`A${top}:A${headerRow}`);
  ws.mergeCells(`B${top}:B${headerRow}`);
  ws.mergeCells(`C${top}:D${top}`);
  ws.mergeCells(`E${top}:E${headerRow}`);
  put(ws, `A${top}`, 'Post', { bold: true });
  put(ws, `B${top}`, 'Budget 2024', { bold: true, align: 'right' });
  put(ws, `C${top}`, 'Utfall', { bold: true, align: 'center' });
  putRow(ws, headerRow, 3, ['2023', '2024'], { bold: true, align: 'right' });
  put(ws, `E${top}`, 'Avvikelse', { bold: true, align: 'right' });
  const inc = (id: string, label: string, b: number, prior: number, o: number): SRow => ({
    kind: 'item',
    id,
    label,
    side: 'income',
    v: { budget: kr(b), prior: kr(prior), outcome: kr(o) },
  });
  const cost = (id: string, label: string, b: number, prior: number, o: number): SRow => ({
    kind: 'item',
    id,
    label,
    side: 'cost',
    v: { budget: kr(b), prior: kr(prior), outcome: kr(o) },
  });
  const rows: SRow[] = [
    { kind: 'header', label: 'Intäkter' },
    inc('i1', 'Medlemsavgifter', 1_880_000, 1_820_000, 1_880_000),
    inc('i2', 'Bidrag Tillväxtverket', 400_000, 365_000, 412_500),
    inc('i3', 'Ersättningar för uppdrag', 120_000, 96_400, 88_750),
    {
      kind: 'total',
      id: 'si',
      label: 'Summa intäkter',
      side: 'income',
      covers: [
        ['i1', 1],
        ['i2', 1],
        ['i3', 1],
      ],
    },
    { kind: 'header', label: 'Kostnader' },
    { ...cost('k1', 'Personal', 1_410_000, 1_362_410, 1_438_902), asText: { prior: '1 362 410' } },
    cost('k2', 'Lokaler', 180_000, 176_000, 180_000),
    cost('k3', 'Tjänster och konsulter', 520_000, 488_213, 461_377),
    cost('k4', 'Resor', 90_000, 71_005, 96_410),
    cost('k5', 'Övrigt', 160_000, 145_900, 141_260),
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
        ['k5', 1],
      ],
    },
    {
      kind: 'total',
      id: 'res',
      label: 'Resultat',
      side: 'income',
      covers: [
        ['si', 1],
        ['sk', -1],
      ],
      style: { bold: true, border: 'topBottom' },
    },
  ];
  const res = writeStatement(
    {
      ws,
      firstRow: headerRow + 1,
      unit: 'kr',
      convention: 'unsigned',
      labelCol: 'A',
      cols: { budget: 'B', prior: 'C', outcome: 'D', dev: 'E' },
      numFmt: FMT.int,
    },
    rows,
  );
  widths(ws, { A: 30, B: 13, C: 13, D: 13, E: 12 });
  const t = expectTable({
    sheet: 'Uppföljning',
    headerRow,
    unit: 'kr',
    convention: 'unsigned',
    deviations: true,
    columns: { line: 'A', budget: 'B', priorYear: 'C', outcome: 'D', deviation: 'E' },
    lines: res.lines,
  });
  return {
    wb,
    tables: [t],
    expected: {
      family: 'months',
      source: "a samarbetskommitté's follow-up with last year's outcome beside this year's under one merged \"Utfall\"",
      tests: '"Utfall" merged over "2023 | 2024" in a second header row: the later year is the outcome, the earlier the prior year',
      description:
        'The outcome header is split over two rows: "Utfall" merged above "2023" and "2024". The later year (2024, column D) is the outcome, 2023 the prior year (SPEC 1.1). Budget 2024 and Avvikelse are merged over both header rows. ' +
        'Unsigned with Intäkter/Kostnader sections; the printed Avvikelse is Utfall − Budget for income and Budget − Utfall for costs, and agrees. Last year\'s Personal is text "1 362 410" (typed with spaces); it is the prior year, not an error.',
      tables: [t.table],
    },
  };
}

function dateHeadersYtd(): Built {
  const rng = new Rng(6303);
  const wb = newWorkbook('Kommunalförbundet Sydarkiv');
  const ws = wb.addWorksheet('Utfall per månad');
  put(ws, 'A1', 'Utfall per månad januari–juni 2024', { bold: true });
  const headerRow = 3;
  putRow(ws, headerRow, 1, ['Konto', 'Benämning', 'Årsbudget'], { bold: true });
  const months = 6;
  for (let m = 0; m < months; m++) {
    const c = ws.getCell(headerRow, 4 + m);
    c.value = dateSerial(2024, m + 2, 1) - 1; // last day of the month, as the ledger's period end
    c.numFmt = 'mmm-yy';
    c.font = { bold: true };
  }
  const accounts = KBAS.filter((a) => !['3150', '3590', '5021', '6150', '6420', '7310'].includes(a.code));
  const lines: Line[] = [];
  let r = headerRow + 1;
  for (const a of accounts) {
    const { budget } = ledgerAmounts(rng, a, 0.4, { wholeKr: true });
    const half = divRound(budget * 6n, 12n);
    const om = spreadMonths(half, months, rng, false).map((m) => (a.code === '3110' ? m : BigInt(Math.round(Number(m) * (0.7 + rng.next() * 0.6)))));
    putRow(ws, r, 1, [a.code, a.name, inUnit(budget, 'kr')], (k) => (k === 0 ? { numFmt: FMT.text } : k === 2 ? { numFmt: FMT.int } : undefined));
    putRow(
      ws,
      r,
      4,
      om.map((m) => inUnit(m, 'kr')),
      { numFmt: FMT.dec2 },
    );
    lines.push({ key: a.name, row: r, side: accountSide(a.code, budget), budget, periodBudget: divRound(budget * 6n, 12n), outcome: sum(om) });
    r++;
  }
  widths(ws, { A: 7, B: 30, C: 13, D: 12, E: 12, F: 12, G: 12, H: 12, I: 12 });
  const t = expectTable({
    sheet: 'Utfall per månad',
    headerRow,
    unit: 'kr',
    convention: 'ledger',
    deviations: true,
    columns: { code: 'A', line: 'B', budget: 'C' },
    period: { months, basis: 'pro-rata' },
    lines,
  });
  const verify = (back: ExcelJS.Workbook) => {
    const s = back.getWorksheet('Utfall per månad')!;
    const problems: string[] = [];
    for (const l of lines) {
      let total = 0n;
      for (let c = 4; c < 4 + months; c++) {
        const v = readAmount(s.getCell(l.row, c).value, 'kr');
        if (v !== 'error' && v !== null) total += v;
      }
      if (total !== l.outcome) problems.push(`row ${l.row}: months give ${plain(total)}, expected ${plain(l.outcome!)}`);
    }
    return problems;
  };
  return {
    wb,
    tables: [t],
    verify,
    expected: {
      family: 'months',
      source: 'a ledger pivot by period pasted as values, the period headers being real dates shown as "jan-24"',
      tests: 'month headers that are Excel dates (serials), no total column, Årsbudget only: year to date pro rata',
      description:
        'The six month columns are headed by dates (31 January … 30 June 2024, stored as serial numbers and shown as jan-24 …): they are periods of outcome, not amounts and not lines. There is no total column; the outcome is their sum. ' +
        'There is only a full-year "Årsbudget", so the year-to-date budget is Årsbudget × 6/12 (pro rata, to be said as such); deviation = that − outcome (ledger signs: the export keeps income negative).',
      tables: [t.table],
    },
  };
}

export const MONTHS: Fixture[] = [
  { name: 'months-budget-utfall-merged', build: budgetUtfallMerged },
  { name: 'months-utfall-two-years', build: utfallTwoYears },
  { name: 'months-date-headers-ytd', build: dateHeadersYtd },
];
