/**
 * Ledger exports: huvudbok and resultatrapport as Raindance, Unit4 (Agresso) and Visma write them to Excel.
 * One row per ansvar/verksamhet/aktivitet/konto, income negative and costs positive (ledger convention),
 * codes as text with their leading zeros, a title block above the header.
 */
import { Account, Built, Fixture, KBAS, BAS_SAMORDNING } from './names';
import {
  FMT,
  Line,
  Ore,
  Rng,
  accountSide,
  addr,
  expectTable,
  formula,
  freeze,
  inUnit,
  put,
  putRow,
  sum,
  sumFormula,
  swedishText,
  newWorkbook,
  widths,
} from './kit';

interface LedgerRow {
  dims: string[];
  account: Account;
  budget: Ore;
  outcome: Ore;
}

/** Income is negative in a ledger; budget in whole hundreds, outcome with öre. */
function ledgerAmounts(
  rng: Rng,
  a: Account,
  scale: number,
  opts: { budgetZero?: number; outcomeZero?: number; wholeKr?: boolean } = {},
): { budget: Ore; outcome: Ore } {
  const sign = a.code.startsWith('3') || a.code === '8410' || a.code === '8310' ? -1n : 1n;
  const base = Math.max(100, Math.round((a.size * scale * (0.5 + rng.next())) / 100) * 100);
  let budget = BigInt(base) * 100n * sign;
  const factor = 0.72 + rng.next() * 0.5;
  let outcome = opts.wholeKr ? BigInt(Math.round(base * factor)) * 100n * sign : BigInt(Math.round(base * factor * 100)) * sign;
  if (rng.chance(opts.budgetZero ?? 0)) budget = 0n;
  else if (rng.chance(opts.outcomeZero ?? 0)) outcome = 0n;
  return { budget, outcome };
}

const TEXT_CODE = { numFmt: FMT.text };

/**
 * A body's budget is in balance: the member fees are set to cover the net cost with a small planned surplus,
 * and are paid as budgeted. `fees` are the rows that carry them, sharing the amount by the given parts.
 */
function balance<T extends { budget: Ore; outcome: Ore }>(rows: T[], fees: T[], surplus: Ore, parts: number[] = fees.map(() => 1)): void {
  const others = rows.filter((r) => !fees.includes(r));
  const need = -(sum(others.map((r) => r.budget)) + surplus);
  const total = parts.reduce((a, b) => a + b, 0);
  let left = need;
  fees.forEach((f, i) => {
    const share = i === fees.length - 1 ? left : ((need * BigInt(parts[i])) / BigInt(total) / 10000n) * 10000n;
    left -= share;
    f.budget = share;
    f.outcome = share;
  });
}

// ---------------------------------------------------------------------------------------------

