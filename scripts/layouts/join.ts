/**
 * Budget on one sheet, the ledger on another (account balances, period rows or a transaction list), to be
 * joined by account or account + ansvar: a budget key missing from the ledger, a ledger key missing from the
 * budget, a key twice, codes with leading zeros, a `Konto | Målområde` mapping or account ranges, an interim
 * variant with a periodised budget and one with month columns on both sides.
 */
import { Built, Fixture, KBAS, Account } from './names';
import { ExpectedJoin, ExpectedGroup } from './expected';
import {
  FMT,
  Line,
  MONTHS_SV,
  Ore,
  Rng,
  accountClass,
  accountSide,
  amount,
  colLetter,
  dateSerial,
  inUnit,
  newWorkbook,
  put,
  putRow,
  rollup,
  spreadMonths,
  sum,
  widths,
  freeze,
} from './kit';
import { ledgerAmounts } from './ledger';

interface SideRow {
  key: string[];
  amount: Ore;
  /** The period budget of a budget row (interim). */
  period?: Ore;
}

/** The full outer join the economist does with LETARAD both ways, exactly. */
function joinExpect(
  budgetRows: SideRow[],
  outcomeRows: SideRow[],
  opts: { groupOf?: (key: string[]) => string | undefined; sideOf: (key: string[], b: Ore | null, o: Ore | null) => 'income' | 'cost'; interim?: boolean },
): Pick<ExpectedJoin, 'lines' | 'onlyBudget' | 'onlyOutcome' | 'duplicates' | 'total' | 'groups' | 'unmapped'> & {
  periodTotal: Ore | null;
  outcomeTotal: Ore;
  comparedDeviation: Ore;
} {
  const k = (key: string[]) => key.join('|');
  const b = new Map<string, { key: string[]; amount: Ore; period: Ore | null; n: number }>();
  for (const r of budgetRows) {
    const e = b.get(k(r.key)) ?? { key: r.key, amount: 0n, period: r.period === undefined ? null : 0n, n: 0 };
    e.amount += r.amount;
    if (r.period !== undefined) e.period = (e.period ?? 0n) + r.period;
    e.n++;
    b.set(k(r.key), e);
  }
  const o = new Map<string, { key: string[]; amount: Ore }>();
  for (const r of outcomeRows) {
    const e = o.get(k(r.key)) ?? { key: r.key, amount: 0n };
    e.amount += r.amount;
    o.set(k(r.key), e);
  }
  const keys = [...new Set([...b.keys(), ...o.keys()])].sort();
  const joined: Line[] = [];
  let comparedDeviation = 0n;
  const lines = keys.map((key) => {
    const bb = b.get(key);
    const oo = o.get(key);
    const parts = (bb ?? oo)!.key;
    const budget = bb ? bb.amount : null;
    const period = bb ? bb.period : null;
    const outcome = oo ? oo.amount : null;
    const compareWith = opts.interim ? period : budget;
    const dev = compareWith === null || outcome === null ? null : compareWith - outcome;
    if (dev !== null) comparedDeviation += dev;
    joined.push({
      key,
      row: 0,
      side: opts.sideOf(parts, budget, outcome),
      group: opts.groupOf?.(parts),
      budget,
      outcome,
      ...(opts.interim ? { periodBudget: period } : {}),
    });
    return { key: parts, budget: amount(budget), ...(opts.interim ? { periodBudget: amount(period) } : {}), outcome: amount(outcome), deviation: amount(dev) };
  });
  const groups: ExpectedGroup[] = [];
  const unmapped: string[][] = [];
  if (opts.groupOf) {
    const order: string[] = [];
    for (const l of joined) {
      if (l.group === undefined) unmapped.push(l.key.split('|'));
      else if (!order.includes(l.group)) order.push(l.group);
    }
    for (const g of order)
      groups.push({
        key: g,
        ...rollup(
          'ledger',
          joined.filter((l) => l.group === g),
          !!opts.interim,
        ),
      });
  }
  return {
    lines,
    onlyBudget: keys.filter((x) => b.has(x) && !o.has(x)).map((x) => b.get(x)!.key),
    onlyOutcome: keys.filter((x) => o.has(x) && !b.has(x)).map((x) => o.get(x)!.key),
    duplicates: keys.filter((x) => (b.get(x)?.n ?? 0) > 1).map((x) => b.get(x)!.key),
    total: { budget: amount(sum(budgetRows.map((r) => r.amount))), outcome: amount(sum(outcomeRows.map((r) => r.amount))) },
    groups,
    unmapped,
    periodTotal: opts.interim ? sum(budgetRows.map((r) => r.period ?? 0n)) : null,
    outcomeTotal: sum(outcomeRows.map((r) => r.amount)),
    comparedDeviation,
  };
}

const byCode = new Map(KBAS.map((a) => [a.code, a]));
const acc = (code: string): Account => byCode.get(code)!;
const sideByAccount = (key: string[], b: Ore | null, o: Ore | null) => accountSide(key[0], (b ?? o ?? 0n) as Ore);

