/**
 * Periods in shapes the earlier corpora lack: tertials (T1 T2 T3) and quarters (Kv1 … Kv4) named in one header
 * row, each month a pair of Budget and Utfall under the month's name, a two-row header whose upper row names the
 * role and lower the period without any merge, three forecasts of the year side by side (the latest is the
 * forecast), and a forecast for the remaining months beside the full-year forecast.
 */
import { Fixture, LineFigures, SpecLine } from '../layouts2/spec';
import { letter, newBook, num, put, putRow, widths } from '../layouts2/sheet';
import { kr, sum, tkr } from '../layouts2/money';
import { built5, sideOf } from './kit';

/** Budget T1 | Budget T2 | Budget T3 | Utfall T1 | Utfall T2 | Utfall T3 (empty): eight months so far. */
function tertials(): Fixture {
  return {
    name: 'tertialrapport-budget-t1-t3-utfall-t1-t2-tkr',
    build: () => {
      const wb = newBook('Ekonom');
      const ws = wb.addWorksheet('Tertialuppföljning');
      put(ws, 'A1', 'Tertialuppföljning 2025 – Kommunalförbundet Gymnasieförbundet Södra, tkr', { bold: true, size: 12 });
      put(ws, 'A2', 'Budgeten är periodiserad per tertial. Utfall T3 redovisas i årsbokslutet.', { italic: true });
      const H = 4;
      putRow(ws, H, 'A', ['Konto', 'Benämning', 'Budget T1', 'Budget T2', 'Budget T3', 'Utfall T1', 'Utfall T2', 'Utfall T3'], { bold: true, border: true });
      // konto, text, budget T1..T3, utfall T1..T2 (tkr, ledger signs)
      const data: [string, string, string[], string[]][] = [
        ['3020', 'Interkommunal ersättning', ['-41200', '-30900', '-41200'], ['-41318.4', '-30522.7']],
        ['3040', 'Medlemsbidrag', ['-22500', '-22500', '-22500'], ['-22500', '-22500']],
        ['3110', 'Statsbidrag', ['-3100', '-1200', '-2400'], ['-3550.2', '-987.5']],
        ['4010', 'Löner lärare', ['24800', '18600', '24800'], ['25104.3', '18877.9']],
        ['4710', 'Personalomkostnader', ['7800', '5850', '7800'], ['7896.1', '5937.2']],
        ['5020', 'Lokalhyror', ['9120', '9120', '9120'], ['9120', '9120']],
        ['6410', 'Läromedel och licenser', ['1650', '600', '1750'], ['1412.8', '733.6']],
        ['6990', 'Övriga kostnader', ['2100', '1400', '2100'], ['1944.5', '1675.3']],
      ];
      const lines: SpecLine[] = [];
      let r = H + 1;
      for (const [konto, text, b, o] of data) {
        putRow(ws, r, 'A', [Number(konto), text]);
        b.forEach((x, i) => num(ws, `${'CDE'[i]}${r}`, tkr(x), 'tkr', '#,##0.0'));
        o.forEach((x, i) => num(ws, `${'FG'[i]}${r}`, tkr(x), 'tkr', '#,##0.0'));
        lines.push({
          row: r,
          key: konto,
          side: sideOf(konto),
          budget: sum(b.map((x) => tkr(x))),
          periodBudget: tkr(b[0]) + tkr(b[1]),
          outcome: sum(o.map((x) => tkr(x))),
        });
        r++;
      }
      put(ws, `B${r}`, 'Summa', { bold: true });
      for (const [c, i] of [
        ['C', 0],
        ['D', 1],
        ['E', 2],
      ] as const)
        num(ws, `${c}${r}`, sum(data.map((d) => tkr(d[2][i]))), 'tkr', '#,##0.0', { bold: true });
      for (const [c, i] of [
        ['F', 0],
        ['G', 1],
      ] as const)
        num(ws, `${c}${r}`, sum(data.map((d) => tkr(d[3][i]))), 'tkr', '#,##0.0', { bold: true });
      widths(ws, { A: 8, B: 28, C: 11, D: 11, E: 11, F: 11, G: 11, H: 11 });
      return built5(wb, {
        family: 'months',
        description:
          "A gymnasieförbund's tertial follow-up in tkr with the budget periodised per tertial: Budget T1, T2, T3 and Utfall T1, T2, T3, the last empty (T3 is reported at year end). A tertial is four months: the outcome so far runs through T2 (eight months) and is compared with the budget of T1 + T2 (the budget's own periods, SPEC 2.6); the full-year budget is T1 + T2 + T3. Ledger signs, deviation = budget − outcome. The Summa row foots.",
        source: 'Kommunalförbund (gymnasieförbund), tertialuppföljning with a budget periodised per tertial',
        tests: 'tertials T1–T3 as periods of four months, outcome through T2 against the budget of T1 + T2',
        tables: [
          {
            sheet: ws.name,
            headerRow: H,
            unit: 'tkr',
            convention: 'ledger',
            deviations: true,
            period: { months: 8, basis: 'months' },
            cells: { budget: ['C', 'D', 'E'], periodBudget: ['C', 'D'], outcome: ['F', 'G'] },
            lines,
          },
        ],
        totals: [{ sheet: ws.name, unit: 'tkr', row: r, cols: ['C', 'D', 'E', 'F', 'G'], covers: lines.map((l) => l.row) }],
        reread: { monthsPerColumn: 4 },
      });
    },
  };
}

