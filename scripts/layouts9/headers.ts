/**
 * Headers as finance officers shorten or relabel them: `Bu`/`Utf`/`Avv`, `Årsbu`/`Ack utf`/`Prog`, a frame
 * (`Tilldelad ram`) for the budget, a nämnd report with only `Nettokostnad` and `Nettobudget`, and a budget
 * revised twice where the last revision is the one compared.
 */
import { Fixture, LineFigures } from '../layouts2/spec';
import { newBook, put, putRow, widths } from '../layouts2/sheet';
import { kr, mnkr, tkr } from '../layouts2/money';
import { built9, favourableDiff, Src, sumRow, writeLines } from './kit';

/** Verksamhet | Bu 2025 | Utf 2025 | Avv | Utf fg år, in tkr: the abbreviations a controller types in a hurry. */
function abbreviated(): Fixture {
  return {
    name: 'forkortade-rubriker-bu-utf-avv-och-utf-fg-ar-tkr',
    build: () => {
      const wb = newBook('Controller');
      const ws = wb.addWorksheet('Uppf 2025');
      put(ws, 'A1', 'Driftredovisning helår 2025 (tkr) – Avfallsförbundet Norra Dalarna', { bold: true, size: 12 });
      const H = 3;
      putRow(ws, H, 'A', ['Verksamhet', 'Bu 2025', 'Utf 2025', 'Avv', 'Utf fg år'], { bold: true, border: true });
      const data: [string, 'income' | 'cost', string, string, string][] = [
        ['Renhållningsavgifter', 'income', '68400', '69812.4', '66120.9'],
        ['Medlemsbidrag', 'income', '4200', '4200', '4050'],
        ['Insamling', 'cost', '31250', '32904.7', '30118.2'],
        ['Återvinningscentraler', 'cost', '18900', '18311.5', '18024.6'],
        ['Behandling och deponi', 'cost', '14800', '15466.1', '14210'],
        ['Administration', 'cost', '6150', '5897.3', '5950.8'],
        ['Kundtjänst och information', 'cost', '2400', '2288.9', '2301.5'],
      ];
      const rows: Src[] = data.map(([label, side, b, o, p]) => ({
        labels: [label],
        side,
        amounts: { B: tkr(b), C: tkr(o), D: favourableDiff(side, tkr(b), tkr(o)), E: tkr(p) },
      }));
      const lines = writeLines(ws, H + 1, rows, 'tkr', { budget: 'B', outcome: 'C' }, '#,##0.0');
      widths(ws, { A: 28, B: 11, C: 11, D: 10, E: 11 });
      return built9(wb, {
        family: 'statement',
        description:
          'A kommunalförbund\'s operating statement in tkr (the unit in the title) with the headers a controller abbreviates: "Bu 2025" (budget), "Utf 2025" (outcome), "Avv" (deviation) and "Utf fg år" (last year\'s outcome). Unsigned: two income lines (Renhållningsavgifter, Medlemsbidrag) and costs; Avv is written favourable-positive (income outcome − budget, cost budget − outcome) and agrees on every row. "Utf fg år" is the prior year, not the outcome.',
        source: 'Avfallsförbund, driftredovisning with abbreviated headers',
        tests: 'Bu / Utf / Avv / Utf fg år read as budget, outcome, deviation and prior year',
        tables: [
          {
            sheet: ws.name,
            headerRow: H,
            unit: 'tkr',
            convention: 'unsigned',
            deviations: true,
            columns: { line: 'A', budget: 'B', outcome: 'C', deviation: 'D', priorYear: 'E' },
            cells: { budget: ['B'], outcome: ['C'] },
            lines,
          },
        ],
        reported: [{ table: 0, col: 'D', expect: (l: LineFigures) => l.deviation }],
      });
    },
  };
}

