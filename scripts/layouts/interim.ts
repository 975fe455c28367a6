/**
 * Interim reports (delårsrapport, tertialrapport, månadsuppföljning): a full-year budget, outcome for some
 * months, a forecast for the year, sometimes a period budget; a title block of several rows, the unit in a title,
 * the table starting in column B or C.
 */
import { Built, Fixture } from './names';
import { FMT, Line, addr, divRound, expectTable, newWorkbook, put, putRow, widths } from './kit';
import { SRow, mnkr, tkr, writeStatement } from './statement-kit';

/** The budget for `months` of twelve, pro rata, half away from zero in öre (SPEC 2.6's last resort). */
const proRata = (budget: bigint | null | undefined, months: number) =>
  budget === null || budget === undefined ? null : divRound(budget * BigInt(months), 12n);

function delarsrapportSigned(): Built {
  const wb = newWorkbook('Regionförbundet Södra Småland');
  const ws = wb.addWorksheet('Drift jan-aug');
  put(ws, 'B1', 'Regionförbundet Södra Småland', { bold: true, size: 13 });
  put(ws, 'B2', 'Delårsrapport januari–augusti 2025');
  put(ws, 'B3', 'Driftredovisning', { bold: true });
  put(ws, 'B4', 'Belopp i tkr', { italic: true });
  const headerRow = 6;
  putRow(ws, headerRow, 3, ['Budget helår', 'Utfall jan–aug 2025', 'Prognos helår', 'Avvikelse prognos mot budget'], {
    bold: true,
    wrap: true,
    border: 'bottom',
    align: 'right',
  });
  ws.getRow(headerRow).height = 30;
  const item = (id: string, label: string, side: 'income' | 'cost', b: number, o: number, f: number): SRow => ({
    kind: 'item',
    id,
    label,
    side,
    v: { budget: tkr(b), outcome: tkr(o), forecast: tkr(f) },
  });
  const rows: SRow[] = [
    item('mb', 'Medlemsavgifter', 'income', 42_600, 28_400, 42_600),
    item('sb', 'Statsbidrag 1:1-medel', 'income', 15_500, 9_870, 15_500),
    item('pi', 'Projektintäkter', 'income', 6_200, 5_312, 7_100),
    item('oi', 'Övriga intäkter', 'income', 400, 318, 450),
    {
      kind: 'total',
      id: 'si',
      label: 'Summa intäkter',
      side: 'income',
      covers: [
        ['mb', 1],
        ['sb', 1],
        ['pi', 1],
        ['oi', 1],
      ],
    },
    item('pk', 'Personalkostnader', 'cost', -21_800, -14_102, -21_450),
    item('pr', 'Projektkostnader', 'cost', -21_400, -12_640, -22_300),
    item('lk', 'Lokalkostnader', 'cost', -2_150, -1_433, -2_150),
    item('kt', 'Köp av tjänster', 'cost', -9_900, -6_015, -9_600),
    item('ok', 'Övriga kostnader', 'cost', -9_200, -6_811, -9_700),
    {
      kind: 'total',
      id: 'sk',
      label: 'Summa kostnader',
      side: 'cost',
      covers: [
        ['pk', 1],
        ['pr', 1],
        ['lk', 1],
        ['kt', 1],
        ['ok', 1],
      ],
    },
    item('fp', 'Finansiella poster', 'cost', -50, -21, -40),
    {
      kind: 'total',
      id: 'res',
      label: 'Resultat',
      side: 'income',
      covers: [
        ['si', 1],
        ['sk', 1],
        ['fp', 1],
      ],
      style: { bold: true, border: 'topBottom' },
    },
  ];
  const res = writeStatement(
    { ws, firstRow: headerRow + 1, unit: 'tkr', convention: 'signed', labelCol: 'B', cols: { budget: 'C', outcome: 'D', forecast: 'E', forecastDev: 'F' } },
    rows,
  );
  const lines: Line[] = res.lines.map((l) => ({ ...l, periodBudget: proRata(l.budget, 8) }));
  put(ws, `B${res.lastRow + 2}`, 'Prognosen bygger på utfallet t.o.m. augusti och kända förändringar under hösten.', { italic: true });
  widths(ws, { A: 2, B: 32, C: 13, D: 14, E: 13, F: 15 });
  const t = expectTable({
    sheet: 'Drift jan-aug',
    headerRow,
    unit: 'tkr',
    convention: 'signed',
    deviations: true,
    columns: { line: 'B', budget: 'C', outcome: 'D', forecast: 'E', forecastDeviation: 'F' },
    period: { months: 8, basis: 'pro-rata' },
    lines,
  });
  return {
    wb,
    tables: [t],
    expected: {
      family: 'interim',
      source: "the driftredovisning table of a regionförbund's delårsrapport (Sörmland-like), kept in Excel",
      tests:
        'Budget helår vs Utfall jan–aug: year to date pro rata, forecast deviation as the headline, 4-row title, table from column B, a note row under the table',
      description:
        'Eight months of outcome stand beside a full-year budget. An economist never compares them directly (that would make every cost line look 4/12 under budget): ' +
        'the year-to-date comparison is outcome against budget × 8/12 (no period budget is given, so pro rata, said as such), and the headline of an interim report is the forecast deviation, Prognos helår − Budget helår (signed). ' +
        '"Avvikelse prognos mot budget" is that forecast deviation as printed, not a budget deviation. Signed tkr ("Belopp i tkr" in the title block). The sentence under the table is a note, not a line.',
      tables: [t.table],
    },
  };
}

