/**
 * Amounts as text the earlier corpora do not write: a semicolon CSV opened in Excel (decimal comma, U+2212 minus,
 * everything text), "tkr" typed after each amount, an English EU project report with Variance and Variance %,
 * and a kommun's nämnd table in mnkr with Avvikelse and Avvikelse %.
 */
import { built, Fixture, LineFigures, SpecLine } from '../layouts2/spec';
import { newBook, num, put, putRow, txt, widths } from '../layouts2/sheet';
import { asText, kr, mnkr, sum, tkr } from '../layouts2/money';
import { sideOf } from '../layouts3/kit';

/** A ";"-CSV from an ekonomisystem opened in Excel: one text column per field, "1234,50", U+2212 minus. */
function csvSemicolon(): Fixture {
  return {
    name: 'csv-semikolon-decimalkomma-som-text-u2212-minus-ansvar-konto',
    build: () => {
      const wb = newBook('Excel');
      const ws = wb.addWorksheet('export_202512');
      const H = 1;
      putRow(ws, H, 'A', ['Ansvar', 'Konto', 'Kontonamn', 'Budget', 'Utfall']);
      const st = { group: '' as const, decimal: ',' as const, decimals: 2, minus: 'u2212' as const };
      const data: [string, string, string, string, string][] = [
        ['1100', '3040', 'Medlemsavgifter', '-3850000', '-3850000'],
        ['1100', '4011', 'Månadslön', '1420000', '1388412.40'],
        ['1100', '4711', 'Personalomkostnader', '446000', '436061.85'],
        ['1100', '6420', 'Revision', '64000', '71250'],
        ['1200', '3130', 'EU-bidrag', '-920000', '-651847.35'],
        ['1200', '4011', 'Månadslön', '610000', '588130'],
        ['1200', '5810', 'Resor', '48000', '61988.60'],
        ['1200', '6550', 'Konsulter', '260000', '312400'],
        ['1300', '4011', 'Månadslön', '880000', '902217.55'],
        ['1300', '5010', 'Lokalhyra', '336000', '336000'],
        ['1300', '6990', 'Övrigt', '41000', '18772.10'],
      ];
      const lines: SpecLine[] = [];
      let r = H + 1;
      for (const [a, k, name, b, o] of data) {
        putRow(ws, r, 'A', [a, k, name]);
        put(ws, `D${r}`, asText(kr(b), 'kr', st));
        put(ws, `E${r}`, asText(kr(o), 'kr', st));
        lines.push({ row: r, key: k, side: sideOf(k), budget: kr(b), outcome: kr(o), group: a });
        r++;
      }
      return built(wb, {
        family: 'ledger',
        description:
          'A semicolon-separated export from the ekonomisystem, opened in Excel by double-click: every field landed as text (Ansvar and Konto as text codes, amounts as "1388412,40" with a decimal comma, no grouping, and negatives with the Unicode minus sign U+2212 "−3850000,00" as the system writes them). No title, header in row 1, sheet named after the file. Ledger signs; deviation = budget − outcome. Grouped by Ansvar (three ansvar), account 4011 appears under each ansvar.',
        source: 'Kommunalförbund, CSV export opened in Excel',
        tests: 'all-text amounts with decimal comma and U+2212 minus, no title, the same account under several ansvar',
        tables: [
          {
            sheet: ws.name,
            headerRow: H,
            unit: 'kr',
            convention: 'ledger',
            deviations: true,
            columns: { dimension: 'A', code: 'B', line: 'C', budget: 'D', outcome: 'E' },
            groupBy: 'Ansvar',
            groups: true,
            cells: { budget: ['D'], outcome: ['E'] },
            lines,
          },
        ],
      });
    },
  };
}