/** Konto | Kontonamn | Årsbu | Ack utf | Utf/Bu % | Prog | Avv prog: an interim report through August. */
function yearBudgetAckForecast(): Fixture {
  return {
    name: 'arsbu-ack-utf-utf-bu-procent-prog-och-avv-prog-tom-augusti',
    build: () => {
      const wb = newBook('Ekonom');
      const ws = wb.addWorksheet('Aug');
      put(ws, 'A1', 'Samordningsförbundet Södra Vätterbygden', { bold: true, size: 12 });
      put(ws, 'A2', 'Ekonomisk uppföljning t.o.m. augusti 2025, kronor', { italic: true });
      const H = 4;
      putRow(ws, H, 'A', ['Konto', 'Kontonamn', 'Årsbu', 'Ack utf', 'Utf/Bu %', 'Prog', 'Avv prog'], { bold: true, border: true });
      const data: [string, string, 'income' | 'cost', string, string, string][] = [
        ['3041', 'Medlemsbidrag', 'income', '8800000', '5866667', '8800000'],
        ['3990', 'Övriga intäkter', 'income', '40000', '12500', '30000'],
        ['4010', 'Löner', 'cost', '2950000', '1912340', '2880000'],
        ['4710', 'Sociala avgifter', 'cost', '930000', '602410', '905000'],
        ['5010', 'Lokaler', 'cost', '310000', '206700', '310000'],
        ['6550', 'Köpta insatser', 'cost', '4650000', '2688115', '4400000'],
        ['6990', 'Övrigt', 'cost', '280000', '221904', '315000'],
      ];
      const rows: Src[] = data.map(([konto, name, side, b, o, f]) => ({
        labels: [Number(konto), name],
        side,
        amounts: { C: kr(b), D: kr(o), F: kr(f), G: favourableDiff(side, kr(b), kr(f)) },
        extra: { E: Math.round((Number(o) / Number(b)) * 100) / 100 },
      }));
      const lines = writeLines(ws, H + 1, rows, 'kr', { budget: 'C', outcome: 'D', forecast: 'F' });
      widths(ws, { A: 8, B: 20, C: 12, D: 12, E: 9, F: 12, G: 11 });
      return built9(wb, {
        family: 'interim',
        description:
          'An interim report through August (the period in the title, A2) with abbreviated headers: "Årsbu" (the year\'s budget), "Ack utf" (outcome so far), "Utf/Bu %" (outcome as a share of the year\'s budget, a percentage, no amount), "Prog" (full-year forecast) and "Avv prog" (forecast against the year\'s budget, favourable-positive). No period budget: eight months\' outcome is compared with 8/12 of the year\'s budget. Avv prog is the forecast deviation, not the deviation of the outcome so far, and agrees with budget and forecast on every row.',
        source: 'Samordningsförbund, månadsuppföljning with abbreviated headers',
        tests: 'Årsbu / Ack utf / Prog / Avv prog / Utf/Bu %: interim, pro rata, forecast deviation not taken for the deviation',
        tables: [
          {
            sheet: ws.name,
            headerRow: H,
            unit: 'kr',
            convention: 'unsigned',
            deviations: true,
            columns: { code: 'A', line: 'B', budget: 'C', outcome: 'D', forecast: 'F', forecastDeviation: 'G' },
            period: { months: 8, basis: 'pro-rata' },
            cells: { budget: ['C'], outcome: ['D'], forecast: ['F'] },
            lines,
          },
        ],
        reported: [{ table: 0, col: 'G', expect: (l: LineFigures) => l.forecastDeviation }],
      });
    },
  };
}

