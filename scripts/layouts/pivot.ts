/**
 * Pivot tables of a ledger, pasted as values: `Radetiketter | Summa av Budget 2024 | Summa av Utfall 2024`,
 * a `Totalsumma` row, ledger signs, and the two outlines Excel offers (compact, with the group's sum on its
 * header row; tabular, with `0210 Summa` rows and the group label only on its first row).
 */
import { Built, Fixture, KBAS, BAS_SAMORDNING, Account } from './names';
import { FMT, Line, Ore, Rng, accountSide, expectTable, inUnit, newWorkbook, put, putRow, sum, widths } from './kit';
import { ledgerAmounts } from './ledger';

const money = (o: Ore | null) => (o === null ? null : inUnit(o, 'kr'));

function pivotKontoSamordning(): Built {
  const rng = new Rng(2101);
  const wb = newWorkbook('Samordningsförbundet Norra Dalarna');
  const ws = wb.addWorksheet('Pivot 2024');
  putRow(ws, 1, 1, ['Ansvar', '(Alla)']);
  putRow(ws, 2, 1, ['Projekt', '(Alla)']);
  put(ws, 'E2', 'Uppdaterad 2025-01-14 /AL', { italic: true, color: 'FF808080' });
  const headerRow = 4;
  putRow(ws, headerRow, 1, ['Radetiketter', 'Summa av Budget 2024', 'Summa av Utfall 2024'], { bold: true, fill: 'FFDDEBF7', border: 'bottom' });
  const rows = BAS_SAMORDNING.map((a) => ({ a, ...ledgerAmounts(rng, a, 0.9) }));
  const fees = rows.filter((x) => x.a.code.startsWith('301'));
  const need = -(sum(rows.filter((x) => !fees.includes(x)).map((x) => x.budget)) + 50_000_00n);
  [2n, 1n, 1n].forEach((p, i) => {
    fees[i].budget = (need * p) / 4n;
    fees[i].outcome = fees[i].budget;
  });
  const lines: Line[] = [];
  let r = headerRow + 1;
  for (const { a, budget, outcome } of rows) {
    const key = `${a.code} ${a.name}`;
    put(ws, `A${r}`, key);
    putRow(ws, r, 2, [money(budget), money(outcome)], { numFmt: FMT.int });
    lines.push({ key, row: r, side: accountSide(a.code, budget), budget, outcome });
    r++;
  }
  put(ws, `A${r}`, 'Totalsumma', { bold: true, border: 'top' });
  putRow(ws, r, 2, [money(sum(rows.map((x) => x.budget))), money(sum(rows.map((x) => x.outcome)))], { bold: true, numFmt: FMT.int, border: 'top' });
  widths(ws, { A: 42, B: 22, C: 22 });
  const t = expectTable({
    sheet: 'Pivot 2024',
    headerRow,
    unit: 'kr',
    convention: 'ledger',
    deviations: true,
    columns: { line: 'A', budget: 'B', outcome: 'C' },
    lines,
  });
  return {
    wb,
    tables: [t],
    expected: {
      family: 'pivot',
      system: 'Excel pivot',
      source: "a pivot of the Visma ledger per account, copied and pasted as values by a samordningsförbund's economist",
      tests: 'Radetiketter / Summa av … headers, code and name in one cell, Totalsumma, pivot filter rows above, a stray note',
      description:
        'A pivot of the ledger pasted as values: the row labels hold account code and name in one cell ("3010 Medlemsbidrag Försäkringskassan"), which is the line, kept whole. ' +
        '"Summa av Budget 2024" is the budget and "Summa av Utfall 2024" the outcome. Ledger signs (a pivot of a ledger keeps them): income negative, deviation = budget − outcome. ' +
        'The pivot\'s filter rows (Ansvar (Alla), Projekt (Alla)) and the note in E2 are not tables; "Totalsumma" is the total and foots.',
      tables: [t.table],
    },
  };
}

