/**
 * Laid out the way a person who never saw any list would lay them out: project blocks down the sheet,
 * income and costs side by side, "Förbrukat | Kvar", two tables stacked on one sheet, goal areas across.
 */
import ExcelJS from 'exceljs';
import { Built, Fixture } from './names';
import { FMT, Line, addr, expectTable, newWorkbook, plain, put, putRow, readAmount, widths } from './kit';
import { SRow, kr, writeStatement } from './statement-kit';

function projectBlocks(): Built {
  const wb = newWorkbook('Regionförbundet Mittland');
  const ws = wb.addWorksheet('Projektuppföljning');
  put(ws, 'A1', 'Projektuppföljning 2024', { bold: true, size: 14 });
  const projects: [string, number, number, string][] = [
    ['Regional kompetensplattform', 425_000, 408_600, 'Enligt plan.'],
    ['Validering Mittland', 300_000, 344_250, 'Fler valideringar än planerat, täcks inom fokusområdet.'],
    ['Innovationsslussen', 1_200_000, 1_268_400, 'Extra utlysning i oktober.'],
    ['Regional cykelstrategi', 100_000, 49_500, 'Remissen försenad till 2025.'],
    ['Landsbygdsutveckling', 475_000, 495_000, 'Avslutat.'],
  ];
  const lines: Line[] = [];
  let r = 3;
  for (const [name, b, o, c] of projects) {
    put(ws, `A${r}`, `Projekt: ${name}`, { bold: true, fill: 'FFF2F2F2' });
    putRow(ws, r + 1, 1, ['Budget', b], (k) => (k ? { numFmt: FMT.kr } : undefined));
    putRow(ws, r + 2, 1, ['Utfall', o], (k) => (k ? { numFmt: FMT.kr } : undefined));
    putRow(ws, r + 3, 1, ['Kommentar', c]);
    lines.push({ key: name, row: r, side: 'cost', budget: kr(b), outcome: kr(o) });
    r += 5;
  }
  widths(ws, { A: 40, B: 60 });
  const t = expectTable({ sheet: 'Projektuppföljning', headerRow: 3, unit: 'kr', convention: 'unsigned', deviations: true, lines });
  return {
    wb,
    tables: [t],
    verify: (back) => {
      const s = back.getWorksheet('Projektuppföljning')!;
      return lines.flatMap((l) => {
        const b = readAmount(s.getCell(`B${l.row + 1}`).value, 'kr');
        const o = readAmount(s.getCell(`B${l.row + 2}`).value, 'kr');
        return b === l.budget && o === l.outcome ? [] : [`block at row ${l.row} does not hold its figures`];
      });
    },
    expected: {
      family: 'odd',
      source: "a project officer's follow-up written down the sheet like a form, one block per project",
      tests: 'no header row at all: each project is a block "Projekt: …" with Budget and Utfall rows beneath',
      description:
        'Five projects, each a block of four rows (name, Budget, Utfall, Kommentar) in two columns, amounts formatted as kr. To an economist these are five lines with budget and outcome, all costs (deviation = Budget − Utfall). ' +
        'A reader that finds no table here must say so and must not invent one (for instance a table of "Budget" and "Utfall" rows with no lines).',
      tables: [t.table],
    },
  };
}