/** Balances the budget with the member fee row and lets the fees come in as budgeted. */
function balanceFee(rows: { code: string; budget: Ore; outcome: Ore }[], surplus: Ore): void {
  const fee = rows.find((r) => r.code === '3110')!;
  fee.budget = -(sum(rows.filter((r) => r !== fee).map((r) => r.budget)) + surplus);
  fee.budget = (fee.budget / 100_000n) * 100_000n;
  fee.outcome = fee.budget;
}

// ---------------------------------------------------------------------------------------------

function budgetAgainstBalances(): Built {
  const rng = new Rng(9101);
  const wb = newWorkbook('Kommunalförbundet Sydarkiv');
  const bs = wb.addWorksheet('Budget');
  const hs = wb.addWorksheet('Huvudbok');
  const codes = [
    '3110',
    '3150',
    '3410',
    '3510',
    '4610',
    '5011',
    '5071',
    '5110',
    '5410',
    '5510',
    '5611',
    '5810',
    '6110',
    '6150',
    '6210',
    '6410',
    '6540',
    '6550',
    '6980',
    '7810',
    '8410',
    '8510',
  ];
  const rows = codes.map((code) => ({ code, ...ledgerAmounts(rng, acc(code), 0.5, { wholeKr: false }) }));
  rows.forEach((r) => (r.budget = (r.budget / 100_000n) * 100_000n));
  balanceFee(rows, 100_000_00n);
  put(bs, 'A1', 'Budget 2024 per konto (kr)', { bold: true });
  putRow(bs, 3, 1, ['Konto', 'Kontonamn', 'Budget 2024'], { bold: true, border: 'bottom' });
  const budgetRows: SideRow[] = [];
  let r = 4;
  for (const x of rows) {
    if (x.code === '5011') {
      // Salaries budgeted on two rows of the same account: the office and the project staff.
      const part = ((x.budget * 3n) / 4n / 100_000n) * 100_000n;
      for (const [name, v] of [
        ['Lön månadsavlönade', part],
        ['Lön månadsavlönade, projekt', x.budget - part],
      ] as const) {
        putRow(bs, r, 1, [x.code, name, inUnit(v, 'kr')], (k) => (k === 0 ? { numFmt: FMT.text } : k === 2 ? { numFmt: FMT.int } : undefined));
        budgetRows.push({ key: [x.code], amount: v });
        r++;
      }
      continue;
    }
    putRow(bs, r, 1, [x.code, acc(x.code).name, inUnit(x.budget, 'kr')], (k) => (k === 0 ? { numFmt: FMT.text } : k === 2 ? { numFmt: FMT.int } : undefined));
    budgetRows.push({ key: [x.code], amount: x.budget });
    r++;
  }
  const bLast = r - 1;
  putRow(bs, r, 2, ['Summa', { formula: `SUM(C4:C${bLast})`, result: inUnit(sum(budgetRows.map((x) => x.amount)), 'kr'), date1904: false }], {
    bold: true,
    numFmt: FMT.int,
  });
  widths(bs, { A: 8, B: 32, C: 14 });
  put(hs, 'A1', 'Saldolista resultatkonton', { bold: true });
  put(hs, 'A2', 'Period 2401–2412');
  putRow(hs, 4, 1, ['Konto', 'Benämning', 'Belopp'], { bold: true, border: 'bottom' });
  const outcomeRows: SideRow[] = [];
  r = 5;
  const ledger = rows.filter((x) => x.code !== '6980').map((x) => ({ code: x.code, name: acc(x.code).name, outcome: x.outcome }));
  ledger.push({ code: '6991', name: 'Övriga externa tjänster', outcome: 18_437_50n });
  ledger.sort((a, b) => a.code.localeCompare(b.code));
  for (const x of ledger) {
    putRow(hs, r, 1, [Number(x.code), x.name, inUnit(x.outcome, 'kr')], (k) => (k === 2 ? { numFmt: FMT.dec2 } : undefined));
    outcomeRows.push({ key: [x.code], amount: x.outcome });
    r++;
  }
  const oLast = r - 1;
  putRow(hs, r, 2, ['Summa resultatkonton', inUnit(sum(outcomeRows.map((x) => x.amount)), 'kr')], { bold: true, numFmt: FMT.dec2 });
  widths(hs, { A: 8, B: 32, C: 15 });
  const j = joinExpect(budgetRows, outcomeRows, { sideOf: sideByAccount, groupOf: (key) => CLASS_KEYS[accountClass(key[0])] });
  const join: ExpectedJoin = {
    budgetSheet: 'Budget',
    outcomeSheet: 'Huvudbok',
    key: ['account'],
    convention: 'ledger',
    lines: j.lines,
    onlyBudget: j.onlyBudget,
    onlyOutcome: j.onlyOutcome,
    duplicates: j.duplicates,
    groupBy: 'accountClass',
    groups: j.groups,
    total: j.total,
  };
  return {
    wb,
    tables: [],
    joinSides: {
      budget: { sheet: 'Budget', firstRow: 4, lastRow: bLast, keyCols: ['A'], amountCol: 'C' },
      outcome: { sheet: 'Huvudbok', firstRow: 5, lastRow: oLast, keyCols: ['A'], amountCol: 'C' },
    },
    expected: {
      family: 'join',
      system: 'Visma',
      source: "an economist's budget per account beside a Visma saldolista pasted in, joined today with LETARAD",
      tests:
        'join by account (text on one side, numbers on the other), a budget key missing from the ledger, the reverse, a key twice, Kommun-Bas classes as groups',
      description:
        'The budget (text codes) and the ledger balances (numeric codes) are joined on Konto; 3110 on one side and 3110 on the other are the same key. Full outer join, ledger signs, deviation = budget − outcome. ' +
        '6980 Föreningsavgifter is budgeted with no outcome ("inget utfall"); 6991 Övriga externa tjänster has outcome and no budget ("ej budgeterat"): both are lines of their own with no deviation, and findings. ' +
        "5011 stands twice in the budget (office and project salaries): summed to one key and reported. Each side's total equals the joined total to the öre. Grouped by Kommun-Bas class (intäkter, personalkostnader, övriga kostnader, finansiella poster). " +
        'The "Summa" rows are totals, not keys.',
      tables: [],
      join,
    },
  };
}

