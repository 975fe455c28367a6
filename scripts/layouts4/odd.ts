/**
 * Sheets whose shape hides the table: comment columns between the amounts, account ranges as group headers,
 * hidden columns with earlier years, a table at row 15 under a logo and a long explanation, and a budget sheet
 * whose only amount column is headed "Belopp".
 */
import { built, Fixture, LineFigures, SpecLine } from '../layouts2/spec';
import { addLogo, newBook, num, put, putRow, widths } from '../layouts2/sheet';
import { kr, sum, tkr } from '../layouts2/money';
import { sideOf } from '../layouts3/kit';

/** Verksamhet | Budget | Kommentar till budget | Utfall | Avvikelse | Förklaring | Åtgärd. */
function commentsBetween(): Fixture {
  return {
    name: 'kommentarskolumner-mellan-beloppen-forklaring-och-atgard',
    build: () => {
      const wb = newBook('Verksamhetscontroller');
      const ws = wb.addWorksheet('Helårsuppföljning');
      put(ws, 'A1', 'Helårsuppföljning 2024 – Samordningsförbundet Finsam Gotland', { bold: true, size: 12 });
      const H = 3;
      putRow(ws, H, 'A', ['Insats', 'Budget 2024', 'Kommentar till budget', 'Utfall 2024', 'Avvikelse', 'Förklaring till avvikelse', 'Åtgärd'], {
        bold: true,
        border: true,
        wrap: true,
      });
      const data: [string, string, string, string, string, string][] = [
        [
          'Steget vidare',
          '1450000',
          'Utökad med 250 tkr enligt beslut 2023-11-17',
          '1512304',
          'Fler deltagare än planerat (62 mot 50)',
          'Ingen, ryms i eget kapital',
        ],
        ['Unga till arbete', '980000', '', '744820', 'Projektledare sjukskriven 3 mån', 'Vakansen tillsatt från 1 okt'],
        ['Individstöd IPS', '760000', 'Samfinansieras med Region Gotland, 50 %', '771500', '', ''],
        ['Kartläggning och motivation', '420000', '', '398115', '', ''],
        ['Kompetensutveckling för personal', '150000', 'Två utbildningsdagar', '62400', 'En utbildningsdag inställd', 'Flyttas till 2025'],
        ['Förbundets kansli', '1120000', '', '1146932', 'Högre lokalkostnad från juli', ''],
      ];
      const lines: SpecLine[] = [];
      let r = H + 1;
      for (const [label, b, cb, o, why, act] of data) {
        put(ws, `A${r}`, label);
        num(ws, `B${r}`, kr(b), 'kr');
        if (cb) put(ws, `C${r}`, cb, { wrap: true });
        num(ws, `D${r}`, kr(o), 'kr');
        num(ws, `E${r}`, kr(b) - kr(o), 'kr');
        if (why) put(ws, `F${r}`, why, { wrap: true });
        if (act) put(ws, `G${r}`, act, { wrap: true });
        lines.push({ row: r, key: label, side: 'cost', budget: kr(b), outcome: kr(o) });
        r++;
      }
      put(ws, `A${r}`, 'Totalt insatser och kansli', { bold: true });
      num(ws, `B${r}`, sum(lines.map((l) => l.budget)), 'kr', '#,##0', { bold: true });
      num(ws, `D${r}`, sum(lines.map((l) => l.outcome)), 'kr', '#,##0', { bold: true });
      num(ws, `E${r}`, sum(lines.map((l) => l.budget! - l.outcome!)), 'kr', '#,##0', { bold: true });
      widths(ws, { A: 32, B: 12, C: 34, D: 12, E: 12, F: 34, G: 28 });
      return built(wb, {
        family: 'goal-area',
        description:
          'A samordningsförbund\'s year-end follow-up per insats with text columns between the amounts: Budget 2024, a "Kommentar till budget" column (one comment holds "250 tkr" and a date, another "50 %"), Utfall 2024, Avvikelse (budget − outcome), "Förklaring till avvikelse" and "Åtgärd". The text columns are comments, never amounts, and the figures in them are not read as such. Unsigned, all costs. The Totalt row foots.',
        source: 'Samordningsförbund, helårsuppföljning per insats with comments',
        tests: 'comment columns between budget and outcome, numbers inside comments, Förklaring and Åtgärd',
        tables: [
          {
            sheet: ws.name,
            headerRow: H,
            unit: 'kr',
            convention: 'unsigned',
            deviations: true,
            columns: { line: 'A', budget: 'B', outcome: 'D', deviation: 'E' },
            cells: { budget: ['B'], outcome: ['D'] },
            lines,
          },
        ],
        totals: [{ sheet: ws.name, unit: 'kr', row: r, cols: ['B', 'D', 'E'], covers: lines.map((l) => l.row) }],
        reported: [{ table: 0, col: 'E', expect: (l: LineFigures) => l.deviation }],
      });
    },
  };
}