function raindanceSydarkiv(): Built {
  const rng = new Rng(1101);
  const wb = newWorkbook('Raindance');
  const ws = wb.addWorksheet('Resultatrapport');
  put(ws, 'A1', 'Raindance Rapport', { bold: true, size: 12 });
  put(ws, 'A2', 'Kommunalförbundet Sydarkiv – Resultat per ansvar, verksamhet, aktivitet och konto');
  put(ws, 'A3', 'Period: 202401 - 202412');
  put(ws, 'E3', 'Utskriven: 2025-01-20 08:14');
  const headerRow = 5;
  putRow(ws, headerRow, 1, ['Ansvar', 'Verksamhet', 'Aktivitet', 'Konto', 'Kontonamn', 'Budget', 'Utfall'], { bold: true, border: 'bottom' });
  const plan: [string, string[], string[]][] = [
    ['0100', ['1100', '9100'], ['0000']],
    ['0210', ['1200'], ['0000', '0101', '0102']],
    ['0220', ['1200'], ['0000', '0201']],
    ['0310', ['3100', '3300'], ['0000', '0301', '0302', '0303', '0304', '0305', '0306']],
    ['0320', ['3200', '3300'], ['0000', '0311', '0312', '0313', '0314']],
    ['0410', ['3200', '3300'], ['0000', '0411', '0412', '0413', '0414', '0415', '0416', '0417']],
  ];
  const costs = KBAS.filter((a) => !a.code.startsWith('3') && !a.code.startsWith('8'));
  const rows: LedgerRow[] = [];
  for (const [ansvar, verks, akts] of plan) {
    for (const v of verks) {
      for (const akt of akts) {
        let accounts: Account[];
        if (v === '9100') accounts = KBAS.filter((a) => ['3110', '3510', '8410', '8510', '6570'].includes(a.code));
        else {
          accounts = costs.filter(() => rng.chance(0.75));
          if (v === '3100' || v === '3200') accounts.unshift(...KBAS.filter((a) => ['3150', '3410'].includes(a.code)));
          if (ansvar === '0410') accounts.unshift(...KBAS.filter((a) => a.code === '3740'));
        }
        for (const a of accounts) {
          const { budget, outcome } = ledgerAmounts(rng, a, v === '9100' ? 1 : 0.025, { budgetZero: akt === '0000' ? 0.05 : 0.25, outcomeZero: 0.06 });
          rows.push({ dims: [ansvar, v, akt], account: a, budget, outcome });
        }
      }
    }
  }
  balance(
    rows,
    rows.filter((x) => x.account.code === '3110'),
    250_000_00n,
  );
  // Repeat the year's postings per month-ish activity to reach the size of a real export.
  const lines: Line[] = [];
  let r = headerRow + 1;
  for (const row of rows) {
    putRow(ws, r, 1, [...row.dims, row.account.code], TEXT_CODE);
    put(ws, `E${r}`, row.account.name);
    putRow(ws, r, 6, [inUnit(row.budget, 'kr'), inUnit(row.outcome, 'kr')], { numFmt: FMT.dec2 });
    lines.push({
      key: row.account.name,
      row: r,
      side: accountSide(row.account.code, row.budget || row.outcome),
      group: row.dims[1],
      budget: row.budget,
      outcome: row.outcome,
    });
    r++;
  }
  const last = r - 1;
  put(ws, `A${r}`, 'Summa totalt', { bold: true, border: 'top' });
  put(ws, `F${r}`, sumFormula('F', headerRow + 1, last, inUnit(sum(rows.map((x) => x.budget)), 'kr')), { bold: true, numFmt: FMT.dec2, border: 'top' });
  put(ws, `G${r}`, sumFormula('G', headerRow + 1, last, inUnit(sum(rows.map((x) => x.outcome)), 'kr')), { bold: true, numFmt: FMT.dec2, border: 'top' });
  widths(ws, { A: 9, B: 11, C: 10, D: 8, E: 32, F: 15, G: 15 });
  freeze(ws, headerRow);
  ws.autoFilter = `A${headerRow}:G${last}`;
  const t = expectTable({
    sheet: 'Resultatrapport',
    headerRow,
    unit: 'kr',
    convention: 'ledger',
    deviations: true,
    columns: { dimension: 'B', code: 'D', line: 'E', budget: 'F', outcome: 'G' },
    groupBy: 'Verksamhet',
    lines,
    sample: 24,
  });
  return {
    wb,
    tables: [t],
    expected: {
      family: 'ledger',
      system: 'Raindance',
      source: 'Raindance "Resultatrapport" exported to Excel by a kommunalförbund (Sydarkivera-like archive body)',
      tests: 'flat huvudbok export, ledger signs, text codes with leading zeros, grouping by Verksamhet, a SUM total row',
      description:
        `A Raindance result report of ${lines.length} rows: one row per ansvar, verksamhet, aktivitet and konto, income negative and costs positive. ` +
        'Every row is a line (deviation = budget − outcome, positive favourable: an income row whose outcome is more negative than its budget is favourable). ' +
        'Ansvar, verksamhet and aktivitet are text codes with leading zeros (0210, 0000) and must stay so. The summary is per Verksamhet (the grouping column an economist picks before Ansvar). ' +
        'Rows with budget 0 are budgeted at zero (a value), not missing. The bold "Summa totalt" row is a SUM total that foots, so it is a control total and not a line.',
      tables: [t.table],
    },
  };
}

// ---------------------------------------------------------------------------------------------