/** Group keys for the Kommun-Bas classes: words any sensible group name contains. */
const CLASS_KEYS: Record<string, string> = {
  'Verksamhetens intäkter': 'intäkter',
  Personalkostnader: 'personal',
  'Övriga verksamhetskostnader': 'övriga',
  'Finansiella poster': 'finansiell',
};

// ---------------------------------------------------------------------------------------------

const TX_TEXT: Record<string, string[]> = {
  '3110': ['Medlemsavgift kv', 'Faktura medlemsavgift'],
  '3150': ['Avgift arkivtjänst', 'Ersättning leverans'],
  '3410': ['Fakturerat uppdrag', 'Konsultuppdrag kommun'],
  '5011': ['Lön'],
  '5410': ['Arbetsgivaravgift'],
  '5510': ['Pensionspremie KPA'],
  '5810': ['Reseräkning', 'Tågresor SJ', 'Hotell'],
  '6110': ['Hyra kv', 'Lokalhyra'],
  '6210': ['Telia faktura', 'Mobilabonnemang'],
  '6410': ['Inköp förbrukningsmaterial', 'Arkivkartonger'],
  '6540': ['Licenser e-arkiv', 'IT-drift', 'Microsoft 365'],
  '6550': ['Konsultfaktura', 'Upphandlingsstöd'],
  '6570': ['Bankavgift'],
  '6910': ['Representation'],
  '7310': ['Projektbidrag'],
};

