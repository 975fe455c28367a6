/**
 * Cells that hold no amount, or one that reads two ways: notes typed where a budget belongs, a summary of formulas
 * saved without their values, a budget of zero (no percentage), dashes and negative zeros, one column with
 * Swedish and English separators, and a forecast written as a word.
 */
import ExcelJS from 'exceljs';
import { ErrorSpec, Fixture, LineFigures, SpecLine } from '../layouts2/spec';
import { newBook, num, put, putRow, widths } from '../layouts2/sheet';
import { kr, tkr } from '../layouts2/money';
import { built8, sideOf, sumRow, uncached } from './kit';

/** Aktivitet | Budget 2025 | Utfall 2025 | Kommentar, with a third of the budget cells holding a note. */
function notesInBudget(): Fixture {
  return {
    name: 'budgetkolumn-dar-var-tredje-cell-ar-en-anteckning-se-bilaga',
    build: () => {
      const wb = newBook('Verksamhetsledare');
      const ws = wb.addWorksheet('Budget och utfall');
      put(ws, 'A1', 'Aktiviteter 2025 – budget och utfall, Finsam Västra Götaland Norra (kronor)', { bold: true, size: 12 });
      const H = 3;
      putRow(ws, H, 'A', ['Aktivitet', 'Budget 2025', 'Utfall 2025', 'Kommentar'], { bold: true, border: true });
      const data: [string, string, string, string?][] = [
        ['Samverkansteam', '1250000', '1198340'],
        ['Arbetsträning', 'se bilaga', '842615', 'Budget enligt bilaga 2'],
        ['Motiverande samtal', '310000', '288150'],
        ['Studiecirklar', '95000', '102480'],
        ['Friskvård', 'enl. avtal', '64000', 'Avtal med Friskis'],
        ['Språkstöd', '220000', '197620'],
        ['Handledning', '180000', '176000'],
        ['Uppsökande arbete', 'ingår i Samverkansteam', '48250'],
        ['Kansli', '690000', '671912'],
      ];
      const lines: SpecLine[] = [];
      const errors: ErrorSpec[] = [];
      let r = H + 1;
      for (const [label, b, o, c] of data) {
        put(ws, `A${r}`, label);
        const note = !/^\d+$/.test(b);
        if (note) {
          put(ws, `B${r}`, b, { align: 'right' });
          errors.push({ sheet: ws.name, cell: `B${r}`, why: `a note where the budget belongs: "${b}"` });
        } else num(ws, `B${r}`, kr(b), 'kr');
        num(ws, `C${r}`, kr(o), 'kr');
        if (c) put(ws, `D${r}`, c, { italic: true });
        lines.push({ row: r, key: label, side: 'cost', budget: note ? null : kr(b), outcome: kr(o) });
        r++;
      }
      // SUMMA skips text: the printed budget total is that of the figures only.
      sumRow(
        ws,
        r,
        'A',
        'Summa',
        [
          ['B', (l) => l.budget],
          ['C', (l) => l.outcome],
        ],
        lines,
        'kr',
      );
      widths(ws, { A: 24, B: 22, C: 13, D: 26 });
      return built8(wb, {
        family: 'odd',
        description:
          'A list of activities in kronor where three of the nine budget cells hold a note instead of an amount ("se bilaga", "enl. avtal", "ingår i Samverkansteam"). A note is no budget and no zero: each is reported by its cell, its line has outcome but no deviation, and the rollup leaves three lines out. The other six are compared as costs (budget − outcome). The Summa row adds only the figures, as SUMMA does, and foots.',
        source: 'Samordningsförbund, aktivitetsbudget kept by a verksamhetsledare',
        tests: 'notes in a third of the budget cells: reported by cell, their lines left out, the rest compared',
        tables: [
          {
            sheet: ws.name,
            headerRow: H,
            unit: 'kr',
            convention: 'unsigned',
            deviations: true,
            total: true,
            columns: { line: 'A', budget: 'B', outcome: 'C' },
            cells: { budget: ['B'], outcome: ['C'] },
            lines,
          },
        ],
        totals: [{ sheet: ws.name, unit: 'kr', row: r, cols: ['B', 'C'], covers: lines.map((l) => l.row) }],
        errors,
      });
    },
  };
}

