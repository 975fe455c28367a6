/**
 * Financial goals as finance officers keep them (SPEC 5), in shapes layouts6 and layouts10 do not hold: a
 * delårsrapport's table Finansiellt mål | Målvärde | Utfall | Prognos with no statements at all (each goal named,
 * none judged), goals written `≥ 2 %` in the cell beside the metric's name, and a balance sheet and income
 * statement side by side on one sheet. Values are exact ratios of the source figures (BigInt öre).
 */
import ExcelJS from 'exceljs';
import { built, Fixture, GoalSpec } from '../layouts2/spec';
import { newBook, put, putRow, widths } from '../layouts2/sheet';
import { ratioText, statement, StatementRow } from '../layouts6/kit';
import { cellOf, noBudget, positive } from '../layouts6/goals';
import { with10 } from '../layouts10/kit';

const BOLD = { bold: true, border: true };
const Y = '2025';

const pct = (text: string, metric: string, cells: GoalSpec['cells'], num: string, den: string, atLeast: bigint): GoalSpec => ({
  text,
  metric,
  unit: '%',
  cells,
  value: (v) => ratioText(v[num], v[den], 100n),
  met: (v) => v[num] * 100n >= v[den] * atLeast,
});

function statementSheet(wb: ExcelJS.Workbook, name: string, head: string, years: [string, string], rows: StatementRow[]) {
  const ws = wb.addWorksheet(name);
  putRow(ws, 1, 'A', [head, 'Not', ...years], BOLD);
  const at = statement(ws, 2, rows, 'kr');
  widths(ws, { A: 48, B: 6, C: 15, D: 15 });
  return { ws, at };
}

// ---------------------------------------------------------------------------------------------

/** A delårsrapport's goal table with target, outcome so far and forecast, and no statements. */
function interimTableNoStatements(): Fixture {
  return {
    name: 'delarsrapport-finansiella-mal-malvarde-utfall-prognos-utan-rakenskaper',
    build: () => {
      const wb = newBook('Ekonomichef');
      const ws = wb.addWorksheet('Måluppföljning');
      put(ws, 'A1', 'Delårsrapport januari–augusti 2026', { bold: true, size: 13 });
      put(ws, 'A2', 'Finansiella mål', { bold: true });
      const H = 4;
      putRow(ws, H, 'A', ['Finansiellt mål', 'Målvärde', 'Utfall jan–aug 2026', 'Prognos helår 2026', 'Kommentar'], BOLD);
      const rows: [string, string, string, string, string][] = [
        ['Årets resultat ska vara positivt', '> 0 kr', '1,4 mnkr', '0,3 mnkr', 'Semesterlöneskulden minskar under hösten'],
        ['Soliditeten ska uppgå till minst 30 %', '≥ 30 %', '34 %', '31 %', ''],
        ['Likviditeten ska vara minst 100 %', '≥ 100 %', '118 %', '104 %', ''],
      ];
      rows.forEach((r, i) =>
        putRow(
          ws,
          H + 1 + i,
          'A',
          r.map((v) => v || undefined),
        ),
      );
      put(ws, `A${H + 5}`, 'Resultat- och balansräkning per 31 augusti redovisas i bilaga 2 (separat fil).', { italic: true });
      widths(ws, { A: 42, B: 12, C: 20, D: 20, E: 44 });
      return built(wb, {
        family: 'goals',
        description:
          'A delårsrapport\'s goal table (Finansiellt mål | Målvärde | Utfall jan–aug 2026 | Prognos helår 2026 | Kommentar) in a workbook with no income statement and no balance sheet: the note says they are in another file. The product cannot compute any of the three metrics, so it must judge none and name each goal at its cell (A5, A6, A7) rather than leave them out in silence. Taking the officer\'s "34 %" as a computed soliditet, or judging the forecast, would be reading a claim as a figure.',
        source: 'Kommunalförbund: delårsrapport med måluppföljning utan räkenskaper i filen',
        tests: 'a goal table with Målvärde, Utfall and Prognos and no statements: every goal named, none computed',
        tables: [],
        errors: rows.map((r, i) => ({ sheet: ws.name, cell: `A${H + 1 + i}`, why: `"${r[0]}": no statement in the workbook to compute it from` })),
      });
    },
  };
}