function sideBySide(): Built {
  const wb = newWorkbook('Samarbetskommittén');
  const ws = wb.addWorksheet('Sammanställning');
  put(ws, 'A1', 'Samarbetskommittén Mellersta Norrland – ekonomisk sammanställning 2024', { bold: true, size: 12 });
  const headerRow = 3;
  putRow(ws, headerRow, 1, ['INTÄKTER', 'Budget', 'Utfall'], { bold: true, border: 'bottom' });
  putRow(ws, headerRow, 5, ['KOSTNADER', 'Budget', 'Utfall'], { bold: true, border: 'bottom' });
  const income: [string, number, number][] = [
    ['Medlemsavgifter', 1_880_000, 1_880_000],
    ['Bidrag Tillväxtverket', 400_000, 412_500],
    ['Ersättningar för uppdrag', 120_000, 88_750],
  ];
  const costs: [string, number, number][] = [
    ['Personal', 1_410_000, 1_438_902],
    ['Lokaler', 180_000, 180_000],
    ['Tjänster och konsulter', 520_000, 461_377],
    ['Resor', 90_000, 96_410],
    ['Övrigt', 160_000, 141_260],
  ];
  const lines: Line[] = [];
  income.forEach(([n, b, o], i) => {
    putRow(ws, headerRow + 1 + i, 1, [n, b, o], (k) => (k ? { numFmt: FMT.int } : undefined));
    lines.push({ key: n, row: headerRow + 1 + i, side: 'income', budget: kr(b), outcome: kr(o) });
  });
  costs.forEach(([n, b, o], i) => {
    putRow(ws, headerRow + 1 + i, 5, [n, b, o], (k) => (k ? { numFmt: FMT.int } : undefined));
    lines.push({ key: n, row: headerRow + 1 + i, side: 'cost', budget: kr(b), outcome: kr(o) });
  });
  const sumRow = headerRow + 1 + costs.length;
  const s = (xs: [string, number, number][], k: 1 | 2) => xs.reduce((a, x) => a + x[k], 0);
  putRow(ws, sumRow, 1, ['Summa intäkter', s(income, 1), s(income, 2)], (k) => ({ bold: true, ...(k ? { numFmt: FMT.int } : {}) }));
  putRow(ws, sumRow, 5, ['Summa kostnader', s(costs, 1), s(costs, 2)], (k) => ({ bold: true, ...(k ? { numFmt: FMT.int } : {}) }));
  putRow(ws, sumRow + 2, 1, ['Resultat', s(income, 1) - s(costs, 1), s(income, 2) - s(costs, 2)], (k) => ({ bold: true, ...(k ? { numFmt: FMT.int } : {}) }));
  widths(ws, { A: 26, B: 12, C: 12, D: 3, E: 24, F: 12, G: 12 });
  const t = expectTable({ sheet: 'Sammanställning', headerRow, unit: 'kr', convention: 'unsigned', deviations: true, lines });
  return {
    wb,
    tables: [t],
    verify: (back) => {
      const sh = back.getWorksheet('Sammanställning')!;
      return lines.flatMap((l) => {
        const [bc, oc] = l.side === 'income' ? ['B', 'C'] : ['F', 'G'];
        const b = readAmount(sh.getCell(`${bc}${l.row}`).value, 'kr');
        const o = readAmount(sh.getCell(`${oc}${l.row}`).value, 'kr');
        return b === l.budget && o === l.outcome ? [] : [`${l.key} does not hold its figures`];
      });
    },
    expected: {
      family: 'odd',
      source: 'a one-page summary with income on the left and costs on the right, as people lay out a printed page',
      tests: 'two tables side by side on the same rows: INTÄKTER (A–C) and KOSTNADER (E–G), sums on one row, Resultat below',
      description:
        'Two small tables share the header row 3: INTÄKTER in A–C and KOSTNADER in E–G, each with Budget and Utfall. The left lines are income (Utfall − Budget), the right ones costs (Budget − Utfall); ' +
        'Summa intäkter and Summa kostnader are totals and Resultat = intäkter − kostnader. Read as one table of eight lines, or as two tables on the sheet with these lines; never as one row holding a cost and an income.',
      tables: [t.table],
    },
  };
}

