/**
 * Two languages and another currency: headers in Swedish over English on two rows, both in one cell with a
 * slash, a Unit4 export in English with obligations beside the actuals, and EU projects reported in euro, which
 * must never be read as kronor.
 */
import { Fixture, LineFigures } from '../layouts2/spec';
import { newBook, put, putRow, widths } from '../layouts2/sheet';
import { kr, tkr } from '../layouts2/money';
import { built9, favourableDiff, sideOf, Src, sumRow, writeLines } from './kit';

/** Row 5: Post | Budget 2025 | Utfall 2025 | Avvikelse; row 6: Item | Budget | Actual | Variance. */
function twoRowsTwoLanguages(): Fixture {
  return {
    name: 'rubriker-pa-svenska-och-engelska-pa-tva-rader-utfall-over-actual',
    build: () => {
      const wb = newBook('Project economist');
      const ws = wb.addWorksheet('Uppföljning');
      put(ws, 'A1', 'Samordningsförbundet Finsam Gränslandet / Finsam Borderland', { bold: true, size: 12 });
      put(ws, 'A2', 'Ekonomisk uppföljning 2025 / Financial follow-up 2025 (kr)', { italic: true });
      putRow(ws, 5, 'A', ['Post', 'Budget 2025', 'Utfall 2025', 'Avvikelse'], { bold: true });
      putRow(ws, 6, 'A', ['Item', 'Budget', 'Actual', 'Variance'], { italic: true, border: true });
      const H = 6;
      const data: [string, 'income' | 'cost', string, string][] = [
        ['Medlemsbidrag / Member contributions', 'income', '6400000', '6400000'],
        ['Projektmedel ESF / ESF grant', 'income', '1250000', '1087420'],
        ['Personal / Staff', 'cost', '3120000', '3047811'],
        ['Insatser / Interventions', 'cost', '3600000', '3312970'],
        ['Resor / Travel', 'cost', '180000', '206115'],
        ['Lokaler / Premises', 'cost', '420000', '420000'],
        ['Övrigt / Other', 'cost', '330000', '287344'],
      ];
      const rows: Src[] = data.map(([label, side, b, o]) => ({
        labels: [label],
        side,
        amounts: { B: kr(b), C: kr(o), D: favourableDiff(side, kr(b), kr(o)) },
      }));
      const lines = writeLines(ws, H + 1, rows, 'kr', { budget: 'B', outcome: 'C' });
      widths(ws, { A: 38, B: 13, C: 13, D: 12 });
      return built9(wb, {
        family: 'english',
        description:
          'A cross-border samordningsförbund writes every header twice: Swedish on row 5 (Post | Budget 2025 | Utfall 2025 | Avvikelse) and English on row 6 (Item | Budget | Actual | Variance), with line labels in both languages in one cell. The second row is a header, not a line with no figures; the table starts on row 7. Unsigned: two income lines, costs; Avvikelse is favourable-positive and agrees.',
        source: 'Samordningsförbund with a Norwegian/English-speaking partner, bilingual follow-up',
        tests: 'headers in Swedish and English on two rows: one header, not a line',
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
            count: true,
          },
        ],
        reported: [{ table: 0, col: 'D', expect: (l: LineFigures) => l.deviation }],
      });
    },
  };
}

/** Område / Area | Budget / Budget | Utfall / Actual | Avvikelse / Variance, one header row, tkr. */
function slashBilingual(): Fixture {
  return {
    name: 'rubriker-med-snedstreck-budget-budget-utfall-actual-i-samma-cell-tkr',
    build: () => {
      const wb = newBook('Controller');
      const ws = wb.addWorksheet('Summary');
      put(ws, 'A1', 'Tornedalsrådet – årsredovisning 2025 / annual report 2025', { bold: true, size: 12 });
      put(ws, 'A2', 'Tkr / SEK thousands', { italic: true });
      const H = 4;
      putRow(ws, H, 'A', ['Område / Area', 'Budget / Budget', 'Utfall / Actual', 'Avvikelse / Variance'], { bold: true, border: true });
      const data: [string, string, string][] = [
        ['Kansli / Secretariat', '2450', '2388.6'],
        ['Näringsliv / Business', '1800', '1925.3'],
        ['Turism / Tourism', '950', '874.1'],
        ['Kultur / Culture', '620', '598'],
        ['Infrastruktur / Infrastructure', '400', '411.7'],
      ];
      const rows: Src[] = data.map(([label, b, o]) => ({ labels: [label], side: 'cost', amounts: { B: tkr(b), C: tkr(o), D: tkr(b) - tkr(o) } }));
      const lines = writeLines(ws, H + 1, rows, 'tkr', { budget: 'B', outcome: 'C' }, '#,##0.0');
      const r = H + 1 + lines.length;
      sumRow(
        ws,
        r,
        'A',
        'Summa / Total',
        [
          ['B', (l) => l.budget],
          ['C', (l) => l.outcome],
          ['D', (l) => l.budget! - l.outcome!],
        ],
        lines,
        'tkr',
        '#,##0.0',
      );
      widths(ws, { A: 32, B: 16, C: 16, D: 20 });
      return built9(wb, {
        family: 'english',
        description:
          'A cross-border council\'s summary with both languages in each header cell, "Budget / Budget", "Utfall / Actual", "Avvikelse / Variance", and the unit as "Tkr / SEK thousands" above. Costs per area, unsigned; Avvikelse = budget − outcome; "Summa / Total" foots.',
        source: 'Gränsregionalt samarbetsorgan, bilingual annual summary',
        tests: 'Swedish / English in one header cell; unit "Tkr / SEK thousands"',
        tables: [
          {
            sheet: ws.name,
            headerRow: H,
            unit: 'tkr',
            convention: 'unsigned',
            deviations: true,
            columns: { line: 'A', budget: 'B', outcome: 'C', deviation: 'D' },
            cells: { budget: ['B'], outcome: ['C'] },
            lines,
          },
        ],
        totals: [{ sheet: ws.name, unit: 'tkr', row: r, cols: ['B', 'C', 'D'], covers: lines.map((l) => l.row) }],
        reported: [{ table: 0, col: 'D', expect: (l: LineFigures) => l.deviation }],
      });
    },
  };
}

