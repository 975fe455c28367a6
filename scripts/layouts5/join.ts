/**
 * Budget and outcome that must be put together (SPEC 1.8) in shapes the earlier corpora lack: a budget per
 * project against transactions that also carry an account (the key is the project, the one column both sides
 * share), and a long list from a BI tool where a Typ column says which rows are budget and which outcome.
 */
import ExcelJS from 'exceljs';
import { built, Fixture, JoinRowSpec } from '../layouts2/spec';
import { between, newBook, num, put, putRow, rng, widths } from '../layouts2/sheet';
import { divRound, kr, Ore, sum } from '../layouts2/money';

function date(ws: ExcelJS.Worksheet, addr: string, m: number, d: number): void {
  put(ws, addr, new Date(Date.UTC(2025, m - 1, d)), { numFmt: 'yyyy-mm-dd' });
}

/** Projektbudget (Projekt | Projektnamn | Budget 2025) against Transaktioner (Datum | Ver.nr | Konto | Projekt | Text | Belopp). */
function projectJoin(): Fixture {
  return {
    name: 'projektbudget-mot-transaktioner-med-konto-nyckeln-ar-projekt',
    build: () => {
      const wb = newBook('Projektekonom');
      const bs = wb.addWorksheet('Projektbudget');
      put(bs, 'A1', 'Projektbudget 2025 – Region- och kommunförbundet Jämtland', { bold: true, size: 12 });
      putRow(bs, 3, 'A', ['Projekt', 'Projektnamn', 'Budget 2025'], { bold: true, border: true });
      const budget: [string, string, string][] = [
        ['P2301', 'Kompetensplattform Jämtland', '1850000'],
        ['P2302', 'Digital välfärd', '2400000'],
        ['P2405', 'Regional utvecklingsstrategi', '760000'],
        ['P2410', 'Kollektivtrafikutredning', '540000'],
        ['P2502', 'Unga vuxna i arbete', '1200000'],
        ['P2507', 'Besöksnäringens data', '300000'],
      ];
      const budgetRows: JoinRowSpec[] = [];
      let r = 4;
      for (const [p, name, b] of budget) {
        putRow(bs, r, 'A', [p, name]);
        num(bs, `C${r}`, kr(b), 'kr');
        budgetRows.push({ row: r, key: [p], amount: kr(b) });
        r++;
      }
      widths(bs, { A: 9, B: 32, C: 14 });

      const ts = wb.addWorksheet('Transaktioner');
      putRow(ts, 1, 'A', ['Datum', 'Ver.nr', 'Konto', 'Projekt', 'Text', 'Belopp'], { bold: true });
      const rand = rng(2505);
      // Projects with outcome: all but P2507 (not started), and P2199 (an old project still booked on).
      const spent: [string, number][] = [
        ['P2301', 96],
        ['P2302', 104],
        ['P2405', 88],
        ['P2410', 111],
        ['P2502', 73],
        ['P2199', 0],
      ];
      const konton = [
        ['4010', 'Lön'],
        ['4710', 'Sociala avgifter'],
        ['5810', 'Resa'],
        ['6550', 'Konsult'],
        ['6990', 'Övrigt'],
      ];
      const tx: { m: number; d: number; konto: string; text: string; p: string; amount: Ore }[] = [];
      for (const [p, pct] of spent) {
        const b = budgetRows.find((x) => x.key[0] === p)?.amount ?? kr(48200);
        const total = pct ? divRound(b * BigInt(pct), 100n) : b;
        const n = between(rand, 9, 16);
        const parts: Ore[] = [];
        for (let i = 0; i < n - 1; i++) parts.push(divRound(total, BigInt(n)) + BigInt(between(rand, -250000, 250000)));
        parts.push(total - sum(parts));
        for (const amount of parts) {
          const [konto, text] = konton[between(rand, 0, konton.length - 1)];
          tx.push({ m: between(rand, 1, 12), d: between(rand, 1, 28), konto, text, p, amount });
        }
      }
      tx.sort((a, b) => a.m - b.m || a.d - b.d || a.p.localeCompare(b.p));
      const outcomeRows: JoinRowSpec[] = [];
      let v = 2;
      let ver = 25001;
      for (const t of tx) {
        date(ts, `A${v}`, t.m, t.d);
        putRow(ts, v, 'B', [ver++, Number(t.konto), t.p, t.text]);
        num(ts, `F${v}`, t.amount, 'kr', '#,##0.00');
        outcomeRows.push({ row: v, key: [t.p], amount: t.amount });
        v++;
      }
      widths(ts, { A: 11, B: 8, C: 8, D: 9, E: 18, F: 14 });
      return built(wb, {
        family: 'join',
        description: `A regionförbund's budget per project (Projekt | Projektnamn | Budget 2025, one row per project) beside a transaction list of ${outcomeRows.length} rows (Datum | Ver.nr | Konto | Projekt | Text | Belopp). The only column both sides share is Projekt: the transactions are summed per project and joined on it; Konto on the transaction side is no part of the key (the budget has no account). P2507 has no outcome yet (inget utfall); P2199, an old project, has outcome and no budget (ej budgeterat). Costs positive (ledger), deviation = budget − outcome.`,
        source: 'Regionförbund, projektbudget beside a transaction export from the ledger',
        tests: 'a join on Projekt with an account column on one side only, transactions summed per project, unmatched both ways',
        tables: [],
        join: {
          budgetSheet: bs.name,
          outcomeSheet: ts.name,
          key: ['projekt'],
          convention: 'ledger',
          unit: 'kr',
          budgetCols: { key: ['A'], amount: ['C'] },
          outcomeCols: { key: ['D'], amount: ['F'] },
          budgetRows,
          outcomeRows,
        },
      });
    },
  };
}