function transactionList(): Built {
  const rng = new Rng(9202);
  const wb = newWorkbook('Raindance');
  const bs = wb.addWorksheet('Budget 2024');
  const ts = wb.addWorksheet('Transaktioner');
  putRow(bs, 1, 1, ['Ansvar', 'Konto', 'Benämning', 'Budget'], { bold: true, fill: 'FFDDEBF7' });
  const plan: [string, string[]][] = [
    ['0100', ['3110', '5011', '5410', '6910']],
    ['0210', ['3150', '5011', '5410', '5510', '5810', '6110', '6210', '6540', '6550']],
    ['0220', ['5011', '5410', '5510', '6410', '6540', '6910']],
    ['0310', ['3150', '3410', '5011', '5410', '5510', '5810', '6410']],
    ['0320', ['3410', '5011', '5410', '6540', '6550']],
    ['0410', ['7310']],
  ];
  const budgetRows: SideRow[] = [];
  const targets: { ansvar: string; code: string; outcome: Ore; ansvarCell: string | number }[] = [];
  const gen: { ansvar: string; code: string; budget: Ore; outcome: Ore }[] = [];
  for (const [an, codes] of plan)
    for (const code of codes) gen.push({ ansvar: an, code, ...ledgerAmounts(rng, acc(code), an === '0100' ? 1 : 0.3, { wholeKr: false }) });
  gen.forEach((g) => (g.budget = (g.budget / 100_000n) * 100_000n));
  const fee = gen.find((g) => g.code === '3110')!;
  fee.budget = (-(sum(gen.filter((g) => g !== fee).map((g) => g.budget)) + 200_000_00n) / 100_000n) * 100_000n;
  fee.outcome = fee.budget;
  let r = 2;
  for (const g of gen) {
    const rowsFor =
      g.ansvar === '0210' && g.code === '6550'
        ? [
            ['Konsulttjänster', ((g.budget * 2n) / 3n / 100n) * 100n],
            ['Konsulttjänster, upphandlingsstöd', 0n],
          ]
        : [[acc(g.code).name, g.budget]];
    if (rowsFor.length === 2) rowsFor[1][1] = g.budget - (rowsFor[0][1] as Ore);
    for (const [name, v] of rowsFor as [string, Ore][]) {
      putRow(bs, r, 1, [g.ansvar, g.code, name, inUnit(v, 'kr')], (k) => (k < 2 ? { numFmt: FMT.text } : k === 3 ? { numFmt: FMT.int } : undefined));
      budgetRows.push({ key: [g.code, g.ansvar], amount: v });
      r++;
    }
    // 0220/6910 Representation: budgeted, nothing booked.
    if (g.ansvar === '0220' && g.code === '6910') continue;
    // Project grants of ansvar 0410 were booked with the ansvar typed as the number 410.
    targets.push({ ansvar: g.ansvar, code: g.code, outcome: g.outcome, ansvarCell: g.ansvar === '0410' ? 410 : g.ansvar });
  }
  const bLast = r - 1;
  widths(bs, { A: 8, B: 8, C: 34, D: 13 });
  // Booked on 0220 without a budget: bank charges.
  targets.push({ ansvar: '0220', code: '6570', outcome: 3_864_00n, ansvarCell: '0220' });
  const tx: { date: number; code: number; ansvar: string | number; amount: Ore; text: string }[] = [];
  for (const t of targets) {
    const monthly = ['5011', '5410', '5510', '3110'].includes(t.code);
    // One salary posting per employee and month; invoices as they come.
    const count = t.code === '3110' ? 4 : monthly ? 12 * rng.int(2, 9) : rng.int(15, 170);
    const parts = spreadMonths(t.outcome, count, rng, false);
    parts.forEach((p, i) => {
      const month = count >= 12 ? Math.min(12, Math.floor((i * 12) / count) + 1) : t.code === '3110' ? i * 3 + 1 : rng.int(1, 12);
      const day = monthly ? 25 : rng.int(1, 28);
      const words = TX_TEXT[t.code] ?? [acc(t.code).name];
      const text =
        t.code === '5011'
          ? `Lön ${MONTHS_SV[month - 1]}`
          : t.code === '3110'
            ? `Medlemsavgift kv ${Math.ceil(month / 3)}`
            : `${rng.pick(words)}${rng.chance(0.5) ? ` ${rng.int(10000, 99999)}` : ''}`;
      tx.push({ date: dateSerial(2024, month, day), code: Number(t.code), ansvar: t.ansvarCell, amount: p, text });
    });
  }
  tx.sort((a, b) => a.date - b.date || a.code - b.code || Number(a.amount - b.amount));
  putRow(ts, 1, 1, ['Datum', 'Ver.nr', 'Konto', 'Ansvar', 'Belopp', 'Text'], { bold: true, fill: 'FFDDEBF7' });
  const outcomeRows: SideRow[] = [];
  tx.forEach((t, i) => {
    const row = 2 + i;
    putRow(ts, row, 1, [t.date, 24000 + i + 1, t.code, t.ansvar, inUnit(t.amount, 'kr'), t.text]);
    ts.getCell(`A${row}`).numFmt = FMT.date;
    ts.getCell(`D${row}`).numFmt = typeof t.ansvar === 'string' ? FMT.text : 'General';
    ts.getCell(`E${row}`).numFmt = FMT.dec2;
    outcomeRows.push({ key: [String(t.code), String(t.ansvar)], amount: t.amount });
  });
  widths(ts, { A: 11, B: 8, C: 7, D: 8, E: 13, F: 34 });
  freeze(ts, 1);
  ts.autoFilter = `A1:F${tx.length + 1}`;
  const j = joinExpect(budgetRows, outcomeRows, { sideOf: sideByAccount, groupOf: (key) => (key[1].startsWith('0') ? key[1] : undefined) });
  const join: ExpectedJoin = {
    budgetSheet: 'Budget 2024',
    outcomeSheet: 'Transaktioner',
    key: ['account', 'ansvar'],
    convention: 'ledger',
    lines: j.lines,
    onlyBudget: j.onlyBudget,
    onlyOutcome: j.onlyOutcome,
    duplicates: j.duplicates,
    groupBy: 'Ansvar',
    groups: (j.groups ?? []).filter((g) => g.key !== '0410'),
    total: j.total,
  };
  return {
    wb,
    tables: [],
    joinSides: {
      budget: { sheet: 'Budget 2024', firstRow: 2, lastRow: bLast, keyCols: ['B', 'A'], amountCol: 'D' },
      outcome: { sheet: 'Transaktioner', firstRow: 2, lastRow: tx.length + 1, keyCols: ['C', 'D'], amountCol: 'E' },
    },
    expected: {
      family: 'join',
      system: 'Raindance',
      source: 'a budget per ansvar and konto beside a Raindance transaction list (verifikationer) for the year',
      tests: `${tx.length} transactions summed per konto + ansvar, ansvar codes "0210" as text, one ansvar typed as 410 (number) against "0410", a duplicate budget key`,
      description:
        `The transaction list (${tx.length} rows: Datum, Ver.nr, Konto, Ansvar, Belopp, Text) is summed per Konto and Ansvar first and then joined with the budget on the same two keys; ledger signs throughout. ` +
        'Ansvar codes are text with a leading zero on both sides and match as text. Budget key 7310/0410 has no outcome and the transactions carry 7310/410 (the ansvar typed as a number): as text "0410" is not "410", so both are reported unmatched (SPEC 1.8), nothing is dropped. ' +
        '0220/6910 is budgeted with nothing booked; 0220/6570 bank charges are booked without a budget. 0210/6550 stands twice in the budget and is summed. Summary per Ansvar; Datum and Ver.nr are never amounts.',
      tables: [],
      join,
    },
  };
}

