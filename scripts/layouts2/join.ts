/**
 * Budget on one sheet, outcome on another (SPEC 1.8): a transaction list by ansvar and konto, a result list with
 * a Konto → Målområde mapping of ranges, codes that partly do not match, and goal areas against projects.
 */
import ExcelJS from 'exceljs';
import { built, Fixture, JoinRowSpec, TotalSpec } from './spec';
import { between, formula, newBook, num, put, putRow, rng, widths } from './sheet';
import { divRound, kr, Ore, sum } from './money';

/** `total` split into `n` parts with öre in them, summing exactly to `total`. */
function splitInto(rand: () => number, total: Ore, n: number): Ore[] {
  const weights = Array.from({ length: n }, () => BigInt(between(rand, 50, 150)));
  const w = sum(weights);
  const parts = weights.map((x) => divRound(total * x, w) + BigInt(between(rand, -99, 99)));
  parts[n - 1] += total - sum(parts);
  return parts;
}

function date(ws: ExcelJS.Worksheet, addr: string, y: number, m: number, d: number): void {
  put(ws, addr, new Date(Date.UTC(y, m - 1, d)), { numFmt: 'yyyy-mm-dd' });
}

/** Raindance verifikationslista against a budget per ansvar and konto: leading zeros, a key twice, gaps both ways. */
function transactionsByAnsvarKonto(): Fixture {
  return {
    name: 'raindance-verifikationer-mot-budget-ansvar-konto',
    build: () => {
      const wb = newBook('Ekonom');
      const bs = wb.addWorksheet('Budget 2024');
      put(bs, 'A1', 'Budget 2024 per ansvar och konto', { bold: true, size: 12 });
      putRow(bs, 3, 'A', ['Ansvar', 'Konto', 'Benämning', 'Budget'], { bold: true, border: true });
      const budget: [string, number, string, string][] = [
        ['0210', 3110, 'Medlemsavgifter', '-9600000'],
        ['0210', 5010, 'Löner', '2880000'],
        ['0210', 5510, 'Arbetsgivaravgifter', '905000'],
        ['0210', 6110, 'Lokalhyra', '540000'],
        ['0210', 6420, 'Resor', '80000'],
        ['0210', 7310, 'IT och telefoni', '260000'],
        ['0220', 3510, 'Projektintäkter ESF', '-1400000'],
        ['0220', 4010, 'Köpta tjänster', '900000'],
        ['0220', 5010, 'Löner', '610000'],
        ['0220', 5510, 'Arbetsgivaravgifter', '192000'],
        ['0220', 6420, 'Resor', '45000'],
        ['0220', 6420, 'Resor – tillägg enligt beslut 2024-03-12', '15000'],
        ['0310', 4010, 'Köpta insatser', '4200000'],
        ['0310', 4020, 'Lönebidrag', '1300000'],
        ['0310', 6990, 'Oförutsett', '200000'],
        ['0410', 5310, 'Arvoden förtroendevalda', '310000'],
        ['0410', 5510, 'Arbetsgivaravgifter', '97000'],
        ['0410', 6420, 'Resor', '30000'],
      ];
      const budgetRows: JoinRowSpec[] = [];
      let r = 4;
      for (const [ansvar, konto, text, b] of budget) {
        putRow(bs, r, 'A', [ansvar, konto, text]);
        num(bs, `D${r}`, kr(b), 'kr', '#,##0');
        budgetRows.push({ row: r, key: [ansvar, String(konto)], amount: kr(b) });
        r++;
      }
      put(bs, `A${r}`, 'Summa', { bold: true });
      formula(bs, `D${r}`, `SUM(D4:D${r - 1})`, sum(budgetRows.map((x) => x.amount)), 'kr', '#,##0', { bold: true });
      widths(bs, { A: 8, B: 8, C: 40, D: 14 });

      const vs = wb.addWorksheet('Verifikationer');
      putRow(vs, 1, 'A', ['Ver.nr', 'Bokf.datum', 'Ansvar', 'Konto', 'Motpart', 'Text', 'Belopp'], { bold: true });
      const rand = rng(1600);
      const motparter: Record<string, string[]> = {
        3110: ['Medlemskommun'],
        3510: ['Svenska ESF-rådet'],
        4010: ['Coompanion', 'Folkuniversitetet', 'Jobbtorg AB'],
        4020: ['Arbetsförmedlingen'],
        5010: ['Lön'],
        5510: ['Lön'],
        5310: ['Lön'],
        6110: ['Fastighets AB Kvarnen'],
        6420: ['SJ AB', 'Scandic', 'Västtrafik'],
        7310: ['Telia', 'Atea'],
        6150: ['Lyreco'],
        7690: ['Diverse'],
      };
      const outcome: [string, number, string, number][] = [];
      for (const [ansvar, konto] of budget) {
        if (konto === 6990) continue;
        if (outcome.some(([a, k]) => a === ansvar && k === konto)) continue;
        const spreadPct = between(rand, 80, 120);
        const bAll = sum(budgetRows.filter((x) => x.key[0] === ansvar && x.key[1] === String(konto)).map((x) => x.amount));
        outcome.push([
          ansvar,
          konto,
          String(divRound(bAll * BigInt(spreadPct), 100n)),
          konto === 3110 ? 4 : konto === 5010 || konto === 5510 || konto === 5310 ? 12 : between(rand, 6, 40),
        ]);
      }
      outcome.push(['0210', 6150, '18432', 9], ['0310', 7690, '6220', 3]);
      const outcomeRows: JoinRowSpec[] = [];
      const tx: { ansvar: string; konto: number; amount: Ore; month: number; day: number }[] = [];
      for (const [ansvar, konto, total, n] of outcome) {
        const parts = splitInto(rand, BigInt(total), n);
        parts.forEach((amount, i) =>
          tx.push({ ansvar, konto, amount, month: n === 12 ? i + 1 : n === 4 ? i * 3 + 1 : between(rand, 1, 12), day: between(rand, 1, 28) }),
        );
      }
      tx.sort((a, b) => a.month - b.month || a.day - b.day || a.ansvar.localeCompare(b.ansvar) || a.konto - b.konto);
      let v = 2;
      let ver = 240001;
      for (const t of tx) {
        put(vs, `A${v}`, ver++);
        date(vs, `B${v}`, 2024, t.month, t.day);
        putRow(vs, v, 'C', [
          t.ansvar,
          t.konto,
          motparter[t.konto][between(rand, 0, motparter[t.konto].length - 1)],
          t.konto === 3110
            ? `Medlemsavgift kv ${Math.ceil(t.month / 3)}`
            : t.konto === 5010 || t.konto === 5510 || t.konto === 5310
              ? `Lönekörning ${t.month}`
              : 'Leverantörsfaktura',
        ]);
        num(vs, `G${v}`, t.amount, 'kr', '#,##0.00');
        outcomeRows.push({ row: v, key: [t.ansvar, String(t.konto)], amount: t.amount });
        v++;
      }
      widths(vs, { A: 9, B: 11, C: 8, D: 8, E: 24, F: 26, G: 14 });
      vs.autoFilter = `A1:G${v - 1}`;
      const totals: TotalSpec[] = [{ sheet: bs.name, unit: 'kr', row: r, cols: ['D'], covers: budgetRows.map((x) => x.row) }];
      return built(wb, {
        family: 'join',
        system: 'Raindance',
        description: `A budget per ansvar and konto (ansvar written with a leading zero, as text) and a Raindance verifikationslista of ${outcomeRows.length} transactions with Ver.nr, date, ansvar, konto, motpart, text and belopp. Joined on ansvar and konto after summing the transactions per key. 0220/6420 Resor stands twice in the budget (a supplementary decision) and is summed and reported; 0310/6990 Oförutsett has no outcome; 0210/6150 and 0310/7690 were booked without a budget. Ledger signs. The summary is per ansvar.`,
        source: 'Raindance verifikationslista (transactions) and a budget sheet matched with LETARAD',
        tests: 'transactions summed per key, two-part key with leading zeros, a key twice in the budget, unmatched both ways',
        tables: [],
        totals,
        join: {
          budgetSheet: bs.name,
          outcomeSheet: vs.name,
          key: ['ansvar', 'account'],
          convention: 'ledger',
          unit: 'kr',
          budgetCols: { key: ['A', 'B'], amount: ['D'] },
          outcomeCols: { key: ['C', 'D'], amount: ['G'] },
          budgetRows,
          outcomeRows,
          groupBy: 'Ansvar',
          keyGroup: 0,
        },
      });
    },
  };
}