const MONTHS = ['Januari', 'Februari', 'Mars', 'April', 'Maj', 'Juni', 'Juli', 'Augusti', 'September', 'Oktober', 'November', 'December'];

/** Each month a merged name over Budget | Utfall; outcome through June; a Totalt pair at the end. */
function monthPairs(): Fixture {
  return {
    name: 'manadspar-budget-utfall-under-varje-manadsnamn-totalt-utfall-tom-juni',
    build: () => {
      const wb = newBook('Ekonom');
      const ws = wb.addWorksheet('Månadsuppföljning 2025');
      put(ws, 'A1', 'Månadsuppföljning 2025 – Samordningsförbundet Finsam Mitt, kronor', { bold: true, size: 12 });
      const G = 3;
      const H = 4;
      putRow(ws, H, 'A', ['Post', 'Typ'], { bold: true, border: true });
      MONTHS.forEach((m, i) => {
        const c = 3 + i * 2;
        put(ws, `${letter(c)}${G}`, m, { bold: true, align: 'center' });
        ws.mergeCells(`${letter(c)}${G}:${letter(c + 1)}${G}`);
        put(ws, `${letter(c)}${H}`, 'Budget', { bold: true, border: true });
        put(ws, `${letter(c + 1)}${H}`, 'Utfall', { bold: true, border: true });
      });
      const tc = 3 + 24;
      put(ws, `${letter(tc)}${G}`, 'Totalt', { bold: true, align: 'center' });
      ws.mergeCells(`${letter(tc)}${G}:${letter(tc + 1)}${G}`);
      put(ws, `${letter(tc)}${H}`, 'Budget', { bold: true, border: true });
      put(ws, `${letter(tc + 1)}${H}`, 'Utfall', { bold: true, border: true });
      // label, side, monthly budget (12), outcome Jan–Jun (6), kronor; unsigned with a Typ column
      const data: [string, 'income' | 'cost', number[], number[]][] = [
        ['Medlemsbidrag', 'income', [0, 0, 1650000, 0, 0, 1650000, 0, 0, 1650000, 0, 0, 1650000], [0, 0, 1650000, 0, 0, 1650000]],
        [
          'Personal',
          'cost',
          [118000, 118000, 118000, 118000, 118000, 177000, 59000, 118000, 118000, 118000, 118000, 118000],
          [116240, 121877, 118004, 119655, 117310, 181522],
        ],
        ['Lokaler', 'cost', [22500, 22500, 22500, 22500, 22500, 22500, 22500, 22500, 22500, 22500, 22500, 22500], [22500, 22500, 22500, 22500, 22500, 22500]],
        [
          'Insatser',
          'cost',
          [310000, 310000, 310000, 310000, 310000, 310000, 150000, 310000, 310000, 310000, 310000, 330000],
          [198400, 287115, 341220, 302888, 295410, 411052],
        ],
        [
          'Administration',
          'cost',
          [15000, 15000, 15000, 15000, 15000, 15000, 15000, 15000, 15000, 15000, 15000, 15000],
          [21400, 9882, 14617, 12004, 17955, 13320],
        ],
      ];
      const lines: SpecLine[] = [];
      let r = H + 1;
      const budgetCols = MONTHS.map((_, i) => letter(3 + i * 2));
      const outcomeCols = MONTHS.slice(0, 6).map((_, i) => letter(4 + i * 2));
      for (const [label, side, b, o] of data) {
        putRow(ws, r, 'A', [label, side === 'income' ? 'Intäkt' : 'Kostnad']);
        b.forEach((x, i) => num(ws, `${budgetCols[i]}${r}`, kr(x), 'kr'));
        o.forEach((x, i) => num(ws, `${outcomeCols[i]}${r}`, kr(x), 'kr'));
        num(ws, `${letter(tc)}${r}`, sum(b.map((x) => kr(x))), 'kr', '#,##0', { bold: true });
        num(ws, `${letter(tc + 1)}${r}`, sum(o.map((x) => kr(x))), 'kr', '#,##0', { bold: true });
        lines.push({
          row: r,
          key: label,
          side,
          budget: sum(b.map((x) => kr(x))),
          periodBudget: sum(b.slice(0, 6).map((x) => kr(x))),
          outcome: sum(o.map((x) => kr(x))),
        });
        r++;
      }
      widths(ws, { A: 18, B: 9 });
      return built5(wb, {
        family: 'months',
        description:
          'A samordningsförbund\'s monthly follow-up in kronor with every month a pair: the month\'s full Swedish name ("Januari" … "December") merged over Budget | Utfall, then a "Totalt" pair (the year\'s budget and the outcome so far). Outcome stands through June. The year so far is January–June: outcome against the budget of the same six months (the budget\'s own months, SPEC 2.6); the full-year budget is the sum of the twelve Budget columns (the Totalt pair must not be added again). A Typ column says Intäkt or Kostnad; unsigned.',
        source: 'Samordningsförbund, månadsuppföljning with budget and outcome side by side per month',
        tests: 'Budget | Utfall pairs under merged full month names, a Totalt pair, outcome through June',
        tables: [
          {
            sheet: ws.name,
            headerRow: H,
            unit: 'kr',
            convention: 'unsigned',
            deviations: true,
            period: { months: 6, basis: 'months' },
            cells: { budget: budgetCols, periodBudget: budgetCols.slice(0, 6), outcome: outcomeCols },
            lines,
          },
        ],
      });
    },
  };
}