function unit4Regionforbund(): Built {
  const rng = new Rng(1202);
  const wb = newWorkbook('Unit4 ERP');
  const ws = wb.addWorksheet('Resultat per ansvar');
  put(ws, 'B1', 'Resultaträkning per ansvar', { bold: true, size: 14 });
  put(ws, 'B2', 'Regionförbundet Södra Småland');
  put(ws, 'B3', 'Perioder: 202401 - 202412');
  put(ws, 'B4', 'Belopp i kronor');
  const headerRow = 6;
  putRow(ws, headerRow, 1, ['Klient', 'Ansvar', 'Ansvar(T)', 'Konto', 'Konto(T)', 'Rev. budget', 'Utfall ack', 'Differens'], { bold: true, fill: 'FFD9E1F2' });
  const ansvar = [
    [1100, 'Regionstyrelse'],
    [1200, 'Regiondirektör'],
    [2100, 'Kompetensförsörjning'],
    [2200, 'Näringsliv och innovation'],
    [2300, 'Infrastruktur och kollektivtrafik'],
    [2400, 'Kultur och folkbildning'],
    [3100, 'Kommunikation'],
    [9000, 'Finansförvaltning'],
  ] as const;
  const rows: (LedgerRow & { name: string })[] = [];
  for (const [code, name] of ansvar) {
    const accounts =
      code === 9000
        ? KBAS.filter((a) => ['3110', '8410', '8510', '6570'].includes(a.code))
        : KBAS.filter((a) => !['3110', '8410', '8510'].includes(a.code) && rng.chance(0.85));
    for (const a of accounts) rows.push({ dims: [String(code)], name, account: a, ...ledgerAmounts(rng, a, 0.35, { budgetZero: 0.08, outcomeZero: 0.04 }) });
  }
  balance(
    rows,
    rows.filter((x) => x.account.code === '3110'),
    400_000_00n,
  );
  const lines: Line[] = [];
  let r = headerRow + 1;
  for (const row of rows) {
    const { budget, outcome, account: a } = row;
    putRow(ws, r, 1, ['RS', Number(row.dims[0]), row.name, a.code, a.name]);
    ws.getCell(`D${r}`).numFmt = FMT.text;
    putRow(ws, r, 6, [inUnit(budget, 'kr'), inUnit(outcome, 'kr'), inUnit(budget - outcome, 'kr')], { numFmt: FMT.dec2 });
    lines.push({ key: a.name, row: r, side: accountSide(a.code, budget || outcome), group: row.dims[0], budget, outcome });
    r++;
  }
  ws.getColumn('A').hidden = true;
  widths(ws, { A: 6, B: 8, C: 30, D: 8, E: 32, F: 16, G: 16, H: 16 });
  freeze(ws, headerRow, 1);
  const t = expectTable({
    sheet: 'Resultat per ansvar',
    headerRow,
    unit: 'kr',
    convention: 'ledger',
    deviations: true,
    columns: { dimension: 'B', code: 'D', line: 'E', budget: 'F', outcome: 'G', deviation: 'H' },
    groupBy: 'Ansvar',
    lines,
    sample: 16,
  });
  return {
    wb,
    tables: [t],
    expected: {
      family: 'ledger',
      system: 'Unit4',
      source: 'Unit4 ERP (Agresso) browser export "Resultaträkning per ansvar" of a regionförbund',
      tests: 'Agresso headers Ansvar(T)/Konto(T), Rev. budget, Utfall ack, Differens; hidden Klient column; table starts under a 4-row title',
      description:
        'Unit4 writes one row per ansvar and konto with the text of each code in a "(T)" column, and a hidden "Klient" column A. ' +
        '"Rev. budget" is the budget, "Utfall ack" the outcome for the whole year, "Differens" = Rev. budget − Utfall ack, which is the ledger deviation as the product computes it, so no reported-deviation finding is due. ' +
        'Ledger signs: the Medlemsavgifter row under Finansförvaltning is negative. Grouping by Ansvar (no goal area, no verksamhet column).',
      tables: [t.table],
    },
  };
}

// ---------------------------------------------------------------------------------------------

