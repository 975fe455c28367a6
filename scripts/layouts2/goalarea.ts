/**
 * Goal areas as regionförbund and samordningsförbund keep them: a project list with a goal-area column beside a
 * summary per goal area, goal-area header rows, and a goal-area column merged down over its rows.
 */
import { built, Fixture, SpecLine, TotalSpec } from './spec';
import { newBook, num, put, putRow, widths } from './sheet';
import { kr, Ore, sum, tkr } from './money';

/** Project list with Målområde per row and a summary sheet per goal area that disagrees in one place. */
function projectsAndSummary(): Fixture {
  return {
    name: 'projektlista-malomrade-och-sammanstallning',
    build: () => {
      const wb = newBook('Regionförbundet');
      const ws = wb.addWorksheet('Projekt');
      put(ws, 'A1', 'Projektuppföljning 2024', { bold: true, size: 13 });
      put(ws, 'A2', 'Belopp i kronor');
      const H = 3;
      putRow(ws, H, 'A', ['Målområde', 'Projekt', 'Projektägare', 'Budget 2024', 'Utfall 2024', 'Kommentar'], { bold: true, border: true });
      const areas: [string, [string, string, string, string, string?][]][] = [
        [
          'Mål 1 Kompetensförsörjning',
          [
            ['Regional kompetensplattform', 'Anna Lind', '450000', '428300'],
            ['Validering i vård och omsorg', 'Per Ek', '300000', '341200', 'Fler deltagare än planerat'],
            ['Yrkesvux i samverkan', 'Anna Lind', '0', '86400', 'Nytt projekt, beslut i juni'],
            ['Praktikplatsportal', 'Sara Holm', '150000', '97600'],
          ],
        ],
        [
          'Mål 2 Infrastruktur och kommunikationer',
          [
            ['Länstransportplan 2026–2037', 'Jonas Berg', '700000', '655100'],
            ['Regional cykelstrategi', 'Jonas Berg', '120000', '48250'],
            ['Bredband på landsbygden', 'Eva Nord', '500000', '612900', 'Kompletterande utbyggnad'],
          ],
        ],
        [
          'Mål 3 Näringsliv och innovation',
          [
            ['Innovationsslussen', 'Lars Öst', '1800000', '1776000'],
            ['Exportrådgivning', 'Lars Öst', '400000', '388500'],
            ['Besöksnäringsstrategi', 'Maria Sund', '650000', '702300'],
            ['#Företagsam ungdom', 'Maria Sund', '250000', '-45000', 'Intäkterna översteg kostnaderna'],
          ],
        ],
        [
          'Mål 4 Hållbar livsmiljö',
          [
            ['Klimatsamverkan', 'Eva Nord', '350000', '301100'],
            ['Regional vattenförsörjningsplan', 'Per Ek', '200000', '224900'],
            ['Landsbygdsnätverket', 'Sara Holm', '90000', '66700'],
          ],
        ],
      ];
      const lines: SpecLine[] = [];
      let r = H + 1;
      for (const [area, projects] of areas) {
        for (const [name, owner, b, o, comment] of projects) {
          putRow(ws, r, 'A', [area, name, owner]);
          num(ws, `D${r}`, kr(b), 'kr');
          num(ws, `E${r}`, kr(o), 'kr');
          if (comment) put(ws, `F${r}`, comment, { italic: true });
          lines.push({ row: r, key: name, group: area.replace(/^Mål \d /, ''), side: 'cost', budget: kr(b), outcome: kr(o) });
          r++;
        }
      }
      put(ws, `A${r}`, 'Summa projekt', { bold: true });
      num(ws, `D${r}`, sum(lines.map((l) => l.budget)), 'kr', '#,##0', { bold: true });
      num(ws, `E${r}`, sum(lines.map((l) => l.outcome)), 'kr', '#,##0', { bold: true });
      const totals: TotalSpec[] = [{ sheet: ws.name, unit: 'kr', row: r, cols: ['D', 'E'], covers: lines.map((l) => l.row) }];
      widths(ws, { A: 36, B: 34, C: 14, D: 14, E: 14, F: 34 });

      const ss = wb.addWorksheet('Målområden');
      put(ss, 'A1', 'Nettokostnad per målområde 2024 (kr)', { bold: true });
      putRow(ss, 2, 'A', ['Målområde', 'Budget', 'Utfall', 'Avvikelse'], { bold: true, border: true });
      const summary: SpecLine[] = [];
      let s = 3;
      const cross: { row: number; group: string }[] = [];
      for (const [area] of areas) {
        const group = area.replace(/^Mål \d /, '');
        const own = lines.filter((l) => l.group === group);
        const b = sum(own.map((l) => l.budget));
        // The summary of mål 3 was summed without the negative outcome of #Företagsam ungdom.
        const o = sum(own.map((l) => (group === 'Näringsliv och innovation' && l.outcome! < 0n ? 0n : l.outcome)));
        put(ss, `A${s}`, area);
        num(ss, `B${s}`, b, 'kr');
        num(ss, `C${s}`, o, 'kr');
        num(ss, `D${s}`, b - o, 'kr');
        summary.push({ row: s, key: area, side: 'cost', budget: b, outcome: o });
        cross.push({ row: s, group });
        s++;
      }
      put(ss, `A${s}`, 'Totalt', { bold: true });
      num(ss, `B${s}`, sum(summary.map((l) => l.budget)), 'kr', '#,##0', { bold: true });
      num(ss, `C${s}`, sum(summary.map((l) => l.outcome)), 'kr', '#,##0', { bold: true });
      num(ss, `D${s}`, sum(summary.map((l) => l.budget! - l.outcome!)), 'kr', '#,##0', { bold: true });
      totals.push({ sheet: ss.name, unit: 'kr', row: s, cols: ['B', 'C', 'D'], covers: summary.map((l) => l.row) });
      widths(ss, { A: 40, B: 14, C: 14, D: 14 });
      const mal3 = cross.find((c) => c.group === 'Näringsliv och innovation')!.row;
      return built(wb, {
        family: 'goal-area',
        description:
          "A regionförbund's project list with a Målområde column, projektägare and comments, and a second sheet with budget, outcome and deviation per goal area, as the annual report prints it. Costs positive (unsigned); one project had more income than costs (outcome −45 000) and one new project has budget 0. The summary for Mål 3 was summed without that negative outcome, so its Utfall is 45 000 kr too high: a cross-sheet mismatch at Målområden!C5. Everything else agrees.",
        source: 'Regionförbund årsredovisning: projekt per målområde and nettokostnad per målområde',
        tests: 'summary per goal-area column, cross-sheet check finds the one disagreement, negative outcome in an unsigned list',
        tables: [
          {
            sheet: ws.name,
            headerRow: H,
            unit: 'kr',
            convention: 'unsigned',
            deviations: true,
            columns: { goalArea: 'A', line: 'B', budget: 'D', outcome: 'E', comment: 'F' },
            groupBy: 'Målområde',
            cells: { budget: ['D'], outcome: ['E'] },
            lines,
            groups: true,
            count: true,
          },
          {
            sheet: ss.name,
            headerRow: 2,
            unit: 'kr',
            convention: 'unsigned',
            deviations: true,
            columns: { goalArea: 'A', budget: 'B', outcome: 'C', deviation: 'D' },
            cells: { budget: ['B'], outcome: ['C'] },
            lines: summary,
            count: true,
          },
        ],
        totals,
        reported: [{ table: 1, col: 'D', expect: (l) => l.deviation }],
        cross: [
          {
            table: 0,
            sheet: ss.name,
            unit: 'kr',
            rows: cross,
            cols: { budget: 'B', outcome: 'C' },
            mismatch: [{ row: mal3, col: 'C', why: 'the summary of mål 3 left out the negative outcome of #Företagsam ungdom (−45 000 kr)' }],
          },
        ],
      });
    },
  };
}