/** Row 4 names the role (Budget, Utfall, Prognos, Avvikelse), row 5 the period (2025, jan–aug, helår); no merge. */
function twoRowHeader(): Fixture {
  return {
    name: 'tva-rubrikrader-roll-over-period-utan-sammanslagning-jan-aug-tkr',
    build: () => {
      const wb = newBook('Ekonom');
      const ws = wb.addWorksheet('Delår');
      put(ws, 'A1', 'Delårsrapport 2025 – driftredovisning per verksamhet (tkr)', { bold: true, size: 12 });
      put(ws, 'A2', 'Nettokostnader. Avvikelse: budget minus prognos, positiv är bättre än budget.', { italic: true });
      putRow(ws, 4, 'B', ['Budget', 'Utfall', 'Prognos', 'Avvikelse'], { bold: true });
      const H = 5;
      putRow(ws, H, 'A', ['Verksamhet', '2025', 'jan–aug', 'helår', 'prognos–budget'], { bold: true, border: true });
      const data: [string, string, string, string][] = [
        ['Politisk verksamhet', '1850', '1126', '1790'],
        ['Förbundskansli', '9400', '6377', '9650'],
        ['Räddningsstyrkor heltid', '61200', '41852', '62400'],
        ['Räddningsstyrkor deltid', '23800', '15230', '23100'],
        ['Förebyggande och tillsyn', '7100', '4401', '6850'],
        ['Fordon och materiel', '12900', '9012', '13300'],
      ];
      const lines: SpecLine[] = [];
      let r = H + 1;
      for (const [label, b, o, f] of data) {
        put(ws, `A${r}`, label);
        num(ws, `B${r}`, tkr(b), 'tkr');
        num(ws, `C${r}`, tkr(o), 'tkr');
        num(ws, `D${r}`, tkr(f), 'tkr');
        num(ws, `E${r}`, tkr(b) - tkr(f), 'tkr');
        lines.push({ row: r, key: label, side: 'cost', budget: tkr(b), outcome: tkr(o), forecast: tkr(f) });
        r++;
      }
      put(ws, `A${r}`, 'Summa', { bold: true });
      for (const [c, of] of [
        ['B', (l: SpecLine) => l.budget],
        ['C', (l: SpecLine) => l.outcome],
        ['D', (l: SpecLine) => l.forecast ?? null],
      ] as const)
        num(ws, `${c}${r}`, sum(lines.map(of)), 'tkr', '#,##0', { bold: true });
      num(ws, `E${r}`, sum(lines.map((l) => l.budget! - l.forecast!)), 'tkr', '#,##0', { bold: true });
      widths(ws, { A: 30, B: 11, C: 11, D: 11, E: 15 });
      return built5(wb, {
        family: 'interim',
        description:
          'A räddningstjänstförbund\'s delårsrapport in tkr with a header over two rows and no merged cell: row 4 names the role (Budget, Utfall, Prognos, Avvikelse) and row 5 its period beneath it (2025, jan–aug, helår, prognos–budget), with "Verksamhet" over the labels in row 5. Net costs, all positive (unsigned). The outcome covers January–August and is compared with Budget × 8/12 (pro rata, SPEC 2.6); Avvikelse is the forecast deviation (budget − forecast) and agrees on every row. The Summa row foots.',
        source: 'Räddningstjänstförbund, delårsrapport driftredovisning per verksamhet',
        tests: 'role words in row 4 over period words in row 5, not merged; jan–aug pro rata; Avvikelse as the forecast deviation',
        tables: [
          {
            sheet: ws.name,
            headerRow: H,
            unit: 'tkr',
            convention: 'unsigned',
            deviations: true,
            columns: { line: 'A', budget: 'B', outcome: 'C', forecast: 'D', forecastDeviation: 'E' },
            period: { months: 8, basis: 'pro-rata' },
            cells: { budget: ['B'], outcome: ['C'], forecast: ['D'] },
            lines,
          },
        ],
        totals: [{ sheet: ws.name, unit: 'tkr', row: r, cols: ['B', 'C', 'D', 'E'], covers: lines.map((l) => l.row) }],
        reported: [{ table: 0, col: 'E', expect: (l: LineFigures) => l.forecastDeviation }],
      });
    },
  };
}