function vismaSaldon(): Built {
  const rng = new Rng(1303);
  const wb = newWorkbook('Visma Administration');
  const ws = wb.addWorksheet('Saldon');
  put(ws, 'A1', 'Samordningsförbundet Västra Skaraborg', { bold: true });
  put(ws, 'A2', 'Huvudbok – saldon per resultatkonto');
  put(ws, 'A3', 'Räkenskapsår: 2024-01-01 – 2024-12-31');
  const headerRow = 5;
  putRow(ws, headerRow, 1, ['Konto', 'Benämning', 'Årsbudget', 'Redovisat', 'Diff'], { bold: true, border: 'bottom' });
  const rows: LedgerRow[] = BAS_SAMORDNING.map((a) => ({ dims: [], account: a, ...ledgerAmounts(rng, a, 1, { budgetZero: a.code === '6570' ? 1 : 0 }) }));
  // FINSAM: the state (Försäkringskassan) pays half, the region and the kommuner a quarter each.
  balance(
    rows,
    rows.filter((x) => ['3010', '3011', '3012'].includes(x.account.code)),
    -60_000_00n,
    [2, 1, 1],
  );
  const lines: Line[] = [];
  let r = headerRow + 1;
  for (const { account: a, budget, outcome } of rows) {
    putRow(ws, r, 1, [Number(a.code), a.name]);
    // Visma's Diff is outcome − budget: the opposite sign of the favourable deviation, consistently.
    putRow(ws, r, 3, [inUnit(budget, 'kr'), inUnit(outcome, 'kr'), inUnit(outcome - budget, 'kr')], { numFmt: FMT.dec2 });
    lines.push({ key: a.name, row: r, side: accountSide(a.code, budget || outcome), budget, outcome });
    r++;
  }
  widths(ws, { A: 8, B: 34, C: 14, D: 14, E: 14 });
  const t = expectTable({
    sheet: 'Saldon',
    headerRow,
    unit: 'kr',
    convention: 'ledger',
    deviations: true,
    columns: { code: 'A', line: 'B', budget: 'C', outcome: 'D', deviation: 'E' },
    lines,
  });
  return {
    wb,
    tables: [t],
    expected: {
      family: 'ledger',
      system: 'Visma',
      source: 'Visma Administration saldolista of resultatkonton with budget, samordningsförbund (BAS chart: 7xxx personnel)',
      tests: 'Årsbudget/Redovisat/Diff, accounts as numbers, BAS (not Kommun-Bas) chart, a Diff column of the opposite sign',
      description:
        'A Visma balance list of result accounts: income (3xxx, and 8310 Ränteintäkter) negative, costs positive. Deviation = Årsbudget − Redovisat per row. ' +
        'Visma\'s "Diff" is Redovisat − Årsbudget on every row: the same information with the opposite sign, which an economist recognises at once; it is not a reported-deviation mismatch on every row. ' +
        '6570 Bankkostnader has budget 0 and an outcome: deviation is −outcome, no percentage. Accounts are numbers here (Visma writes them as numbers).',
      tables: [t.table],
    },
  };
}

// ---------------------------------------------------------------------------------------------

const MONTH_WEIGHTS = [9, 8, 9, 8, 9, 8, 3, 7, 9, 9, 9, 12];