/** Every amount typed with " tkr" after it; the header says nothing of the unit. */
function tkrSuffix(): Fixture {
  return {
    name: 'belopp-skrivna-med-tkr-i-cellen-rubrik-utan-enhet',
    build: () => {
      const wb = newBook('Förbundsdirektör');
      const ws = wb.addWorksheet('Uppföljning');
      put(ws, 'A1', 'Kommunalförbundet Sjuhärad – uppföljning av verksamhetsplan 2025', { bold: true, size: 12 });
      const H = 3;
      putRow(ws, H, 'A', ['Verksamhet', 'Budget', 'Utfall', 'Kommentar'], { bold: true, border: true });
      const st = { group: ' ' as const, suffix: ' tkr' };
      const data: [string, 'income' | 'cost', string, string, string][] = [
        ['Medlemsavgifter', 'income', '14250', '14250', ''],
        ['Projektintäkter', 'income', '3600', '2945', 'Ett projekt avslutades i maj'],
        ['Kansli och ledning', 'cost', '4820', '5014', 'Rekrytering med dubbelbemanning'],
        ['Upphandlingsenheten', 'cost', '3960', '3712', ''],
        ['Turism och besöksnäring', 'cost', '2450', '2518', ''],
        ['Kompetensplattform', 'cost', '5100', '4389', 'Vakant tjänst jan–apr'],
        ['Gemensam IT-drift', 'cost', '1520', '1611', ''],
      ];
      const lines: SpecLine[] = [];
      let r = H + 1;
      for (const [label, side, b, o, note] of data) {
        put(ws, `A${r}`, label);
        txt(ws, `B${r}`, tkr(b), 'tkr', st);
        txt(ws, `C${r}`, tkr(o), 'tkr', st);
        if (note) put(ws, `D${r}`, note);
        lines.push({ row: r, key: label, side, budget: tkr(b), outcome: tkr(o) });
        r++;
      }
      widths(ws, { A: 30, B: 14, C: 14, D: 36 });
      return built(wb, {
        family: 'odd',
        description:
          'A förbundsdirektör\'s own follow-up: every amount typed as text with " tkr" after it ("14 250 tkr"), nothing in the header or title says the unit. So the unit is in the cells: 14 250 tkr is 14 250 000 kr, not 14 250 kr. Unsigned: Medlemsavgifter and Projektintäkter are income, the rest costs. No total row.',
        source: 'Kommunalförbund, hand-kept follow-up with the unit typed in every cell',
        tests: 'text amounts with a " tkr" suffix and no unit in header or title',
        tables: [
          {
            sheet: ws.name,
            headerRow: H,
            unit: 'tkr',
            convention: 'unsigned',
            deviations: true,
            columns: { line: 'A', budget: 'B', outcome: 'C', comment: 'D' },
            cells: { budget: ['B'], outcome: ['C'] },
            lines,
          },
        ],
      });
    },
  };
}