function forbrukatKvar(): Built {
  const wb = newWorkbook('Samordningsförbundet Västra Skaraborg');
  const ws = wb.addWorksheet('Aktiviteter');
  put(ws, 'A1', 'Aktivitetsbudget 2024', { bold: true, size: 12 });
  put(ws, 'E1', 'Uppdaterad 2024-12-20', { italic: true });
  const headerRow = 3;
  putRow(ws, headerRow, 1, ['Aktivitet', 'Ansvarig', 'Budget', 'Förbrukat', 'Kvar', 'Status'], { bold: true, fill: 'FFFFF2CC' });
  const data: [string, string, number, number, string][] = [
    ['Utbildningsdag handläggare', 'Anna L', 60_000, 48_950, 'Klar'],
    ['Brukarråd', 'Erik S', 25_000, 18_400, 'Pågår'],
    ['Extern utvärdering', 'Anna L', 120_000, 120_000, 'Klar'],
    ['Kommunikationsplan och webb', 'Maria K', 45_000, 52_310, 'Klar'],
    ['Studieresa Göteborg', 'Erik S', 35_000, 0, 'Inställd'],
    ['Styrelsens konferens', 'Maria K', 40_000, 36_775, 'Klar'],
    ['Uppföljningssystem SUS', 'Anna L', 18_000, 18_000, 'Klar'],
  ];
  const lines: Line[] = [];
  let staleRow = 0;
  data.forEach(([n, who, b, o, st], i) => {
    const r = headerRow + 1 + i;
    // The Brukarråd row's Kvar was typed before the last invoice came (3 400 kr).
    const kvar = n === 'Brukarråd' ? b - (o - 3_400) : b - o;
    if (n === 'Brukarråd') staleRow = r;
    putRow(ws, r, 1, [n, who, b, o, kvar, st], (k) => (k >= 2 && k <= 4 ? { numFmt: FMT.int } : undefined));
    lines.push({ key: n, row: r, side: 'cost', budget: kr(b), outcome: kr(o) });
  });
  widths(ws, { A: 30, B: 10, C: 11, D: 11, E: 11, F: 10 });
  const t = expectTable({
    sheet: 'Aktiviteter',
    headerRow,
    unit: 'kr',
    convention: 'unsigned',
    deviations: true,
    columns: { line: 'A', budget: 'C', outcome: 'D', deviation: 'E' },
    lines,
  });
  return {
    wb,
    tables: [t],
    expected: {
      family: 'odd',
      source: "a förbundschef's own list of activities with what is spent and what is left",
      tests: '"Förbrukat" as the outcome and "Kvar" (= Budget − Förbrukat) as the reported deviation; a stale Kvar cell; a status column of words',
      description:
        'Words nobody listed: "Förbrukat" (spent) is the outcome, "Kvar" (left) is Budget − Förbrukat, which is exactly the favourable deviation of a cost. Unsigned costs. ' +
        `The Brukarråd row's Kvar (${addr(staleRow, 5)}) says 10 000 while 25 000 − 18 400 = 6 600: a reported-deviation mismatch of 3 400 kr (a late invoice). ` +
        'Studieresa Göteborg was cancelled: outcome 0 (a value), deviation +35 000. Ansvarig and Status are text.',
      tables: [t.table],
      checks: [{ kind: 'reported-deviation', sheet: 'Aktiviteter', cell: addr(staleRow, 5), why: 'Kvar 10 000, Budget − Förbrukat 6 600' }],
    },
  };
}