/** Unit4: Account | Account (T) | Budget | Actuals | Obligations | Actuals + obligations | Available. */
function unit4Obligations(): Fixture {
  return {
    name: 'unit4-budget-actuals-obligations-och-available-engelska-rubriker',
    build: () => {
      const wb = newBook('Unit4 ERP');
      const ws = wb.addWorksheet('Browser');
      put(ws, 'A1', 'Budget follow-up 2025 – Regionförbundet Jämtlands län', { bold: true });
      put(ws, 'A2', 'Period 202501-202512 · Currency SEK', { italic: true });
      const H = 4;
      putRow(ws, H, 'A', ['Account', 'Account (T)', 'Budget', 'Actuals', 'Obligations', 'Actuals + obligations', 'Available'], { bold: true, border: true });
      const data: [string, string, string, string, string][] = [
        ['3041', 'Medlemsavgifter', '-21500000', '-21500000', '0'],
        ['3120', 'Statsbidrag', '-3400000', '-3612880', '0'],
        ['4011', 'Löner', '9800000', '9622418', '0'],
        ['4711', 'Sociala avgifter', '3080000', '3021440', '0'],
        ['5011', 'Lokalhyra', '1450000', '1450000', '120000'],
        ['5461', 'Datorer och programvara', '380000', '296120', '74500'],
        ['6551', 'Konsulttjänster', '6100000', '5318204', '612000'],
        ['6991', 'Övriga kostnader', '690000', '742315', '38600'],
      ];
      const rows: Src[] = data.map(([konto, name, b, o, c]) => ({
        labels: [konto, name],
        side: sideOf(konto),
        amounts: { C: kr(b), D: kr(o), E: kr(c), F: kr(o) + kr(c), G: kr(b) - kr(o) - kr(c) },
      }));
      const lines = writeLines(ws, H + 1, rows, 'kr', { budget: 'C', outcome: 'D' }, '#,##0.00');
      widths(ws, { A: 9, B: 24, C: 14, D: 14, E: 13, F: 14, G: 13 });
      return built9(wb, {
        family: 'ledger',
        system: 'Unit4',
        description:
          'A Unit4 budget follow-up with English headers: Budget, Actuals, Obligations (purchase orders not yet invoiced), "Actuals + obligations" and Available (budget − actuals − obligations). Ledger signs (income negative). The outcome is Actuals; obligations are commitments, not outcome, and neither "Actuals + obligations" nor Available is a deviation of the outcome: the deviation is budget − actuals.',
        source: 'Unit4 ERP, budget browser with obligations',
        tests: 'Obligations and Actuals + obligations beside Actuals: the outcome is Actuals alone',
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
      });
    },
  };
}

/** An Interreg project whose whole report is in euro, said once under the title. */
function euro(): Fixture {
  return {
    name: 'interreg-projekt-belopp-i-eur-under-titeln-inga-kronor-att-jamfora',
    build: () => {
      const wb = newBook('Projektekonom');
      const ws = wb.addWorksheet('Lägesrapport');
      put(ws, 'A1', 'Interreg Aurora – projekt NordHälsa, lägesrapport 2025', { bold: true, size: 12 });
      put(ws, 'A2', 'Belopp i EUR', { italic: true });
      const H = 4;
      putRow(ws, H, 'A', ['Arbetspaket', 'Budget', 'Utfall', 'Avvikelse'], { bold: true, border: true });
      const data: [string, string, string][] = [
        ['WP1 Projektledning', '84000', '79215.40'],
        ['WP2 Kartläggning', '126500', '131882.15'],
        ['WP3 Pilotverksamhet', '212000', '188410.00'],
        ['WP4 Spridning', '41500', '22987.60'],
        ['Indirekta kostnader 15 %', '69600', '63374.27'],
      ];
      const rows: Src[] = data.map(([label, b, o]) => ({ labels: [label], side: 'cost', amounts: { B: kr(b), C: kr(o), D: kr(b) - kr(o) } }));
      const lines = writeLines(ws, H + 1, rows, 'kr', {}, '#,##0.00');
      widths(ws, { A: 28, B: 12, C: 12, D: 12 });
      return built9(wb, {
        family: 'missing-role',
        description:
          'An Interreg project\'s status report where every amount is in euro, said once under the title ("Belopp i EUR", A2); the headers (Budget, Utfall, Avvikelse) carry no unit. Read as kronor, every figure would be wrong by the exchange rate, and no rate is in the workbook. Honest: the unit cell A2 is named and no budget, outcome or deviation is computed from the table.',
        source: 'Interreg Aurora project, lägesrapport kept by the lead partner (a regionförbund)',
        tests: 'amounts in EUR: the unit cell named, nothing read as kronor',
        tables: [{ sheet: ws.name, headerRow: H, unit: 'kr', convention: 'unsigned', deviations: false, columns: { line: 'A' }, cells: {}, lines }],
        errors: [{ sheet: ws.name, cell: 'A2', why: 'the amounts are in EUR, not kronor, and no exchange rate is given' }],
        mustNotFlag: true,
      });
    },
  };
}