// ---------------------------------------------------------------------------------------------

const SAMORDNING_JOIN: [string, string, number, string | undefined][] = [
  ['3010', 'Medlemsbidrag Försäkringskassan', 2_400_000, 'Finansiering'],
  ['3011', 'Medlemsbidrag Region Dalarna', 1_200_000, 'Finansiering'],
  ['3012', 'Medlemsbidrag kommuner', 1_200_000, 'Finansiering'],
  ['4011', 'Insats Ung Framtid', 620_000, '1. Unga vuxna'],
  ['4012', 'Insats Navigatorcentrum', 410_000, '1. Unga vuxna'],
  ['4013', 'Insats Steget vidare', 720_000, '2. Långtidssjukskrivna'],
  ['4014', 'Insats IPS', 540_000, '2. Långtidssjukskrivna'],
  ['4015', 'Insats Arbetsträning', 380_000, '2. Långtidssjukskrivna'],
  ['4016', 'Insats Hälsolots', 150_000, undefined],
  ['5010', 'Lokalhyra', 96_000, 'Förbundsgemensamt'],
  ['6420', 'Revision', 65_000, 'Förbundsgemensamt'],
  ['6530', 'Redovisningstjänster', 120_000, 'Förbundsgemensamt'],
  ['7010', 'Löner tjänstemän', 720_000, 'Förbundsgemensamt'],
  ['7510', 'Arbetsgivaravgifter', 245_000, 'Förbundsgemensamt'],
  ['8310', 'Ränteintäkter', 4_000, 'Finansiering'],
];

function mappingGoalArea(): Built {
  const rng = new Rng(9303);
  const wb = newWorkbook('Samordningsförbundet Norra Dalarna');
  const bs = wb.addWorksheet('Budget');
  const us = wb.addWorksheet('Utfall');
  const ms = wb.addWorksheet('Mappning');
  putRow(bs, 1, 1, ['Konto', 'Benämning', 'Budget 2024'], { bold: true });
  putRow(us, 1, 1, ['Konto', 'Benämning', 'Utfall 2024'], { bold: true });
  putRow(ms, 1, 1, ['Konto', 'Målområde'], { bold: true });
  const budgetRows: SideRow[] = [];
  const outcomeRows: SideRow[] = [];
  const goal = new Map<string, string>();
  let mr = 2;
  SAMORDNING_JOIN.forEach(([code, name, size, g], i) => {
    const income = code.startsWith('3') || code === '8310';
    const budget = BigInt(size) * 100n * (income ? -1n : 1n);
    const outcome = code.startsWith('30') ? budget : BigInt(Math.round(Number(budget) * (0.75 + rng.next() * 0.45)));
    putRow(bs, 2 + i, 1, [Number(code), name, inUnit(budget, 'kr')], (k) => (k === 2 ? { numFmt: FMT.int } : undefined));
    putRow(us, 2 + i, 1, [Number(code), name, inUnit(outcome, 'kr')], (k) => (k === 2 ? { numFmt: FMT.dec2 } : undefined));
    budgetRows.push({ key: [code], amount: budget });
    outcomeRows.push({ key: [code], amount: outcome });
    if (g) {
      putRow(ms, mr++, 1, [Number(code), g]);
      goal.set(code, g);
    }
  });
  widths(bs, { A: 8, B: 34, C: 13 });
  widths(us, { A: 8, B: 34, C: 13 });
  widths(ms, { A: 8, B: 26 });
  const j = joinExpect(budgetRows, outcomeRows, { sideOf: sideByAccount, groupOf: (key) => goal.get(key[0]) });
  const join: ExpectedJoin = {
    budgetSheet: 'Budget',
    outcomeSheet: 'Utfall',
    key: ['account'],
    convention: 'ledger',
    lines: j.lines,
    onlyBudget: j.onlyBudget,
    onlyOutcome: j.onlyOutcome,
    duplicates: j.duplicates,
    groupBy: 'goalArea',
    groups: j.groups,
    unmapped: j.unmapped,
    total: j.total,
  };
  const n = SAMORDNING_JOIN.length + 1;
  return {
    wb,
    tables: [],
    joinSides: {
      budget: { sheet: 'Budget', firstRow: 2, lastRow: n, keyCols: ['A'], amountCol: 'C' },
      outcome: { sheet: 'Utfall', firstRow: 2, lastRow: n, keyCols: ['A'], amountCol: 'C' },
    },
    expected: {
      family: 'join',
      system: 'Visma',
      source: "a samordningsförbund's budget and Visma outcome per account with a mapping sheet to its målområden",
      tests: 'a Konto | Målområde mapping sheet, an account the mapping does not place, summary per goal area',
      description:
        'Budget and Utfall (both exported with ledger signs) are joined on Konto; every account is on both sides. The Mappning sheet places accounts in målområden; the summary is per målområde (Finansiering, 1. Unga vuxna, 2. Långtidssjukskrivna, Förbundsgemensamt). ' +
        '4016 Insats Hälsolots (new this year) is missing from the mapping: it is listed as unmapped, and never dropped from the totals.',
      tables: [],
      join,
    },
  };
}