/** English "Budget vs Actual" of a regional EU project in SEK: Variance = Budget − Actual, Variance %. */
function euBudgetVsActual(): Fixture {
  return {
    name: 'eu-project-budget-vs-actual-variance-and-variance-pct-sek',
    build: () => {
      const wb = newBook('Project controller');
      const ws = wb.addWorksheet('Budget vs Actual');
      put(ws, 'A1', 'ERDF project "Green Transition North" – Budget vs Actual, reporting period 1–4 (SEK)', { bold: true, size: 12 });
      put(ws, 'A2', 'Lead beneficiary: Region Västernorrland on behalf of the partnership');
      const H = 4;
      putRow(ws, H, 'A', ['Cost category', 'Budget', 'Actual', 'Variance', 'Variance %', 'Comment'], { bold: true, border: true });
      const data: [string, string, string, string][] = [
        ['Staff costs', '2840000', '2912604', 'Flat rate 15 % applied on staff'],
        ['Office and administrative costs (15 %)', '426000', '436891', ''],
        ['Travel and accommodation', '180000', '96412', 'Fewer study visits than planned'],
        ['External expertise and services', '1350000', '1487250', 'Feasibility study extended'],
        ['Equipment', '240000', '238940', ''],
        ['Infrastructure and works', '900000', '0', 'Procurement appealed'],
      ];
      const lines: SpecLine[] = [];
      let r = H + 1;
      for (const [label, b, o, note] of data) {
        put(ws, `A${r}`, label);
        num(ws, `B${r}`, kr(b), 'kr');
        num(ws, `C${r}`, kr(o), 'kr');
        num(ws, `D${r}`, kr(b) - kr(o), 'kr');
        put(ws, `E${r}`, Number(((Number(b) - Number(o)) / Number(b)).toFixed(4)), { numFmt: '0.0%' });
        if (note) put(ws, `F${r}`, note);
        lines.push({ row: r, key: label, side: 'cost', budget: kr(b), outcome: kr(o) });
        r++;
      }
      put(ws, `A${r}`, 'Total eligible costs', { bold: true });
      num(ws, `B${r}`, sum(lines.map((l) => l.budget)), 'kr', '#,##0', { bold: true });
      num(ws, `C${r}`, sum(lines.map((l) => l.outcome)), 'kr', '#,##0', { bold: true });
      num(ws, `D${r}`, sum(lines.map((l) => l.budget! - l.outcome!)), 'kr', '#,##0', { bold: true });
      widths(ws, { A: 38, B: 12, C: 12, D: 12, E: 11, F: 34 });
      return built(wb, {
        family: 'english',
        description:
          'The partner report of a regional ERDF project kept in English, in SEK (said in the title): Budget, Actual, Variance (budget − actual, positive is an underspend) and Variance % as a percentage cell, then a comment. All rows are costs (unsigned). Infrastructure has an actual of 0 (a value: nothing was spent), so its deviation is the whole budget. The Total eligible costs row foots.',
        source: 'Regionförbund / region, EU (ERDF) project partner report in English',
        tests: 'English Variance and Variance %, SEK in the title, an actual of 0, a total row starting with "Total"',
        tables: [
          {
            sheet: ws.name,
            headerRow: H,
            unit: 'kr',
            convention: 'unsigned',
            deviations: true,
            columns: { line: 'A', budget: 'B', outcome: 'C', deviation: 'D', comment: 'F' },
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

/** A kommun's nämnder in mnkr with Avvikelse and Avvikelse % (one wrong Avvikelse typed over). */
function avvikelseProcentMnkr(): Fixture {
  return {
    name: 'kommun-namnder-avvikelse-och-avvikelse-procent-mnkr-en-inskriven-avvikelse',
    build: () => {
      const wb = newBook('Ekonomikontoret');
      const ws = wb.addWorksheet('Nämnder');
      put(ws, 'A1', 'Driftredovisning per nämnd 2024, mnkr', { bold: true, size: 12 });
      const H = 3;
      putRow(ws, H, 'A', ['Nämnd', 'Budget', 'Utfall', 'Avvikelse', 'Avvikelse %'], { bold: true, border: true });
      const data: [string, string, string][] = [
        ['Kommunfullmäktige', '4.2', '3.9'],
        ['Kommunstyrelsen', '88.4', '91.7'],
        ['Barn- och utbildningsnämnden', '512.6', '509.3'],
        ['Socialnämnden', '198.1', '211.4'],
        ['Äldrenämnden', '402.8', '396.2'],
        ['Samhällsbyggnadsnämnden', '61.5', '58.9'],
        ['Kultur- och fritidsnämnden', '47.3', '48.1'],
      ];
      const wrongRow = H + 4;
      const lines: SpecLine[] = [];
      let r = H + 1;
      for (const [label, b, o] of data) {
        put(ws, `A${r}`, label);
        num(ws, `B${r}`, mnkr(b), 'mnkr', '#,##0.0');
        num(ws, `C${r}`, mnkr(o), 'mnkr', '#,##0.0');
        // Socialnämnden's Avvikelse was typed over with last month's figure.
        const dev = r === wrongRow ? mnkr('-9.8') : mnkr(b) - mnkr(o);
        num(ws, `D${r}`, dev, 'mnkr', '#,##0.0');
        put(ws, `E${r}`, Number(((Number(b) - Number(o)) / Number(b)).toFixed(3)), { numFmt: '0.0%' });
        lines.push({ row: r, key: label, side: 'cost', budget: mnkr(b), outcome: mnkr(o) });
        r++;
      }
      put(ws, `A${r}`, 'Summa nämnder', { bold: true });
      num(ws, `B${r}`, sum(lines.map((l) => l.budget)), 'mnkr', '#,##0.0', { bold: true });
      num(ws, `C${r}`, sum(lines.map((l) => l.outcome)), 'mnkr', '#,##0.0', { bold: true });
      widths(ws, { A: 32, B: 10, C: 10, D: 11, E: 12 });
      return built(wb, {
        family: 'statement',
        description:
          "A kommun's driftredovisning per nämnd in mnkr (title), net costs positive (unsigned, all costs): Budget, Utfall, Avvikelse (budget − outcome) and Avvikelse % as a percent cell. Socialnämnden's Avvikelse reads −9,8 mnkr where budget − outcome is −13,3 mnkr (typed over with an earlier month's figure): a reported-deviation finding at D7. The Avvikelse % column is not an amount. The Summa row foots for Budget and Utfall.",
        source: 'Kommun, driftredovisning per nämnd with Avvikelse %',
        tests: 'Avvikelse % beside Avvikelse, one reported deviation typed over, mnkr from the title',
        tables: [
          {
            sheet: ws.name,
            headerRow: H,
            unit: 'mnkr',
            convention: 'unsigned',
            deviations: true,
            columns: { line: 'A', budget: 'B', outcome: 'C', deviation: 'D' },
            cells: { budget: ['B'], outcome: ['C'] },
            lines,
          },
        ],
        totals: [{ sheet: ws.name, unit: 'mnkr', row: r, cols: ['B', 'C'], covers: lines.map((l) => l.row) }],
        reported: [
          {
            table: 0,
            col: 'D',
            expect: (l: LineFigures) => l.deviation,
            mismatchRows: [{ row: wrongRow, why: 'Avvikelse typed over: −9,8 mnkr where budget − outcome is −13,3 mnkr' }],
          },
        ],
      });
    },
  };
}

export const TEXT: Fixture[] = [csvSemicolon(), tkrSuffix(), euBudgetVsActual(), avvikelseProcentMnkr()];
