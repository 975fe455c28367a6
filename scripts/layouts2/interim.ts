/**
 * Interim reports: a kommun's delårsrapport per nämnd, a nämnd's monthly follow-up, a samordningsförbund's
 * half-year follow-up per insats and a Raindance report with a periodised budget. The comparison is for the months
 * so far (SPEC 2.6): the period budget where the report has one, else the annual budget pro rata.
 */
import { built, Fixture, Side, SpecLine, TotalSpec } from './spec';
import { formula, newBook, num, put, putRow, widths } from './sheet';
import { kr, mnkr, Ore, sum, tkr } from './money';

/** Delårsrapport: Driftredovisning per nämnd in mnkr, signed net costs, outcome for eight months, a forecast. */
function delarsrapportNamnder(): Fixture {
  return {
    name: 'delarsrapport-driftredovisning-namnder-mnkr',
    build: () => {
      const wb = newBook('Kommunledningskontoret');
      const ws = wb.addWorksheet('Driftredovisning');
      put(ws, 'A1', 'Driftredovisning per nämnd, mnkr', { bold: true, size: 13 });
      put(ws, 'A2', 'Delårsrapport januari–augusti 2024', { italic: true });
      const H = 4;
      putRow(ws, H, 'A', ['Nämnd/styrelse', 'Budget 2024', 'Utfall jan–aug 2024', 'Prognos 2024', 'Avvikelse prognos mot budget', 'Utfall jan–aug 2023'], {
        bold: true,
        wrap: true,
        border: true,
      });
      const data: [string, string, string, string, string][] = [
        ['Kommunstyrelsen', '-98.412', '-61.208', '-97.105', '-58.904'],
        ['Barn- och utbildningsnämnden', '-612.530', '-409.815', '-618.020', '-395.233'],
        ['Socialnämnden', '-498.240', '-342.617', '-510.745', '-322.018'],
        ['Samhällsbyggnadsnämnden', '-54.905', '-33.114', '-52.398', '-35.802'],
        ['Kultur- och fritidsnämnden', '-61.012', '-39.948', '-60.210', '-38.411'],
        ['Valnämnden', '-0.310', '-0.085', '-0.300', '-1.102'],
        ['Revisionen', '-2.100', '-1.215', '-2.100', '-1.188'],
        ['Överförmyndarnämnden', '-4.230', '-3.041', '-4.622', '-2.715'],
      ];
      const fmt = '#,##0.0;-#,##0.0';
      const lines: SpecLine[] = [];
      const prior = new Map<number, Ore>();
      let r = H + 1;
      const item = ([label, b, o, f, fg]: [string, string, string, string, string], side: Side) => {
        put(ws, `A${r}`, label);
        num(ws, `B${r}`, mnkr(b), 'mnkr', fmt);
        num(ws, `C${r}`, mnkr(o), 'mnkr', fmt);
        num(ws, `D${r}`, mnkr(f), 'mnkr', fmt);
        num(ws, `E${r}`, mnkr(f) - mnkr(b), 'mnkr', fmt);
        num(ws, `F${r}`, mnkr(fg), 'mnkr', fmt);
        prior.set(r, mnkr(fg));
        lines.push({ row: r, key: label, side, budget: mnkr(b), outcome: mnkr(o), forecast: mnkr(f) });
        return r++;
      };
      const totals: TotalSpec[] = [];
      const total = (label: string, rows: number[], sumRange: boolean) => {
        const ls = lines.filter((l) => rows.includes(l.row));
        put(ws, `A${r}`, label, { bold: true });
        const f = (c: string) => (sumRange ? `SUM(${c}${rows[0]}:${c}${rows[rows.length - 1]})` : rows.map((x) => `${c}${x}`).join('+'));
        formula(ws, `B${r}`, f('B'), sum(ls.map((l) => l.budget)), 'mnkr', fmt, { bold: true });
        formula(ws, `C${r}`, f('C'), sum(ls.map((l) => l.outcome)), 'mnkr', fmt, { bold: true });
        formula(ws, `D${r}`, f('D'), sum(ls.map((l) => l.forecast)), 'mnkr', fmt, { bold: true });
        formula(ws, `E${r}`, f('E'), sum(ls.map((l) => l.forecast! - l.budget!)), 'mnkr', fmt, { bold: true });
        formula(ws, `F${r}`, f('F'), sum(rows.map((x) => prior.get(x))), 'mnkr', fmt, { bold: true });
        totals.push({ sheet: ws.name, unit: 'mnkr', row: r, cols: ['B', 'C', 'D', 'E', 'F'], covers: rows });
        return r++;
      };
      const namnder = data.map((d) => item(d, 'cost'));
      total('Summa nämnder', namnder, true);
      const fin = item(['Finansförvaltning', '1358.040', '913.412', '1371.533', '880.024'], 'income');
      total('Årets resultat', [...namnder, fin], false);
      widths(ws, { A: 32, B: 12, C: 14, D: 12, E: 16, F: 14 });
      return built(wb, {
        family: 'interim',
        description:
          'A kommun\'s delårsrapport, Driftredovisning per nämnd in mnkr (the unit in the title), for January–August: net costs negative (signed), the outcome is for eight months while Budget 2024 is the year\'s, so the comparison is the outcome against 8/12 of the budget; the headline is the forecast deviation, which the report gives in "Avvikelse prognos mot budget" (forecast − budget, not a budget deviation). The cells hold more decimals than the one shown, and the totals are formulas. Finansförvaltning (taxes and grants) is income.',
        source: 'Kommun delårsrapport, driftredovisning per nämnd (mnkr)',
        tests: 'outcome for 8 months against pro-rata budget, forecast deviation column, mnkr from the title, hidden decimals',
        tables: [
          {
            sheet: ws.name,
            headerRow: H,
            unit: 'mnkr',
            convention: 'signed',
            deviations: true,
            columns: { line: 'A', budget: 'B', outcome: 'C', forecast: 'D', forecastDeviation: 'E', priorYear: 'F' },
            period: { months: 8, basis: 'pro-rata' },
            cells: { budget: ['B'], outcome: ['C'], forecast: ['D'] },
            lines,
            count: true,
          },
        ],
        totals,
        reported: [{ table: 0, col: 'E', expect: (l) => l.forecastDeviation }],
      });
    },
  };
}