function raindanceBokfortAug(): Built {
  const rng = new Rng(1404);
  const wb = newWorkbook('Raindance');
  const ws = wb.addWorksheet('Uppföljning aug');
  put(ws, 'A1', 'Kommunalförbundet Sydarkiv', { bold: true });
  put(ws, 'A2', 'Uppföljning per ansvar och konto t.o.m. augusti 2025');
  const headerRow = 4;
  putRow(ws, headerRow, 1, ['Ansvar', 'Konto', 'Kontotext', 'Årsbudget', 'Budget ack', 'Bokfört t.o.m. aug', 'Diff'], {
    bold: true,
    border: 'bottom',
    wrap: true,
  });
  const lines: Line[] = [];
  let r = headerRow + 1;
  const ansvar = ['0100', '0210', '0220', '0310', '0320', '0410'];
  const wAug = MONTH_WEIGHTS.slice(0, 8).reduce((a, b) => a + b, 0);
  const wYear = MONTH_WEIGHTS.reduce((a, b) => a + b, 0);
  const rows: LedgerRow[] = [];
  for (const an of ansvar) {
    const accounts =
      an === '0100'
        ? KBAS.filter((a) => ['3110', '5071', '6910', '8410', '8510'].includes(a.code))
        : KBAS.filter((a) => !['3110', '8410', '8510'].includes(a.code) && rng.chance(0.8));
    for (const a of accounts) rows.push({ dims: [an], account: a, ...ledgerAmounts(rng, a, 0.2, { wholeKr: true }) });
  }
  balance(
    rows,
    rows.filter((x) => x.account.code === '3110'),
    100_000_00n,
  );
  for (const {
    dims: [an],
    account: a,
    budget,
  } of rows) {
    // The periodised budget follows the month profile (July light), not 8/12.
    const periodBudget = ((budget * BigInt(wAug)) / BigInt(wYear) / 100n) * 100n;
    const outcome = a.code === '3110' ? periodBudget : BigInt(Math.round(Number(periodBudget) * (0.7 + rng.next() * 0.55)));
    putRow(ws, r, 1, [an, a.code], TEXT_CODE);
    put(ws, `C${r}`, a.name);
    putRow(ws, r, 4, [inUnit(budget, 'kr'), inUnit(periodBudget, 'kr'), inUnit(outcome, 'kr'), inUnit(periodBudget - outcome, 'kr')], { numFmt: FMT.intNeg });
    lines.push({ key: a.name, row: r, side: accountSide(a.code, budget), group: an, budget, periodBudget, outcome });
    r++;
  }
  widths(ws, { A: 8, B: 8, C: 32, D: 13, E: 13, F: 13, G: 13 });
  freeze(ws, headerRow);
  const t = expectTable({
    sheet: 'Uppföljning aug',
    headerRow,
    unit: 'kr',
    convention: 'ledger',
    deviations: true,
    columns: { dimension: 'A', code: 'B', line: 'C', budget: 'D', periodBudget: 'E', outcome: 'F', deviation: 'G' },
    groupBy: 'Ansvar',
    period: { months: 8, basis: 'column' },
    lines,
    sample: 14,
  });
  return {
    wb,
    tables: [t],
    expected: {
      family: 'ledger',
      system: 'Raindance',
      source: 'Raindance follow-up report "Uppföljning per ansvar och konto" in an interim month',
      tests: 'Bokfört t.o.m. aug as outcome, Budget ack as the period budget, Årsbudget beside it, Diff = Budget ack − Bokfört',
      description:
        'An interim ledger export: "Bokfört t.o.m. aug" is the outcome for January–August, "Budget ack" the budget for the same months (periodised with the body\'s month profile, not 8/12), "Årsbudget" the full year. ' +
        'The comparison is Budget ack − Bokfört (ledger signs); comparing eight months of outcome with the full-year budget would invent a large favourable deviation on every cost line. ' +
        '"Diff" is that same figure as reported, so no finding is due.',
      tables: [t.table],
    },
  };
}

// ---------------------------------------------------------------------------------------------

