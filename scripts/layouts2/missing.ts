/**
 * Tables with a budget and no outcome, or an outcome and no budget: they give no deviation and no flag, and the
 * reading says which role is missing (SPEC 1.7, 2.1).
 */
import { built, Fixture, SpecLine } from './spec';
import { newBook, num, put, putRow, widths } from './sheet';
import { kr, sum, tkr } from './money';

/** A budget proposal: Budget 2024 and Budget 2025, a change column and plan years. No outcome. */
function budgetProposal(): Fixture {
  return {
    name: 'budgetforslag-tva-budgetar-plan-inget-utfall',
    build: () => {
      const wb = newBook('Förbundsdirektör');
      const ws = wb.addWorksheet('Budget 2025');
      put(ws, 'A1', 'Förslag till budget 2025 med plan 2026–2027', { bold: true, size: 13 });
      put(ws, 'A2', 'Belopp i tkr');
      const H = 4;
      putRow(ws, H, 'A', ['Verksamhet', 'Budget 2024', 'Budget 2025', 'Förändring', 'Plan 2026', 'Plan 2027'], { bold: true, border: true });
      const data: [string, string, string, string, string][] = [
        ['Medlemsavgifter', '-42300', '-43569', '-44876', '-46222'],
        ['Förbundsledning och kansli', '6850', '7012', '7180', '7350'],
        ['Räddningstjänst', '28400', '29350', '30120', '30900'],
        ['Förebyggande verksamhet', '4720', '4810', '4930', '5050'],
        ['Utbildning', '1180', '1255', '1290', '1320'],
        ['Avskrivningar', '2950', '3100', '3240', '3400'],
        ['Finansiella kostnader', '200', '250', '310', '360'],
      ];
      const lines: SpecLine[] = [];
      let r = H + 1;
      for (const [label, b24, b25, p26, p27] of data) {
        put(ws, `A${r}`, label);
        num(ws, `B${r}`, tkr(b24), 'tkr');
        num(ws, `C${r}`, tkr(b25), 'tkr');
        num(ws, `D${r}`, tkr(b25) - tkr(b24), 'tkr');
        num(ws, `E${r}`, tkr(p26), 'tkr');
        num(ws, `F${r}`, tkr(p27), 'tkr');
        lines.push({ row: r, key: label, side: label === 'Medlemsavgifter' ? 'income' : 'cost', budget: tkr(b25), outcome: null });
        r++;
      }
      put(ws, `A${r}`, 'Resultat', { bold: true });
      for (const [c, i] of [
        ['B', 1],
        ['C', 2],
        ['E', 3],
        ['F', 4],
      ] as [string, number][])
        num(ws, `${c}${r}`, sum(data.map((d) => tkr(d[i]))), 'tkr', '#,##0', { bold: true });
      num(ws, `D${r}`, sum(data.map((d) => tkr(d[2]) - tkr(d[1]))), 'tkr', '#,##0', { bold: true });
      widths(ws, { A: 30, B: 12, C: 12, D: 12, E: 12, F: 12 });
      return built(wb, {
        family: 'missing-role',
        description:
          "A kommunalförbund's budget proposal in tkr: Budget 2024 (this year's budget), Budget 2025 (proposed), Förändring, Plan 2026 and Plan 2027. There is no outcome anywhere, so there is nothing to reconcile: no deviation, no flag, and the reading says the outcome is missing (two budget years are not a budget and an outcome).",
        source: 'Kommunalförbund, förslag till budget med flerårsplan',
        tests: 'two budget years are not budget and outcome; no deviation invented',
        tables: [
          {
            sheet: ws.name,
            headerRow: H,
            unit: 'tkr',
            convention: 'ledger',
            deviations: false,
            missingRole: 'outcome',
            columns: { line: 'A', budget: 'C' },
            cells: { budget: ['C'] },
            lines,
          },
        ],
        mustNotFlag: true,
      });
    },
  };
}