/** "3000–3999 Verksamhetens intäkter" as group header rows over accounts, Summa per range; signed kr. */
function accountRanges(): Fixture {
  return {
    name: 'kontointervall-som-grupprubriker-3000-3999-intakter-signerat',
    build: () => {
      const wb = newBook('Ekonomiavdelningen');
      const ws = wb.addWorksheet('Resultat per kontogrupp');
      put(ws, 'A1', 'Kommunalförbundet Avfall Sydost – utfall mot budget 2024 (kr)', { bold: true, size: 12 });
      const H = 3;
      putRow(ws, H, 'A', ['Konto', 'Budget', 'Utfall', 'Avvikelse'], { bold: true, border: true });
      const groups: [string, [string, string, string][]][] = [
        [
          '3000–3999 Verksamhetens intäkter',
          [
            ['3110 Renhållningsavgifter', '48600000', '49218455'],
            ['3410 Försäljning återvunnet material', '3200000', '2411870'],
            ['3910 Övriga intäkter', '450000', '612300'],
          ],
        ],
        [
          '4000–4999 Personalkostnader',
          [
            ['4010 Löner', '-16850000', '-17204110'],
            ['4710 Sociala avgifter', '-5294000', '-5408612'],
          ],
        ],
        [
          '5000–6999 Övriga verksamhetskostnader',
          [
            ['5120 Energi', '-2100000', '-1962405'],
            ['5610 Drivmedel', '-3450000', '-3891266'],
            ['6330 Entreprenad insamling', '-18900000', '-18654020'],
            ['6990 Övrigt', '-1200000', '-1041870'],
          ],
        ],
        ['7000–7999 Avskrivningar', [['7830 Avskrivning maskiner och inventarier', '-4100000', '-4100000']]],
      ];
      const lines: SpecLine[] = [];
      const totals: { row: number; covers: number[] }[] = [];
      let r = H + 1;
      for (const [g, rows] of groups) {
        put(ws, `A${r}`, g, { bold: true });
        r++;
        const mine: SpecLine[] = [];
        for (const [label, b, o] of rows) {
          put(ws, `A${r}`, label, { indent: 1 });
          num(ws, `B${r}`, kr(b), 'kr');
          num(ws, `C${r}`, kr(o), 'kr');
          num(ws, `D${r}`, kr(o) - kr(b), 'kr');
          mine.push({ row: r, key: label, side: sideOf(label), budget: kr(b), outcome: kr(o), group: g });
          r++;
        }
        put(ws, `A${r}`, `Summa ${g.slice(0, 9)}`, { bold: true });
        num(ws, `B${r}`, sum(mine.map((l) => l.budget)), 'kr', '#,##0', { bold: true });
        num(ws, `C${r}`, sum(mine.map((l) => l.outcome)), 'kr', '#,##0', { bold: true });
        num(ws, `D${r}`, sum(mine.map((l) => l.outcome! - l.budget!)), 'kr', '#,##0', { bold: true });
        totals.push({ row: r, covers: mine.map((l) => l.row) });
        lines.push(...mine);
        r += 2;
      }
      put(ws, `A${r}`, 'Årets resultat', { bold: true });
      num(ws, `B${r}`, sum(lines.map((l) => l.budget)), 'kr', '#,##0', { bold: true });
      num(ws, `C${r}`, sum(lines.map((l) => l.outcome)), 'kr', '#,##0', { bold: true });
      num(ws, `D${r}`, sum(lines.map((l) => l.outcome! - l.budget!)), 'kr', '#,##0', { bold: true });
      totals.push({ row: r, covers: lines.map((l) => l.row) });
      widths(ws, { A: 44, B: 14, C: 14, D: 14 });
      return built(wb, {
        family: 'statement',
        description:
          'A kommunalförbund\'s result per account group in kronor: group header rows are account ranges ("3000–3999 Verksamhetens intäkter", "4000–4999 Personalkostnader", …, with an en dash) over accounts written "3110 Renhållningsavgifter" (code and name in one cell), a "Summa 3000–3999" row under each group and Årets resultat at the end. Signed: income positive, costs negative; deviation = outcome − budget. The groups are the four ranges; each Summa row and Årets resultat foot.',
        source: 'Kommunalförbund (avfall), result per kontogrupp',
        tests: 'account ranges as group header rows, code and name in one cell, Summa rows naming a range',
        tables: [
          {
            sheet: ws.name,
            headerRow: H,
            unit: 'kr',
            convention: 'signed',
            deviations: true,
            columns: { line: 'A', budget: 'B', outcome: 'C', deviation: 'D' },
            groupBy: 'Kontogrupp',
            groups: true,
            cells: { budget: ['B'], outcome: ['C'] },
            lines,
          },
        ],
        totals: totals.map((t) => ({ sheet: ws.name, unit: 'kr' as const, row: t.row, cols: ['B', 'C', 'D'], covers: t.covers })),
        reported: [{ table: 0, col: 'D', expect: (l: LineFigures) => l.deviation }],
      });
    },
  };
}