/** Budget | Prognos april | Prognos augusti | Prognos oktober | Utfall | Avvikelse at year end: the latest forecast counts. */
function threeForecasts(): Fixture {
  return {
    name: 'tre-prognoser-sida-vid-sida-april-augusti-oktober-och-helarsutfall-tkr',
    build: () => {
      const wb = newBook('Ekonom');
      const ws = wb.addWorksheet('Bokslut 2025');
      put(ws, 'A1', 'Bokslut 2025 med årets prognoser – Kommunalförbundet Medelpads Räddningstjänst (tkr)', { bold: true, size: 12 });
      const H = 3;
      putRow(ws, H, 'A', ['Verksamhet', 'Budget 2025', 'Prognos april', 'Prognos augusti', 'Prognos oktober', 'Utfall 2025', 'Avvikelse'], {
        bold: true,
        border: true,
        wrap: true,
      });
      const data: [string, 'income' | 'cost', string, string, string, string, string][] = [
        ['Medlemsavgifter', 'income', '128400', '128400', '128400', '128400', '128400'],
        ['Avgifter och ersättningar', 'income', '6200', '5900', '6450', '6600', '6712'],
        ['Personal', 'cost', '98700', '99400', '100250', '100900', '101244'],
        ['Fordon och drivmedel', 'cost', '9800', '10400', '10900', '10650', '10588'],
        ['Lokaler', 'cost', '14100', '14100', '14100', '14100', '14100'],
        ['Utbildning och övning', 'cost', '3900', '3600', '3450', '3500', '3391'],
        ['Administration och IT', 'cost', '6900', '7100', '7000', '7150', '7226'],
      ];
      const lines: SpecLine[] = [];
      let r = H + 1;
      for (const [label, side, b, f1, f2, f3, o] of data) {
        put(ws, `A${r}`, label);
        [b, f1, f2, f3, o].forEach((x, i) => num(ws, `${'BCDEF'[i]}${r}`, tkr(x), 'tkr'));
        num(ws, `G${r}`, side === 'income' ? tkr(o) - tkr(b) : tkr(b) - tkr(o), 'tkr');
        lines.push({ row: r, key: label, side, budget: tkr(b), outcome: tkr(o), forecast: tkr(f3) });
        r++;
      }
      widths(ws, { A: 28, B: 11, C: 11, D: 11, E: 11, F: 11, G: 11 });
      return built5(wb, {
        family: 'interim',
        description:
          "A räddningstjänstförbund's year-end follow-up in tkr keeping the year's three forecasts side by side: Budget 2025, Prognos april, Prognos augusti, Prognos oktober, Utfall 2025 and Avvikelse (budget against outcome, positive is better). The outcome is the whole year. The forecast is the latest one, Prognos oktober (as of two outcome years the later is the outcome); April and August are earlier forecasts and none of the roles. Forecast deviation = October forecast against the budget. Unsigned: Medlemsavgifter and Avgifter och ersättningar are income.",
        source: 'Räddningstjänstförbund, bokslut with the prognoser of the year',
        tests: 'three forecast columns named by month: the latest is the forecast, the earlier ones none; year-end outcome',
        tables: [
          {
            sheet: ws.name,
            headerRow: H,
            unit: 'tkr',
            convention: 'unsigned',
            deviations: true,
            columns: { line: 'A', budget: 'B', forecast: 'E', outcome: 'F', deviation: 'G' },
            cells: { budget: ['B'], outcome: ['F'], forecast: ['E'] },
            lines,
          },
        ],
        reported: [{ table: 0, col: 'G', expect: (l: LineFigures) => l.deviation }],
      });
    },
  };
}