/** A nämnd's monthly follow-up in tkr: two-row merged header, period budget column, forecast, net costs. */
function manadsuppfoljning(): Fixture {
  return {
    name: 'manadsuppfoljning-socialnamnd-tkr-budget-tom-april',
    build: () => {
      const wb = newBook('Controller SN');
      const ws = wb.addWorksheet('April');
      put(ws, 'A1', 'Månadsuppföljning april 2024 – Socialnämnden', { bold: true, size: 13 });
      put(ws, 'A2', 'Belopp i tkr, nettokostnad');
      put(ws, 'C4', 'Januari–april', { bold: true, align: 'center' });
      ws.mergeCells('C4:E4');
      put(ws, 'F4', 'Helår', { bold: true, align: 'center' });
      ws.mergeCells('F4:G4');
      const H = 5;
      putRow(ws, H, 'A', ['Verksamhet', 'Årsbudget', 'Budget t.o.m. april', 'Utfall t.o.m. april', 'Avvikelse', 'Helårsprognos', 'Avvikelse helår'], {
        bold: true,
        wrap: true,
        border: true,
      });
      ws.getRow(H).height = 30;
      const data: [string, string, string, string, string][] = [
        ['Nämnd och förvaltningsledning', '18400', '6133', '5980', '18100'],
        ['Individ- och familjeomsorg', '42600', '14200', '15377', '45100'],
        ['Försörjningsstöd', '31200', '10400', '11912', '34500'],
        ['Missbruksvård', '12800', '4267', '4010', '12300'],
        ['Hemtjänst', '88500', '29500', '30214', '90200'],
        ['Särskilt boende', '156300', '52100', '51488', '155000'],
        ['LSS-verksamhet', '94700', '31567', '32905', '97800'],
        ['Socialpsykiatri', '21400', '7133', '6702', '20600'],
        ['Flyktingmottagning', '-1200', '-400', '-1650', '-2900'],
        ['Arbetsmarknadsenheten', '9800', '3267', '2994', '9500'],
      ];
      const lines: SpecLine[] = [];
      let r = H + 1;
      for (const [label, b, pb, o, f] of data) {
        put(ws, `A${r}`, label);
        num(ws, `B${r}`, tkr(b), 'tkr');
        num(ws, `C${r}`, tkr(pb), 'tkr');
        num(ws, `D${r}`, tkr(o), 'tkr');
        num(ws, `E${r}`, tkr(pb) - tkr(o), 'tkr');
        num(ws, `F${r}`, tkr(f), 'tkr');
        num(ws, `G${r}`, tkr(b) - tkr(f), 'tkr');
        lines.push({ row: r, key: label, side: 'cost', budget: tkr(b), periodBudget: tkr(pb), outcome: tkr(o), forecast: tkr(f) });
        r++;
      }
      put(ws, `A${r}`, 'Summa Socialnämnden', { bold: true });
      const cols = ['B', 'C', 'D', 'E', 'F', 'G'];
      const values: Ore[] = [
        sum(lines.map((l) => l.budget)),
        sum(lines.map((l) => l.periodBudget)),
        sum(lines.map((l) => l.outcome)),
        sum(lines.map((l) => l.periodBudget! - l.outcome!)),
        sum(lines.map((l) => l.forecast)),
        sum(lines.map((l) => l.budget! - l.forecast!)),
      ];
      cols.forEach((c, i) => formula(ws, `${c}${r}`, `SUM(${c}${H + 1}:${c}${r - 1})`, values[i], 'tkr', '#,##0', { bold: true }));
      widths(ws, { A: 32, B: 12, C: 14, D: 14, E: 12, F: 14, G: 14 });
      return built(wb, {
        family: 'interim',
        description:
          'A socialnämnd\'s monthly follow-up for April in tkr (unit in row 2): a merged "Januari–april" over Budget t.o.m. april, Utfall t.o.m. april and Avvikelse, and a merged "Helår" over Helårsprognos and Avvikelse helår. Net costs positive (unsigned), so deviation = budget − outcome; Flyktingmottagning has net income (negative net cost) and is still a net-cost line. The comparison is against the period budget column.',
        source: 'Kommun, nämndens månadsuppföljning (tkr)',
        tests: 'period budget column, merged group header over two rows, one negative net-cost line in an unsigned table',
        tables: [
          {
            sheet: ws.name,
            headerRow: H,
            unit: 'tkr',
            convention: 'unsigned',
            deviations: true,
            columns: { line: 'A', budget: 'B', periodBudget: 'C', outcome: 'D', deviation: 'E', forecast: 'F' },
            period: { months: 4, basis: 'column' },
            cells: { budget: ['B'], periodBudget: ['C'], outcome: ['D'], forecast: ['F'] },
            lines,
            count: true,
          },
        ],
        totals: [{ sheet: ws.name, unit: 'tkr', row: r, cols, covers: lines.map((l) => l.row) }],
        reported: [
          { table: 0, col: 'E', expect: (l) => l.deviation },
          { table: 0, col: 'G', expect: (l) => l.forecastDeviation },
        ],
      });
    },
  };
}