/** Hidden columns C:D hold Utfall 2023 and Utfall 2024; visible: Budget 2025 and Utfall 2025; ledger. */
function hiddenPriorYears(): Fixture {
  return {
    name: 'dolda-kolumner-med-fjolarets-utfall-bredvid-budget-och-utfall-2025',
    build: () => {
      const wb = newBook('Ekonom');
      const ws = wb.addWorksheet('Konton');
      put(ws, 'A1', 'Utfall mot budget per konto, helår 2025 (kr)', { bold: true, size: 12 });
      const H = 3;
      putRow(ws, H, 'A', ['Konto', 'Kontonamn', 'Utfall 2023', 'Utfall 2024', 'Budget 2025', 'Utfall 2025'], { bold: true, border: true });
      const data: [string, string, string, string, string, string][] = [
        ['3040', 'Medlemsavgifter', '-7420000', '-7720000', '-8010000', '-8010000'],
        ['3140', 'Projektbidrag Tillväxtverket', '-612000', '-1104500', '-900000', '-1262840'],
        ['4010', 'Löner', '3905120', '4117604', '4380000', '4296118'],
        ['4710', 'Arbetsgivaravgifter', '1226208', '1292927', '1376000', '1349839'],
        ['5010', 'Lokalhyra', '540000', '552000', '566000', '566000'],
        ['5810', 'Resor', '98412', '131870', '120000', '164255'],
        ['6550', 'Konsulttjänster', '1310044', '1644210', '1850000', '2211470'],
        ['6990', 'Övriga kostnader', '187306', '201118', '214000', '199612'],
      ];
      const lines: SpecLine[] = [];
      let r = H + 1;
      for (const [code, name, o23, o24, b, o] of data) {
        putRow(ws, r, 'A', [Number(code), name]);
        num(ws, `C${r}`, kr(o23), 'kr');
        num(ws, `D${r}`, kr(o24), 'kr');
        num(ws, `E${r}`, kr(b), 'kr');
        num(ws, `F${r}`, kr(o), 'kr');
        lines.push({ row: r, key: code, side: sideOf(code), budget: kr(b), outcome: kr(o) });
        r++;
      }
      ws.getColumn('C').hidden = true;
      ws.getColumn('D').hidden = true;
      widths(ws, { A: 8, B: 30, E: 14, F: 14 });
      return built(wb, {
        family: 'ledger',
        description:
          "A regionförbund's account list where the earlier years are kept in hidden columns C and D (Utfall 2023, Utfall 2024) left of the visible Budget 2025 and Utfall 2025. Three outcome years: the latest, Utfall 2025, is the outcome; the hidden years are prior years, never the outcome. Ledger signs (income negative); deviation = budget − outcome. No total row.",
        source: 'Regionförbund, account list with last years hidden',
        tests: 'hidden columns with earlier outcome years, three Utfall years, ledger signs',
        tables: [
          {
            sheet: ws.name,
            headerRow: H,
            unit: 'kr',
            convention: 'ledger',
            deviations: true,
            columns: { code: 'A', line: 'B', budget: 'E', outcome: 'F' },
            cells: { budget: ['E'], outcome: ['F'] },
            lines,
          },
        ],
      });
    },
  };
}