/** One header row: Budget Kv1 … Kv4, Utfall Kv1 … Kv4 with Kv3 and Kv4 empty; mnkr-free, kronor, unsigned. */
function quartersOneRow(): Fixture {
  return {
    name: 'kvartal-i-en-rubrikrad-budget-kv1-kv4-utfall-kv1-kv2',
    build: () => {
      const wb = newBook('Ekonom');
      const ws = wb.addWorksheet('Kvartal');
      put(ws, 'A1', 'Kvartalsuppföljning 2025 – Räddningstjänsten Syd, kronor', { bold: true, size: 12 });
      const H = 3;
      putRow(ws, H, 'A', ['Verksamhet', 'Budget Kv1', 'Budget Kv2', 'Budget Kv3', 'Budget Kv4', 'Utfall Kv1', 'Utfall Kv2', 'Utfall Kv3', 'Utfall Kv4'], {
        bold: true,
        border: true,
      });
      // label, side, budget per quarter, outcome Q1–Q2 (kr)
      const data: [string, 'income' | 'cost', string[], string[]][] = [
        ['Medlemsbidrag', 'income', ['9150000', '9150000', '9150000', '9150000'], ['9150000', '9150000']],
        ['Tillsynsavgifter', 'income', ['410000', '520000', '380000', '490000'], ['446120', '487300']],
        ['Personal', 'cost', ['6420000', '6950000', '7810000', '6420000'], ['6511830', '7114502']],
        ['Fordon och materiel', 'cost', ['940000', '1120000', '880000', '1060000'], ['1012448', '987015']],
        ['Lokaler', 'cost', ['1310000', '1310000', '1310000', '1310000'], ['1310000', '1310000']],
        ['Övriga kostnader', 'cost', ['620000', '580000', '540000', '700000'], ['577214', '640877']],
      ];
      const lines: SpecLine[] = [];
      let r = H + 1;
      for (const [label, side, b, o] of data) {
        put(ws, `A${r}`, label);
        b.forEach((x, i) => num(ws, `${'BCDE'[i]}${r}`, kr(x), 'kr'));
        o.forEach((x, i) => num(ws, `${'FG'[i]}${r}`, kr(x), 'kr'));
        lines.push({ row: r, key: label, side, budget: sum(b.map((x) => kr(x))), periodBudget: kr(b[0]) + kr(b[1]), outcome: sum(o.map((x) => kr(x))) });
        r++;
      }
      widths(ws, { A: 24, B: 12, C: 12, D: 12, E: 12, F: 12, G: 12, H: 12, I: 12 });
      return built5(wb, {
        family: 'months',
        description:
          'A räddningstjänst\'s quarterly follow-up in kronor with every quarter in one header row, "Budget Kv1" … "Budget Kv4" and "Utfall Kv1" … "Utfall Kv4" (no merged group header). The outcome stands through Kv2: the year so far is six months, compared with Budget Kv1 + Kv2 (the budget\'s own periods, SPEC 2.6); each header names one quarter, not the year through it. The full-year budget is the four quarters. Unsigned: Medlemsbidrag and Tillsynsavgifter are income.',
        source: 'Räddningstjänstförbund, kvartalsuppföljning kept in Excel',
        tests: 'quarters named in one header row (Budget Kv1 … Utfall Kv4), outcome through Kv2 against the budget of Kv1 + Kv2',
        tables: [
          {
            sheet: ws.name,
            headerRow: H,
            unit: 'kr',
            convention: 'unsigned',
            deviations: true,
            period: { months: 6, basis: 'months' },
            cells: { budget: ['B', 'C', 'D', 'E'], periodBudget: ['B', 'C'], outcome: ['F', 'G'] },
            lines,
          },
        ],
        reread: { monthsPerColumn: 3 },
      });
    },
  };
}

