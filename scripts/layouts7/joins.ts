/**
 * Budget and outcome to be put together across what the earlier corpora keep apart: transactions with the period
 * as text ("2025-03") and amounts as text with "SEK" after them, joined to a year's budget for the months booked;
 * a ledger with one signed Belopp (income negative) beside a budget that keeps income positive; and a sheet whose
 * outcome cells for three accounts are links saved without a result (no figure anyone can read).
 */
import { Fixture, JoinRowSpec, SpecLine } from '../layouts2/spec';
import { divRound, kr, Ore } from '../layouts2/money';
import { between, newBook, num, put, putRow, rng, txt, widths } from '../layouts2/sheet';
import { built7, formulaNoResult, sideOfCode } from './kit';

/** Budget (Konto | Kontonamn | Årsbudget) against Transaktioner (Period "2025-03" | Ver | Konto | Text | Belopp "-12 345,50 SEK"). */
function periodTextSek(): Fixture {
  return {
    name: 'transaktioner-period-som-text-2025-03-belopp-som-text-med-sek-mot-arsbudget-jan-jun',
    build: () => {
      const wb = newBook('Ekonom');
      const bs = wb.addWorksheet('Budget');
      putRow(bs, 1, 'A', ['Konto', 'Kontonamn', 'Årsbudget 2025'], { bold: true, border: true });
      const budget: [string, string, string][] = [
        ['3041', 'Medlemsavgifter', '-9600000'],
        ['3110', 'Projektbidrag', '-1200000'],
        ['4010', 'Löner', '4920000'],
        ['4710', 'Sociala avgifter', '1545000'],
        ['5010', 'Lokalhyra', '720000'],
        ['6250', 'Porto', '24000'],
        ['6550', 'Konsulttjänster', '1650000'],
        ['6990', 'Övriga kostnader', '1941000'],
      ];
      const budgetRows: JoinRowSpec[] = [];
      let r = 2;
      for (const [konto, name, b] of budget) {
        putRow(bs, r, 'A', [Number(konto), name]);
        num(bs, `C${r}`, kr(b), 'kr');
        budgetRows.push({ row: r, key: [konto], amount: kr(b) });
        r++;
      }
      widths(bs, { A: 8, B: 22, C: 15 });

      const ts = wb.addWorksheet('Transaktioner');
      putRow(ts, 1, 'A', ['Period', 'Verifikation', 'Konto', 'Text', 'Belopp'], { bold: true, border: true });
      const rand = rng(2507);
      const tx: { p: number; konto: string; text: string; amount: Ore }[] = [];
      for (const p of [1, 4]) tx.push({ p, konto: '3041', text: 'Medlemsavgift kvartal', amount: kr('-2400000') });
      tx.push({ p: 3, konto: '3110', text: 'Projektbidrag ESF', amount: kr('-600000') });
      for (let p = 1; p <= 6; p++) {
        const lon = kr(410000) + BigInt(between(rand, -1200000, 1800000));
        tx.push({ p, konto: '4010', text: 'Löner', amount: lon });
        tx.push({ p, konto: '4710', text: 'Arbetsgivaravgifter', amount: divRound(lon * 3142n, 10000n) });
        tx.push({ p, konto: '5010', text: 'Hyra', amount: kr(60000) });
        for (let k = 0; k < between(rand, 1, 3); k++) tx.push({ p, konto: '6550', text: 'Konsultfaktura', amount: BigInt(between(rand, 1500000, 9800000)) });
        for (let k = 0; k < between(rand, 2, 4); k++) tx.push({ p, konto: '6990', text: 'Diverse', amount: BigInt(between(rand, 25000, 2400000)) });
      }
      tx.push({ p: 5, konto: '6991', text: 'Representation', amount: kr('8450.00') });
      tx.push({ p: 2, konto: '6990', text: 'Kreditfaktura', amount: -BigInt(between(rand, 50000, 400000)) });
      tx.sort((a, b) => a.p - b.p || a.konto.localeCompare(b.konto));
      const outcomeRows: JoinRowSpec[] = [];
      let v = 2;
      let ver = 1001;
      for (const t of tx) {
        putRow(ts, v, 'A', [`2025-${String(t.p).padStart(2, '0')}`, ver++, Number(t.konto), t.text]);
        txt(ts, `E${v}`, t.amount, 'kr', { group: ' ', decimal: ',', decimals: 2, minus: 'hyphen', suffix: ' SEK' });
        outcomeRows.push({ row: v, key: [t.konto], amount: t.amount });
        v++;
      }
      widths(ts, { A: 9, B: 12, C: 8, D: 22, E: 18 });
      return built7(wb, {
        family: 'join',
        description: `A samordningsförbund's year budget per account (Budget: Konto | Kontonamn | Årsbudget 2025, ledger signs) beside a transaction export from a web ledger (Transaktioner, ${outcomeRows.length} rows: Period | Verifikation | Konto | Text | Belopp) where Period is text ("2025-03", January to June) and Belopp is text with two decimals and " SEK" after it ("-2 400 000,00 SEK", "412 318,07 SEK"). The transactions are summed per account and joined on Konto; they run through June, so the year so far is six months and the budget for it is the year's × 6 / 12 (no monthly budget exists), said as such. 6250 Porto has no outcome (inget utfall), 6991 Representation no budget (ej budgeterat). Deviation = budget − outcome.`,
        source: 'Samordningsförbund, web ledger export with text periods and SEK amounts beside a year budget',
        tests: 'period as text "2025-03", amounts as text "12 345,50 SEK", summed per account and joined for January–June pro rata',
        tables: [],
        join: {
          budgetSheet: bs.name,
          outcomeSheet: ts.name,
          key: ['account'],
          convention: 'ledger',
          unit: 'kr',
          budgetCols: { key: ['A'], amount: ['C'] },
          outcomeCols: { key: ['C'], amount: ['E'] },
          budgetRows,
          outcomeRows,
          ytd: { months: 6, basis: 'pro-rata' },
        },
      });
    },
  };
}

