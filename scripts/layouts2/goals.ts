/**
 * Financial goals as annual reports write them (SPEC 5): sentences in a list, and a goal table whose own
 * "Utfall" column is text; the values come from the balance sheet and income statement in the workbook.
 */
import ExcelJS from 'exceljs';
import { built, Fixture, GoalSpec, SpecLine } from './spec';
import { newBook, num, put, putRow, widths } from './sheet';
import { divRound, kr, Ore, tkr } from './money';
import { Unit } from '../layouts/expected';

/** n / d × scale as a decimal string with four decimals (rounded half away from zero). */
function ratioText(n: Ore, d: Ore, scale: bigint): string {
  const v = divRound(n * scale * 10000n, d);
  const neg = v < 0n;
  const a = neg ? -v : v;
  return `${neg ? '-' : ''}${a / 10000n}.${String(a % 10000n).padStart(4, '0')}`;
}

/** The item lines of a statement written by `statement` (its results left out), for a table that gives no deviation. */
function statementLines(at: Map<string, number>): SpecLine[] {
  return [...at]
    .filter(([label]) => !/nettokostnad|resultat/i.test(label))
    .map(([key, row]) => ({ row, key, side: /intäkter|medlems/i.test(key) ? 'income' : 'cost', budget: null, outcome: null }));
}

type Row = [label: string, note: number | undefined, y1: string | undefined, y0: string | undefined, bold?: boolean];

/** Writes statement rows from `start`; returns the row number of each label. */
function statement(ws: ExcelJS.Worksheet, start: number, rows: Row[], unit: Unit, toOre: (s: string) => Ore): Map<string, number> {
  const at = new Map<string, number>();
  rows.forEach(([label, note, y1, y0, bold], i) => {
    const r = start + i;
    if (label) put(ws, `A${r}`, label, { bold });
    if (note !== undefined) put(ws, `B${r}`, note, { align: 'center' });
    if (y1 !== undefined) num(ws, `C${r}`, toOre(y1), unit, '#,##0;-#,##0', { bold });
    if (y0 !== undefined) num(ws, `D${r}`, toOre(y0), unit, '#,##0;-#,##0', { bold });
    at.set(label, r);
  });
  return at;
}