/** Visma result list against a budget per account, grouped by a Konto → Målområde table of ranges. */
function mappingByRanges(): Fixture {
  return {
    name: 'visma-ack-utfall-mot-budget-koppling-malomrade-intervall',
    build: () => {
      const wb = newBook('Ekonom');
      const bs = wb.addWorksheet('Budget');
      putRow(bs, 1, 'A', ['Konto', 'Kontonamn', 'Budget 2024'], { bold: true, border: true });
      const budget: [number, string, string][] = [
        [3110, 'Medlemsavgifter', '-5200000'],
        [3310, 'Statsbidrag Riksantikvarieämbetet', '-1100000'],
        [4010, 'Byggnadsvård, entreprenader', '1650000'],
        [4210, 'Arkeologiska insatser', '900000'],
        [4510, 'Utställningar', '720000'],
        [4610, 'Digitalisering av samlingar', '480000'],
        [5010, 'Löner', '1900000'],
        [5510, 'Arbetsgivaravgifter', '597000'],
        [6110, 'Lokalhyra', '310000'],
        [7010, 'Resor', '60000'],
        [8410, 'Räntekostnader', '18000'],
      ];
      const budgetRows: JoinRowSpec[] = [];
      budget.forEach(([konto, name, b], i) => {
        putRow(bs, 2 + i, 'A', [konto, name]);
        num(bs, `C${2 + i}`, kr(b), 'kr', '#,##0');
        budgetRows.push({ row: 2 + i, key: [String(konto)], amount: kr(b) });
      });
      widths(bs, { A: 8, B: 34, C: 14 });

      const ss = wb.addWorksheet('Saldolista');
      put(ss, 'A1', 'Saldolista', { bold: true, size: 12 });
      put(ss, 'A2', 'Kommunalförbundet Kulturarv Öst');
      put(ss, 'A3', 'Period: 2024-01-01 – 2024-12-31');
      put(ss, 'A4', 'Urval: Resultatkonton');
      const H = 6;
      putRow(ss, H, 'A', ['Konto', 'Benämning', 'Ack. utfall'], { bold: true, border: true });
      const outcome: [number, string, string][] = [
        [3110, 'Medlemsavgifter', '-5200000'],
        [3310, 'Statsbidrag Riksantikvarieämbetet', '-1245600'],
        [4010, 'Byggnadsvård, entreprenader', '1812340.50'],
        [4210, 'Arkeologiska insatser', '775100'],
        [4510, 'Utställningar', '698215.25'],
        [4520, 'Vandringsutställning', '112400'],
        [5010, 'Löner', '1953118.80'],
        [5510, 'Arbetsgivaravgifter', '613670.05'],
        [6110, 'Lokalhyra', '310000'],
        [7010, 'Resor', '48212'],
        [8410, 'Räntekostnader', '16904.40'],
      ];
      const outcomeRows: JoinRowSpec[] = [];
      outcome.forEach(([konto, name, o], i) => {
        const row = H + 1 + i;
        putRow(ss, row, 'A', [konto, name]);
        num(ss, `C${row}`, kr(o), 'kr', '#,##0.00');
        outcomeRows.push({ row, key: [String(konto)], amount: kr(o) });
      });
      widths(ss, { A: 8, B: 34, C: 14 });

      const ks = wb.addWorksheet('Koppling');
      put(ks, 'A1', 'Koppling konto – målområde', { bold: true });
      putRow(ks, 3, 'A', ['Konto', 'Målområde'], { bold: true, border: true });
      const mapping: [string, string, string][] = [
        ['3000', '3999', 'Finansiering'],
        ['4000', '4499', 'Kulturmiljö'],
        ['4500', '4999', 'Museisamverkan'],
        ['5000', '7999', 'Gemensam administration'],
      ];
      const rows = mapping.map(([from, to, group], i) => {
        putRow(ks, 4 + i, 'A', [`${from}${i === 1 ? '-' : '–'}${to}`, group]);
        return { row: 4 + i, from, to, group };
      });
      widths(ks, { A: 14, B: 28 });
      return built(wb, {
        family: 'join',
        system: 'Visma',
        description:
          'Three sheets: a plain budget per account (header in row 1), a Visma saldolista of the result accounts with a title block and "Ack. utfall", and a "Koppling" sheet mapping account ranges to goal areas ("3000–3999", one range written with a hyphen). Joined by account and summed per goal area through the ranges. 4610 has no outcome, 4520 no budget, and 8410 Räntekostnader falls in no range: it is listed as unmapped, never dropped. Ledger signs.',
        source: 'Visma Administration saldolista with a budget sheet and a mapping table kept by the economist',
        tests: 'join by account, a mapping table of ranges, an unmapped account listed, unmatched both ways',
        tables: [],
        join: {
          budgetSheet: bs.name,
          outcomeSheet: ss.name,
          key: ['account'],
          convention: 'ledger',
          unit: 'kr',
          budgetCols: { key: ['A'], amount: ['C'] },
          outcomeCols: { key: ['A'], amount: ['C'] },
          budgetRows,
          outcomeRows,
          groupBy: 'Målområde',
          mapping: { sheet: ks.name, keyCol: 'A', groupCol: 'B', rows },
        },
      });
    },
  };
}