/** Budget with income positive (said in row 2) against Huvudbok Konto | Kontonamn | Belopp, income negative. */
function acrossConventions(): Fixture {
  return {
    name: 'huvudbok-med-ett-signerat-belopp-mot-budget-dar-intakterna-ar-positiva-tva-konventioner',
    build: () => {
      const wb = newBook('Ekonom');
      const bs = wb.addWorksheet('Budget');
      put(bs, 'A1', 'Budget 2025 – Samordningsförbundet Norra Västmanland', { bold: true, size: 12 });
      put(bs, 'A2', 'Intäkter och kostnader anges med positiva belopp.', { italic: true });
      putRow(bs, 4, 'A', ['Konto', 'Benämning', 'Budget 2025'], { bold: true, border: true });
      const budget: [string, string, string][] = [
        ['3010', 'Bidrag Försäkringskassan', '2700000'],
        ['3020', 'Bidrag Region Västmanland', '1350000'],
        ['3030', 'Bidrag kommunerna', '1350000'],
        ['4010', 'Löner', '1580000'],
        ['4710', 'Arbetsgivaravgifter', '496000'],
        ['5010', 'Lokalhyra', '180000'],
        ['6420', 'Revision', '60000'],
        ['6990', 'Övriga kostnader', '200000'],
        ['7010', 'Insatser, köpta tjänster', '2884000'],
      ];
      const budgetRows: JoinRowSpec[] = [];
      let r = 5;
      for (const [konto, name, b] of budget) {
        putRow(bs, r, 'A', [Number(konto), name]);
        num(bs, `C${r}`, kr(b), 'kr');
        // The ledger's convention: income negative. The sheet keeps it positive, as row 2 says.
        budgetRows.push({ row: r, key: [konto], amount: sideOfCode(konto) === 'income' ? -kr(b) : kr(b) });
        r++;
      }
      widths(bs, { A: 8, B: 28, C: 14 });
      const hs = wb.addWorksheet('Huvudbok');
      putRow(hs, 1, 'A', ['Konto', 'Kontonamn', 'Belopp'], { bold: true });
      const ledger: [string, string, string][] = [
        ['3010', 'Bidrag Försäkringskassan', '-2700000.00'],
        ['3020', 'Bidrag Region Västmanland', '-1350000.00'],
        ['3030', 'Bidrag kommunerna', '-1350000.00'],
        ['3990', 'Övriga intäkter', '-4212.50'],
        ['4010', 'Löner', '1612448.20'],
        ['4710', 'Arbetsgivaravgifter', '506613.04'],
        ['5010', 'Lokalhyra', '180000.00'],
        ['6420', 'Revision', '58750.00'],
        ['7010', 'Insatser, köpta tjänster', '2705118.00'],
      ];
      const outcomeRows: JoinRowSpec[] = [];
      let v = 2;
      for (const [konto, name, o] of ledger) {
        putRow(hs, v, 'A', [Number(konto), name]);
        num(hs, `C${v}`, kr(o), 'kr', '#,##0.00');
        outcomeRows.push({ row: v, key: [konto], amount: kr(o) });
        v++;
      }
      widths(hs, { A: 8, B: 28, C: 14 });
      return built7(wb, {
        family: 'join',
        description:
          "A samordningsförbund's budget kept by hand with every amount positive, income too (row 2 says so: \"Intäkter och kostnader anges med positiva belopp\"), beside the year's Huvudbok saldo with one signed Belopp column, income negative as every ledger books it. Joined on Konto, the two must be put in one convention before they are compared: the budget's income (the 3xxx accounts) is −2 700 000 in the ledger's terms, so Bidrag Försäkringskassan is on budget (deviation 0), not 5 400 000 off. Expressed in the ledger convention: deviation = budget − outcome. 6990 has budget and no outcome (inget utfall); 3990 outcome and no budget (ej budgeterat).",
        source: 'Samordningsförbund, hand-kept budget with income positive beside a ledger saldo',
        tests: 'a join across conventions: a budget with income positive against a ledger with income negative',
        tables: [],
        join: {
          budgetSheet: bs.name,
          outcomeSheet: hs.name,
          key: ['account'],
          convention: 'ledger',
          unit: 'kr',
          budgetCols: { key: ['A'], amount: ['C'] },
          outcomeCols: { key: ['A'], amount: ['C'] },
          budgetRows,
          outcomeRows,
        },
        reread: { negate: [{ sheet: bs.name, keyCol: 'A', cols: ['C'], when: /^3/ }] },
      });
    },
  };
}