/** A table at row 15 under a logo and a long explanation that speaks of budget and utfall. */
function tableAtRow15(): Fixture {
  return {
    name: 'tabell-pa-rad-15-under-logga-och-lang-forklarande-text-tkr',
    build: () => {
      const wb = newBook('Förbundskansliet');
      const ws = wb.addWorksheet('Rapport');
      addLogo(wb, ws, 'A1:B3', [120, 30, 40]);
      put(ws, 'C2', 'Kommunalförbundet Norra Västmanlands Utbildningsförbund', { bold: true, size: 14 });
      const text = [
        'Budgetuppföljning efter årets slut. Belopp i tusentals kronor (tkr).',
        '',
        'Direktionen fastställde budgeten för 2024 den 14 juni 2023 (§ 32). Budgeten omfattade 412 mnkr i intäkter',
        'och lika mycket i kostnader. Under året beslutade direktionen om en tilläggsbudget om 3 500 tkr för',
        'gymnasiesärskolan, som ingår i kolumnen Budget nedan.',
        '',
        'Utfallet är hämtat ur ekonomisystemet den 28 januari 2025. Avvikelse = budget − utfall för kostnader och',
        'utfall − budget för intäkter; positiv avvikelse är gynnsam. Interkommunala ersättningar redovisas som intäkt.',
        '',
        'Kommentarer till de största avvikelserna finns i förvaltningsberättelsen, avsnitt 4.',
      ];
      text.forEach((t, i) => {
        if (t) put(ws, `A${4 + i}`, t, i === 0 ? { italic: true } : undefined);
      });
      const H = 15;
      putRow(ws, H, 'A', ['Verksamhet', 'Budget', 'Utfall', 'Avvikelse'], { bold: true, border: true, fill: 'FFDDEBF7' });
      const data: [string, 'income' | 'cost', string, string][] = [
        ['Interkommunala ersättningar', 'income', '356200', '361874'],
        ['Statsbidrag', 'income', '55800', '58412'],
        ['Gymnasieskola', 'cost', '298400', '301255'],
        ['Gymnasiesärskola', 'cost', '31600', '33118'],
        ['Vuxenutbildning', 'cost', '52100', '49760'],
        ['Elevhälsa', 'cost', '14300', '13902'],
        ['Lokaler', 'cost', '15600', '15600'],
      ];
      const lines: SpecLine[] = [];
      let r = H + 1;
      for (const [label, side, b, o] of data) {
        put(ws, `A${r}`, label);
        num(ws, `B${r}`, tkr(b), 'tkr');
        num(ws, `C${r}`, tkr(o), 'tkr');
        num(ws, `D${r}`, side === 'income' ? tkr(o) - tkr(b) : tkr(b) - tkr(o), 'tkr');
        lines.push({ row: r, key: label, side, budget: tkr(b), outcome: tkr(o) });
        r++;
      }
      widths(ws, { A: 34, B: 12, C: 12, D: 12 });
      return built(wb, {
        family: 'odd',
        description:
          "A kommunalförbund's year-end report with a logo in A1:B3, the name in C2, and ten rows of explanation in column A (rows 4–13) that speak of the budget, the outcome, amounts in mnkr and tkr and how the deviation is signed; the table starts at row 15. The unit is tkr, said in the first explanation line. Unsigned: Interkommunala ersättningar and Statsbidrag are income (the text says so too). Avvikelse follows the sheet's own rule and agrees on every row. No total row.",
        source: 'Kommunalförbund (gymnasieförbund), year-end report with a long preamble',
        tests: 'header at row 15 under a logo and long prose that mentions budget, utfall and mnkr',
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
        reported: [{ table: 0, col: 'D', expect: (l: LineFigures) => l.deviation }],
      });
    },
  };
}