/** Goals written as sentences on their own sheet; RR and BR in tkr without budget. */
function goalSentences(): Fixture {
  return {
    name: 'finansiella-mal-som-meningar-rr-br-tkr',
    build: () => {
      const wb = newBook('Förbundsekonom');
      const rr = wb.addWorksheet('Resultaträkning');
      put(rr, 'A1', 'Resultaträkning', { bold: true, size: 13 });
      putRow(rr, 3, 'A', ['tkr', 'Not', 'Utfall 2024', 'Utfall 2023'], { bold: true, border: true });
      const rrAt = statement(
        rr,
        4,
        [
          ['Verksamhetens intäkter', 1, '9112', '8870'],
          ['Verksamhetens kostnader', 2, '-53088', '-50914'],
          ['Avskrivningar', 3, '-2046', '-1980'],
          ['Verksamhetens nettokostnad', undefined, '-46022', '-44024', true],
          ['Medlemsbidrag', 4, '46500', '44800'],
          ['Finansiella intäkter', 5, '142', '88'],
          ['Finansiella kostnader', 6, '-131', '-172'],
          ['Årets resultat', undefined, '489', '692', true],
        ],
        'tkr',
        tkr,
      );
      widths(rr, { A: 32, B: 6, C: 13, D: 13 });

      const br = wb.addWorksheet('Balansräkning');
      put(br, 'A1', 'Balansräkning', { bold: true, size: 13 });
      putRow(br, 3, 'A', ['tkr', 'Not', '2024-12-31', '2023-12-31'], { bold: true, border: true });
      const brAt = statement(
        br,
        4,
        [
          ['TILLGÅNGAR', undefined, undefined, undefined, true],
          ['Anläggningstillgångar', undefined, undefined, undefined, true],
          ['Materiella anläggningstillgångar', 7, '18420', '19010'],
          ['Finansiella anläggningstillgångar', 8, '350', '350'],
          ['Summa anläggningstillgångar', undefined, '18770', '19360', true],
          ['Omsättningstillgångar', undefined, undefined, undefined, true],
          ['Förråd', undefined, '410', '380'],
          ['Kortfristiga fordringar', 9, '6212', '5870'],
          ['Kassa och bank', undefined, '14388', '12955'],
          ['Summa omsättningstillgångar', undefined, '21010', '19205', true],
          ['SUMMA TILLGÅNGAR', undefined, '39780', '38565', true],
          ['EGET KAPITAL, AVSÄTTNINGAR OCH SKULDER', undefined, undefined, undefined, true],
          ['Eget kapital', 10, undefined, undefined, true],
          ['Ingående eget kapital', undefined, '13905', '13213'],
          ['Årets resultat', undefined, '489', '692'],
          ['Summa eget kapital', undefined, '14394', '13905', true],
          ['Avsättningar för pensioner', 11, '6120', '5880'],
          ['Långfristiga skulder', 12, '4000', '4500'],
          ['Kortfristiga skulder', 13, '15266', '14280'],
          ['Summa skulder', undefined, '19266', '18780', true],
          ['SUMMA EGET KAPITAL, AVSÄTTNINGAR OCH SKULDER', undefined, '39780', '38565', true],
        ],
        'tkr',
        tkr,
      );
      widths(br, { A: 46, B: 6, C: 13, D: 13 });

      const ms = wb.addWorksheet('Finansiella mål');
      put(ms, 'A1', 'Finansiella mål', { bold: true, size: 13 });
      put(ms, 'A3', 'Förbundets finansiella mål för god ekonomisk hushållning 2024:');
      put(ms, 'A4', '• Årets resultat ska vara positivt.');
      put(ms, 'A5', '• Soliditeten ska vara minst 35 %.');
      put(ms, 'A6', '• Balanslikviditeten ska uppgå till minst 1,5.');
      put(ms, 'A8', 'Målen följs upp i förvaltningsberättelsen.', { italic: true });
      widths(ms, { A: 70 });

      const cell = (sheet: ExcelJS.Worksheet, at: Map<string, number>, label: string, value: string) => ({
        sheet: sheet.name,
        cell: `C${at.get(label)!}`,
        unit: 'tkr' as Unit,
        value: tkr(value),
      });
      const goals: GoalSpec[] = [
        {
          text: 'Årets resultat ska vara positivt.',
          metric: 'resultat',
          unit: 'kr',
          cells: { result: cell(rr, rrAt, 'Årets resultat', '489') },
          value: (v) => `${v.result / 100n}`,
          met: (v) => v.result > 0n,
        },
        {
          text: 'Soliditeten ska vara minst 35 %.',
          metric: 'soliditet',
          unit: '%',
          cells: { equity: cell(br, brAt, 'Summa eget kapital', '14394'), assets: cell(br, brAt, 'SUMMA TILLGÅNGAR', '39780') },
          value: (v) => ratioText(v.equity, v.assets, 100n),
          met: (v) => v.equity * 100n >= v.assets * 35n,
        },
        {
          text: 'Balanslikviditeten ska uppgå till minst 1,5.',
          metric: 'likviditet',
          unit: 'ratio',
          cells: { current: cell(br, brAt, 'Summa omsättningstillgångar', '21010'), shortDebt: cell(br, brAt, 'Kortfristiga skulder', '15266') },
          value: (v) => ratioText(v.current, v.shortDebt, 1n),
          met: (v) => v.current * 10n >= v.shortDebt * 15n,
        },
      ];
      return built(wb, {
        family: 'goals',
        description:
          "A kommunalförbund's annual report in three sheets: a resultaträkning and a balansräkning in tkr (no budget columns: nothing to reconcile there) and the financial goals as bullet sentences. Årets resultat 489 tkr is positive (met); soliditet = summa eget kapital / summa tillgångar = 14 394 / 39 780 = 36,18 % (at least 35 %: met); balanslikviditet = omsättningstillgångar / kortfristiga skulder = 21 010 / 15 266 = 1,38, a ratio as the goal states it (at least 1,5: not met).",
        source: 'Kommunalförbund årsredovisning: RR, BR and the finansiella mål in the förvaltningsberättelse',
        tests: 'goals as sentences, a percent goal and a ratio goal, no deviations from statements without budget',
        tables: [
          {
            sheet: rr.name,
            headerRow: 3,
            unit: 'tkr',
            convention: 'signed',
            deviations: false,
            missingRole: 'budget',
            columns: { line: 'A', outcome: 'C', priorYear: 'D' },
            cells: {},
            lines: statementLines(rrAt),
          },
        ],
        totals: [
          { sheet: rr.name, unit: 'tkr', row: rrAt.get('Verksamhetens nettokostnad')!, cols: ['C', 'D'], covers: [4, 5, 6] },
          { sheet: rr.name, unit: 'tkr', row: rrAt.get('Årets resultat')!, cols: ['C', 'D'], covers: [4, 5, 6, 8, 9, 10] },
          { sheet: br.name, unit: 'tkr', row: brAt.get('SUMMA TILLGÅNGAR')!, cols: ['C', 'D'], covers: [6, 7, 10, 11, 12] },
          { sheet: br.name, unit: 'tkr', row: brAt.get('Summa eget kapital')!, cols: ['C', 'D'], covers: [17, 18] },
          { sheet: br.name, unit: 'tkr', row: brAt.get('SUMMA EGET KAPITAL, AVSÄTTNINGAR OCH SKULDER')!, cols: ['C', 'D'], covers: [17, 18, 20, 21, 22] },
        ],
        goals,
      });
    },
  };
}