/** A samordningsförbund's half-year follow-up per insats: income section, "Kvar att förbruka", "Förbrukat %". */
function finsamHalvar(): Fixture {
  return {
    name: 'samordningsforbund-uppfoljning-insatser-jan-jun',
    build: () => {
      const wb = newBook('Förbundschef');
      const ws = wb.addWorksheet('Uppföljning jan-jun');
      put(ws, 'A1', 'Samordningsförbundet Sydväst', { bold: true, size: 13 });
      put(ws, 'A2', 'Ekonomisk uppföljning per insats januari–juni 2024');
      put(ws, 'A3', 'Belopp i kronor', { italic: true });
      const H = 5;
      putRow(ws, H, 'A', ['Post', 'Budget 2024', 'Utfall jan–jun', 'Kvar att förbruka', 'Förbrukat %'], { bold: true, border: true, fill: 'FFE2EFDA' });
      const lines: SpecLine[] = [];
      let r = H + 1;
      const block = (title: string, side: Side, data: [string, string, string][]) => {
        put(ws, `A${r++}`, title, { bold: true });
        const rows: number[] = [];
        for (const [label, b, o] of data) {
          put(ws, `A${r}`, label);
          num(ws, `B${r}`, kr(b), 'kr', '#,##0');
          num(ws, `C${r}`, kr(o), 'kr', '#,##0.00');
          num(ws, `D${r}`, kr(b) - kr(o), 'kr', '#,##0.00');
          if (kr(b) !== 0n) put(ws, `E${r}`, Number((Number(kr(o)) / Number(kr(b))).toFixed(3)), { numFmt: '0%' });
          lines.push({ row: r, key: label, side, budget: kr(b), outcome: kr(o) });
          rows.push(r++);
        }
        return rows;
      };
      const totals: TotalSpec[] = [];
      const sumRow = (label: string, covers: (number | [number, -1])[]) => {
        put(ws, `A${r}`, label, { bold: true });
        const get = (row: number) => lines.find((l) => l.row === row)!;
        const s = (pick: (l: SpecLine) => Ore) => sum(covers.map((c) => (Array.isArray(c) ? -pick(get(c[0])) : pick(get(c)))));
        num(
          ws,
          `B${r}`,
          s((l) => l.budget!),
          'kr',
          '#,##0',
          { bold: true },
        );
        num(
          ws,
          `C${r}`,
          s((l) => l.outcome!),
          'kr',
          '#,##0.00',
          { bold: true },
        );
        num(
          ws,
          `D${r}`,
          s((l) => l.budget! - l.outcome!),
          'kr',
          '#,##0.00',
          { bold: true },
        );
        totals.push({ sheet: ws.name, unit: 'kr', row: r, cols: ['B', 'C', 'D'], covers });
        r++;
      };
      const inc = block('Intäkter', 'income', [
        ['Medel från Försäkringskassan', '2100000', '1050000'],
        ['Medel från Region Sydväst', '1050000', '525000'],
        ['Medel från kommunerna', '1050000', '525000'],
        ['Ränteintäkter', '0', '3214.50'],
      ]);
      sumRow('Summa intäkter', inc);
      r++;
      const cost = block('Kostnader', 'cost', [
        ['Insats: Steg framåt', '1200000', '512340'],
        ['Insats: Unga till arbete (UTA)', '950000', '498765.40'],
        ['Insats: Hälsofrämjande gruppverksamhet', '400000', '160000'],
        ['Strukturövergripande insatser', '350000', '92450'],
        ['Kansli och administration', '1100000', '587112.30'],
        ['Revision och styrelse', '150000', '48900'],
      ]);
      sumRow('Summa kostnader', cost);
      r++;
      sumRow('Resultat', [...inc, ...cost.map((x): [number, -1] => [x, -1])]);
      widths(ws, { A: 40, B: 14, C: 16, D: 18, E: 12 });
      return built(wb, {
        family: 'interim',
        description:
          'A samordningsförbund\'s follow-up per insats for January–June, in kronor, all amounts positive: the three members\' contributions under "Intäkter" (Medel från Försäkringskassan / regionen / kommunerna) and the insatser under "Kostnader", closing with Resultat = intäkter − kostnader. "Kvar att förbruka" is the annual budget minus the outcome so far (what is left of the year), not a deviation, and "Förbrukat %" is a share: neither is an amount to compare. The outcome covers six months, so it is compared with half the annual budget. Ränteintäkter has budget 0.',
        source: 'Samordningsförbund (FINSAM), ekonomisk uppföljning per insats, halvår',
        tests: 'income vocabulary "Medel från …", outcome for 6 months against pro-rata budget, "Kvar" and "%" columns not misread',
        tables: [
          {
            sheet: ws.name,
            headerRow: H,
            unit: 'kr',
            convention: 'unsigned',
            deviations: true,
            columns: { line: 'A', budget: 'B', outcome: 'C' },
            period: { months: 6, basis: 'pro-rata' },
            cells: { budget: ['B'], outcome: ['C'] },
            lines,
            count: true,
          },
        ],
        totals,
        reported: [{ table: 0, col: 'D', expect: (l) => (l.budget === null || l.outcome === null ? null : l.budget - l.outcome) }],
      });
    },
  };
}