/** A budget sheet whose only amount column is "Belopp": the budget, no outcome. */
function beloppBudget(): Fixture {
  return {
    name: 'budgetblad-med-enda-kolumnen-belopp-inget-utfall',
    build: () => {
      const wb = newBook('Förbundsekonom');
      const ws = wb.addWorksheet('Budget 2026');
      put(ws, 'A1', 'Budget 2026 – Samordningsförbundet Kalmar län', { bold: true, size: 12 });
      put(ws, 'A2', 'Förslag till styrelsen 2025-10-24. Kronor.');
      const H = 4;
      putRow(ws, H, 'A', ['Konto', 'Post', 'Belopp', 'Not'], { bold: true, border: true });
      const data: [string, string, string, string][] = [
        ['3011', 'Medlemsbidrag Försäkringskassan', '-3600000', ''],
        ['3012', 'Medlemsbidrag Region Kalmar län', '-1800000', ''],
        ['3013', 'Medlemsbidrag kommunerna', '-1800000', 'Fördelas efter invånare'],
        ['4010', 'Personal kansli', '1480000', ''],
        ['6510', 'Insatser', '4950000', 'Varav 600 000 kr nya insatser'],
        ['6420', 'Revision', '95000', ''],
        ['6990', 'Övrigt', '275000', ''],
      ];
      const lines: SpecLine[] = [];
      let r = H + 1;
      for (const [code, label, b, note] of data) {
        putRow(ws, r, 'A', [code, label]);
        num(ws, `C${r}`, kr(b), 'kr');
        if (note) put(ws, `D${r}`, note);
        lines.push({ row: r, key: code, side: sideOf(code), budget: kr(b), outcome: null });
        r++;
      }
      put(ws, `B${r}`, 'Summa (budgeterat resultat)', { bold: true });
      num(ws, `C${r}`, sum(lines.map((l) => l.budget)), 'kr', '#,##0', { bold: true });
      widths(ws, { A: 8, B: 36, C: 14, D: 30 });
      return built(wb, {
        family: 'missing-role',
        description:
          'A samordningsförbund\'s budget proposal for 2026 on a sheet named "Budget 2026": the only amount column is headed "Belopp" (a word SPEC 1.1 lists for the outcome), but sheet name, title and "Förslag till styrelsen" say these are budget figures. There is no outcome: the careful reading is a budget table without an outcome, no deviations and no flags; reading Belopp as the outcome would invent a comparison against nothing. Ledger signs. The Summa row foots.',
        source: 'Samordningsförbund, budget proposal with an amount column named Belopp',
        tests: '"Belopp" as the budget on a budget sheet, no outcome: nothing to compare',
        tables: [
          {
            sheet: ws.name,
            headerRow: H,
            unit: 'kr',
            convention: 'ledger',
            deviations: false,
            missingRole: 'outcome',
            columns: { code: 'A', line: 'B', budget: 'C' },
            cells: { budget: ['C'] },
            lines,
          },
        ],
        totals: [{ sheet: ws.name, unit: 'kr', row: r, cols: ['C'], covers: lines.map((l) => l.row) }],
        mustNotFlag: true,
      });
    },
  };
}

export const ODD: Fixture[] = [commentsBetween(), accountRanges(), hiddenPriorYears(), tableAtRow15(), beloppBudget()];