/** Sammandrag of SUMIF formulas saved without values, beside the detail they sum. */
function summaryWithoutValues(): Fixture {
  return {
    name: 'sammandrag-av-formler-sparade-utan-varden-bredvid-detaljen',
    build: () => {
      const wb = newBook('Rapportgenerator');
      const ss = wb.addWorksheet('Sammandrag');
      const ds = wb.addWorksheet('Insatser');
      put(ds, 'A1', 'Insatser 2025 per målområde (kronor)', { bold: true, size: 12 });
      const H = 3;
      putRow(ds, H, 'A', ['Målområde', 'Insats', 'Budget', 'Utfall'], { bold: true, border: true });
      const data: [string, string, string, string][] = [
        ['Individ', 'Coachning', '820000', '781450'],
        ['Individ', 'Praktikplatser', '460000', '512300'],
        ['Individ', 'Hälsoinsatser', '210000', '188640'],
        ['Struktur', 'Gemensam kartläggning', '350000', '297800'],
        ['Struktur', 'Kompetensutveckling', '190000', '201150'],
        ['Struktur', 'Utvärdering', '150000', '150000'],
        ['Förbundet', 'Kansli', '940000', '903126'],
        ['Förbundet', 'Styrelse', '120000', '98420'],
      ];
      const lines: SpecLine[] = [];
      let r = H + 1;
      for (const [goal, label, b, o] of data) {
        putRow(ds, r, 'A', [goal, label]);
        num(ds, `C${r}`, kr(b), 'kr');
        num(ds, `D${r}`, kr(o), 'kr');
        lines.push({ row: r, key: label, group: goal, side: 'cost', budget: kr(b), outcome: kr(o) });
        r++;
      }
      const last = r - 1;
      widths(ds, { A: 12, B: 26, C: 12, D: 12 });

      put(ss, 'A1', 'Sammandrag per målområde 2025', { bold: true, size: 12 });
      put(ss, 'A2', 'Skapad av rapportgeneratorn; öppna i Excel och räkna om för att se beloppen.', { italic: true });
      const S = 4;
      putRow(ss, S, 'A', ['Målområde', 'Budget', 'Utfall'], { bold: true, border: true });
      const goals = ['Individ', 'Struktur', 'Förbundet'];
      const summary: SpecLine[] = [];
      const errors: ErrorSpec[] = [];
      goals.forEach((g, i) => {
        const row = S + 1 + i;
        put(ss, `A${row}`, g);
        uncached(ss, `B${row}`, `SUMIF(Insatser!$A$4:$A$${last},A${row},Insatser!$C$4:$C$${last})`);
        uncached(ss, `C${row}`, `SUMIF(Insatser!$A$4:$A$${last},A${row},Insatser!$D$4:$D$${last})`);
        summary.push({ row, key: g, side: 'cost', budget: null, outcome: null });
        errors.push(
          { sheet: ss.name, cell: `B${row}`, why: 'a formula saved without its value' },
          { sheet: ss.name, cell: `C${row}`, why: 'a formula saved without its value' },
        );
      });
      const t = S + 1 + goals.length;
      put(ss, `A${t}`, 'Summa', { bold: true });
      uncached(ss, `B${t}`, `SUM(B${S + 1}:B${t - 1})`, { bold: true });
      uncached(ss, `C${t}`, `SUM(C${S + 1}:C${t - 1})`, { bold: true });
      errors.push(
        { sheet: ss.name, cell: `B${t}`, why: 'a formula saved without its value' },
        { sheet: ss.name, cell: `C${t}`, why: 'a formula saved without its value' },
      );
      widths(ss, { A: 14, B: 12, C: 12 });
      return built8(wb, {
        family: 'goal-area',
        description:
          'A summary sheet written by a report generator that never calculated: every figure of Sammandrag is a SUMIF or SUM formula over Insatser with no value saved in the file (Excel would compute it on opening; a file reader sees none). Nothing may be read from those cells, least of all zero: each is reported by its cell, the summary gives no deviation, and no cross-sheet check is made against figures that are not there. The detail sheet Insatser is read and compared per målområde as usual (costs, budget − outcome).',
        source: 'Samordningsförbund, sammandrag written by a report tool without calculation',
        tests: 'formulas with no cached value: each cell reported, nothing computed from the summary, the detail compared',
        tables: [
          {
            sheet: ds.name,
            headerRow: H,
            unit: 'kr',
            convention: 'unsigned',
            deviations: true,
            groups: true,
            columns: { goalArea: 'A', line: 'B', budget: 'C', outcome: 'D' },
            cells: { budget: ['C'], outcome: ['D'] },
            lines,
          },
          {
            sheet: ss.name,
            headerRow: S,
            unit: 'kr',
            convention: 'unsigned',
            deviations: false,
            columns: { goalArea: 'A', budget: 'B', outcome: 'C' },
            cells: { budget: ['B'], outcome: ['C'] },
            lines: summary,
          },
        ],
        errors,
      });
    },
  };
}