/** Goal-area header rows without a column: "Fokusområde 1: …" then its insatser, "Summa fokusområde 1". */
function fokusomradenRubrikrader(): Fixture {
  return {
    name: 'fokusomraden-som-rubrikrader-tkr-prognos',
    build: () => {
      const wb = newBook('Regionförbundet');
      const ws = wb.addWorksheet('Budgetuppföljning');
      put(ws, 'A1', 'Regionförbundet Östra Vättern – budgetuppföljning 2024 (tkr)', { bold: true, size: 13 });
      const H = 3;
      putRow(ws, H, 'A', ['Insats', 'Budget', 'Prognos i delår', 'Utfall', 'Avvikelse budget–utfall'], { bold: true, border: true, wrap: true });
      const areas: [string, string, [string, string, string, string][]][] = [
        [
          'Fokusområde 1: Attraktiva livsmiljöer',
          'Summa fokusområde 1',
          [
            ['Kulturplan och kultursamverkan', '2400', '2350', '2318'],
            ['Regional fysisk planering', '850', '800', '912'],
            ['Bostadsförsörjning, analys', '300', '300', '254'],
          ],
        ],
        [
          'Fokusområde 2: Kompetens och lärande',
          'Summa fokusområde 2',
          [
            ['Kompetensplattformen', '1600', '1650', '1702'],
            ['Högskolesamverkan', '900', '900', '900'],
            ['Studie- och yrkesvägledning', '420', '380', '366'],
          ],
        ],
        [
          'Fokusområde 3: Hållbar tillväxt',
          'Summa fokusområde 3',
          [
            ['Näringslivsutveckling, basuppdrag Almi', '5800', '5800', '5800'],
            ['Smart specialisering', '1200', '1000', '938'],
            ['Energi- och klimatrådgivning', '650', '700', '731'],
            ['Besöksnäring', '1100', '1050', '1012'],
          ],
        ],
        [
          'Övriga insatser',
          'Summa övriga insatser',
          [
            ['Ledning och administration', '3900', '4000', '4077'],
            ['Politisk organisation', '1150', '1100', '1046'],
          ],
        ],
      ];
      const lines: SpecLine[] = [];
      const totals: TotalSpec[] = [];
      let r = H + 1;
      const write = (row: number, b: Ore, f: Ore, o: Ore, bold = false) => {
        num(ws, `B${row}`, b, 'tkr', '#,##0', { bold });
        num(ws, `C${row}`, f, 'tkr', '#,##0', { bold });
        num(ws, `D${row}`, o, 'tkr', '#,##0', { bold });
        num(ws, `E${row}`, b - o, 'tkr', '#,##0', { bold });
      };
      for (const [head, sumLabel, items] of areas) {
        put(ws, `A${r++}`, head, { bold: true, italic: true });
        const group = head.replace(/^Fokusområde \d: /, '');
        const start = lines.length;
        for (const [label, b, f, o] of items) {
          put(ws, `A${r}`, label, { indent: 1 });
          write(r, tkr(b), tkr(f), tkr(o));
          lines.push({ row: r, key: label, group, side: 'cost', budget: tkr(b), outcome: tkr(o), forecast: tkr(f) });
          r++;
        }
        const own = lines.slice(start);
        put(ws, `A${r}`, sumLabel, { bold: true });
        write(r, sum(own.map((l) => l.budget)), sum(own.map((l) => l.forecast)), sum(own.map((l) => l.outcome)), true);
        totals.push({ sheet: ws.name, unit: 'tkr', row: r, cols: ['B', 'C', 'D', 'E'], covers: own.map((l) => l.row) });
        r += 2;
      }
      put(ws, `A${r}`, 'Total nettokostnad', { bold: true });
      write(r, sum(lines.map((l) => l.budget)), sum(lines.map((l) => l.forecast)), sum(lines.map((l) => l.outcome)), true);
      totals.push({ sheet: ws.name, unit: 'tkr', row: r, cols: ['B', 'C', 'D', 'E'], covers: lines.map((l) => l.row) });
      widths(ws, { A: 44, B: 11, C: 13, D: 11, E: 14 });
      return built(wb, {
        family: 'goal-area',
        description:
          'A regionförbund\'s budget follow-up in tkr (unit in the title) with no goal-area column: each Fokusområde is a header row without amounts, followed by its insatser and a "Summa fokusområde n" row; "Övriga insatser" is a group of its own; "Total nettokostnad" closes. Net costs positive (unsigned); Prognos i delår is the forecast made at the interim report, compared with the full-year budget.',
        source: 'Regionförbund årsredovisning, nettokostnad per fokusområde with prognos i delår',
        tests: 'goal-area header rows set the group, Summa rows per group, forecast column',
        tables: [
          {
            sheet: ws.name,
            headerRow: H,
            unit: 'tkr',
            convention: 'unsigned',
            deviations: true,
            columns: { line: 'A', budget: 'B', forecast: 'C', outcome: 'D', deviation: 'E' },
            cells: { budget: ['B'], outcome: ['D'], forecast: ['C'] },
            lines,
            groups: true,
            count: true,
          },
        ],
        totals,
        reported: [{ table: 0, col: 'E', expect: (l) => l.deviation }],
      });
    },
  };
}