// ---------------------------------------------------------------------------------------------

const RR2: StatementRow[] = [
  ['Verksamhetens intäkter', 1, '3104200', '2987100'],
  ['Verksamhetens kostnader', 2, '-41522800', '-39870500'],
  ['Avskrivningar', undefined, '-880400', '-842000'],
  ['Verksamhetens nettokostnad', undefined, '-39299000', '-37725400', true],
  ['Medlemsavgifter', 3, '40200000', '38600000'],
  ['Finansiella intäkter', undefined, '61300', '40800'],
  ['Finansiella kostnader', undefined, '-24100', '-19600'],
  ['Årets resultat', undefined, '938200', '895800', true],
];
const BR2: StatementRow[] = [
  ['Anläggningstillgångar', 4, '6120000', '6480000'],
  ['Kortfristiga fordringar', 5, '3840500', '3512300'],
  ['Kassa och bank', undefined, '5604100', '4980200'],
  ['Summa tillgångar', undefined, '15564600', '14972500', true],
  ['Eget kapital', 6, '4102900', '3164700'],
  ['Avsättningar', 7, '1905000', '1860000'],
  ['Kortfristiga skulder', 8, '9556700', '9947800'],
  ['Summa eget kapital, avsättningar och skulder', undefined, '15564600', '14972500', true],
];

/** Nyckeltal | Mål: `≥ 2 %` in the cell beside the metric's name. */
function boundBesideMetric(): Fixture {
  return {
    name: 'nyckeltal-och-mal-storre-an-eller-lika-med-2-procent-i-cellen-bredvid',
    build: () => {
      const wb = newBook('Förbundsekonom');
      const ws = wb.addWorksheet('Finansiella mål');
      put(ws, 'A1', 'Finansiella mål för god ekonomisk hushållning 2025', { bold: true, size: 13 });
      putRow(ws, 3, 'A', ['Nyckeltal', 'Mål'], BOLD);
      const rows: [string, string][] = [
        ['Resultat i förhållande till medlemsavgifter', '≥ 2 %'],
        ['Soliditet', '≥ 25 %'],
        ['Likviditet', '≥ 100 %'],
      ];
      rows.forEach((r, i) => putRow(ws, 4 + i, 'A', r));
      widths(ws, { A: 46, B: 12 });
      const rr = statementSheet(wb, 'Resultaträkning', 'Resultaträkning (kr)', ['2025', '2024'], RR2);
      const br = statementSheet(wb, 'Balansräkning', 'Balansräkning (kr)', ['2025-12-31', '2024-12-31'], BR2);
      const r = (l: string) => cellOf(rr.ws, rr.at, l, 'kr', RR2);
      const b = (l: string) => cellOf(br.ws, br.at, l, 'kr', BR2);
      const goals: GoalSpec[] = [
        pct(rows[0].join(' '), 'resultat', { result: r('Årets resultat'), fees: r('Medlemsavgifter') }, 'result', 'fees', 2n),
        pct(rows[1].join(' '), 'soliditet', { equity: b('Eget kapital'), assets: b('Summa tillgångar') }, 'equity', 'assets', 25n),
        {
          text: rows[2].join(' '),
          metric: 'likviditet',
          unit: '%',
          cells: { a: b('Kortfristiga fordringar'), c: b('Kassa och bank'), d: b('Kortfristiga skulder') },
          value: (v) => ratioText(v.a + v.c, v.d, 100n),
          met: (v) => v.a + v.c >= v.d,
        },
      ];
      return with10(
        built(wb, {
          family: 'goals',
          description:
            'Goals as a two-column table, the bound written "≥ 2 %" in the cell beside the metric\'s name: Resultat i förhållande till medlemsavgifter 938 200 / 40 200 000 = 2,33 % (met); Soliditet 4 102 900 / 15 564 600 = 26,36 % (≥ 25 %: met); Likviditet (kortfristiga fordringar + kassa) 9 444 600 / 9 556 700 = 98,83 % (≥ 100 %: not met). 2025 beside 2024; 2025 judged.',
          source: 'Kommunalförbund årsredovisning 2025: nyckeltal med målvärde i egen kolumn',
          tests: 'goals as Nyckeltal | Mål with "≥ 2 %" in the cell beside the metric, one not met',
          tables: [noBudget(rr.ws, 1, rr.at, RR2, 'kr')],
          goals,
        }),
        { goalYear: Y },
      );
    },
  };
}