function tertialPeriodiserad(): Built {
  const wb = newWorkbook('Miljöförbundet Bergslagen');
  const ws = wb.addWorksheet('T1 2025');
  put(ws, 'C1', 'Tertialrapport 1 2025 (tkr)', { bold: true, size: 13 });
  put(ws, 'C2', 'Miljöförbundet Bergslagen');
  const headerRow = 4;
  putRow(ws, headerRow, 3, ['Verksamhet', 'Årsbudget', 'Periodiserad budget', 'Utfall t.o.m. april', 'Avvikelse', 'Årsprognos'], {
    bold: true,
    fill: 'FFFCE4D6',
    wrap: true,
  });
  const item = (id: string, label: string, side: 'income' | 'cost', b: number, pb: number, o: number, f: number): SRow => ({
    kind: 'item',
    id,
    label,
    side,
    v: { budget: tkr(b), periodBudget: tkr(pb), outcome: tkr(o), forecast: tkr(f) },
  });
  const rows: SRow[] = [
    { kind: 'header', label: 'Intäkter' },
    item('mb', 'Medlemsavgifter', 'income', 14_250, 4_750, 4_750, 14_250),
    item('ta', 'Tillsynsavgifter', 'income', 6_480.5, 1_980.2, 2_106.8, 6_700),
    item('oi', 'Övriga intäkter', 'income', 320, 106.7, 88.4, 300),
    {
      kind: 'total',
      id: 'si',
      label: 'Summa intäkter',
      side: 'income',
      covers: [
        ['mb', 1],
        ['ta', 1],
        ['oi', 1],
      ],
    },
    { kind: 'header', label: 'Kostnader' },
    item('ms', 'Miljöskydd', 'cost', 7_840, 2_613.3, 2_702.9, 7_990),
    item('lk', 'Livsmedelskontroll', 'cost', 5_120.5, 1_706.8, 1_598.1, 5_050),
    item('hs', 'Hälsoskydd', 'cost', 3_960, 1_320, 1_411.6, 4_100),
    item('al', 'Administration och ledning', 'cost', 3_210, 1_070, 1_002.3, 3_210),
    item('gk', 'Gemensamma kostnader', 'cost', 920, 306.7, 341.2, 940),
    {
      kind: 'total',
      id: 'sk',
      label: 'Summa kostnader',
      side: 'cost',
      covers: [
        ['ms', 1],
        ['lk', 1],
        ['hs', 1],
        ['al', 1],
        ['gk', 1],
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
      unit: 'tkr',
      convention: 'unsigned',
      labelCol: 'C',
      cols: { budget: 'D', periodBudget: 'E', outcome: 'F', dev: 'G', forecast: 'H' },
      devOf: ['outcome', 'periodBudget'],
      numFmt: FMT.tkr1,
    },
    rows,
  );
  widths(ws, { A: 2, B: 2, C: 30, D: 12, E: 13, F: 13, G: 11, H: 12 });
  const t = expectTable({
    sheet: 'T1 2025',
    headerRow,
    unit: 'tkr',
    convention: 'unsigned',
    deviations: true,
    columns: { line: 'C', budget: 'D', periodBudget: 'E', outcome: 'F', deviation: 'G', forecast: 'H' },
    period: { months: 4, basis: 'column' },
    lines: res.lines,
  });
  return {
    wb,
    tables: [t],
    expected: {
      family: 'interim',
      source: "a miljöförbund's tertialrapport 1, per verksamhet, with a periodised budget",
      tests: 'Periodiserad budget as the period budget, Utfall t.o.m. april, Årsprognos, tkr with one decimal, unit in the title only, table from column C',
      description:
        'Four months of outcome ("Utfall t.o.m. april") compared with "Periodiserad budget" (the budget for the same months, given), not with Årsbudget. Unsigned: under "Intäkter" the deviation is Utfall − Periodiserad budget, under "Kostnader" Periodiserad budget − Utfall; the printed Avvikelse column says the same. ' +
        'Tillsynsavgifter are income (fees received). Forecast deviation per line = Årsprognos against Årsbudget by the same rule. Unit tkr from the title "(tkr)"; amounts with one decimal.',
      tables: [t.table],
    },
  };
}

function kommunNamndMnkr(): Built {
  const wb = newWorkbook('Leksands kommun');
  const ws = wb.addWorksheet('Nämnder aug');
  put(ws, 'A1', 'Leksands kommun', { bold: true, size: 13 });
  put(ws, 'A2', 'Månadsuppföljning augusti 2025 – nettokostnad per nämnd');
  const headerRow = 4;
  putRow(ws, headerRow, 1, ['Nämnd', 'Budget 2025 (mnkr)', 'Budget jan–aug', 'Utfall jan–aug', 'Avvikelse jan–aug', 'Årsprognos', 'Prognosavvikelse'], {
    bold: true,
    wrap: true,
    fill: 'FFD9E1F2',
  });
  ws.getRow(headerRow).height = 32;
  const item = (id: string, label: string, b: number, pb: number, o: number, f: number): SRow => ({
    kind: 'item',
    id,
    label,
    side: 'cost',
    v: { budget: mnkr(b), periodBudget: mnkr(pb), outcome: mnkr(o), forecast: mnkr(f) },
  });
  const rows: SRow[] = [
    item('ks', 'Kommunstyrelsen', 98.4, 65.1, 63.8, 97.9),
    item('bun', 'Barn- och utbildningsnämnden', 412.6, 268.2, 271.5, 417.3),
    item('sn', 'Socialnämnden', 386.1, 257.4, 266.9, 399.8),
    item('sbn', 'Samhällsbyggnadsnämnden', 41.8, 27.9, 25.2, 40.6),
    item('kfn', 'Kultur- och fritidsnämnden', 33.2, 22.1, 21.7, 33.2),
    item('ovf', 'Överförmyndarnämnden', 1.9, 1.3, 1.4, 2.0),
    {
      kind: 'total',
      id: 'sum',
      label: 'Summa nämnder',
      side: 'cost',
      covers: [
        ['ks', 1],
        ['bun', 1],
        ['sn', 1],
        ['sbn', 1],
        ['kfn', 1],
        ['ovf', 1],
      ],
      style: { bold: true, border: 'top' },
    },
  ];
  const res = writeStatement(
    {
      ws,
      firstRow: headerRow + 1,
      unit: 'mnkr',
      convention: 'unsigned',
      labelCol: 'A',
      cols: { budget: 'B', periodBudget: 'C', outcome: 'D', dev: 'E', forecast: 'F', forecastDev: 'G' },
      devOf: ['outcome', 'periodBudget'],
      numFmt: FMT.tkr1,
    },
    rows,
  );
  put(ws, `A${res.lastRow + 2}`, 'Negativ avvikelse = högre nettokostnad än budget.', { italic: true });
  widths(ws, { A: 32, B: 12, C: 12, D: 12, E: 12, F: 12, G: 13 });
  const t = expectTable({
    sheet: 'Nämnder aug',
    headerRow,
    unit: 'mnkr',
    convention: 'unsigned',
    deviations: true,
    columns: { line: 'A', budget: 'B', periodBudget: 'C', outcome: 'D', deviation: 'E', forecast: 'F', forecastDeviation: 'G' },
    period: { months: 8, basis: 'column' },
    lines: res.lines,
  });
  return {
    wb,
    tables: [t],
    expected: {
      family: 'interim',
      source: "a kommun's monthly follow-up to the kommunstyrelse: net cost per nämnd",
      tests: 'mnkr from one header, net costs all positive, Budget jan–aug as period budget, Prognosavvikelse, an explanatory note row',
      description:
        'Net cost per nämnd in mnkr (one decimal; the unit stands only in "Budget 2025 (mnkr)" and holds for the table). All rows are costs: deviation = Budget jan–aug − Utfall jan–aug, forecast deviation = Budget 2025 − Årsprognos; positive favourable. ' +
        `Summa nämnder is the total and foots. The sentence in ${addr(res.lastRow + 2, 1)} is a note.`,
      tables: [t.table],
    },
  };
}

export const INTERIM: Fixture[] = [
  { name: 'interim-delarsrapport-signed', build: delarsrapportSigned },
  { name: 'interim-tertial-periodiserad', build: tertialPeriodiserad },
  { name: 'interim-kommun-namnd-mnkr', build: kommunNamndMnkr },
];