/** A goal table with its own text "Utfall" columns; balance sheet in kronor with förråd and placeringar. */
function goalTable(): Fixture {
  return {
    name: 'finansiella-mal-tabell-eget-kapital-kassalikviditet-kr',
    build: () => {
      const wb = newBook('Ekonomichef');
      const ms = wb.addWorksheet('Mål');
      put(ms, 'A1', 'Måluppfyllelse – finansiella mål', { bold: true, size: 13 });
      putRow(ms, 3, 'A', ['Finansiellt mål', 'Målvärde', 'Utfall 2024', 'Utfall 2023', 'Bedömning'], { bold: true, border: true });
      putRow(ms, 4, 'A', ['Eget kapital ska uppgå till minst 10 mnkr', '≥ 10 mnkr', '11,2 mnkr', '10,6 mnkr', 'Uppfyllt']);
      putRow(ms, 5, 'A', ['Kassalikviditeten ska vara minst 100 %', '≥ 100 %', '96 %', '104 %', 'Ej uppfyllt']);
      widths(ms, { A: 44, B: 12, C: 12, D: 12, E: 14 });

      const rr = wb.addWorksheet('RR');
      putRow(rr, 1, 'A', ['Resultaträkning (kr)', 'Not', 'Utfall 2024', 'Utfall 2023'], { bold: true, border: true });
      const rrAt = statement(
        rr,
        2,
        [
          ['Verksamhetens intäkter', 1, '4812300', '4550120'],
          ['Verksamhetens kostnader', 2, '-31204455', '-29874310'],
          ['Avskrivningar', undefined, '-1412000', '-1388000'],
          ['Verksamhetens nettokostnad', undefined, '-27804155', '-26712190', true],
          ['Medlemsavgifter', 3, '28400000', '27300000'],
          ['Finansiella intäkter', undefined, '48215', '30112'],
          ['Finansiella kostnader', undefined, '-45683', '-51247'],
          ['Årets resultat', undefined, '598377', '566675', true],
        ],
        'kr',
        kr,
      );
      widths(rr, { A: 32, B: 6, C: 14, D: 14 });

      const br = wb.addWorksheet('BR');
      putRow(br, 1, 'A', ['Balansräkning (kr)', 'Not', '2024-12-31', '2023-12-31'], { bold: true, border: true });
      const at = statement(
        br,
        2,
        [
          ['Anläggningstillgångar', undefined, '28312000', '27950000', true],
          ['Omsättningstillgångar', undefined, undefined, undefined, true],
          ['Förråd', undefined, '1250400', '1198200'],
          ['Kortfristiga fordringar', 4, '3412880', '2980115'],
          ['Kortfristiga placeringar', undefined, '2000000', '2000000'],
          ['Kassa och bank', undefined, '4880215', '5512400'],
          ['Summa omsättningstillgångar', undefined, '11543495', '11690715', true],
          ['Summa tillgångar', undefined, '39855495', '39640715', true],
          ['Eget kapital', 5, '11204377', '10606000', true],
          ['Avsättningar', 6, '9915098', '9534715'],
          ['Långfristiga skulder', 7, '8000000', '8500000'],
          ['Kortfristiga skulder', 8, '10736020', '11000000'],
          ['Summa eget kapital, avsättningar och skulder', undefined, '39855495', '39640715', true],
        ],
        'kr',
        kr,
      );
      widths(br, { A: 44, B: 6, C: 14, D: 14 });
      const cell = (label: string, value: string) => ({ sheet: br.name, cell: `C${at.get(label)!}`, unit: 'kr' as Unit, value: kr(value) });
      const goals: GoalSpec[] = [
        {
          text: 'Eget kapital ska uppgå till minst 10 mnkr',
          metric: 'eget kapital',
          unit: 'kr',
          cells: { equity: cell('Eget kapital', '11204377') },
          value: (v) => `${v.equity / 100n}`,
          met: (v) => v.equity >= kr('10000000'),
        },
        {
          text: 'Kassalikviditeten ska vara minst 100 %',
          metric: 'kassalikviditet',
          unit: '%',
          cells: {
            current: cell('Summa omsättningstillgångar', '11543495'),
            stock: cell('Förråd', '1250400'),
            shortDebt: cell('Kortfristiga skulder', '10736020'),
          },
          value: (v) => ratioText(v.current - v.stock, v.shortDebt, 100n),
          met: (v) => v.current - v.stock >= v.shortDebt,
        },
      ];
      return built(wb, {
        family: 'goals',
        description:
          'The goal table of an annual report (Finansiellt mål | Målvärde | Utfall 2024 | Utfall 2023 | Bedömning) whose Utfall cells are the author\'s text ("11,2 mnkr", "96 %"): it is no budget table and gives no deviation. The values come from the balance sheet in kronor: eget kapital 11 204 377 kr (at least 10 mnkr: met); kassalikviditet = (omsättningstillgångar − förråd) / kortfristiga skulder = 10 293 095 / 10 736 020 = 95,87 % (at least 100 %: not met). The income statement has two outcome years and no budget.',
        source: 'Kommunalförbund årsredovisning: tabell över finansiella mål, RR and BR in kronor',
        tests: 'goal table with text outcome columns, kassalikviditet without förråd, an amount goal in mnkr',
        tables: [
          {
            sheet: rr.name,
            headerRow: 1,
            unit: 'kr',
            convention: 'signed',
            deviations: false,
            missingRole: 'budget',
            columns: { line: 'A', outcome: 'C', priorYear: 'D' },
            cells: {},
            lines: statementLines(rrAt),
          },
        ],
        totals: [
          { sheet: br.name, unit: 'kr', row: at.get('Summa omsättningstillgångar')!, cols: ['C', 'D'], covers: [4, 5, 6, 7] },
          { sheet: br.name, unit: 'kr', row: at.get('Summa tillgångar')!, cols: ['C', 'D'], covers: [2, 8] },
          { sheet: br.name, unit: 'kr', row: at.get('Summa eget kapital, avsättningar och skulder')!, cols: ['C', 'D'], covers: [10, 11, 12, 13] },
        ],
        goals,
      });
    },
  };
}