/** Avdelning | Tilldelad ram 2025 | Utfall 2025 | Kvar av ram: the frame is the budget. */
function frame(): Fixture {
  return {
    name: 'tilldelad-ram-som-budget-utfall-och-kvar-av-ram-per-avdelning',
    build: () => {
      const wb = newBook('Förbundsdirektör');
      const ws = wb.addWorksheet('Ramuppföljning');
      put(ws, 'A1', 'Uppföljning av ramar 2025 – Kommunalförbundet Sjuhärad', { bold: true, size: 12 });
      put(ws, 'A2', 'Kronor, helår', { italic: true });
      const H = 4;
      putRow(ws, H, 'A', ['Avdelning', 'Tilldelad ram 2025', 'Utfall 2025', 'Kvar av ram'], { bold: true, border: true, wrap: true });
      const data: [string, string, string][] = [
        ['Förbundsledning', '3850000', '3712480'],
        ['Utbildning och kompetens', '12400000', '12988710'],
        ['Folkhälsa', '2150000', '1874320'],
        ['Digitalisering', '5300000', '5296015'],
        ['Regional utveckling', '4700000', '4425900'],
        ['Gemensamma kostnader', '1600000', '1712455'],
      ];
      const rows: Src[] = data.map(([label, b, o]) => ({ labels: [label], side: 'cost', amounts: { B: kr(b), C: kr(o), D: kr(b) - kr(o) } }));
      const lines = writeLines(ws, H + 1, rows, 'kr', { budget: 'B', outcome: 'C' });
      const r = H + 1 + lines.length;
      sumRow(
        ws,
        r,
        'A',
        'Summa',
        [
          ['B', (l) => l.budget],
          ['C', (l) => l.outcome],
          ['D', (l) => l.budget! - l.outcome!],
        ],
        lines,
        'kr',
      );
      widths(ws, { A: 26, B: 14, C: 13, D: 13 });
      return built9(wb, {
        family: 'goal-area',
        description:
          'A kommunalförbund follows each department against its frame: "Tilldelad ram 2025" is the budget (a frame is what the board allotted), "Utfall 2025" the outcome and "Kvar av ram" what is left (frame − outcome, the favourable deviation of a cost). Costs only, kronor; the Summa row foots.',
        source: 'Kommunalförbund, ramuppföljning per avdelning',
        tests: 'Tilldelad ram read as the budget; Kvar av ram as budget − outcome',
        tables: [
          {
            sheet: ws.name,
            headerRow: H,
            unit: 'kr',
            convention: 'unsigned',
            deviations: true,
            columns: { line: 'A', budget: 'B', outcome: 'C', deviation: 'D' },
            cells: { budget: ['B'], outcome: ['C'] },
            lines,
          },
        ],
        totals: [{ sheet: ws.name, unit: 'kr', row: r, cols: ['B', 'C', 'D'], covers: lines.map((l) => l.row) }],
        reported: [{ table: 0, col: 'D', expect: (l: LineFigures) => l.deviation }],
      });
    },
  };
}

/** Nämnd | Nettokostnad 2025 | Nettobudget 2025 | Avvikelse, in mnkr, the outcome before the budget. */
function netCostNetBudget(): Fixture {
  return {
    name: 'namnder-nettokostnad-fore-nettobudget-avvikelse-mnkr',
    build: () => {
      const wb = newBook('Kommunstyrelsens förvaltning');
      const ws = wb.addWorksheet('Nämnder');
      put(ws, 'A1', 'Nämndernas nettokostnader 2025, mnkr', { bold: true, size: 12 });
      put(ws, 'A2', 'Bokslut 2025, Lidköpings kommun (exempel)', { italic: true });
      const H = 4;
      putRow(ws, H, 'A', ['Nämnd', 'Nettokostnad 2025', 'Nettobudget 2025', 'Avvikelse'], { bold: true, border: true, wrap: true });
      const data: [string, string, string][] = [
        ['Kommunstyrelsen', '142.6', '148.1'],
        ['Barn- och ungdomsnämnden', '812.4', '798.5'],
        ['Socialnämnden', '934.8', '921.2'],
        ['Tekniska nämnden', '118.3', '121'],
        ['Kultur- och fritidsnämnden', '96.2', '97.4'],
        ['Bygg- och miljönämnden', '18.9', '19.6'],
        ['Överförmyndarnämnden', '4.1', '3.8'],
      ];
      const rows: Src[] = data.map(([label, o, b]) => ({ labels: [label], side: 'cost', amounts: { B: mnkr(o), C: mnkr(b), D: mnkr(b) - mnkr(o) } }));
      const lines = writeLines(ws, H + 1, rows, 'mnkr', { budget: 'C', outcome: 'B' }, '#,##0.0');
      const r = H + 1 + lines.length;
      sumRow(
        ws,
        r,
        'A',
        'Summa nämnder',
        [
          ['B', (l) => l.outcome],
          ['C', (l) => l.budget],
          ['D', (l) => l.budget! - l.outcome!],
        ],
        lines,
        'mnkr',
        '#,##0.0',
      );
      widths(ws, { A: 28, B: 14, C: 14, D: 11 });
      return built9(wb, {
        family: 'statement',
        description:
          'A kommun\'s nämnd report with only net figures, the outcome first: "Nettokostnad 2025" (outcome) before "Nettobudget 2025" (budget), and Avvikelse = budget − net cost (negative: overspent). Both net costs are written positive (unsigned costs). mnkr from the title. "Summa nämnder" is a total and foots. The order of the columns is no reason to swap the roles.',
        source: 'Kommun, driftredovisning per nämnd in an annual report',
        tests: 'Nettokostnad before Nettobudget, in mnkr: outcome and budget by their words, not their order',
        tables: [
          {
            sheet: ws.name,
            headerRow: H,
            unit: 'mnkr',
            convention: 'unsigned',
            deviations: true,
            columns: { line: 'A', outcome: 'B', budget: 'C', deviation: 'D' },
            cells: { budget: ['C'], outcome: ['B'] },
            lines,
          },
        ],
        totals: [{ sheet: ws.name, unit: 'mnkr', row: r, cols: ['B', 'C', 'D'], covers: lines.map((l) => l.row) }],
        reported: [{ table: 0, col: 'D', expect: (l: LineFigures) => l.deviation }],
      });
    },
  };
}