/** Two sheets: the Swedish co-financing in kronor (compared), the EU report in TEUR (refused). */
function kronorAndTeur(): Fixture {
  return {
    name: 'medfinansiering-i-kronor-och-eu-rapport-i-teur-bara-kronorna-jamfors',
    build: () => {
      const wb = newBook('Projektekonom');
      const sek = wb.addWorksheet('Medfinansiering');
      put(sek, 'A1', 'Svensk medfinansiering 2025 (kr)', { bold: true, size: 12 });
      const H = 3;
      putRow(sek, H, 'A', ['Finansiär', 'Budget 2025', 'Utfall 2025'], { bold: true, border: true });
      const fin: [string, string, string][] = [
        ['Region Västerbotten', '850000', '850000'],
        ['Umeå kommun', '420000', '420000'],
        ['Tillväxtverket', '600000', '512300'],
        ['Samordningsförbundet (egen insats)', '240000', '198650'],
      ];
      const rows: Src[] = fin.map(([label, b, o]) => ({ labels: [label], side: 'income', amounts: { B: kr(b), C: kr(o) } }));
      const lines = writeLines(sek, H + 1, rows, 'kr', { budget: 'B', outcome: 'C' });
      widths(sek, { A: 34, B: 13, C: 13 });
      const eu = wb.addWorksheet('EU-rapport');
      put(eu, 'A1', 'Interreg Nord – utbetalningsansökan 4', { bold: true, size: 12 });
      const EH = 3;
      putRow(eu, EH, 'A', ['Kostnadsslag', 'Budget (TEUR)', 'Utfall (TEUR)'], { bold: true, border: true });
      const cost: [string, string, string][] = [
        ['Personal', '142.5', '138.9'],
        ['Externa tjänster', '88', '71.4'],
        ['Resor och logi', '21.3', '24.8'],
        ['Utrustning', '12', '11.2'],
        ['Kontor och administration', '21.4', '20.8'],
      ];
      const euRows: Src[] = cost.map(([label, b, o]) => ({ labels: [label], side: 'cost', amounts: { B: tkr(b), C: tkr(o) } }));
      const euLines = writeLines(eu, EH + 1, euRows, 'tkr', {}, '#,##0.0');
      widths(eu, { A: 26, B: 14, C: 14 });
      return built9(wb, {
        family: 'odd',
        description:
          'An EU project\'s workbook with two sheets. "Medfinansiering" lists the Swedish co-financiers in kronor (Budget 2025, Utfall 2025: income, outcome − budget). "EU-rapport" lists the project\'s costs in thousands of euro, the unit in each header ("Budget (TEUR)", "Utfall (TEUR)"). The kronor are compared; the TEUR columns are not kronor and there is no rate: both headers are named and no deviation is computed on that sheet (reading TEUR as tkr would be wrong by the exchange rate).',
        source: 'Interreg project kept by a kommunalförbund, co-financing and claim in one workbook',
        tests: 'a sheet in kronor compared, a sheet in TEUR refused with its headers named',
        tables: [
          {
            sheet: sek.name,
            headerRow: H,
            unit: 'kr',
            convention: 'unsigned',
            deviations: true,
            columns: { line: 'A', budget: 'B', outcome: 'C' },
            cells: { budget: ['B'], outcome: ['C'] },
            lines,
          },
          { sheet: eu.name, headerRow: EH, unit: 'kr', convention: 'unsigned', deviations: false, columns: { line: 'A' }, cells: {}, lines: euLines },
        ],
        errors: [
          { sheet: eu.name, cell: `B${EH}`, why: 'the budget is in thousands of euro (TEUR), not kronor' },
          { sheet: eu.name, cell: `C${EH}`, why: 'the outcome is in thousands of euro (TEUR), not kronor' },
        ],
      });
    },
  };
}

export const LANGUAGES: Fixture[] = [twoRowsTwoLanguages(), slashBilingual(), unit4Obligations(), euro(), kronorAndTeur()];