function stackedTables(): Built {
  const wb = newWorkbook('Kommunalförbundet Sydarkiv');
  const ws = wb.addWorksheet('Ekonomi 2024');
  put(ws, 'A1', 'Kommunalförbundet Sydarkiv – ekonomisk uppföljning 2024 (tkr)', { bold: true, size: 12 });
  put(ws, 'A3', 'Drift', { bold: true, size: 12 });
  const h1 = 4;
  putRow(ws, h1, 1, ['Post', 'Budget', 'Utfall', 'Avvikelse'], { bold: true, border: 'bottom' });
  const inc = (id: string, label: string, b: number, o: number): SRow => ({
    kind: 'item',
    id,
    label,
    side: 'income',
    v: { budget: kr(b * 1000), outcome: kr(o * 1000) },
  });
  const cost = (id: string, label: string, b: number, o: number): SRow => ({
    kind: 'item',
    id,
    label,
    side: 'cost',
    v: { budget: kr(b * 1000), outcome: kr(o * 1000) },
  });
  const drift = writeStatement({ ws, firstRow: h1 + 1, unit: 'tkr', convention: 'unsigned', labelCol: 'A', cols: { budget: 'B', outcome: 'C', dev: 'D' } }, [
    inc('mb', 'Medlemsavgifter', 10_980, 10_980),
    inc('ui', 'Uppdragsintäkter', 1_700, 1_912),
    cost('pk', 'Personalkostnader', 8_520, 8_611),
    cost('lk', 'Lokaler', 1_880, 1_874),
    cost('it', 'IT och e-arkiv', 1_590, 1_702),
    cost('ok', 'Övriga kostnader', 490, 433),
    {
      kind: 'total',
      id: 'res',
      label: 'Resultat',
      side: 'income',
      covers: [
        ['mb', 1],
        ['ui', 1],
        ['pk', -1],
        ['lk', -1],
        ['it', -1],
        ['ok', -1],
      ],
    },
  ]);
  put(ws, `A${drift.lastRow + 1}`, 'Avvikelse: positivt tal = bättre än budget.', { italic: true });
  put(ws, `A${drift.lastRow + 3}`, 'Investeringar', { bold: true, size: 12 });
  const h2 = drift.lastRow + 4;
  putRow(ws, h2, 1, ['Investering', 'Budget', 'Utfall', 'Kvar'], { bold: true, border: 'bottom' });
  const inv = writeStatement({ ws, firstRow: h2 + 1, unit: 'tkr', convention: 'unsigned', labelCol: 'A', cols: { budget: 'B', outcome: 'C', dev: 'D' } }, [
    cost('i1', 'Arkivhyllor magasin 2', 850, 812),
    cost('i2', 'E-arkivplattform, etapp 2', 1_200, 1_385),
    cost('i3', 'Skanningsutrustning', 300, 0),
    {
      kind: 'total',
      id: 'si',
      label: 'Summa investeringar',
      side: 'cost',
      covers: [
        ['i1', 1],
        ['i2', 1],
        ['i3', 1],
      ],
    },
  ]);
  widths(ws, { A: 34, B: 11, C: 11, D: 11 });
  const t1 = expectTable({
    sheet: 'Ekonomi 2024',
    headerRow: h1,
    unit: 'tkr',
    convention: 'unsigned',
    deviations: true,
    columns: { line: 'A', budget: 'B', outcome: 'C', deviation: 'D' },
    lines: drift.lines,
  });
  const t2 = expectTable({
    sheet: 'Ekonomi 2024',
    headerRow: h2,
    unit: 'tkr',
    convention: 'unsigned',
    deviations: true,
    columns: { line: 'A', budget: 'B', outcome: 'C', deviation: 'D' },
    lines: inv.lines,
  });
  return {
    wb,
    tables: [t1, t2],
    expected: {
      family: 'odd',
      source: 'one sheet holding the operating follow-up and the investment follow-up, one under the other',
      tests: 'two tables stacked on one sheet with their own headers, a note row between, "Kvar" as the investment deviation',
      description:
        'The sheet holds two tables: Drift (income and costs, tkr from the title, unsigned, Resultat as total) and, below a note row and a heading, Investeringar (all costs; "Kvar" = Budget − Utfall). ' +
        'They are separate tables: the investment rows are not operating lines and their sum is not part of the operating result. Skanningsutrustning was not bought: outcome 0, deviation +300 tkr.',
      tables: [t1.table, t2.table],
    },
  };
}

