/**
 * Periods as economists of förbund lay them out: a year-end tertial report with T1, T2, T3 and Helår under a
 * merged "Utfall 2025"; a second tertial report with Utfall T1, Utfall T2 and the accumulated outcome beside a
 * full-year forecast; months January–August with a "Summa ack" column, the year's budget and what is left of it.
 */
import { Fixture, LineFigures, SpecLine } from '../layouts2/spec';
import { newBook, put, putRow, shift, widths } from '../layouts2/sheet';
import { kr, sum, tkr } from '../layouts2/money';
import { built11, favourableDiff, sideOf, Src, sumRow, writeLines } from './kit';

/** Tertialrapport 3 (the year closed): Budget 2025 | Utfall 2025 merged over T1 | T2 | T3 | Helår | Avvikelse. */
function tertialsAndYear(): Fixture {
  return {
    name: 'tertialrapport-3-utfall-t1-t2-t3-och-helar-under-sammanslagen-rubrik-mot-arsbudget-tkr',
    build: () => {
      const wb = newBook('Förbundsekonom');
      const ws = wb.addWorksheet('Tertial 3');
      put(ws, 'A1', 'Kommunalförbundet Kollektivtrafik Sydost – tertialrapport 3 2025 (helår)', { bold: true, size: 12 });
      put(ws, 'A2', 'Nettokostnad per verksamhet, tkr', { italic: true });
      putRow(ws, 4, 'A', ['Verksamhet', 'Budget 2025', 'Utfall 2025', undefined, undefined, undefined, 'Avvikelse'], { bold: true, align: 'center' });
      putRow(ws, 5, 'C', ['T1', 'T2', 'T3', 'Helår'], { bold: true, border: true, align: 'center' });
      ws.mergeCells('A4:A5');
      ws.mergeCells('B4:B5');
      ws.mergeCells('C4:F4');
      ws.mergeCells('G4:G5');
      const H = 5;
      const data: [string, string, [string, string, string]][] = [
        ['Upphandlad busstrafik', '318400', ['104215', '98730', '112984']],
        ['Serviceresor och färdtjänst', '61200', ['20114', '18876', '22905']],
        ['Skolskjuts', '44800', ['15602', '10218', '17744']],
        ['Tågtrafik (Krösatågen)', '72300', ['24100', '24100', '24100']],
        ['Biljettintäkter (netto)', '-96500', ['-31412', '-30877', '-33920']],
        ['Kundtjänst och information', '9400', ['3011', '2998', '3410']],
        ['Förbundsgemensamt', '12100', ['3876', '3912', '4480']],
      ];
      const rows: Src[] = data.map(([name, b, ts]) => {
        const t = ts.map(tkr);
        const year = sum(t);
        // Net costs positive and the one net income negative: ledger signs (deviation = budget − utfall on every row).
        return { labels: [name], side: tkr(b) < 0n ? 'income' : 'cost', amounts: { B: tkr(b), C: t[0], D: t[1], E: t[2], F: year, G: tkr(b) - year } };
      });
      const lines = writeLines(ws, H + 1, rows, 'tkr', { budget: 'B', outcome: 'F' });
      const r = H + 1 + lines.length;
      const col = (c: string) => (l: SpecLine) => rows[lines.indexOf(l)].amounts[c] ?? null;
      sumRow(
        ws,
        r,
        'A',
        'Summa nettokostnad',
        ['B', 'C', 'D', 'E', 'F', 'G'].map((c) => [c, col(c)] as [string, (l: SpecLine) => bigint | null]),
        lines,
        'tkr',
      );
      widths(ws, { A: 30, B: 13, C: 10, D: 10, E: 10, F: 11, G: 11 });
      return built11(wb, {
        family: 'interim',
        description:
          'A kommunalförbund\'s third tertial report, the year closed: net cost per verksamhet in tkr, "Budget 2025" beside "Utfall 2025" merged over four columns T1 | T2 | T3 | Helår, then Avvikelse. T1–T3 are the year\'s three four-month parts and Helår is their sum: the outcome is Helår (column F), for twelve months against the year\'s budget, never T1 + T2 + T3 + Helår. Net costs positive and the one net income (Biljettintäkter) negative, as a ledger signs them; Avvikelse = budget − utfall on every row agrees. Summa nettokostnad foots in every column.',
        source: 'Kommunalförbund (kollektivtrafik), tertialrapport 3 / helårsuppföljning',
        tests: 'T1, T2, T3 and Helår under a merged Utfall: the outcome is Helår, the tertials its parts',
        tables: [
          {
            sheet: ws.name,
            headerRow: H,
            unit: 'tkr',
            convention: 'ledger',
            deviations: true,
            columns: { line: 'A', budget: 'B', outcome: 'F', deviation: 'G' },
            cells: { budget: ['B'], outcome: ['F'] },
            lines,
            count: true,
          },
        ],
        totals: [{ sheet: ws.name, unit: 'tkr', row: r, cols: ['B', 'C', 'D', 'E', 'F', 'G'], covers: lines.map((l) => l.row) }],
        reported: [{ table: 0, col: 'G', expect: (l: LineFigures) => l.deviation }],
      });
    },
  };
}

