/** Months written as text `jan-25 … dec-25` across, filled through June, against the year's budget. */
import { Fixture } from '../layouts2/spec';
import { newBook, put, putRow, shift, widths } from '../layouts2/sheet';
import { kr, sum } from '../layouts2/money';
import { built9, sideOf, writeLines } from './kit';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];

function textMonthHeaders(): Fixture {
  return {
    name: 'manadsrubriker-som-text-jan-25-feb-25-utfall-tom-juni-mot-arsbudget',
    build: () => {
      const wb = newBook('Ekonom');
      const ws = wb.addWorksheet('Per månad');
      put(ws, 'A1', 'Utfall per månad 2025 (kr) – Kommunalförbundet Norrbottens Energikontor', { bold: true, size: 12 });
      const H = 3;
      putRow(ws, H, 'A', ['Konto', 'Benämning', 'Årsbudget', ...MONTHS.map((m) => `${m}-25`)], { bold: true, border: true });
      const data: [string, string, string, string[]][] = [
        ['3041', 'Medlemsavgifter', '2400000', ['600000', '0', '0', '600000', '0', '0']],
        ['3110', 'Projektintäkter', '1800000', ['0', '120500', '148200', '131400', '160900', '139750']],
        ['4010', 'Löner', '2640000', ['214300', '218900', '221450', '219800', '224100', '226300']],
        ['4710', 'Sociala avgifter', '830000', ['67320', '68780', '69580', '69050', '70410', '71100']],
        ['5010', 'Lokalhyra', '264000', ['22000', '22000', '22000', '22000', '22000', '22000']],
        ['5810', 'Resor', '120000', ['2150', '11840', '9320', '14210', '8760', '3390']],
        ['6550', 'Konsulttjänster', '640000', ['0', '38000', '61250', '45500', '82100', '12400']],
        ['6990', 'Övriga kostnader', '180000', ['9210', '14330', '18870', '11240', '16905', '8120']],
      ];
      const outCols = MONTHS.slice(0, 6).map((_, i) => shift('D', i));
      const rows = data.map(([konto, name, b, months]) => ({
        labels: [Number(konto), name] as (string | number)[],
        side: sideOf(konto),
        amounts: { C: kr(b), ...Object.fromEntries(months.map((m, i) => [outCols[i], kr(m)])) },
      }));
      const lines = writeLines(ws, H + 1, rows, 'kr', { budget: 'C' });
      for (const [i, l] of lines.entries()) l.outcome = sum(data[i][3].map(kr));
      widths(ws, { A: 8, B: 20, C: 12, ...Object.fromEntries(MONTHS.map((_, i) => [shift('D', i), 10])) });
      return built9(wb, {
        family: 'months',
        description:
          'Outcome per month with the months written as text, "jan-25", "feb-25" … "dec-25" (month abbreviation and two-digit year, as a pasted report leaves them), beside "Årsbudget". The books are closed through June: jul-25 … dec-25 are empty in every row. The year so far is January–June (six months), compared with 6/12 of the year\'s budget (no period budget). Unsigned: two income accounts (3xxx), costs.',
        source: 'Kommunalförbund, outcome per month pasted from a BI report',
        tests: 'month headers as text jan-25 … dec-25: months, outcome through June, pro rata',
        tables: [
          {
            sheet: ws.name,
            headerRow: H,
            unit: 'kr',
            convention: 'unsigned',
            deviations: true,
            columns: { code: 'A', line: 'B', budget: 'C' },
            period: { months: 6, basis: 'pro-rata' },
            cells: { budget: ['C'], outcome: outCols },
            lines,
          },
        ],
      });
    },
  };
}

export const PERIODS: Fixture[] = [textMonthHeaders()];