/** Goals as kommuner write them: a result as a share of the members' contributions, solidity including pensions. */
function relativeGoals(): Fixture {
  return {
    name: 'finansiella-mal-resultat-andel-av-medlemsbidrag-soliditet-inkl-pensioner',
    build: () => {
      const wb = newBook('Förbundsekonom');
      const ms = wb.addWorksheet('God ekonomisk hushållning');
      put(ms, 'A1', 'God ekonomisk hushållning', { bold: true, size: 13 });
      put(ms, 'A3', 'Förbundsfullmäktige har fastställt följande finansiella mål för 2024–2026:');
      put(ms, 'A4', '1. Årets resultat ska uppgå till minst 2 procent av medlemsbidragen.');
      put(ms, 'A5', '2. Soliditeten inklusive samtliga pensionsförpliktelser ska vara positiv.');
      put(ms, 'A7', 'Måluppfyllelsen redovisas i förvaltningsberättelsen.', { italic: true });
      widths(ms, { A: 80 });

      const rr = wb.addWorksheet('Resultaträkning');
      putRow(rr, 1, 'A', ['Resultaträkning, tkr', 'Not', 'Utfall 2024', 'Utfall 2023'], { bold: true, border: true });
      const rrAt = statement(
        rr,
        2,
        [
          ['Verksamhetens intäkter', 1, '5210', '4988'],
          ['Verksamhetens kostnader', 2, '-58940', '-56112'],
          ['Avskrivningar', 3, '-1870', '-1805'],
          ['Verksamhetens nettokostnad', undefined, '-55600', '-52929', true],
          ['Medlemsbidrag', 4, '57000', '54600'],
          ['Finansiella intäkter', undefined, '35', '22'],
          ['Finansiella kostnader', 5, '-412', '-389'],
          ['Årets resultat', undefined, '1023', '1304', true],
        ],
        'tkr',
        tkr,
      );
      widths(rr, { A: 32, B: 6, C: 13, D: 13 });

      const br = wb.addWorksheet('Balansräkning');
      putRow(br, 1, 'A', ['Balansräkning, tkr', 'Not', '2024-12-31', '2023-12-31'], { bold: true, border: true });
      const brAt = statement(
        br,
        2,
        [
          ['Anläggningstillgångar', 6, '31400', '30950'],
          ['Omsättningstillgångar', 7, '16800', '15470'],
          ['Summa tillgångar', undefined, '48200', '46420', true],
          ['Eget kapital', 8, '12650', '11627'],
          ['Avsättningar', 9, '4310', '4105'],
          ['Skulder', 10, '31240', '30688'],
          ['Summa eget kapital, avsättningar och skulder', undefined, '48200', '46420', true],
          ['', undefined, undefined, undefined],
          ['Ansvarsförbindelser', undefined, undefined, undefined, true],
          ['Pensionsförpliktelser som inte har tagits upp bland skulder eller avsättningar', 11, '9870', '10240'],
        ],
        'tkr',
        tkr,
      );
      widths(br, { A: 70, B: 6, C: 13, D: 13 });
      const cell = (sheet: ExcelJS.Worksheet, at: Map<string, number>, label: string, value: string) => ({
        sheet: sheet.name,
        cell: `C${at.get(label)!}`,
        unit: 'tkr' as Unit,
        value: tkr(value),
      });
      const goals: GoalSpec[] = [
        {
          text: 'Årets resultat ska uppgå till minst 2 procent av medlemsbidragen.',
          metric: 'resultat',
          unit: '%',
          cells: { result: cell(rr, rrAt, 'Årets resultat', '1023'), fees: cell(rr, rrAt, 'Medlemsbidrag', '57000') },
          value: (v) => ratioText(v.result, v.fees, 100n),
          met: (v) => v.result * 100n >= v.fees * 2n,
        },
        {
          text: 'Soliditeten inklusive samtliga pensionsförpliktelser ska vara positiv.',
          metric: 'soliditet',
          unit: '%',
          cells: {
            equity: cell(br, brAt, 'Eget kapital', '12650'),
            assets: cell(br, brAt, 'Summa tillgångar', '48200'),
            pensions: cell(br, brAt, 'Pensionsförpliktelser som inte har tagits upp bland skulder eller avsättningar', '9870'),
          },
          value: (v) => ratioText(v.equity - v.pensions, v.assets, 100n),
          met: (v) => v.equity - v.pensions > 0n,
        },
      ];
      return built(wb, {
        family: 'goals',
        description:
          'Goals as a kommunalförbund writes them in its förvaltningsberättelse: "Årets resultat ska uppgå till minst 2 procent av medlemsbidragen" (1 023 / 57 000 = 1,79 %: not met) and "Soliditeten inklusive samtliga pensionsförpliktelser ska vara positiv" ((eget kapital 12 650 − pensionsförpliktelser utanför balansräkningen 9 870) / summa tillgångar 48 200 = 5,77 %: met). The pension commitment stands under Ansvarsförbindelser below the balance sheet. Both values are percentages, as the goals state them. The income statement has no budget.',
        source: 'Kommunalförbund årsredovisning: god ekonomisk hushållning, finansiella mål',
        tests: 'a result goal as a share of member contributions, soliditet including the pension commitment',
        tables: [
          {
            sheet: rr.name,
            headerRow: 1,
            unit: 'tkr',
            convention: 'signed',
            deviations: false,
            missingRole: 'budget',
            columns: { line: 'A', outcome: 'C', priorYear: 'D' },
            cells: {},
            lines: statementLines(rrAt),
          },
        ],
        totals: [
          { sheet: rr.name, unit: 'tkr', row: rrAt.get('Årets resultat')!, cols: ['C', 'D'], covers: [2, 3, 4, 6, 7, 8] },
          { sheet: br.name, unit: 'tkr', row: brAt.get('Summa tillgångar')!, cols: ['C', 'D'], covers: [2, 3] },
          { sheet: br.name, unit: 'tkr', row: brAt.get('Summa eget kapital, avsättningar och skulder')!, cols: ['C', 'D'], covers: [5, 6, 7] },
        ],
        goals,
      });
    },
  };
}

export const GOALS: Fixture[] = [goalSentences(), goalTable(), relativeGoals()];
