/**
 * A kommun's budget document where no column is this year's outcome (missing role), and a samordningsförbund's
 * grant list in its own words (Beviljat, Upparbetat, Kvar att återbetala).
 */
import { built, Fixture, LineFigures, SpecLine } from '../layouts2/spec';
import { newBook, num, put, putRow, widths } from '../layouts2/sheet';
import { kr, sum, tkr } from '../layouts2/money';

/** Utfall 2024 | Budget 2025 | Prognos 2025 | Budget 2026 | Plan 2027: no budget has an outcome of its own year. */
function budgetDocument(): Fixture {
  return {
    name: 'budgetdokument-utfall-2024-budget-2025-prognos-budget-2026-plan',
    build: () => {
      const wb = newBook('Ekonomichef');
      const ws = wb.addWorksheet('Driftbudget 2026');
      put(ws, 'A1', 'Driftbudget 2026 med plan 2027–2028', { bold: true, size: 13 });
      put(ws, 'A2', 'Nettokostnad per verksamhet, tkr');
      const H = 4;
      putRow(ws, H, 'A', ['Verksamhet', 'Utfall 2024', 'Budget 2025', 'Prognos 2025', 'Budget 2026', 'Plan 2027', 'Plan 2028'], { bold: true, border: true });
      const data: [string, string, string, string, string, string, string][] = [
        ['Förbundsdirektion', '2140', '2250', '2310', '2380', '2440', '2500'],
        ['Kansli och administration', '9820', '10150', '10420', '10760', '11050', '11330'],
        ['Räddningstjänst heltid', '61270', '63400', '64890', '66120', '67800', '69480'],
        ['Räddningstjänst deltid', '22480', '23100', '24050', '24600', '25210', '25830'],
        ['Förebyggande och tillsyn', '7930', '8310', '8120', '8540', '8750', '8970'],
        ['Utbildning och övning', '3610', '3720', '3690', '3890', '3990', '4090'],
        ['Fastigheter', '11240', '11800', '11950', '12400', '12700', '13050'],
      ];
      const lines: SpecLine[] = [];
      let r = H + 1;
      for (const [label, ...vals] of data) {
        put(ws, `A${r}`, label);
        vals.forEach((v, i) => num(ws, `${String.fromCharCode(66 + i)}${r}`, tkr(v), 'tkr'));
        lines.push({ row: r, key: label, side: 'cost', budget: tkr(vals[3]), outcome: null });
        r++;
      }
      put(ws, `A${r}`, 'Summa nettokostnad', { bold: true });
      for (let i = 0; i < 6; i++) num(ws, `${String.fromCharCode(66 + i)}${r}`, sum(data.map((d) => tkr(d[i + 1]))), 'tkr', '#,##0', { bold: true });
      put(ws, `A${r + 2}`, 'Medlemsavgifterna 2026 räknas upp med 3,2 % (se bladet Avgifter i förslaget).', { italic: true });
      widths(ws, { A: 30, B: 11, C: 11, D: 12, E: 11, F: 10, G: 10 });
      return built(wb, {
        family: 'missing-role',
        description:
          "A räddningstjänstförbund's budget document in tkr: Utfall 2024 (last complete year), Budget 2025 and Prognos 2025 (this year, not ended), Budget 2026 (proposed) and plan years. There is an outcome column and there are budget columns, but of different years: no budget here has an outcome of its own year, so nothing is reconciled — no deviation, no flag, and the reading says the outcome (for the budget year) is missing. Budget 2025 against Prognos 2025 is a forecast, not an outcome.",
        source: 'Räddningstjänstförbund, förslag till budget 2026 med plan',
        tests: 'an outcome of another year is not the outcome; a forecast is not an outcome; no deviation invented',
        tables: [
          { sheet: ws.name, headerRow: H, unit: 'tkr', convention: 'unsigned', deviations: false, missingRole: 'outcome', cells: { budget: ['E'] }, lines },
        ],
        mustNotFlag: true,
      });
    },
  };
}