/** Two-row header with the year in the second row, and the goal-area column merged down over its rows. */
function prioriteradInriktningSammanslagen(): Fixture {
  return {
    name: 'prioriterad-inriktning-sammanslagna-celler-ar-i-rad-tva',
    build: () => {
      const wb = newBook('Förbundschef');
      const ws = wb.addWorksheet('Insatser');
      put(ws, 'A1', 'Samordningsförbundet Mälardalen – insatser 2024', { bold: true, size: 13 });
      put(ws, 'A2', 'kronor', { italic: true });
      put(ws, 'A4', 'Prioriterad inriktning', { bold: true, wrap: true });
      ws.mergeCells('A4:A5');
      put(ws, 'B4', 'Insats', { bold: true });
      ws.mergeCells('B4:B5');
      put(ws, 'C4', 'Budget', { bold: true, align: 'center' });
      put(ws, 'D4', 'Utfall', { bold: true, align: 'center' });
      ws.mergeCells('D4:E4');
      put(ws, 'F4', 'Avvikelse', { bold: true, align: 'center' });
      const H = 5;
      putRow(ws, H, 'C', ['2024', '2023', '2024', '2024'], { bold: true, align: 'center', border: true });
      const groups: [string, [string, string, string, string][]][] = [
        [
          'Unga utanför arbete och studier',
          [
            ['Ung framtid', '820000', '760112', '798450'],
            ['Navigatorcentrum', '640000', '655300', '702118'],
            ['Studiemotivation', '180000', '0', '121400'],
          ],
        ],
        [
          'Långtidssjukskrivna',
          [
            ['Arbetslivsinriktad rehabilitering', '1150000', '1098420', '1087960'],
            ['Tidiga samordnade insatser (TSI)', '430000', '410250', '455300'],
          ],
        ],
        [
          'Personer med utländsk bakgrund',
          [
            ['Språkstöd i arbetsträning', '520000', '480100', '433870'],
            ['Hälsoskola', '210000', '198700', '219500'],
          ],
        ],
        [
          'Gemensamt',
          [
            ['Kansli', '1300000', '1245800', '1278300'],
            ['Utvärdering och uppföljning', '150000', '98000', '76450'],
          ],
        ],
      ];
      const lines: SpecLine[] = [];
      const prior: Ore[] = [];
      let r = H + 1;
      for (const [g, items] of groups) {
        const first = r;
        put(ws, `A${r}`, g, { wrap: true });
        for (const [name, b, fg, o] of items) {
          put(ws, `B${r}`, name);
          num(ws, `C${r}`, kr(b), 'kr');
          num(ws, `D${r}`, kr(fg), 'kr');
          num(ws, `E${r}`, kr(o), 'kr');
          num(ws, `F${r}`, kr(b) - kr(o), 'kr');
          prior.push(kr(fg));
          lines.push({ row: r, key: name, group: g, side: 'cost', budget: kr(b), outcome: kr(o) });
          r++;
        }
        if (r - 1 > first) ws.mergeCells(`A${first}:A${r - 1}`);
      }
      put(ws, `A${r}`, 'Summa', { bold: true });
      num(ws, `C${r}`, sum(lines.map((l) => l.budget)), 'kr', '#,##0', { bold: true });
      num(ws, `D${r}`, sum(prior), 'kr', '#,##0', { bold: true });
      num(ws, `E${r}`, sum(lines.map((l) => l.outcome)), 'kr', '#,##0', { bold: true });
      num(ws, `F${r}`, sum(lines.map((l) => l.budget! - l.outcome!)), 'kr', '#,##0', { bold: true });
      widths(ws, { A: 30, B: 36, C: 13, D: 13, E: 13, F: 13 });
      return built(wb, {
        family: 'goal-area',
        description:
          'A samordningsförbund\'s insatser per prioriterad inriktning with a header over two rows: "Budget" over "2024", a merged "Utfall" over "2023 | 2024", and "Avvikelse" over "2024". The later year (2024, column E) is the outcome and 2023 the prior year. The goal-area cell is merged down over its insatser, so only the first row of each group holds the text. Unsigned costs, Avvikelse = budget − utfall 2024.',
        source: 'Samordningsförbund verksamhetsberättelse, insatser per prioriterad inriktning',
        tests: 'years in the second header row, later year is the outcome, goal area merged down over its rows',
        tables: [
          {
            sheet: ws.name,
            headerRow: H,
            unit: 'kr',
            convention: 'unsigned',
            deviations: true,
            columns: { goalArea: 'A', line: 'B', budget: 'C', priorYear: 'D', outcome: 'E', deviation: 'F' },
            groupBy: 'Prioriterad inriktning',
            cells: { budget: ['C'], outcome: ['E'] },
            lines,
            groups: true,
            count: true,
          },
        ],
        totals: [{ sheet: ws.name, unit: 'kr', row: r, cols: ['C', 'E', 'F'], covers: lines.map((l) => l.row) }],
        reported: [{ table: 0, col: 'F', expect: (l) => l.deviation }],
      });
    },
  };
}

export const GOAL_AREA: Fixture[] = [projectsAndSummary(), fokusomradenRubrikrader(), prioriteradInriktningSammanslagen()];