/** Verksamhet | Budget 2025 | Rev. budget | Budget efter ombudgetering | Utfall 2025 | Avvikelse, tkr. */
function revisedTwice(): Fixture {
  return {
    name: 'budget-rev-budget-och-budget-efter-ombudgetering-sista-revideringen-galler-tkr',
    build: () => {
      const wb = newBook('Ekonomichef');
      const ws = wb.addWorksheet('Budgetuppföljning');
      put(ws, 'A1', 'Budgetuppföljning 2025 (tkr) – Räddningstjänsten Skåne Nordväst', { bold: true, size: 12 });
      put(ws, 'A2', 'Budgeten reviderad i juni (direktionen § 34) och ombudgeterad i oktober (§ 61).', { italic: true });
      const H = 4;
      putRow(ws, H, 'A', ['Verksamhet', 'Budget 2025', 'Rev. budget', 'Budget efter ombudgetering', 'Utfall 2025', 'Avvikelse'], {
        bold: true,
        border: true,
        wrap: true,
      });
      const data: [string, string, string, string, string][] = [
        ['Ledning och administration', '18400', '18900', '19150', '18977.4'],
        ['Räddningsinsatser', '96300', '98100', '99800', '101204.8'],
        ['Förebyggande', '11200', '11200', '10650', '10412.9'],
        ['Utbildning', '6800', '7300', '7300', '7011.2'],
        ['Fordon och materiel', '14200', '14200', '14900', '15388.6'],
        ['Fastigheter', '21700', '21700', '21400', '21395.1'],
      ];
      const rows: Src[] = data.map(([label, b0, b1, b2, o]) => ({
        labels: [label],
        side: 'cost',
        amounts: { B: tkr(b0), C: tkr(b1), D: tkr(b2), E: tkr(o), F: tkr(b2) - tkr(o) },
      }));
      const lines = writeLines(ws, H + 1, rows, 'tkr', { budget: 'D', outcome: 'E' }, '#,##0.0');
      widths(ws, { A: 28, B: 11, C: 11, D: 14, E: 11, F: 11 });
      return built9(wb, {
        family: 'odd',
        description:
          'A räddningstjänstförbund\'s follow-up in tkr with three budget columns: the budget adopted, "Rev. budget" (revised in June) and "Budget efter ombudgetering" (reallocated in October, the last decision). The year is compared with the last revision, as Avvikelse does (Budget efter ombudgetering − Utfall, costs). Taking the first or the middle budget would give other deviations on every line.',
        source: 'Räddningstjänstförbund, budgetuppföljning after two budget decisions',
        tests: 'budget, revised budget and budget after reallocation: the last revision is compared',
        tables: [
          {
            sheet: ws.name,
            headerRow: H,
            unit: 'tkr',
            convention: 'unsigned',
            deviations: true,
            columns: { line: 'A', budget: 'D', outcome: 'E', deviation: 'F' },
            cells: { budget: ['D'], outcome: ['E'] },
            lines,
          },
        ],
        reported: [{ table: 0, col: 'F', expect: (l: LineFigures) => l.deviation }],
      });
    },
  };
}

export const HEADERS: Fixture[] = [abbreviated(), yearBudgetAckForecast(), frame(), netCostNetBudget(), revisedTwice()];