/** Raindance with a periodised budget and a forecast, ledger signs, period 202408. */
function raindancePeriodiserad(): Fixture {
  return {
    name: 'raindance-periodiserad-budget-prognos-202408',
    build: () => {
      const wb = newBook('EKOPER');
      const ws = wb.addWorksheet('Rapport');
      put(ws, 'A1', 'Uppföljningsrapport – periodiserad budget', { bold: true, size: 13 });
      put(ws, 'A2', 'Avfallsförbundet Östkusten');
      put(ws, 'A3', 'Period: 202408');
      put(ws, 'A4', 'Ansvar: 2 Insamling');
      const H = 6;
      putRow(ws, H, 'A', ['Konto', 'Kontotext', 'Budget helår', 'Periodiserad budget', 'Utfall ack', 'Avv. mot per. budget', 'Prognos helår', 'Avv. prognos'], {
        bold: true,
        wrap: true,
        border: true,
      });
      const data: [string, string, string, string, string, string][] = [
        ['3010', 'Renhållningsavgifter hushåll', '-38600000', '-25733000', '-25910442.50', '-38900000'],
        ['3020', 'Avgifter verksamheter', '-6200000', '-4133000', '-3874105', '-5900000'],
        ['3510', 'Försäljning återvunnet material', '-1900000', '-1266000', '-1402318.75', '-2050000'],
        ['5010', 'Löner', '11800000', '7640000', '7712904.10', '11950000'],
        ['5410', 'Sociala avgifter', '3708000', '2401000', '2423570.95', '3755000'],
        ['6410', 'Drivmedel', '2450000', '1633000', '1844211.40', '2800000'],
        ['6430', 'Reparation fordon', '1300000', '867000', '612407', '1150000'],
        ['6520', 'Entreprenad insamling', '14200000', '9467000', '9501288', '14250000'],
        ['6710', 'Behandlingsavgifter', '9600000', '6400000', '6188700.60', '9350000'],
        ['7810', 'Avskrivningar fordon', '3900000', '2600000', '2600000', '3900000'],
        ['8410', 'Räntekostnader', '640000', '427000', '398112', '610000'],
      ];
      const lines: SpecLine[] = [];
      let r = H + 1;
      for (const [konto, text, b, pb, o, f] of data) {
        putRow(ws, r, 'A', [Number(konto), text]);
        num(ws, `C${r}`, kr(b), 'kr', '#,##0');
        num(ws, `D${r}`, kr(pb), 'kr', '#,##0');
        num(ws, `E${r}`, kr(o), 'kr', '#,##0.00');
        num(ws, `F${r}`, kr(pb) - kr(o), 'kr', '#,##0.00');
        num(ws, `G${r}`, kr(f), 'kr', '#,##0');
        num(ws, `H${r}`, kr(b) - kr(f), 'kr', '#,##0');
        lines.push({
          row: r,
          key: text,
          side: konto.startsWith('3') ? 'income' : 'cost',
          budget: kr(b),
          periodBudget: kr(pb),
          outcome: kr(o),
          forecast: kr(f),
        });
        r++;
      }
      put(ws, `A${r}`, 'Summa ansvar 2 Insamling', { bold: true });
      const cols = ['C', 'D', 'E', 'F', 'G', 'H'];
      const vals: Ore[] = [
        sum(lines.map((l) => l.budget)),
        sum(lines.map((l) => l.periodBudget)),
        sum(lines.map((l) => l.outcome)),
        sum(lines.map((l) => l.periodBudget! - l.outcome!)),
        sum(lines.map((l) => l.forecast)),
        sum(lines.map((l) => l.budget! - l.forecast!)),
      ];
      cols.forEach((c, i) => num(ws, `${c}${r}`, vals[i], 'kr', '#,##0.00', { bold: true }));
      widths(ws, { A: 8, B: 32, C: 14, D: 14, E: 15, F: 14, G: 14, H: 13 });
      return built(wb, {
        family: 'interim',
        system: 'Raindance',
        description:
          'A Raindance follow-up for one ansvar of an avfallsförbund at period 202408, with Budget helår, Periodiserad budget (seasonal, not 8/12), Utfall ack, the deviation against the periodised budget, Prognos helår and the forecast deviation. Ledger signs: deviation = periodiserad budget − utfall ack; forecast deviation = budget − prognos.',
        source: 'Raindance Uppföljningsrapport with periodiserad budget and prognos',
        tests: 'periodised budget column used for the comparison, ledger signs, forecast deviation',
        tables: [
          {
            sheet: ws.name,
            headerRow: H,
            unit: 'kr',
            convention: 'ledger',
            deviations: true,
            columns: { code: 'A', line: 'B', budget: 'C', periodBudget: 'D', outcome: 'E', deviation: 'F', forecast: 'G', forecastDeviation: 'H' },
            period: { months: 8, basis: 'column' },
            cells: { budget: ['C'], periodBudget: ['D'], outcome: ['E'], forecast: ['G'] },
            lines,
            count: true,
          },
        ],
        totals: [{ sheet: ws.name, unit: 'kr', row: r, cols, covers: lines.map((l) => l.row) }],
        reported: [
          { table: 0, col: 'F', expect: (l) => l.deviation },
          { table: 0, col: 'H', expect: (l) => l.forecastDeviation },
        ],
      });
    },
  };
}

export const INTERIM: Fixture[] = [delarsrapportNamnder(), manadsuppfoljning(), finsamHalvar(), raindancePeriodiserad()];