/** Outcome 2023 and 2024 per account, no budget: the earlier year is the prior year, not a budget. */
function twoOutcomeYears(): Fixture {
  return {
    name: 'utfall-tva-ar-ingen-budget-jamforelse',
    build: () => {
      const wb = newBook('Ekonom');
      const ws = wb.addWorksheet('Jämförelse');
      put(ws, 'A1', 'Resultat per konto – jämförelse med föregående år', { bold: true, size: 12 });
      const H = 3;
      putRow(ws, H, 'A', ['Konto', 'Kontonamn', 'Utfall 2023', 'Utfall 2024', 'Förändring', 'Förändring %'], { bold: true, border: true });
      const data: [string, string, string, string][] = [
        ['3110', 'Medlemsavgifter', '-11800000', '-12150000'],
        ['3310', 'Statsbidrag', '-950000', '-1204500'],
        ['5010', 'Löner', '5912400', '6240118.40'],
        ['5510', 'Arbetsgivaravgifter', '1857700', '1960612.25'],
        ['6110', 'Lokalhyra', '702000', '716040'],
        ['6550', 'Konsulttjänster', '1312000', '988450'],
        ['7010', 'Resor', '188300', '214900'],
        ['8410', 'Räntekostnader', '41200', '36810'],
      ];
      const lines: SpecLine[] = [];
      let r = H + 1;
      for (const [konto, name, y23, y24] of data) {
        putRow(ws, r, 'A', [Number(konto), name]);
        num(ws, `C${r}`, kr(y23), 'kr', '#,##0.00');
        num(ws, `D${r}`, kr(y24), 'kr', '#,##0.00');
        num(ws, `E${r}`, kr(y24) - kr(y23), 'kr', '#,##0.00');
        put(ws, `F${r}`, Number(((Number(kr(y24)) - Number(kr(y23))) / Math.abs(Number(kr(y23)))).toFixed(3)), { numFmt: '0.0%' });
        lines.push({ row: r, key: name, side: konto.startsWith('3') ? 'income' : 'cost', budget: null, outcome: kr(y24) });
        r++;
      }
      widths(ws, { A: 8, B: 24, C: 15, D: 15, E: 15, F: 12 });
      return built(wb, {
        family: 'missing-role',
        description:
          'A ledger comparison per account with Utfall 2023 before Utfall 2024, a change and a change in percent. There is no budget: 2024 is the outcome and 2023 the prior year, and nothing may be compared as if 2023 were a budget. No deviation, no flag; the reading says the budget is missing.',
        source: 'Ledger comparison with the previous year (saldolista per konto, two years)',
        tests: 'two outcome years are not budget and outcome; no deviation invented',
        tables: [
          {
            sheet: ws.name,
            headerRow: H,
            unit: 'kr',
            convention: 'ledger',
            deviations: false,
            missingRole: 'budget',
            columns: { code: 'A', line: 'B', priorYear: 'C', outcome: 'D' },
            cells: { outcome: ['D'] },
            lines,
          },
        ],
        mustNotFlag: true,
      });
    },
  };
}

/** An English forecast sheet: Annual budget and Full-year forecast per department, no actuals. */
function forecastWithoutActuals(): Fixture {
  return {
    name: 'english-forecast-no-actuals',
    build: () => {
      const wb = newBook('Finance');
      const ws = wb.addWorksheet('Forecast Q2');
      put(ws, 'A1', 'Full-year forecast per department, June 2024 (SEK)', { bold: true, size: 12 });
      const H = 3;
      putRow(ws, H, 'A', ['Department', 'Annual budget', 'Full-year forecast', 'Change vs budget', 'Comment'], { bold: true, border: true });
      const data: [string, string, string, string?][] = [
        ['Management and board', '2150000', '2210000'],
        ['Communications', '1480000', '1395000', 'Vacancy until September'],
        ['Regional development', '6900000', '7340000', 'Extra study on rail link'],
        ['EU projects (net)', '850000', '620000'],
        ['Administration', '3100000', '3090000'],
      ];
      const lines: SpecLine[] = [];
      let r = H + 1;
      for (const [dept, b, f, c] of data) {
        put(ws, `A${r}`, dept);
        num(ws, `B${r}`, kr(b), 'kr');
        num(ws, `C${r}`, kr(f), 'kr');
        num(ws, `D${r}`, kr(b) - kr(f), 'kr');
        if (c) put(ws, `E${r}`, c, { italic: true });
        lines.push({ row: r, key: dept, side: 'cost', budget: kr(b), outcome: null });
        r++;
      }
      put(ws, `A${r}`, 'Total', { bold: true });
      num(ws, `B${r}`, sum(data.map((d) => kr(d[1]))), 'kr', '#,##0', { bold: true });
      num(ws, `C${r}`, sum(data.map((d) => kr(d[2]))), 'kr', '#,##0', { bold: true });
      num(ws, `D${r}`, sum(data.map((d) => kr(d[1]) - kr(d[2]))), 'kr', '#,##0', { bold: true });
      widths(ws, { A: 28, B: 15, C: 18, D: 17, E: 30 });
      return built(wb, {
        family: 'missing-role',
        description:
          'An English forecast sheet: Annual budget and Full-year forecast per department with the change and comments, but no actuals. A forecast is not an outcome: there is no budget deviation to give (the forecast change may be shown as such), no flag, and the reading says the outcome is missing.',
        source: 'Regional council, forecast round in English',
        tests: 'a forecast is not an outcome; no deviation invented in an English sheet',
        tables: [
          {
            sheet: ws.name,
            headerRow: H,
            unit: 'kr',
            convention: 'unsigned',
            deviations: false,
            missingRole: 'outcome',
            columns: { line: 'A', budget: 'B', forecast: 'C' },
            cells: { budget: ['B'] },
            lines,
          },
        ],
        mustNotFlag: true,
      });
    },
  };
}

export const MISSING: Fixture[] = [budgetProposal(), twoOutcomeYears(), forecastWithoutActuals()];