/** Konto | Kontonamn | Typ | Belopp with Typ = Budget or Utfall: two rows per account, from a BI tool. */
function longFormat(): Fixture {
  return {
    name: 'lang-lista-typ-budget-eller-utfall-per-rad-konto-belopp',
    build: () => {
      const wb = newBook('Hypergene');
      const ws = wb.addWorksheet('Data');
      putRow(ws, 1, 'A', ['Konto', 'Kontonamn', 'Typ', 'Belopp'], { bold: true });
      const data: [string, string, string | null, string | null][] = [
        ['3041', 'Medlemsavgifter', '-9840000', '-9840000'],
        ['3110', 'Statsbidrag', '-650000', '-712400'],
        ['4010', 'Löner', '4860000', '4931277'],
        ['4710', 'Sociala avgifter', '1527000', '1548421'],
        ['5010', 'Lokalhyra', '744000', '744000'],
        ['5410', 'Förbrukningsinventarier', '120000', '187306'],
        ['6420', 'Revision', '98000', '91250'],
        ['6550', 'Konsulttjänster', '410000', null],
        ['6590', 'Övriga tjänster', null, '36500'],
        ['6990', 'Övriga kostnader', '235000', '202119'],
      ];
      const budgetRows: JoinRowSpec[] = [];
      const outcomeRows: JoinRowSpec[] = [];
      let r = 2;
      // As the BI tool sorts it: by account, Budget before Utfall.
      for (const [konto, name, b, o] of data) {
        for (const [typ, v, rows] of [
          ['Budget', b, budgetRows],
          ['Utfall', o, outcomeRows],
        ] as const) {
          if (v === null) continue;
          putRow(ws, r, 'A', [konto, name, typ]);
          num(ws, `D${r}`, kr(v), 'kr', '#,##0');
          rows.push({ row: r, key: [konto], amount: kr(v) });
          r++;
        }
      }
      widths(ws, { A: 8, B: 26, C: 8, D: 14 });
      return built(wb, {
        family: 'join',
        description:
          'A long list from a BI tool (Hypergene "Data" export) with one row per account and kind of amount: Konto | Kontonamn | Typ | Belopp, where Typ says Budget or Utfall. Budget and outcome are the rows of one sheet told apart by Typ, joined on Konto: 4010 has a Budget row of 4 860 000 and an Utfall row of 4 931 277. 6550 has budget and no outcome; 6590 outcome and no budget. Ledger signs, deviation = budget − outcome. Belopp is neither budget nor outcome by itself, and no row is a line of its own.',
        source: 'Samordningsförbund, BI export in long form (one row per account and Typ)',
        tests: 'a Typ column of Budget / Utfall splitting one Belopp column, two rows per account to be put together',
        tables: [],
        join: {
          budgetSheet: ws.name,
          outcomeSheet: ws.name,
          key: ['account'],
          convention: 'ledger',
          unit: 'kr',
          budgetCols: { key: ['A'], amount: ['D'] },
          outcomeCols: { key: ['A'], amount: ['D'] },
          budgetRows,
          outcomeRows,
        },
      });
    },
  };
}

export const JOIN: Fixture[] = [projectJoin(), longFormat()];