/** FINSAM grant follow-up: Beviljat 2024 | Upparbetat 2024 | Kvar att återbetala, per insats and huvudman. */
function beviljatUpparbetat(): Fixture {
  return {
    name: 'samordningsforbund-beviljat-upparbetat-kvar-att-aterbetala',
    build: () => {
      const wb = newBook('Förbundschef');
      const ws = wb.addWorksheet('Insatser');
      put(ws, 'A1', 'Samordningsförbundet Västernorrland Syd', { bold: true, size: 13 });
      put(ws, 'A2', 'Ekonomisk redovisning av insatser 2024 (kronor)');
      const H = 4;
      putRow(ws, H, 'A', ['Insats', 'Huvudman', 'Beviljat 2024', 'Upparbetat 2024', 'Kvar att återbetala'], { bold: true, border: true, wrap: true });
      const data: [string, string, string, string][] = [
        ['Unga till arbete', 'Sundsvalls kommun', '1650000', '1498320'],
        ['Aktivitetshuset', 'Timrå kommun', '780000', '780000'],
        ['Vägen tillbaka – hälsa och arbete', 'Region Västernorrland', '1120000', '964185'],
        ['Arbetslivsinriktad rehabilitering', 'Försäkringskassan', '460000', '412760'],
        ['Språk och arbete', 'Ånge kommun', '390000', '401250'],
        ['Tidiga insatser psykisk ohälsa', 'Region Västernorrland', '540000', '517934'],
        ['Kompetensinsatser personal', 'Förbundet', '180000', '96410'],
      ];
      const lines: SpecLine[] = [];
      let r = H + 1;
      for (const [insats, hm, b, o] of data) {
        putRow(ws, r, 'A', [insats, hm]);
        num(ws, `C${r}`, kr(b), 'kr');
        num(ws, `D${r}`, kr(o), 'kr');
        num(ws, `E${r}`, kr(b) - kr(o), 'kr');
        lines.push({ row: r, key: insats, side: 'cost', budget: kr(b), outcome: kr(o) });
        r++;
      }
      const total = r;
      put(ws, `A${total}`, 'Totalt insatser', { bold: true });
      num(ws, `C${total}`, sum(lines.map((l) => l.budget)), 'kr', '#,##0', { bold: true });
      num(ws, `D${total}`, sum(lines.map((l) => l.outcome)), 'kr', '#,##0', { bold: true });
      num(ws, `E${total}`, sum(lines.map((l) => l.budget! - l.outcome!)), 'kr', '#,##0', { bold: true });
      put(ws, `A${total + 2}`, 'Språk och arbete har överskridit beviljade medel; överskridandet bärs av huvudmannen.', { italic: true });
      widths(ws, { A: 36, B: 24, C: 14, D: 15, E: 15 });
      return built(wb, {
        family: 'goal-area',
        description:
          'A samordningsförbund\'s year-end account of its insatser in the words of FINSAM: "Beviljat 2024" is what the board granted (the budget of each insats), "Upparbetat 2024" what the huvudman used (the outcome), "Kvar att återbetala" = beviljat − upparbetat (the reported deviation, positive is favourable for the förbund). Unsigned costs. Huvudman is a dimension, not the line. Totalt insatser is a total.',
        source: 'Samordningsförbund, ekonomisk redovisning av insatser',
        tests: 'Beviljat as the budget and Upparbetat as the outcome, Kvar att återbetala as the deviation',
        tables: [
          {
            sheet: ws.name,
            headerRow: H,
            unit: 'kr',
            convention: 'unsigned',
            deviations: true,
            columns: { line: 'A', dimension: 'B', budget: 'C', outcome: 'D', deviation: 'E' },
            cells: { budget: ['C'], outcome: ['D'] },
            lines,
          },
        ],
        totals: [{ sheet: ws.name, unit: 'kr', row: total, cols: ['C', 'D', 'E'], covers: lines.map((l) => l.row) }],
        reported: [{ table: 0, col: 'E', expect: (l: LineFigures) => l.deviation }],
      });
    },
  };
}

export const OTHER: Fixture[] = [budgetDocument(), beviljatUpparbetat()];