/** Utfall of three accounts are links to another file saved without a result: errors there, no deviation, the rest read. */
function linksWithoutResult(): Fixture {
  return {
    name: 'utfall-som-lankar-till-annan-fil-sparade-utan-varde-ingen-siffra-att-lasa-tre-konton',
    build: () => {
      const wb = newBook('Skript');
      const ws = wb.addWorksheet('Uppföljning');
      put(ws, 'A1', 'Budgetuppföljning december 2025 – Kommunalförbundet Sydarkivera', { bold: true, size: 12 });
      put(ws, 'A2', 'Utfallet hämtas med länkar från huvudboksfilen (Huvudbok 2025.xlsx).', { italic: true });
      const H = 4;
      putRow(ws, H, 'A', ['Konto', 'Benämning', 'Budget 2025', 'Utfall 2025'], { bold: true, border: true });
      const data: [string, string, string, string | null][] = [
        ['3041', 'Medlemsavgifter', '-22800000', '-22800000'],
        ['3110', 'Uppdragsintäkter', '-1900000', null],
        ['4010', 'Löner', '9400000', '9512774'],
        ['4710', 'Arbetsgivaravgifter', '2953000', null],
        ['5010', 'Lokalhyra', '4600000', '4600000'],
        ['5460', 'Arkivmaterial', '320000', '287415'],
        ['6110', 'IT-drift', '3900000', null],
        ['6420', 'Revision', '90000', '86250'],
        ['7410', 'Pensionskostnader', '2240000', '2311090'],
        ['6990', 'Övriga kostnader', '1197000', '1054388'],
      ];
      const lines: SpecLine[] = [];
      const unread: string[] = [];
      let r = H + 1;
      let link = 10;
      for (const [konto, text, b, o] of data) {
        putRow(ws, r, 'A', [Number(konto), text]);
        num(ws, `C${r}`, kr(b), 'kr');
        if (o === null) {
          formulaNoResult(ws, `D${r}`, `'[Huvudbok 2025.xlsx]Saldo'!$C$${link++}`);
          unread.push(`D${r}`);
        } else num(ws, `D${r}`, kr(o), 'kr');
        lines.push({ row: r, key: text, side: sideOfCode(konto), budget: kr(b), outcome: o === null ? null : kr(o) });
        r++;
      }
      widths(ws, { A: 8, B: 24, C: 14, D: 14 });
      return built7(wb, {
        family: 'odd',
        description:
          'An arkivförbund\'s follow-up in kronor whose Utfall 2025 was filled partly by hand and partly by links to the ledger file ("Huvudbok 2025.xlsx", row 2); a script saved the copy without calculating, so the three linked cells (Uppdragsintäkter, Arbetsgivaravgifter, IT-drift) hold a formula and no saved result. Nobody can know those outcomes from this file: each is an error naming its cell, the three lines have no outcome and no deviation, and the rollups say they leave them out. The other seven lines are read and compared. Ledger signs, deviation = budget − utfall.',
        source: 'Kommunalförbund (arkiv), follow-up with links to the ledger file saved uncalculated',
        tests: 'formulas saved without a result: errors at the cells, no figure computed from them, the rest read',
        tables: [
          {
            sheet: ws.name,
            headerRow: H,
            unit: 'kr',
            convention: 'ledger',
            deviations: true,
            columns: { code: 'A', line: 'B', budget: 'C', outcome: 'D' },
            cells: { budget: ['C'], outcome: ['D'] },
            lines,
          },
        ],
        errors: unread.map((cell) => ({ sheet: ws.name, cell, why: 'a link to another file saved without its result: no value to read' })),
        reread: { noResult: [{ sheet: ws.name, cells: unread }] },
      });
    },
  };
}

export const JOINS: Fixture[] = [periodTextSek(), acrossConventions(), linksWithoutResult()];