// ---------------------------------------------------------------------------------------------

const RANGES: [number, number, string][] = [
  [3000, 3999, 'Verksamhetens intäkter'],
  [4000, 4999, 'Köp av verksamhet'],
  [5000, 5999, 'Personalkostnader'],
  [6000, 7999, 'Övriga kostnader'],
  [8000, 8999, 'Finansiella poster'],
];

function rangesAndPeriodRows(): Built {
  const rng = new Rng(9404);
  const wb = newWorkbook('Kommunalförbundet Sydarkiv');
  const bs = wb.addWorksheet('Budget');
  const ps = wb.addWorksheet('Periodsaldon');
  const gs = wb.addWorksheet('Kontogrupper');
  const codes = ['3110', '3150', '3510', '4610', '5011', '5071', '5410', '5510', '5611', '6110', '6210', '6540', '6550', '7810', '8410'];
  const rows = codes.map((code) => ({ code, ...ledgerAmounts(rng, acc(code), 0.5) }));
  rows.forEach((x) => (x.budget = (x.budget / 100_000n) * 100_000n));
  balanceFee(rows, 50_000_00n);
  putRow(bs, 1, 1, ['Konto', 'Benämning', 'Årsbudget'], { bold: true });
  const budgetRows: SideRow[] = [];
  rows.forEach((x, i) => {
    putRow(bs, 2 + i, 1, [Number(x.code), acc(x.code).name, inUnit(x.budget, 'kr')], (k) => (k === 2 ? { numFmt: FMT.int } : undefined));
    budgetRows.push({ key: [x.code], amount: x.budget });
  });
  widths(bs, { A: 8, B: 32, C: 13 });
  putRow(ps, 1, 1, ['Period', 'Konto', 'Belopp'], { bold: true });
  const outcomeRows: SideRow[] = [];
  let r = 2;
  const ledger = rows.filter((x) => x.code !== '5611').map((x) => ({ code: x.code, outcome: x.outcome }));
  ledger.push({ code: '6570', outcome: 2_912_75n });
  for (let m = 1; m <= 12; m++) {
    for (const x of ledger) {
      const parts = spreadMonths(x.outcome, 12, new Rng(Number(x.code)), false);
      if (parts[m - 1] === 0n) continue;
      putRow(ps, r, 1, [202400 + m, Number(x.code), inUnit(parts[m - 1], 'kr')], (k) => (k === 2 ? { numFmt: FMT.dec2 } : undefined));
      outcomeRows.push({ key: [x.code], amount: parts[m - 1] });
      r++;
    }
  }
  widths(ps, { A: 9, B: 8, C: 13 });
  freeze(ps, 1);
  putRow(gs, 1, 1, ['Kontointervall', 'Grupp'], { bold: true });
  RANGES.forEach(([a, b, g], i) => putRow(gs, 2 + i, 1, [`${a}–${b}`, g]));
  widths(gs, { A: 16, B: 26 });
  const groupOf = (key: string[]) => RANGES.find(([a, b]) => Number(key[0]) >= a && Number(key[0]) <= b)?.[2];
  const j = joinExpect(budgetRows, outcomeRows, { sideOf: sideByAccount, groupOf });
  const join: ExpectedJoin = {
    budgetSheet: 'Budget',
    outcomeSheet: 'Periodsaldon',
    key: ['account'],
    convention: 'ledger',
    lines: j.lines,
    onlyBudget: j.onlyBudget,
    onlyOutcome: j.onlyOutcome,
    duplicates: j.duplicates,
    groupBy: 'Kontogrupper (account ranges)',
    groups: j.groups,
    total: j.total,
  };
  return {
    wb,
    tables: [],
    joinSides: {
      budget: { sheet: 'Budget', firstRow: 2, lastRow: rows.length + 1, keyCols: ['A'], amountCol: 'C' },
      outcome: { sheet: 'Periodsaldon', firstRow: 2, lastRow: r - 1, keyCols: ['B'], amountCol: 'C' },
    },
    expected: {
      family: 'join',
      system: 'Visma',
      source:
        "a year's period balances (Period | Konto | Belopp) exported from the ledger, a budget per account, and the economist's own account-range grouping",
      tests: 'period rows summed per account, account ranges "3000–3999" as the grouping, budget-only and ledger-only accounts',
      description:
        'The ledger side has one row per period and account (202401 … 202412); summed per account it joins the budget on Konto (ledger signs). The grouping comes from the Kontogrupper sheet: ranges written "3000–3999" (en dash) with a group name. ' +
        '5611 Utbildning personal is budgeted with no outcome; 6570 Bankkostnader is booked with no budget (it falls in 6000–7999, Övriga kostnader). Period numbers are never amounts.',
      tables: [],
      join,
    },
  };
}

// ---------------------------------------------------------------------------------------------