function pivotCompactVerksamhet(): Built {
  const rng = new Rng(2202);
  const wb = newWorkbook('Räddningstjänsten');
  const ws = wb.addWorksheet('Blad1');
  put(ws, 'A1', 'Räddningstjänstförbundet Mälardal – budget och utfall per verksamhet 2024', { bold: true });
  const headerRow = 3;
  putRow(ws, headerRow, 1, ['Radetiketter', 'Summa av Budget', 'Summa av Utfall'], { bold: true, fill: 'FFDDEBF7', border: 'bottom' });
  const verks: [string, string[]][] = [
    ['1100 Direktion och ledning', ['3110', '5011', '5071', '5410', '5510', '6550', '6910']],
    ['2100 Räddningstjänst', ['3150', '3410', '5011', '5021', '5110', '5410', '5510', '5611', '6110', '6150', '6410', '7810']],
    ['2200 Förebyggande', ['3150', '5011', '5410', '5810', '6210', '6420']],
    ['2300 Utbildning', ['3410', '5011', '5410', '5611', '6410', '6540']],
    ['9100 Finansiering', ['8410', '8510', '6570']],
  ];
  const byCode = new Map<string, Account>(KBAS.map((a) => [a.code, a]));
  const groups: { name: string; items: { key: string; code: string; budget: Ore | null; outcome: Ore }[] }[] = [];
  for (const [name, codes] of verks) {
    const items = codes.map((c) => {
      const a = byCode.get(c)!;
      const { budget, outcome } = ledgerAmounts(rng, a, c === '3110' ? 3.8 : 0.6);
      return { key: `${a.code} ${a.name}`, code: a.code, budget: budget as Ore | null, outcome };
    });
    groups.push({ name, items });
  }
  // The member fees cover the net budget with a small surplus, and come in as budgeted.
  const items = groups.flatMap((g) => g.items);
  const fee = items.find((i) => i.code === '3110')!;
  fee.budget = -((sum(items.filter((i) => i !== fee).map((i) => i.budget ?? 0n)) + 300_000_00n) / 10_000_00n) * 10_000_00n;
  fee.outcome = fee.budget;
  // A posting with no account text shows as "(tom)" in a pivot; it has no budget, so its budget cell is empty.
  groups[1].items.push({ key: '(tom)', code: '6999', budget: null, outcome: 4_812_50n });
  const lines: Line[] = [];
  let r = headerRow + 1;
  const all: Ore[][] = [[], []];
  for (const g of groups) {
    const b = sum(g.items.map((i) => i.budget ?? 0n));
    const o = sum(g.items.map((i) => i.outcome));
    put(ws, `A${r}`, g.name, { bold: true });
    putRow(ws, r, 2, [money(b), money(o)], { bold: true, numFmt: FMT.int });
    all[0].push(b);
    all[1].push(o);
    r++;
    for (const i of g.items) {
      put(ws, `A${r}`, i.key, { indent: 1 });
      putRow(ws, r, 2, [money(i.budget), money(i.outcome)], { numFmt: FMT.int });
      lines.push({
        key: i.key,
        row: r,
        side: i.code === '6999' ? 'cost' : accountSide(i.code, i.budget ?? i.outcome),
        group: g.name.slice(0, 4),
        budget: i.budget,
        outcome: i.outcome,
      });
      r++;
    }
  }
  put(ws, `A${r}`, 'Totalsumma', { bold: true, border: 'top' });
  putRow(ws, r, 2, [money(sum(all[0])), money(sum(all[1]))], { bold: true, numFmt: FMT.int, border: 'top' });
  widths(ws, { A: 40, B: 18, C: 18 });
  const t = expectTable({
    sheet: 'Blad1',
    headerRow,
    unit: 'kr',
    convention: 'ledger',
    deviations: true,
    columns: { line: 'A', budget: 'B', outcome: 'C' },
    groupBy: 'outline',
    lines,
  });
  return {
    wb,
    tables: [t],
    expected: {
      family: 'pivot',
      system: 'Excel pivot',
      source: 'a pivot in compact form (the default), Verksamhet then Konto as row fields, pasted as values',
      tests: 'compact outline: group rows carry their subtotal on the header row; indented accounts; (tom) with an empty budget',
      description:
        'In compact form the verksamhet rows ("2100 Räddningstjänst", bold) carry the sum of the accounts indented under them: they are group headers and subtotals at once, never lines, and they foot. ' +
        'The accounts are the lines and belong to the verksamhet above them. "(tom)" is a posting without account text; its budget cell is empty, which is no value (SPEC 1.3), so it has no deviation and the rollups leave it out, though its outcome counts in the outcome sums. ' +
        'Ledger signs. Totalsumma foots.',
      tables: [t.table],
    },
  };
}