function hogiaTextBelopp(): Built {
  const rng = new Rng(1505);
  const wb = newWorkbook('Ekonomi');
  const ws = wb.addWorksheet('Huvudbok 2024');
  const bws = wb.addWorksheet('Budgetdata');
  put(ws, 'A1', 'Miljöförbundet Bergslagen', { bold: true });
  put(ws, 'A2', 'Utfall 2024 per ansvar och konto (klistrat från huvudboken), budget hämtad med LETARAD');
  const headerRow = 4;
  putRow(ws, headerRow, 1, ['Ansvar', 'Verksamhet', 'Konto', 'Benämning', 'Budget 2024', 'Belopp'], { bold: true, border: 'bottom' });
  putRow(bws, 1, 1, ['Nyckel', 'Budget 2024'], { bold: true });
  const plan = [
    ['0110', '2610'],
    ['0120', '2620'],
    ['0210', '2630'],
    ['0220', '2630'],
    ['0310', '2640'],
  ];
  const lines: Line[] = [];
  let r = headerRow + 1;
  let br = 2;
  let naRow = 0;
  const lookupLines: Line[] = [];
  const rows: LedgerRow[] = [];
  for (const [an, vh] of plan) {
    const accounts =
      an === '0110'
        ? KBAS.filter((a) => ['3110', '3150', '5071', '8410', '8510'].includes(a.code))
        : KBAS.filter((a) => !['3110', '3740', '8410', '8510'].includes(a.code) && rng.chance(0.7));
    for (const a of accounts) rows.push({ dims: [an, vh], account: a, ...ledgerAmounts(rng, a, 0.25, { outcomeZero: 0.03 }) });
  }
  balance(
    rows,
    rows.filter((x) => x.account.code === '3110'),
    50_000_00n,
  );
  for (const {
    dims: [an, vh],
    account: a,
    budget,
    outcome,
  } of rows) {
    const key = `${an}${a.code}`;
    putRow(ws, r, 1, [an, vh, a.code], TEXT_CODE);
    put(ws, `D${r}`, a.name);
    // The budget row of one new account was never added to Budgetdata: LETARAD gives #N/A.
    const broken = naRow === 0 && an === '0220' && a.code.startsWith('6');
    if (broken) {
      naRow = r;
      put(ws, `E${r}`, formula(`VLOOKUP(A${r}&C${r},Budgetdata!A:B,2,FALSE)`, { error: '#N/A' }), { numFmt: FMT.int });
    } else {
      putRow(bws, br, 1, [key, inUnit(budget, 'kr')]);
      lookupLines.push({ key, row: br, side: accountSide(a.code, budget), budget, outcome: null });
      br++;
      put(ws, `E${r}`, formula(`VLOOKUP(A${r}&C${r},Budgetdata!A:B,2,FALSE)`, inUnit(budget, 'kr')), { numFmt: FMT.int });
    }
    // Pasted from a printed report: text with a space between thousands and a trailing minus.
    put(ws, `F${r}`, swedishText(outcome, 'kr', { decimals: 2, trailingMinus: true }), { align: 'right' });
    lines.push({ key: a.name, row: r, side: accountSide(a.code, budget), group: vh, budget: broken ? null : budget, outcome });
    r++;
  }
  widths(ws, { A: 8, B: 11, C: 8, D: 32, E: 14, F: 16 });
  const t = expectTable({
    sheet: 'Huvudbok 2024',
    headerRow,
    unit: 'kr',
    convention: 'ledger',
    deviations: true,
    columns: { dimension: 'B', code: 'C', line: 'D', budget: 'E', outcome: 'F' },
    groupBy: 'Verksamhet',
    lines,
    sample: 14,
    include: [naRow],
  });
  // The lookup source is a budget list with no outcome: no deviations from it.
  const t2 = expectTable({
    sheet: 'Budgetdata',
    headerRow: 1,
    unit: 'kr',
    convention: 'ledger',
    deviations: false,
    missingRole: 'outcome',
    columns: { budget: 'B' },
    lines: lookupLines,
    sample: 10,
  });
  return {
    wb,
    tables: [t, t2],
    expected: {
      family: 'ledger',
      system: 'Hogia',
      source: 'an outcome pasted as text from a printed huvudbok, with the budget fetched by LETARAD from a helper sheet',
      tests: 'Belopp as outcome, text amounts "12 345,50-" with trailing minus, a #N/A from a broken LETARAD, a lookup sheet with budget only',
      description:
        '"Belopp" is the outcome (the ledger\'s word for it). The amounts were pasted from a print: text such as "12 345,50-" with a space between thousands, a decimal comma and a trailing minus for income; they read exactly. ' +
        `Budget 2024 comes from LETARAD formulas; in ${addr(naRow, 5)} the key was never added to Budgetdata and the cached value is #N/A: that cell is an error to report, that line has no budget and no deviation, and the rollups leave it out (never as zero). ` +
        'Budgetdata is the lookup source (a budget list with no outcome): it gives no deviations.',
      tables: [t.table, t2.table],
      errors: [{ sheet: 'Huvudbok 2024', cell: addr(naRow, 5), why: '#N/A from LETARAD' }],
    },
  };
}

// ---------------------------------------------------------------------------------------------