function interimPeriodised(): Built {
  const rng = new Rng(9505);
  const wb = newWorkbook('Kommunalförbundet Sydarkiv');
  const bs = wb.addWorksheet('Budget 2025');
  const ls = wb.addWorksheet('Huvudbok jan-aug');
  const codes = ['3110', '3150', '3410', '5011', '5410', '5510', '5810', '6110', '6210', '6540', '6550', '6910', '7810', '8410'];
  const rows = codes.map((code) => ({ code, ...ledgerAmounts(rng, acc(code), 0.45) }));
  rows.forEach((x) => (x.budget = (x.budget / 100_000n) * 100_000n));
  balanceFee(rows, 80_000_00n);
  put(bs, 'A1', 'Budget 2025 med periodisering (kr)', { bold: true });
  putRow(bs, 3, 1, ['Konto', 'Benämning', 'Årsbudget', 'Budget t.o.m. aug'], { bold: true, border: 'bottom' });
  const budgetRows: SideRow[] = [];
  const outcomeRows: SideRow[] = [];
  const weights = [9, 8, 9, 8, 9, 8, 3, 7, 9, 9, 9, 12];
  rows.forEach((x, i) => {
    const period = x.code === '3110' ? ((x.budget * 2n) / 3n / 100n) * 100n : ((x.budget * 61n) / 100n / 100n) * 100n;
    putRow(bs, 4 + i, 1, [x.code, acc(x.code).name, inUnit(x.budget, 'kr'), inUnit(period, 'kr')], (k) =>
      k === 0 ? { numFmt: FMT.text } : k >= 2 ? { numFmt: FMT.int } : undefined,
    );
    budgetRows.push({ key: [x.code], amount: x.budget, period });
  });
  widths(bs, { A: 8, B: 32, C: 13, D: 15 });
  putRow(ls, 1, 1, ['Period', 'Konto', 'Belopp'], { bold: true });
  let r = 2;
  const ledger = rows
    .filter((x) => x.code !== '6910')
    .map((x) => ({
      code: x.code,
      ytd: x.code === '3110' ? budgetRows.find((b) => b.key[0] === '3110')!.period! : BigInt(Math.round(Number(x.budget) * (0.5 + rng.next() * 0.25))),
    }));
  ledger.push({ code: '6570', ytd: 1_908_00n });
  for (let m = 1; m <= 8; m++) {
    for (const x of ledger) {
      const w = weights.slice(0, 8);
      const total = BigInt(w.reduce((a, b) => a + b, 0));
      const part = m < 8 ? (x.ytd * BigInt(w[m - 1])) / total : x.ytd - sum(w.slice(0, 7).map((ww) => (x.ytd * BigInt(ww)) / total));
      putRow(ls, r, 1, [202500 + m, x.code, inUnit(part, 'kr')], (k) => (k === 1 ? { numFmt: FMT.text } : k === 2 ? { numFmt: FMT.dec2 } : undefined));
      outcomeRows.push({ key: [x.code], amount: part });
      r++;
    }
  }
  widths(ls, { A: 9, B: 8, C: 13 });
  const j = joinExpect(budgetRows, outcomeRows, { sideOf: sideByAccount, interim: true });
  const join: ExpectedJoin = {
    budgetSheet: 'Budget 2025',
    outcomeSheet: 'Huvudbok jan-aug',
    key: ['account'],
    convention: 'ledger',
    lines: j.lines,
    onlyBudget: j.onlyBudget,
    onlyOutcome: j.onlyOutcome,
    duplicates: j.duplicates,
    total: j.total,
    ytd: { months: 8, basis: 'column', budget: amount(j.periodTotal), outcome: amount(j.outcomeTotal), deviation: amount(j.comparedDeviation) },
  };
  return {
    wb,
    tables: [],
    joinSides: {
      budget: { sheet: 'Budget 2025', firstRow: 4, lastRow: 3 + rows.length, keyCols: ['A'], amountCol: 'C' },
      periodBudget: { sheet: 'Budget 2025', firstRow: 4, lastRow: 3 + rows.length, keyCols: ['A'], amountCol: 'D' },
      outcome: { sheet: 'Huvudbok jan-aug', firstRow: 2, lastRow: r - 1, keyCols: ['B'], amountCol: 'C' },
    },
    expected: {
      family: 'join',
      system: 'Raindance',
      source: 'an interim follow-up: budget with its periodisation beside period rows from the ledger for January–August',
      tests: '"Budget t.o.m. aug" as the period budget, period rows 202501–202508, year to date against the given period budget',
      description:
        'The ledger has eight periods (202501–202508), so the comparison is year to date: outcome January–August against "Budget t.o.m. aug" (the body\'s periodised budget, given), never against the Årsbudget; the full-year budget stands beside. ' +
        'Ledger signs; deviation = Budget t.o.m. aug − outcome. 6910 Representation has budget and no outcome yet; 6570 Bankkostnader outcome and no budget.',
      tables: [],
      join,
    },
  };
}

// ---------------------------------------------------------------------------------------------