function pivotTabularAnsvar(): Built {
  const rng = new Rng(2303);
  const wb = newWorkbook('Kommunalförbundet Sydarkiv');
  const ws = wb.addWorksheet('Ansvar-konto');
  const headerRow = 1;
  putRow(ws, headerRow, 1, ['Ansvar', 'Konto', 'Summa av Budget 2025', 'Summa av Utfall 2025'], { bold: true, fill: 'FFDDEBF7' });
  const ansvar = ['0100', '0210', '0220', '0310', '0320'];
  const lines: Line[] = [];
  const grand: Ore[][] = [[], []];
  let r = headerRow + 1;
  for (const an of ansvar) {
    const accounts =
      an === '0100'
        ? KBAS.filter((a) => ['3110', '5071', '6910', '8410'].includes(a.code))
        : KBAS.filter((a) => !['3110', '8410', '8510'].includes(a.code) && rng.chance(0.55));
    const items = accounts.map((a) => ({ a, ...ledgerAmounts(rng, a, an === '0100' ? 1 : 0.25) }));
    items.forEach((it, i) => {
      // Repeat item labels is off: the ansvar stands on the first row of its block only.
      if (i === 0) put(ws, `A${r}`, an, { numFmt: FMT.text });
      put(ws, `B${r}`, it.a.code, { numFmt: FMT.text });
      putRow(ws, r, 3, [money(it.budget), money(it.outcome)], { numFmt: FMT.int });
      lines.push({ key: it.a.code, row: r, side: accountSide(it.a.code, it.budget), group: an, budget: it.budget, outcome: it.outcome });
      r++;
    });
    const b = sum(items.map((x) => x.budget));
    const o = sum(items.map((x) => x.outcome));
    put(ws, `A${r}`, `${an} Summa`, { bold: true });
    putRow(ws, r, 3, [money(b), money(o)], { bold: true, numFmt: FMT.int });
    grand[0].push(b);
    grand[1].push(o);
    r++;
  }
  put(ws, `A${r}`, 'Totalsumma', { bold: true, border: 'top' });
  putRow(ws, r, 3, [money(sum(grand[0])), money(sum(grand[1]))], { bold: true, numFmt: FMT.int, border: 'top' });
  widths(ws, { A: 14, B: 10, C: 22, D: 22 });
  const t = expectTable({
    sheet: 'Ansvar-konto',
    headerRow,
    unit: 'kr',
    convention: 'ledger',
    deviations: true,
    columns: { dimension: 'A', code: 'B', budget: 'C', outcome: 'D' },
    groupBy: 'Ansvar',
    lines,
  });
  return {
    wb,
    tables: [t],
    expected: {
      family: 'pivot',
      system: 'Excel pivot',
      source: 'a pivot in tabular form with subtotals, "Repeat item labels" off, pasted as values in row 1',
      tests: 'the ansvar only on a block\'s first row, "0210 Summa" subtotal rows, account codes alone as lines, header in row 1',
      description:
        'Tabular form: the ansvar code stands only on the first row of its block, the rows below it belong to it all the same (blank means "same as above" here, not "no ansvar"). ' +
        '"0210 Summa" rows are the ansvar subtotals and "Totalsumma" the grand total: control totals, never lines; they foot. The account code is the line (no name in this pivot). ' +
        'Ledger signs; deviation = budget − outcome; the summary per Ansvar.',
      tables: [t.table],
    },
  };
}

export const PIVOT: Fixture[] = [
  { name: 'pivot-konto-samordning', build: pivotKontoSamordning },
  { name: 'pivot-compact-verksamhet', build: pivotCompactVerksamhet },
  { name: 'pivot-tabular-ansvar', build: pivotTabularAnsvar },
];