/** Årsbudget | Utfall jan–sep | Prognos okt–dec | Prognos helår | Föregående prognos | Avvikelse prognos; tkr. */
function forecastRest(): Fixture {
  return {
    name: 'utfall-jan-sep-prognos-okt-dec-prognos-helar-och-foregaende-prognos-tkr',
    build: () => {
      const wb = newBook('Ekonom');
      const ws = wb.addWorksheet('Prognos sep');
      put(ws, 'A1', 'Helårsprognos efter september 2025 – Kommunalförbundet Avfallsservice (tkr)', { bold: true, size: 12 });
      put(ws, 'A2', 'Prognos helår = utfall jan–sep + prognos okt–dec. Föregående prognos lämnades efter augusti.', { italic: true });
      const H = 4;
      putRow(
        ws,
        H,
        'A',
        ['Verksamhet', 'Årsbudget', 'Utfall jan–sep', 'Prognos okt–dec', 'Prognos helår', 'Föregående prognos', 'Avvikelse prognos mot budget'],
        { bold: true, border: true, wrap: true },
      );
      // label, side, budget, utfall jan–sep, prognos okt–dec, föregående prognos (tkr)
      const data: [string, 'income' | 'cost', string, string, string, string][] = [
        ['Renhållningsavgifter', 'income', '96400', '73125', '24600', '97200'],
        ['Försäljning material', 'income', '5800', '3912', '1300', '5400'],
        ['Insamling', 'cost', '41200', '31766', '10400', '42000'],
        ['Behandling', 'cost', '38600', '28110', '9900', '38100'],
        ['Återvinningscentraler', 'cost', '12900', '9945', '3300', '13300'],
        ['Administration', 'cost', '7400', '5312', '1900', '7300'],
      ];
      const lines: SpecLine[] = [];
      let r = H + 1;
      for (const [label, side, b, o, rest, prev] of data) {
        const f = tkr(o) + tkr(rest);
        put(ws, `A${r}`, label);
        num(ws, `B${r}`, tkr(b), 'tkr');
        num(ws, `C${r}`, tkr(o), 'tkr');
        num(ws, `D${r}`, tkr(rest), 'tkr');
        num(ws, `E${r}`, f, 'tkr');
        num(ws, `F${r}`, tkr(prev), 'tkr');
        num(ws, `G${r}`, side === 'income' ? f - tkr(b) : tkr(b) - f, 'tkr');
        lines.push({ row: r, key: label, side, budget: tkr(b), outcome: tkr(o), forecast: f });
        r++;
      }
      widths(ws, { A: 26, B: 11, C: 12, D: 12, E: 12, F: 12, G: 15 });
      return built5(wb, {
        family: 'interim',
        description:
          "An avfallsförbund's forecast after September in tkr: Årsbudget, Utfall jan–sep, Prognos okt–dec (what the last three months are expected to add: part of a forecast, not the forecast), Prognos helår (utfall jan–sep + prognos okt–dec: the forecast), Föregående prognos (the August forecast: none of the roles) and Avvikelse prognos mot budget (the forecast deviation, agreeing on every row). The outcome covers nine months and there is no period budget: compared with Årsbudget × 9/12 (SPEC 2.6). Unsigned: Renhållningsavgifter and Försäljning are income.",
        source: 'Kommunalförbund (avfall), helårsprognos efter september',
        tests: 'Prognos okt–dec beside Prognos helår: the full-year forecast is the forecast; the previous forecast is none',
        tables: [
          {
            sheet: ws.name,
            headerRow: H,
            unit: 'tkr',
            convention: 'unsigned',
            deviations: true,
            columns: { line: 'A', budget: 'B', outcome: 'C', forecast: 'E', forecastDeviation: 'G' },
            period: { months: 9, basis: 'pro-rata' },
            cells: { budget: ['B'], outcome: ['C'], forecast: ['E'] },
            lines,
          },
        ],
        reported: [{ table: 0, col: 'G', expect: (l: LineFigures) => l.forecastDeviation }],
      });
    },
  };
}

export const PERIODS: Fixture[] = [tertials(), quartersOneRow(), monthPairs(), twoRowHeader(), threeForecasts(), forecastRest()];