/** Tertialrapport 2: Budget 2025 | Utfall T1 | Utfall T2 | Utfall ack T2 | Prognos helår | Prognosavvikelse. */
function secondTertialAccumulated(): Fixture {
  return {
    name: 'tertialrapport-2-utfall-t1-t2-och-ack-prognos-helar-mot-arsbudget-inget-periodiserat-tkr',
    build: () => {
      const wb = newBook('Förbundschef');
      const ws = wb.addWorksheet('T2 2025');
      put(ws, 'A1', 'Samordningsförbundet Värmland – tertialrapport 2, januari–augusti 2025', { bold: true, size: 12 });
      put(ws, 'A2', 'Belopp i tkr', { italic: true });
      const H = 4;
      putRow(ws, H, 'A', ['Post', 'Budget 2025', 'Utfall T1', 'Utfall T2', 'Utfall ack T2', 'Prognos helår', 'Prognosavvikelse'], {
        bold: true,
        border: true,
        wrap: true,
      });
      const data: [string, 'income' | 'cost', string, string, string, string][] = [
        ['Medlemsbidrag Försäkringskassan', 'income', '7600', '2533.3', '2533.3', '7600'],
        ['Medlemsbidrag Region Värmland', 'income', '3800', '1266.7', '1266.7', '3800'],
        ['Medlemsbidrag kommunerna', 'income', '3800', '1266.7', '1266.7', '3800'],
        ['Personal och kansli', 'cost', '2950', '921.4', '1012.8', '2890'],
        ['Insatser individ', 'cost', '9200', '2716.5', '3188.2', '9050'],
        ['Insatser struktur', 'cost', '1650', '310.2', '488.9', '1420'],
        ['Lokaler', 'cost', '380', '126.7', '126.7', '380'],
        ['Utvärdering och revision', 'cost', '420', '45.0', '118.6', '410'],
        ['Övriga kostnader', 'cost', '600', '171.9', '233.4', '610'],
      ];
      const rows: Src[] = data.map(([label, side, b, t1, t2, f]) => ({
        labels: [label],
        side,
        amounts: { B: tkr(b), C: tkr(t1), D: tkr(t2), E: tkr(t1) + tkr(t2), F: tkr(f), G: favourableDiff(side, tkr(b), tkr(f)) },
      }));
      const lines = writeLines(ws, H + 1, rows, 'tkr', { budget: 'B', outcome: 'E', forecast: 'F' }, '#,##0.0');
      widths(ws, { A: 34, B: 12, C: 11, D: 11, E: 12, F: 12, G: 14 });
      return built11(wb, {
        family: 'interim',
        description:
          "A samordningsförbund's second tertial report (January–August) in tkr with one decimal: Budget 2025 (the year) | Utfall T1 | Utfall T2 | Utfall ack T2 | Prognos helår | Prognosavvikelse. T1 and T2 are four months each and \"Utfall ack T2\" is their sum: the outcome, for eight months, never T1 + T2 + ack. There is no period budget, so the year's budget is compared pro rata (8/12). Prognosavvikelse is the forecast against the year's budget, favourable-positive, and agrees; it is not the deviation of the eight months. Unsigned: three member contributions, costs.",
        source: 'Samordningsförbund, tertialrapport 2 to the board',
        tests: 'Utfall T1, T2 and ack T2: the accumulated outcome for eight months, pro rata; Prognosavvikelse the forecast deviation',
        tables: [
          {
            sheet: ws.name,
            headerRow: H,
            unit: 'tkr',
            convention: 'unsigned',
            deviations: true,
            columns: { line: 'A', budget: 'B', outcome: 'E', forecast: 'F', forecastDeviation: 'G' },
            period: { months: 8, basis: 'pro-rata' },
            cells: { budget: ['B'], outcome: ['E'], forecast: ['F'] },
            lines,
            count: true,
          },
        ],
        reported: [{ table: 0, col: 'G', expect: (l: LineFigures) => l.forecastDeviation }],
      });
    },
  };
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug'];

/** Konto | Benämning | jan … aug | Summa ack | Årsbudget | Kvar: no columns for September–December at all. */
function monthsSummaAck(): Fixture {
  return {
    name: 'manadsutfall-jan-aug-och-summa-ack-bredvid-arsbudget-och-kvar-inga-kolumner-for-resten-av-aret',
    build: () => {
      const wb = newBook('Ekonomiassistent');
      const ws = wb.addWorksheet('Månadsutfall');
      put(ws, 'A1', 'Kommunalförbundet Sydarkivera – utfall per månad 2025 (kr)', { bold: true, size: 12 });
      const H = 3;
      putRow(ws, H, 'A', ['Konto', 'Benämning', ...MONTHS, 'Summa ack', 'Årsbudget', 'Kvar'], { bold: true, border: true });
      const data: [string, string, string, string[]][] = [
        ['3041', 'Medlemsavgifter', '21600000', ['5400000', '0', '0', '5400000', '0', '0', '5400000', '0']],
        ['3510', 'Uppdragsintäkter', '1200000', ['42150', '88400', '96210', '101870', '87300', '112450', '15200', '64880']],
        ['4010', 'Löner', '11800000', ['941200', '948750', '952110', '955300', '961040', '1412880', '512300', '963990']],
        ['4710', 'Sociala avgifter', '3710000', ['295870', '298240', '299300', '300310', '302110', '444150', '161050', '303030']],
        ['5010', 'Lokalhyra', '1920000', ['160000', '160000', '160000', '160000', '160000', '160000', '160000', '160000']],
        ['5420', 'Programvaror och licenser', '2650000', ['1204500', '18400', '22150', '96300', '14210', '8800', '0', '412700']],
        ['6230', 'Datakommunikation', '480000', ['38210', '39870', '41100', '40550', '39990', '40120', '40800', '41030']],
        ['6550', 'Konsulttjänster', '1100000', ['0', '64000', '118250', '87500', '142300', '96400', '0', '71200']],
        ['6990', 'Övriga kostnader', '740000', ['51230', '48860', '66140', '59010', '71120', '44380', '22150', '63870']],
      ];
      const monthCols = MONTHS.map((_, i) => shift('C', i));
      const rows: Src[] = data.map(([k, name, budget, ms]) => {
        const m = ms.map(kr);
        const ack = sum(m);
        return {
          labels: [k, name],
          side: sideOf(k),
          amounts: { ...Object.fromEntries(monthCols.map((c, i) => [c, m[i]])), K: ack, L: kr(budget), M: kr(budget) - ack },
        };
      });
      const lines = writeLines(ws, H + 1, rows, 'kr', { budget: 'L', outcome: 'K' });
      widths(ws, { A: 8, B: 26, ...Object.fromEntries(monthCols.map((c) => [c, 10])), K: 12, L: 12, M: 12 });
      return built11(wb, {
        family: 'months',
        description:
          'A kommunalförbund\'s outcome per month for January–August only (no columns for September–December), then "Summa ack" (the sum of the eight months), "Årsbudget" and "Kvar" (Årsbudget − Summa ack). The outcome is Summa ack for eight months, compared with 8/12 of Årsbudget (no period budget), never the months plus Summa ack. "Kvar" is what is left of the year\'s budget, not a deviation of the eight months: no finding where it differs from the pro-rata deviation. Unsigned by account class.',
        source: 'Kommunalförbund, monthly follow-up exported from the ledger',
        tests: 'months jan–aug with Summa ack beside them: the accumulated outcome, eight months pro rata, Kvar no deviation',
        tables: [
          {
            sheet: ws.name,
            headerRow: H,
            unit: 'kr',
            convention: 'unsigned',
            deviations: true,
            columns: { code: 'A', line: 'B', budget: 'L', outcome: 'K' },
            period: { months: 8, basis: 'pro-rata' },
            cells: { budget: ['L'], outcome: ['K'] },
            lines,
            count: true,
          },
        ],
      });
    },
  };
}

export const PERIODS: Fixture[] = [tertialsAndYear(), secondTertialAccumulated(), monthsSummaAck()];