function goalAreasAcross(): Built {
  const wb = newWorkbook('Regionförbundet Mittland');
  const ws = wb.addWorksheet('Översikt');
  put(ws, 'A1', 'Nettokostnad per fokusområde 2024 (tkr)', { bold: true, size: 12 });
  const areas: [string, number, number][] = [
    ['Kompetensförsörjning', 875, 956],
    ['Innovation och företagande', 5_140, 5_113],
    ['Tillgänglighet', 1_250, 1_111],
    ['Attraktiva livsmiljöer', 875, 726],
  ];
  const headerRow = 3;
  putRow(ws, headerRow, 2, [...areas.map((a) => a[0]), 'Totalt'], { bold: true, wrap: true, align: 'center' });
  put(ws, `A${headerRow + 1}`, 'Budget', { bold: true });
  put(ws, `A${headerRow + 2}`, 'Utfall', { bold: true });
  put(ws, `A${headerRow + 3}`, 'Avvikelse', { bold: true });
  const lines: Line[] = [];
  areas.forEach(([name, b, o], i) => {
    putRow(ws, headerRow + 1, 2 + i, [b], { numFmt: FMT.int });
    putRow(ws, headerRow + 2, 2 + i, [o], { numFmt: FMT.int });
    putRow(ws, headerRow + 3, 2 + i, [b - o], { numFmt: FMT.intNeg });
    lines.push({ key: name, row: headerRow, side: 'cost', budget: kr(b * 1000), outcome: kr(o * 1000) });
  });
  const n = areas.length;
  putRow(ws, headerRow + 1, 2 + n, [areas.reduce((a, x) => a + x[1], 0)], { numFmt: FMT.int, bold: true });
  putRow(ws, headerRow + 2, 2 + n, [areas.reduce((a, x) => a + x[2], 0)], { numFmt: FMT.int, bold: true });
  putRow(ws, headerRow + 3, 2 + n, [areas.reduce((a, x) => a + x[1] - x[2], 0)], { numFmt: FMT.intNeg, bold: true });
  ws.getRow(headerRow).height = 32;
  widths(ws, { A: 12, B: 16, C: 16, D: 16, E: 16, F: 12 });
  const t = expectTable({ sheet: 'Översikt', headerRow, unit: 'tkr', convention: 'unsigned', deviations: true, groupBy: 'goalArea', lines });
  t.table.lines = t.table.lines!.map(({ row: _row, ...l }) => l);
  return {
    wb,
    tables: [t],
    verify: (back: ExcelJS.Workbook) => {
      const s = back.getWorksheet('Översikt')!;
      return areas.flatMap((_, i) => {
        const b = readAmount(s.getCell(headerRow + 1, 2 + i).value, 'tkr');
        const o = readAmount(s.getCell(headerRow + 2, 2 + i).value, 'tkr');
        return b === lines[i].budget && o === lines[i].outcome ? [] : [`column ${i + 2} does not hold ${plain(lines[i].budget!)}`];
      });
    },
    expected: {
      family: 'odd',
      source: 'a board summary laid out wide: goal areas as columns, Budget / Utfall / Avvikelse as rows',
      tests: 'a transposed table: the lines are columns, the roles are row labels',
      description:
        'Transposed: each goal area is a column, and the rows are Budget, Utfall and Avvikelse (tkr, net costs, Avvikelse = Budget − Utfall). An economist reads four goal-area lines and a total ("Totalt" column). ' +
        'A reader that takes "Budget", "Utfall" and "Avvikelse" as three lines with the goal areas as amount columns has read it wrong; one that finds no table must say so.',
      tables: [t.table],
    },
  };
}

export const ODD: Fixture[] = [
  { name: 'odd-project-blocks', build: projectBlocks },
  { name: 'odd-income-costs-side-by-side', build: sideBySide },
  { name: 'odd-forbrukat-kvar', build: forbrukatKvar },
  { name: 'odd-two-tables-stacked', build: stackedTables },
  { name: 'odd-goal-areas-across', build: goalAreasAcross },
];