function kommunNamndAck(): Built {
  const rng = new Rng(1606);
  const wb = newWorkbook('Orsa kommun');
  const ws = wb.addWorksheet('Drift dec');
  put(ws, 'A1', 'Orsa kommun – driftuppföljning december 2024', { bold: true, size: 12 });
  put(ws, 'A2', 'Utfall t.o.m. december (Ack) mot budget, kronor');
  const headerRow = 4;
  putRow(ws, headerRow, 1, ['Nämnd', 'Verksamhet', 'Vht-namn', 'Konto', 'Kontotext', 'Budget', 'Ack'], { bold: true, fill: 'FFE2EFDA' });
  const nämnder: [string, [string, string, number][]][] = [
    [
      'KS',
      [
        ['100', 'Politisk verksamhet', 0.5],
        ['210', 'Gator och vägar', 1.5],
        ['260', 'Fritid', 1.2],
        ['820', 'Administration', 2],
      ],
    ],
    [
      'BUN',
      [
        ['407', 'Förskola', 4],
        ['425', 'Grundskola', 7],
        ['435', 'Gymnasieskola', 3],
      ],
    ],
    [
      'SN',
      [
        ['510', 'Vård och omsorg om äldre', 6],
        ['520', 'Insatser enligt LSS', 2.5],
        ['570', 'Individ- och familjeomsorg', 2],
      ],
    ],
  ];
  const accounts = KBAS.filter((a) => !['3110', '3740', '8410', '8510', '7810'].includes(a.code));
  const lines: Line[] = [];
  let r = headerRow + 1;
  for (const [n, verks] of nämnder) {
    for (const [code, name, scale] of verks) {
      for (const a of accounts) {
        if (!rng.chance(0.8)) continue;
        for (const part of [0, 1]) {
          if (part === 1 && !a.code.startsWith('5')) continue;
          const { budget, outcome } = ledgerAmounts(rng, a, scale * (part ? 0.3 : 1), { budgetZero: 0.05 });
          putRow(ws, r, 1, [n, code, name, a.code, part ? `${a.name}, vikarier` : a.name]);
          ws.getCell(`B${r}`).numFmt = FMT.text;
          ws.getCell(`D${r}`).numFmt = FMT.text;
          putRow(ws, r, 6, [inUnit(budget, 'kr'), inUnit(outcome, 'kr')], { numFmt: FMT.intRed });
          lines.push({ key: part ? `${a.name}, vikarier` : a.name, row: r, side: accountSide(a.code, budget || outcome), group: code, budget, outcome });
          r++;
        }
      }
    }
  }
  widths(ws, { A: 7, B: 10, C: 28, D: 7, E: 34, F: 15, G: 15 });
  freeze(ws, headerRow, 0);
  const t = expectTable({
    sheet: 'Drift dec',
    headerRow,
    unit: 'kr',
    convention: 'ledger',
    deviations: true,
    columns: { dimension: 'B', code: 'D', line: 'E', budget: 'F', outcome: 'G' },
    groupBy: 'Verksamhet',
    lines,
    sample: 20,
  });
  return {
    wb,
    tables: [t],
    expected: {
      family: 'ledger',
      system: 'Raindance',
      source: "a kommun's year-end driftuppföljning per nämnd, verksamhet and konto",
      tests: '"Ack" as the outcome, kommun-scale amounts, Nämnd above Verksamhet, the same account twice in one verksamhet',
      description:
        `A kommun's December follow-up: ${lines.length} ledger rows with "Ack" (accumulated outcome for the year) as the outcome. Grouping per Verksamhet (verksamhet codes 100–820 with their names beside), which nests in Nämnd. ` +
        'Some accounts occur twice in one verksamhet (ordinary and "vikarier" rows): two lines, never merged or dropped. Ledger signs: taxes and fees negative, costs positive.',
      tables: [t.table],
    },
  };
}

export const LEDGER: Fixture[] = [
  { name: 'ledger-raindance-sydarkiv', build: raindanceSydarkiv },
  { name: 'ledger-unit4-regionforbund', build: unit4Regionforbund },
  { name: 'ledger-visma-saldon-diff', build: vismaSaldon },
  { name: 'ledger-raindance-bokfort-aug', build: raindanceBokfortAug },
  { name: 'ledger-text-belopp-letarad', build: hogiaTextBelopp },
  { name: 'ledger-kommun-ack', build: kommunNamndAck },
];

export { ledgerAmounts };