/** Codes that partly do not match: sub-accounts in the ledger, and a verksamhet typed as a number (no leading zero). */
function codesPartlyMatching(): Fixture {
  return {
    name: 'huvudbok-mot-budget-koder-som-delvis-inte-matchar',
    build: () => {
      const wb = newBook('Ekonom');
      const bs = wb.addWorksheet('Budget');
      put(bs, 'A1', 'Driftbudget 2024 – Räddningstjänsten Fjällbygden', { bold: true });
      putRow(bs, 2, 'A', ['Verksamhet', 'Konto', 'Text', 'Budget 2024'], { bold: true, border: true });
      const budget: [string, string, string, string][] = [
        ['0410', '3410', 'Avgifter tillsyn', '-800000'],
        ['0410', '5010', 'Löner', '1200000'],
        ['0410', '6410', 'Drivmedel', '300000'],
        ['0420', '4010', 'Entreprenad underhåll', '2100000'],
        ['0420', '6110', 'Lokalhyra', '240000'],
        ['0430', '5010', 'Löner', '640000'],
        ['0430', '7010', 'Resor', '60000'],
      ];
      const budgetRows: JoinRowSpec[] = budget.map(([v, k, t, b], i) => {
        putRow(bs, 3 + i, 'A', [v, k, t]);
        num(bs, `D${3 + i}`, kr(b), 'kr', '#,##0');
        return { row: 3 + i, key: [v, k], amount: kr(b) };
      });
      widths(bs, { A: 11, B: 8, C: 26, D: 14 });

      const hs = wb.addWorksheet('Huvudbok');
      put(hs, 'A1', 'Huvudbokslista 2024-01-01 – 2024-12-31', { bold: true });
      put(hs, 'A2', 'Räddningstjänsten Fjällbygden');
      const H = 4;
      putRow(hs, H, 'A', ['Verksamhet', 'Konto', 'Kontotext', 'Datum', 'Verifikationstext', 'Belopp'], { bold: true, border: true });
      const rand = rng(4242);
      const booked: [string | number, string, string, string, number][] = [
        ['0410', '3410', 'Avgifter tillsyn', '-862500', 6],
        ['0410', '5010', 'Löner', '1238412.60', 12],
        ['0410', '6411', 'Drivmedel diesel', '214388.20', 9],
        ['0410', '6412', 'Drivmedel HVO', '97120.50', 5],
        ['0420', '4010', 'Entreprenad underhåll', '1987300', 7],
        [420, '6110', 'Lokalhyra', '240000', 4],
        ['0430', '5010', 'Löner', '655904.30', 12],
        ['0430', '7010', 'Resor', '41270', 5],
      ];
      const outcomeRows: JoinRowSpec[] = [];
      let h = H + 1;
      for (const [v, k, text, total, n] of booked) {
        const parts = n === 4 ? Array(4).fill(kr(total) / 4n) : splitInto(rand, kr(total), n);
        parts.forEach((amount, i) => {
          putRow(hs, h, 'A', [v, k, text]);
          date(hs, `D${h}`, 2024, n === 12 ? i + 1 : n === 4 ? i * 3 + 1 : between(rand, 1, 12), between(rand, 1, 28));
          put(hs, `E${h}`, n === 12 ? `Lön ${i + 1}/2024` : 'Leverantörsfaktura');
          num(hs, `F${h}`, amount, 'kr', '#,##0.00');
          outcomeRows.push({ row: h, key: [String(v), k], amount });
          h++;
        });
      }
      widths(hs, { A: 11, B: 8, C: 24, D: 11, E: 22, F: 14 });
      return built(wb, {
        family: 'join',
        system: 'Raindance',
        description:
          'A budget per verksamhet and konto (codes as text: "0410", "6410") and a Raindance huvudbokslista where two things do not match: fuel was budgeted on 6410 but booked on the sub-accounts 6411 Drivmedel diesel and 6412 Drivmedel HVO, and the rent was booked with verksamhet typed as the number 420 instead of the text "0420". Codes match as text (SPEC 1.8): 0410/6410 and 0420/6110 have budget and no outcome, 0410/6411, 0410/6412 and 420/6110 outcome and no budget, all listed. Ledger signs.',
        source: 'Raindance huvudbokslista against a budget sheet, the usual LETARAD misses',
        tests: 'codes match as text, sub-accounts and a lost leading zero are unmatched both ways, nothing dropped',
        tables: [],
        join: {
          budgetSheet: bs.name,
          outcomeSheet: hs.name,
          key: ['verksamhet', 'account'],
          convention: 'ledger',
          unit: 'kr',
          budgetCols: { key: ['A', 'B'], amount: ['D'] },
          outcomeCols: { key: ['A', 'B'], amount: ['F'] },
          budgetRows,
          outcomeRows,
        },
      });
    },
  };
}