/** Verksamhet | Budget | Utfall | Avvikelse | Avvikelse % (#DIV/0! where the budget is 0). */
function zeroBudget(): Fixture {
  return {
    name: 'budget-noll-pa-rader-med-utfall-ingen-procent-och-div-0-i-procentkolumnen',
    build: () => {
      const wb = newBook('Ekonom');
      const ws = wb.addWorksheet('Drift 2025');
      put(ws, 'A1', 'Driftuppföljning helår 2025 – Kommunalförbundet Kust (kronor)', { bold: true, size: 12 });
      const H = 3;
      putRow(ws, H, 'A', ['Verksamhet', 'Budget', 'Utfall', 'Avvikelse', 'Avvikelse %'], { bold: true, border: true });
      const data: [string, string, string][] = [
        ['Administration', '2450000', '2387410'],
        ['IT-stöd', '610000', '655820'],
        ['Juridik', '0', '184500'],
        ['Kommunikation', '380000', '352770'],
        ['Försäkringar', '0', '0'],
        ['Omställning', '0', '48200'],
        ['Revision', '160000', '158000'],
      ];
      const lines: SpecLine[] = [];
      let r = H + 1;
      for (const [label, b, o] of data) {
        put(ws, `A${r}`, label);
        num(ws, `B${r}`, kr(b), 'kr');
        num(ws, `C${r}`, kr(o), 'kr');
        num(ws, `D${r}`, kr(b) - kr(o), 'kr');
        // As the sheet's formula leaves it: a share, or #DIV/0! where the budget is zero.
        const pct = kr(b) === 0n ? ({ error: '#DIV/0!' } as ExcelJS.CellErrorValue) : Math.round(((Number(b) - Number(o)) / Number(b)) * 1000) / 1000;
        put(ws, `E${r}`, { formula: `D${r}/B${r}`, result: pct } as ExcelJS.CellFormulaValue, { numFmt: '0.0%' });
        lines.push({ row: r, key: label, side: 'cost', budget: kr(b), outcome: kr(o), noPercent: kr(b) === 0n });
        r++;
      }
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
      widths(ws, { A: 20, B: 12, C: 12, D: 12, E: 12 });
      return built8(wb, {
        family: 'odd',
        description:
          "An operating follow-up in kronor where three lines have a budget of 0: Juridik and Omställning with outcome (184 500 and 48 200), Försäkringar with none. A budget of zero is a budget: the deviation is computed (−184 500, −48 200, 0), but a percentage of zero is no number, not infinity: deviationPercent is absent on those lines. The sheet's own Avvikelse % shows #DIV/0! there; it is a percentage column the reader does not use, so its error values are no input errors. Costs, unsigned; Avvikelse agrees; Summa foots.",
        source: 'Kommunalförbund, driftuppföljning with unbudgeted costs',
        tests: 'a zero budget with outcome: deviation yes, percentage absent; #DIV/0! in an unused % column not reported',
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

/** Konto | Benämning | Budget | Utfall with `-`, `–`, `-0`, `−0,00` and `0,00 -` written as text. */
function dashesAndNegativeZero(): Fixture {
  return {
    name: 'streck-och-minus-noll-som-text-i-budget-och-utfall',
    build: () => {
      const wb = newBook('Redovisningsekonom');
      const ws = wb.addWorksheet('Avstämning');
      put(ws, 'A1', 'Avstämning budget mot utfall 2025, kronor (kopierat från PDF-rapporten)', { bold: true, size: 12 });
      const H = 3;
      putRow(ws, H, 'A', ['Konto', 'Benämning', 'Budget', 'Utfall'], { bold: true, border: true });
      // [konto, name, budget cell, outcome cell]: text as the PDF copy writes it, or a number.
      const data: [string, string, string | number, string | number][] = [
        ['3041', 'Medlemsavgifter', '-8 640 000', '-8 640 000'],
        ['3110', 'Statsbidrag', '-', '-215 000'],
        ['4010', 'Löner', '3 880 000', '3 912 417'],
        ['4710', 'Sociala avgifter', '1 219 000', '1 229 281'],
        ['5010', 'Lokalhyra', '-0', '0'],
        ['5410', 'Förbrukningsinventarier', '85 000', '–'],
        ['5810', 'Resor', '−0,00', '12 640'],
        ['6110', 'Kontorsmaterial', '-', '-'],
        ['6550', 'Konsulttjänster', '1 140 000', '0,00 -'],
        ['6990', 'Övriga kostnader', '316 000', '301 887'],
      ];
      const read = (v: string | number): bigint | null => {
        if (typeof v === 'number') return kr(v);
        const s = v.replace(/\s/g, '').replace('−', '-').replace(',', '.');
        if (s === '-' || s === '–') return null;
        if (s === '0.00-') return 0n;
        return kr(s.replace(/^-0(\.0+)?$/, '0'));
      };
      const lines: SpecLine[] = [];
      let r = H + 1;
      for (const [konto, name, b, o] of data) {
        putRow(ws, r, 'A', [Number(konto), name]);
        for (const [c, v] of [
          ['C', b],
          ['D', o],
        ] as const)
          put(ws, `${c}${r}`, v, { align: 'right' });
        lines.push({ row: r, key: name, side: sideOf(konto), budget: read(b), outcome: read(o), noPercent: read(b) === 0n });
        r++;
      }
      widths(ws, { A: 8, B: 26, C: 14, D: 14 });
      return built8(wb, {
        family: 'odd',
        description:
          'A reconciliation copied from a PDF report, every amount text: "-" and "–" alone mean no value (Statsbidrag has no budget: ej budgeterat; Förbrukningsinventarier no outcome: inget utfall; Kontorsmaterial neither, and is still a line, with a code, never a heading), while "-0", "−0,00" and "0,00 -" are zero, signed or not: Lokalhyra is budgeted 0 and has 0 (deviation 0, no percentage), Resor budgeted 0 with outcome 12 640 (deviation −12 640, no percentage), Konsulttjänster has 1 140 000 budget and outcome 0 (deviation 1 140 000). Ledger signs (income negative).',
        source: 'Kommunalförbund, avstämning pasted from a PDF with dashes for empty cells',
        tests: 'a dash is no value, minus zero is zero; a coded line with no figures stays a line',
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

/** Konto | Benämning | Budget | Utfall (text): `1.234,50` and `1,234.50` in one column, and `12,500` that reads both ways. */
function mixedSeparators(): Fixture {
  return {
    name: 'punkt-och-komma-blandat-i-en-kolumn-1-234-50-och-1-234-50',
    build: () => {
      const wb = newBook('Ekonomiassistent');
      const ws = wb.addWorksheet('Export');
      put(ws, 'A1', 'Utfall 2025 per konto – sammanställt ur två exporter (kronor)', { bold: true, size: 12 });
      put(ws, 'A2', 'Utfallet klistrat in som text från två system.', { italic: true });
      const H = 4;
      putRow(ws, H, 'A', ['Konto', 'Benämning', 'Budget', 'Utfall'], { bold: true, border: true });
      // [konto, name, budget, outcome text]; the source figure of each text, or null where it reads two ways.
      const twoWays: Record<string, string> = { '12,500': '12,50 kr or 12 500 kr', '3.400': '3 400 kr or 3,40 kr' };
      const data: [string, string, string, string, string | null][] = [
        ['3041', 'Medlemsavgifter', '-6240000', '-6.240.000,00', '-6240000'],
        ['3110', 'Projektbidrag', '-480000', '-512,340.50', '-512340.50'],
        ['4010', 'Löner', '2950000', '2.987.112,40', '2987112.40'],
        ['4710', 'Sociala avgifter', '927000', '938,551.15', '938551.15'],
        ['5010', 'Lokalhyra', '420000', '420.000,00', '420000'],
        ['5460', 'Förbrukningsmaterial', '15000', '12,500', null],
        ['5810', 'Resor', '90000', '84,215.80', '84215.80'],
        ['6230', 'Datakommunikation', '6000', '3.400', null],
        ['6550', 'Konsulttjänster', '1350000', '1.196.440,00', '1196440'],
        ['6990', 'Övriga kostnader', '190000', '201,118.25', '201118.25'],
      ];
      const lines: SpecLine[] = [];
      const errors: ErrorSpec[] = [];
      const english: string[] = [];
      let r = H + 1;
      for (const [konto, name, b, o, value] of data) {
        putRow(ws, r, 'A', [Number(konto), name]);
        num(ws, `C${r}`, kr(b), 'kr');
        put(ws, `D${r}`, o, { align: 'right' });
        if (value === null) errors.push({ sheet: ws.name, cell: `D${r}`, why: `"${o}" reads as ${twoWays[o]} in a column that writes both forms` });
        else if (/,\d{3}\./.test(o)) english.push(`D${r}`);
        lines.push({ row: r, key: name, side: sideOf(konto), budget: kr(b), outcome: value === null ? null : kr(value) });
        r++;
      }
      widths(ws, { A: 8, B: 24, C: 13, D: 16 });
      return built8(wb, {
        family: 'odd',
        description:
          'An outcome column pasted as text from two systems: some cells in Swedish form with dots grouping and a comma for decimals ("2.987.112,40"), others in English form with commas grouping and a dot for decimals ("938,551.15"). Each of these reads one way only. But "12,500" (Förbrukningsmaterial) is 12,50 kr in the first form and 12 500 kr in the second, and "3.400" (Datakommunikation) 3 400 kr or 3,40 kr: in a column that writes both, neither can be read. They are reported by their cells and their lines have no deviation; the other eight are compared. Ledger signs.',
        source: 'Kommunalförbund, outcome collected from two exports with different locales',
        tests: 'Swedish and English separators in one column: each full form read, the forms that read two ways reported',
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
        errors,
        english: [{ sheet: ws.name, cells: english }],
      });
    },
  };
}

/** Verksamhet | Budget 2025 | Utfall jan–aug | Prognos helår, where two forecasts are the words "oförändrad" and "enl. budget". */
function forecastAsWord(): Fixture {
  return {
    name: 'prognos-skriven-som-ord-oforandrad-och-enligt-budget',
    build: () => {
      const wb = newBook('Controller');
      const ws = wb.addWorksheet('Prognos augusti');
      put(ws, 'A1', 'Delårsrapport januari–augusti 2025 med helårsprognos (tkr)', { bold: true, size: 12 });
      const H = 3;
      putRow(ws, H, 'A', ['Verksamhet', 'Budget 2025', 'Utfall jan–aug', 'Prognos helår'], { bold: true, border: true });
      const data: [string, string, string, string][] = [
        ['Medlemsavgifter', '48600', '32400', '48600'],
        ['Förbundsledning', '5240', '3318.6', 'oförändrad'],
        ['Räddningstjänst', '31850', '21984.2', '32600'],
        ['Förebyggande', '4420', '2689.5', '4100'],
        ['Utbildning', '1760', '1302.8', 'enl. budget'],
        ['Fastigheter', '5330', '3561.9', '5410'],
      ];
      const lines: SpecLine[] = [];
      const errors: ErrorSpec[] = [];
      let r = H + 1;
      for (const [label, b, o, f] of data) {
        put(ws, `A${r}`, label);
        num(ws, `B${r}`, tkr(b), 'tkr', '#,##0.0');
        num(ws, `C${r}`, tkr(o), 'tkr', '#,##0.0');
        const word = !/^\d/.test(f);
        if (word) {
          put(ws, `D${r}`, f, { align: 'right' });
          errors.push({ sheet: ws.name, cell: `D${r}`, why: `a forecast written as a word: "${f}"` });
        } else num(ws, `D${r}`, tkr(f), 'tkr', '#,##0.0');
        lines.push({
          row: r,
          key: label,
          side: label === 'Medlemsavgifter' ? 'income' : 'cost',
          budget: tkr(b),
          outcome: tkr(o),
          forecast: word ? null : tkr(f),
        });
        r++;
      }
      widths(ws, { A: 20, B: 13, C: 14, D: 14 });
      return built8(wb, {
        family: 'interim',
        description:
          'An interim report in tkr through August: Budget 2025, Utfall jan–aug and Prognos helår, where two forecasts are words: "oförändrad" (Förbundsledning) and "enl. budget" (Utbildning). Both probably mean the budget, but a word is no forecast: reading it as the budget would invent a forecast deviation of exactly 0 on lines nobody has forecast in figures. The two cells are reported; those lines have no forecast and no forecast deviation, and keep their deviation for the year so far (budget × 8/12 against the outcome, as no period budget is given). Unsigned; Medlemsavgifter is income.',
        source: 'Räddningstjänstförbund, delårsrapport with forecasts typed as words',
        tests: 'a forecast written as a word: reported, no forecast invented from it, the year-to-date deviation kept',
        tables: [
          {
            sheet: ws.name,
            headerRow: H,
            unit: 'tkr',
            convention: 'unsigned',
            deviations: true,
            period: { months: 8, basis: 'pro-rata' },
            columns: { line: 'A', budget: 'B', outcome: 'C', forecast: 'D' },
            cells: { budget: ['B'], outcome: ['C'], forecast: ['D'] },
            lines,
          },
        ],
        errors,
      });
    },
  };
}

export const CELLS: Fixture[] = [notesInBudget(), summaryWithoutValues(), zeroBudget(), dashesAndNegativeZero(), mixedSeparators(), forecastAsWord()];