function monthsOnTwoSheets(): Built {
  const rng = new Rng(9606);
  const wb = newWorkbook('Kunskapsförbundet Nord');
  const bs = wb.addWorksheet('Budget 2024');
  const us = wb.addWorksheet('Utfall 2024');
  const months = 6;
  const codes = ['3110', '3150', '3510', '5011', '5410', '5510', '5810', '6110', '6540', '6550', '6910', '8410'];
  const rows = codes.map((code) => ({ code, ...ledgerAmounts(rng, acc(code), 0.4) }));
  rows.forEach((x) => (x.budget = (x.budget / 1_200_00n) * 1_200_00n));
  balanceFee(rows, 60_000_00n);
  rows.find((x) => x.code === '3110')!.budget = (rows.find((x) => x.code === '3110')!.budget / 1_200_00n) * 1_200_00n;
  for (const [ws, title, n] of [
    [bs, 'Budget 2024', 12],
    [us, 'Utfall 2024', months],
  ] as const) {
    put(ws, 'A1', `${title} per konto och månad`, { bold: true });
    ws.mergeCells(3, 3, 3, 2 + n);
    put(ws, 'C3', title, { bold: true, align: 'center' });
    putRow(ws, 4, 1, ['Konto', 'Benämning', ...MONTHS_SV.slice(0, n)], { bold: true });
    widths(ws, { A: 8, B: 30 });
  }
  const budgetRows: SideRow[] = [];
  const outcomeRows: SideRow[] = [];
  let ur = 5;
  rows.forEach((x, i) => {
    const bm = x.code === '3110' ? Array.from({ length: 12 }, () => x.budget / 12n) : spreadMonths(x.budget, 12, rng);
    putRow(bs, 5 + i, 1, [Number(x.code), acc(x.code).name, ...bm.map((m) => inUnit(m, 'kr'))], (k) => (k >= 2 ? { numFmt: FMT.int } : undefined));
    budgetRows.push({ key: [x.code], amount: sum(bm), period: sum(bm.slice(0, months)) });
    if (x.code === '6910') return;
    const om = bm.slice(0, months).map((m) => (x.code === '3110' ? m : BigInt(Math.round(Number(m) * (0.7 + rng.next() * 0.6)))));
    putRow(us, ur, 1, [Number(x.code), acc(x.code).name, ...om.map((m) => inUnit(m, 'kr'))], (k) => (k >= 2 ? { numFmt: FMT.dec2 } : undefined));
    outcomeRows.push({ key: [x.code], amount: sum(om) });
    ur++;
  });
  const extra = [1_102_50n, 0n, 884_00n, 0n, 1_412_25n, 902_00n];
  putRow(us, ur, 1, [6570, 'Bankkostnader', ...extra.map((m) => inUnit(m, 'kr'))], (k) => (k >= 2 ? { numFmt: FMT.dec2 } : undefined));
  outcomeRows.push({ key: ['6570'], amount: sum(extra) });
  const j = joinExpect(budgetRows, outcomeRows, { sideOf: sideByAccount, interim: true });
  const join: ExpectedJoin = {
    budgetSheet: 'Budget 2024',
    outcomeSheet: 'Utfall 2024',
    key: ['account'],
    convention: 'ledger',
    lines: j.lines,
    onlyBudget: j.onlyBudget,
    onlyOutcome: j.onlyOutcome,
    duplicates: j.duplicates,
    total: j.total,
    ytd: { months, basis: 'months', budget: amount(j.periodTotal), outcome: amount(j.outcomeTotal), deviation: amount(j.comparedDeviation) },
  };
  const monthCols = (n: number) => Array.from({ length: n }, (_, i) => colLetter(3 + i));
  return {
    wb,
    tables: [],
    joinSides: {
      budget: { sheet: 'Budget 2024', firstRow: 5, lastRow: 4 + rows.length, keyCols: ['A'], amountCol: 'C', amountCols: monthCols(12) },
      periodBudget: { sheet: 'Budget 2024', firstRow: 5, lastRow: 4 + rows.length, keyCols: ['A'], amountCol: 'C', amountCols: monthCols(months) },
      outcome: { sheet: 'Utfall 2024', firstRow: 5, lastRow: ur, keyCols: ['A'], amountCol: 'C', amountCols: monthCols(months) },
    },
    expected: {
      family: 'join',
      source: 'a monthly budget on one sheet and the monthly outcome so far on another, both by account',
      tests: "month columns under a merged year header on both sheets, outcome through June: year to date from the budget's own months",
      description:
        'Both sheets have months as columns under a merged title ("Budget 2024" over jan–dec, "Utfall 2024" over jan–jun). Joined on Konto, the comparison is for January–June: outcome of six months against the budget of the same six months (exact, from the budget\'s own months), with the full-year budget beside. ' +
        'Ledger signs. 6910 has budget and no outcome; 6570 outcome and no budget.',
      tables: [],
      join,
    },
  };
}

export const JOIN: Fixture[] = [
  { name: 'join-budget-saldolista-konto', build: budgetAgainstBalances },
  { name: 'join-transaktioner-ansvar-konto', build: transactionList },
  { name: 'join-mappning-malomrade', build: mappingGoalArea },
  { name: 'join-kontointervall-perioder', build: rangesAndPeriodRows },
  { name: 'join-periodiserad-budget-aug', build: interimPeriodised },
  { name: 'join-manader-tva-blad', build: monthsOnTwoSheets },
];