/** Budget per målområde against a project list with målområde and outcome. */
function goalAreaAgainstProjects(): Fixture {
  return {
    name: 'malomrade-budget-mot-projektutfall',
    build: () => {
      const wb = newBook('Regionförbundet');
      const bs = wb.addWorksheet('Budget per målområde');
      put(bs, 'A1', 'Beslutad budget 2024 per målområde (kr)', { bold: true });
      putRow(bs, 3, 'A', ['Målområde', 'Budget 2024'], { bold: true, border: true });
      const areas: [string, string][] = [
        ['Attraktiv region', '3200000'],
        ['Kompetensförsörjning', '2450000'],
        ['Hållbar tillväxt', '4100000'],
        ['Internationellt samarbete', '600000'],
      ];
      const budgetRows: JoinRowSpec[] = areas.map(([a, b], i) => {
        put(bs, `A${4 + i}`, a);
        num(bs, `B${4 + i}`, kr(b), 'kr');
        return { row: 4 + i, key: [a], amount: kr(b) };
      });
      const sr = 4 + areas.length;
      put(bs, `A${sr}`, 'Summa', { bold: true });
      num(bs, `B${sr}`, sum(budgetRows.map((x) => x.amount)), 'kr', '#,##0', { bold: true });
      widths(bs, { A: 30, B: 14 });

      const ps = wb.addWorksheet('Projektutfall');
      put(ps, 'A1', 'Utfall per projekt 2024', { bold: true });
      putRow(ps, 3, 'A', ['Projekt', 'Målområde', 'Utfall 2024', 'Status'], { bold: true, border: true });
      const projects: [string, string, string, string][] = [
        ['Kulturstrategi', 'Attraktiv region', '1180400', 'Pågår'],
        ['Besöksnäring och evenemang', 'Attraktiv region', '1402250', 'Pågår'],
        ['Cykelleder i länet', 'Attraktiv region', '455000', 'Avslutat'],
        ['Validering', 'Kompetensförsörjning', '802100', 'Pågår'],
        ['Yrkeshögskola i samverkan', 'Kompetensförsörjning', '1210900', 'Pågår'],
        ['Praktikportal', 'Kompetensförsörjning', '318750', 'Avslutat'],
        ['Innovationsslussen', 'Hållbar tillväxt', '2250000', 'Pågår'],
        ['Smart specialisering', 'Hållbar tillväxt', '1104380', 'Pågår'],
        ['Klimatsamverkan', 'Hållbar tillväxt', '912600', 'Pågår'],
        ['Krisberedskapsövning 2024', 'Övrigt', '84300', 'Avslutat'],
      ];
      const outcomeRows: JoinRowSpec[] = projects.map(([name, area, o, status], i) => {
        putRow(ps, 4 + i, 'A', [name, area]);
        num(ps, `C${4 + i}`, kr(o), 'kr');
        put(ps, `D${4 + i}`, status);
        return { row: 4 + i, key: [area], amount: kr(o) };
      });
      widths(ps, { A: 32, B: 26, C: 14, D: 10 });
      return built(wb, {
        family: 'join',
        description:
          'A regionförbund\'s budget decided per målområde on one sheet and the outcome per project, each with its målområde, on another. The projects are summed per målområde and joined with the budget: Internationellt samarbete has a budget and no project yet (inget utfall), and one project is marked "Övrigt", a goal area with no budget (ej budgeterat). Costs positive (unsigned), deviation = budget − outcome.',
        source: 'Regionförbund, budget per målområde and project follow-up kept on separate sheets',
        tests: 'join by goal area, projects summed per area, unmatched area both ways, unsigned',
        tables: [],
        totals: [{ sheet: bs.name, unit: 'kr', row: sr, cols: ['B'], covers: budgetRows.map((x) => x.row) }],
        join: {
          budgetSheet: bs.name,
          outcomeSheet: ps.name,
          key: ['goalArea'],
          convention: 'unsigned',
          unit: 'kr',
          budgetCols: { key: ['A'], amount: ['B'] },
          outcomeCols: { key: ['B'], amount: ['C'] },
          budgetRows,
          outcomeRows,
        },
      });
    },
  };
}

export const JOIN: Fixture[] = [transactionsByAnsvarKonto(), mappingByRanges(), codesPartlyMatching(), goalAreaAgainstProjects()];