// ---------------------------------------------------------------------------------------------

const RR3: StatementRow[] = [
  ['Verksamhetens intäkter', 1, '1820400', '1755000'],
  ['Verksamhetens kostnader', 2, '-19640700', '-18902300'],
  ['Avskrivningar', undefined, '-412000', '-398000'],
  ['Verksamhetens nettokostnad', undefined, '-18232300', '-17545300', true],
  ['Medlemsbidrag', 3, '18050000', '17600000'],
  ['Finansiella intäkter', undefined, '22100', '18400'],
  ['Finansiella kostnader', undefined, '-8300', '-9100'],
  ['Årets resultat', undefined, '-168500', '64000', true],
];
const BR3: StatementRow[] = [
  ['Anläggningstillgångar', 4, '2410000', '2580000'],
  ['Omsättningstillgångar', 5, '4982300', '5104100'],
  ['Summa tillgångar', undefined, '7392300', '7684100', true],
  ['Eget kapital', 6, '1604200', '1772700'],
  ['Kortfristiga skulder', 7, '5788100', '5911400'],
  ['Summa eget kapital och skulder', undefined, '7392300', '7684100', true],
];

/** The income statement in A–D and the balance sheet in F–I of the same sheet. */
function sideBySide(): Fixture {
  return {
    name: 'resultatrakning-och-balansrakning-sida-vid-sida-pa-samma-blad',
    build: () => {
      const wb = newBook('Ekonomiassistent');
      const goalsWs = wb.addWorksheet('Mål');
      put(goalsWs, 'A1', 'Finansiella mål 2025', { bold: true, size: 13 });
      const texts = ['Årets resultat ska vara positivt.', 'Soliditeten ska vara minst 20 procent.'];
      texts.forEach((t, i) => put(goalsWs, `A${3 + i}`, t));
      widths(goalsWs, { A: 60 });
      const ws = wb.addWorksheet('Räkenskaper 2025');
      putRow(ws, 1, 'A', ['Resultaträkning (kr)', 'Not', '2025', '2024'], BOLD);
      putRow(ws, 1, 'F', ['Balansräkning (kr)', 'Not', '2025-12-31', '2024-12-31'], BOLD);
      const rat = statement(ws, 2, RR3, 'kr');
      const bat = statement(ws, 2, BR3, 'kr', '#,##0;-#,##0', ['F', 'G', 'H', 'I']);
      widths(ws, { A: 34, B: 5, C: 13, D: 13, E: 3, F: 34, G: 5, H: 13, I: 13 });
      const r = (l: string) => cellOf(ws, rat, l, 'kr', RR3);
      const b = (l: string) => cellOf(ws, bat, l, 'kr', BR3, 'H');
      const goals: GoalSpec[] = [
        positive(texts[0], 'resultat', r('Årets resultat')),
        pct(texts[1], 'soliditet', { equity: b('Eget kapital'), assets: b('Summa tillgångar') }, 'equity', 'assets', 20n),
      ];
      return with10(
        built(wb, {
          family: 'goals',
          description:
            'The income statement (A–D) and the balance sheet (F–I) side by side on one sheet "Räkenskaper 2025", each with its own header in row 1. Årets resultat is -168 500 (C9: not positive, not met); soliditet is Eget kapital H6 1 604 200 / Summa tillgångar H5 7 392 300 = 21,70 % (met). A reader that takes the sheet as one table would pair balance rows with income rows or read the balance sheet\'s years as columns of the income statement. 2025 judged.',
          source: 'Samordningsförbund årsredovisning 2025: RR och BR på samma utskriftssida',
          tests: 'an income statement and a balance sheet side by side on one sheet, a result not met',
          tables: [noBudget(ws, 1, rat, RR3, 'kr')],
          goals,
        }),
        { goalYear: Y },
      );
    },
  };
}

export const GOALS: Fixture[] = [interimTableNoStatements(), boundBesideMetric(), sideBySide()];
