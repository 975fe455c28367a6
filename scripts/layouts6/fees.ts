/**
 * Member fee lists as a finance officer keeps them (SPEC 3): SCB populations pasted as values, kommun codes with
 * their leading zero, rounded shares, a fixed base plus the rest by population, several fee parts, quarterly
 * invoicing, a member that joins in April, last year's columns beside this year's, and a members table in English.
 * Every expectation is computed here from the source figures in BigInt öre.
 */
import ExcelJS from 'exceljs';
import { built, FeeParam, FeeSpec, Fixture } from '../layouts2/spec';
import { formula, newBook, num, put, putRow, widths } from '../layouts2/sheet';
import { divRound, kr, Ore, sum, tkr } from '../layouts2/money';
import { amountOf } from '../layouts2/verify';
import { largestRemainder, orgNumber, popText, readInt, readIsoDate, readKr } from './kit';

interface Kommun {
  code: string;
  name: string;
  pop: number;
  org: string;
}

const K = (code: string, name: string, pop: number, org: string): Kommun => ({ code, name, pop, org: orgNumber(org) });

const BOLD = { bold: true, border: true };

/** The fee column's cached value when it is a formula over the row: the fee itself. */
function feeFormula(ws: ExcelJS.Worksheet, addr: string, f: string, fee: Ore): void {
  formula(ws, addr, f, fee, 'kr', '#,##0.00');
}

// ---------------------------------------------------------------------------------------------

/** Kommunkod as text with its leading zero, SCB's 1 november figures pasted with no-break spaces, a rate with öre. */
function kommunkod(): Fixture {
  return {
    name: 'medlemsforteckning-kommunkod-0114-som-text-invanare-1-nov-med-nbsp',
    build: () => {
      const wb = newBook('Ekonomienheten');
      const ps = wb.addWorksheet('Avgifter 2026');
      put(ps, 'A1', 'Medlemsavgifter 2026 – Räddningstjänsten Norrort', { bold: true, size: 13 });
      putRow(ps, 3, 'A', ['Parameter', 'Värde'], BOLD);
      putRow(ps, 4, 'A', ['Avgiftsår', 2026]);
      putRow(ps, 5, 'A', ['Avgift per invånare', 612.4]);
      ps.getCell('B5').numFmt = '#,##0.00 "kr"';
      putRow(ps, 6, 'A', ['Referensdatum', '2024-11-01']);
      putRow(ps, 7, 'A', ['Källa', 'SCB']);
      putRow(ps, 8, 'A', ['Fakturadatum', '2026-01-15']);
      putRow(ps, 9, 'A', ['Betalningsvillkor', 30]);
      put(ps, 'A11', 'Beslut i direktionen 2025-06-12 § 34.', { italic: true });
      widths(ps, { A: 24, B: 16 });

      const ws = wb.addWorksheet('Medlemmar');
      put(ws, 'A1', 'Medlemsförteckning', { bold: true, size: 13 });
      put(ws, 'A2', 'Folkmängd enligt SCB per den 1 november 2024, inklistrad som värden från statistikdatabasen.', { italic: true });
      const H = 4;
      putRow(ws, H, 'A', ['Kommunkod', 'Medlem', 'Organisationsnummer', 'Invånare 1 nov 2024', 'Medlemsavgift 2026'], BOLD);
      const ks = [
        K('0114', 'Upplands Väsby kommun', 48312, '212000-011'),
        K('0115', 'Vallentuna kommun', 35961, '212000-287'),
        K('0117', 'Österåkers kommun', 49287, '212000-295'),
        K('0160', 'Täby kommun', 75270, '212000-290'),
        K('0162', 'Danderyds kommun', 32988, '212000-029'),
        K('0187', 'Vaxholms stad', 12344, '212000-293'),
        K('0188', 'Norrtälje kommun', 64659, '212000-020'),
        K('0191', 'Sigtuna kommun', 53090, '212000-021'),
      ];
      const rate = kr('612.40');
      const members = ks.map((k, i) => {
        const r = H + 1 + i;
        // The code is text (a number cell would lose its zero); the population is text as SCB's table pastes it.
        put(ws, `A${r}`, k.code);
        put(ws, `B${r}`, k.name);
        put(ws, `C${r}`, k.org);
        put(ws, `D${r}`, popText(k.pop), { align: 'right' });
        feeFormula(ws, `E${r}`, `VALUE(SUBSTITUTE(D${r},CHAR(160),""))*'Avgifter 2026'!$B$5`, rate * BigInt(k.pop));
        return { name: k.name, row: r, nameCol: 'B', population: k.pop, popCol: 'D', given: rate * BigInt(k.pop), givenCol: 'E' };
      });
      const t = H + 1 + ks.length;
      put(ws, `B${t}`, 'Summa', { bold: true });
      put(ws, `D${t}`, popText(ks.reduce((s, k) => s + k.pop, 0)), { bold: true, align: 'right' });
      formula(ws, `E${t}`, `SUM(E${H + 1}:E${t - 1})`, sum(members.map((m) => m.given)), 'kr', '#,##0.00', { bold: true });
      widths(ws, { A: 11, B: 24, C: 20, D: 20, E: 20 });
      const fees: FeeSpec = {
        sheet: ws.name,
        members,
        params: { rate: { sheet: ps.name, cell: 'B5', value: rate, read: readKr } },
        compute: (ms, p) => ms.map((m) => ({ name: m.name, fee: (p.rate as Ore) * BigInt(m.population!) })),
      };
      return built(wb, {
        family: 'fees',
        description:
          'A räddningstjänstförbund\'s members: Kommunkod as text with its leading zero ("0114" Upplands Väsby), organisation numbers, and Invånare 1 nov 2024 pasted from SCB\'s table as text with no-break spaces ("48 312"). The fee is 612,40 kr per invånare (Parameter | Värde on the sheet Avgifter 2026), kept to the öre: Upplands Väsby 48 312 × 612,40 = 29 586 268,80. The officer\'s Medlemsavgift 2026 column is a formula and right; the Summa row is no member.',
        source: 'Räddningstjänstförbund: medlemsförteckning med kommunkod och SCB-folkmängd',
        tests: 'Kommunkod "0114" as text, populations as text with NBSP, a rate with öre on another sheet, a Summa row',
        tables: [],
        fees,
      });
    },
  };
}

/** A fixed base per member out of the amount, the rest by population in whole kronor. */
function baseAndPopulation(): Fixture {
  return {
    name: 'fast-grundavgift-per-medlem-och-resten-efter-invanare-hela-kronor',
    build: () => {
      const wb = newBook('Förbundsekonom');
      const ps = wb.addWorksheet('Avgiftsmodell 2026');
      put(ps, 'A1', 'Avgiftsmodell 2026 enligt förbundsordningen § 12', { bold: true, size: 13 });
      putRow(ps, 3, 'A', ['Parameter', 'Värde'], BOLD);
      putRow(ps, 4, 'A', ['Avgiftsår', 2026]);
      putRow(ps, 5, 'A', ['Belopp att fördela', 14500000]);
      putRow(ps, 6, 'A', ['Fast del per medlem', 400000]);
      putRow(ps, 7, 'A', ['Fördelningsnyckel', 'Invånare']);
      putRow(ps, 8, 'A', ['Referensdatum', '2024-11-01']);
      putRow(ps, 9, 'A', ['Fakturadatum', '2026-01-20']);
      for (const c of ['B5', 'B6']) ps.getCell(c).numFmt = '#,##0';
      put(ps, 'A11', 'Varje medlem betalar en fast del; resten fördelas efter folkmängden den 1 november året före budgetåret.', { italic: true });
      widths(ps, { A: 24, B: 16 });

      const ws = wb.addWorksheet('Medlemsavgift 2026');
      put(ws, 'A1', 'Medlemsavgift 2026 per kommun', { bold: true, size: 13 });
      const H = 3;
      putRow(ws, H, 'A', ['Kommunkod', 'Kommun', 'Invånare 1 nov 2024', 'Fast del', 'Rörlig del', 'Avgift 2026'], BOLD);
      const ks = [
        K('0305', 'Håbo kommun', 22468, '212000-024'),
        K('0319', 'Älvkarleby kommun', 9581, '212000-025'),
        K('0330', 'Knivsta kommun', 20950, '212000-306'),
        K('0331', 'Heby kommun', 14406, '212000-219'),
        K('0360', 'Tierps kommun', 21540, '212000-026'),
        K('0381', 'Enköpings kommun', 47870, '212000-027'),
        K('0382', 'Östhammars kommun', 22310, '212000-028'),
      ];
      const total = kr(14500000);
      const fixed = kr(400000);
      const rest = total - fixed * BigInt(ks.length);
      const P = BigInt(ks.reduce((s, k) => s + k.pop, 0));
      const lr = largestRemainder(
        rest,
        ks.map((k) => ({ name: k.name, weight: BigInt(k.pop), population: BigInt(k.pop) })),
      );
      const members = ks.map((k, i) => {
        const r = H + 1 + i;
        put(ws, `A${r}`, k.code);
        put(ws, `B${r}`, k.name);
        num(ws, `C${r}`, kr(k.pop), 'kr', '#,##0');
        formula(ws, `D${r}`, `'Avgiftsmodell 2026'!$B$6`, fixed, 'kr', '#,##0');
        // Pasted as values from the förbund's allocation sheet, the öresutjämning krona already placed.
        const variable = lr.get(k.name)!;
        num(ws, `E${r}`, variable, 'kr', '#,##0');
        formula(ws, `F${r}`, `D${r}+E${r}`, fixed + variable, 'kr', '#,##0');
        return { name: k.name, row: r, nameCol: 'B', population: k.pop, popCol: 'C', given: fixed + variable, givenCol: 'F' };
      });
      const t = H + 1 + ks.length;
      put(ws, `B${t}`, 'Totalt', { bold: true });
      num(ws, `C${t}`, kr(P), 'kr', '#,##0', { bold: true });
      formula(ws, `F${t}`, `SUM(F${H + 1}:F${t - 1})`, sum(members.map((m) => m.given)), 'kr', '#,##0', { bold: true });
      widths(ws, { A: 11, B: 22, C: 20, D: 12, E: 14, F: 14 });
      return built(wb, {
        family: 'fees',
        description:
          "A kommunalförbund's model: Belopp att fördela 14 500 000 kr, of which every member pays a Fast del per medlem of 400 000 kr (7 × 400 000 = 2 800 000) and the remaining 11 700 000 kr is shared by Invånare 1 nov 2024 in whole kronor by largest remainder, so that the fees sum exactly to 14 500 000. The officer's Rörlig del was pasted as values from the allocation and is right. Kommunkod as text.",
        source: 'Kommunalförbund i Uppsala län: grundavgift plus rörlig del efter folkmängd',
        tests:
          'a mixed model (fixed part per member + the rest of a total by population), whole kronor by largest remainder, Parameter | Värde on a sheet of its own',
        tables: [],
        fees: {
          sheet: ws.name,
          members,
          params: {
            total: { sheet: ps.name, cell: 'B5', value: total, read: readKr },
            fixed: { sheet: ps.name, cell: 'B6', value: fixed, read: readKr },
          },
          compute: (ms, p) => {
            const left = (p.total as Ore) - (p.fixed as Ore) * BigInt(ms.length);
            const parts = largestRemainder(
              left,
              ms.map((m) => ({ name: m.name, weight: BigInt(m.population!), population: BigInt(m.population!) })),
            );
            return ms.map((m) => ({ name: m.name, fee: (p.fixed as Ore) + parts.get(m.name)! }));
          },
        },
      });
    },
  };
}

/** Andel % rounded to two decimals sums to 100,01; the officer's fees from the rounded shares are stale. */
function roundedShares(): Fixture {
  return {
    name: 'andel-procent-avrundad-summerar-till-100-01-fordelning-efter-invanare',
    build: () => {
      const wb = newBook('Ekonom');
      const ws = wb.addWorksheet('Avgift 2026');
      put(ws, 'A1', 'Sörmlandskustens renhållningsförbund – medlemsavgift 2026', { bold: true, size: 13 });
      putRow(ws, 3, 'A', ['Belopp att fördela:', '3 250 000 kr']);
      putRow(ws, 4, 'A', ['Fördelningsnyckel:', 'Invånare']);
      const H = 6;
      putRow(ws, H, 'A', ['Kommun', 'Invånare 31 dec 2024', 'Andel %', 'Avgift 2026'], BOLD);
      const ks = [
        K('0480', 'Nyköpings kommun', 58512, '212000-022'),
        K('0481', 'Oxelösunds kommun', 12151, '212000-023'),
        K('0461', 'Gnesta kommun', 11423, '212000-030'),
        K('0488', 'Trosa kommun', 14301, '212000-031'),
      ];
      const total = kr(3250000);
      const P = ks.reduce((s, k) => s + k.pop, 0);
      // The officer's share: ROUND(invånare / summa × 100; 2), in hundredths of a percent.
      const bp = ks.map((k) => Number(divRound(BigInt(k.pop) * 10000n, BigInt(P))));
      if (bp.reduce((s, x) => s + x, 0) === 10000) throw new Error('the rounded shares must not sum to 100');
      const members = ks.map((k, i) => {
        const r = H + 1 + i;
        put(ws, `A${r}`, k.name);
        num(ws, `B${r}`, kr(k.pop), 'kr', '#,##0');
        put(ws, `C${r}`, bp[i] / 100, { numFmt: '0.00' });
        // Fees from the rounded shares (pasted as values): they do not sum to the amount.
        const given = divRound(total * BigInt(bp[i]), 10000n * 100n) * 100n;
        num(ws, `D${r}`, given, 'kr', '#,##0');
        return { name: k.name, row: r, nameCol: 'A', population: k.pop, popCol: 'B', given, givenCol: 'D' };
      });
      const t = H + 1 + ks.length;
      put(ws, `A${t}`, 'Summa', { bold: true });
      num(ws, `B${t}`, kr(P), 'kr', '#,##0', { bold: true });
      put(ws, `C${t}`, bp.reduce((s, x) => s + x, 0) / 100, { numFmt: '0.00', bold: true });
      num(ws, `D${t}`, sum(members.map((m) => m.given)), 'kr', '#,##0', { bold: true });
      widths(ws, { A: 22, B: 20, C: 10, D: 14 });
      return built(wb, {
        family: 'fees',
        description: `3 250 000 kr (loose row A3, text with the unit) is shared by Invånare 31 dec 2024, as the loose row Fördelningsnyckel: Invånare says, in whole kronor by largest remainder (the fees sum exactly to 3 250 000). The officer's Andel % column is each population's share rounded to two decimals and sums to ${(bp.reduce((s, x) => s + x, 0) / 100).toFixed(2).replace('.', ',')}: it is shown, not the key. The officer's Avgift 2026 cells were computed from the rounded shares and pasted as values; they sum to ${sum(members.map((m) => m.given)) / 100n} kr, not 3 250 000, and each that differs from the fee by population is stale.`,
        source: 'Renhållningsförbund: avgiftslista med avrundad andel i procent',
        tests:
          '"Andel %" rounded to two decimals summing to 100,01 beside the population key, fees pasted from the rounded shares (stale), loose rows with the unit in the cell',
        tables: [],
        fees: {
          sheet: ws.name,
          members,
          params: { total: { sheet: ws.name, cell: 'B3', value: total, read: readKr } },
          compute: (ms, p) => {
            const parts = largestRemainder(
              p.total as Ore,
              ms.map((m) => ({ name: m.name, weight: BigInt(m.population!), population: BigInt(m.population!) })),
            );
            return ms.map((m) => ({ name: m.name, fee: parts.get(m.name)! }));
          },
        },
      });
    },
  };
}

/** Shares with one decimal that sum to 99,9 % while the Summa cell shows 100 %: no fee may be guessed. */
function sharesNot100(): Fixture {
  return {
    name: 'samordningsforbund-andel-en-decimal-summerar-till-99-9-ingen-gissning',
    build: () => {
      const wb = newBook('Förbundschef');
      const ws = wb.addWorksheet('Medlemsbidrag 2026');
      put(ws, 'A1', 'Samordningsförbundet Västmanland – medlemsbidrag 2026', { bold: true, size: 13 });
      putRow(ws, 3, 'A', ['Parameter', 'Värde'], BOLD);
      putRow(ws, 4, 'A', ['Avgiftsår', 2026]);
      putRow(ws, 5, 'A', ['Belopp att fördela', 7200000]);
      ws.getCell('B5').numFmt = '#,##0';
      putRow(ws, 6, 'A', ['Fördelningsnyckel', 'Andel']);
      const H = 8;
      putRow(ws, H, 'A', ['Medlem', 'Andel', 'Medlemsbidrag 2026'], BOLD);
      const rows: [string, number][] = [
        ['Försäkringskassan', 500],
        ['Region Västmanland', 250],
        ['Västerås stad', 156],
        ['Hallstahammars kommun', 21],
        ['Surahammars kommun', 14],
        ['Kungsörs kommun', 12],
        ['Arboga kommun', 20],
        ['Köpings kommun', 26],
      ];
      rows.forEach(([name, permille], i) => {
        const r = H + 1 + i;
        put(ws, `A${r}`, name);
        put(ws, `B${r}`, permille / 1000, { numFmt: '0.0%' });
        formula(ws, `C${r}`, `ROUND($B$5*B${r},0)`, divRound(kr(7200000) * BigInt(permille), 1000n), 'kr', '#,##0');
      });
      const t = H + 1 + rows.length;
      const sumPermille = rows.reduce((s, [, p]) => s + p, 0);
      if (sumPermille !== 999) throw new Error('the shares must sum to 99,9 %');
      put(ws, `A${t}`, 'Summa', { bold: true });
      // Shown with no decimal, the sum reads "100 %": the officer never saw the missing tenth.
      put(ws, `B${t}`, { formula: `SUM(B${H + 1}:B${t - 1})`, result: 0.999 } as ExcelJS.CellFormulaValue, { numFmt: '0%', bold: true });
      formula(ws, `C${t}`, `SUM(C${H + 1}:C${t - 1})`, divRound(kr(7200000) * 999n, 1000n), 'kr', '#,##0', { bold: true });
      widths(ws, { A: 24, B: 10, C: 20 });
      return built(wb, {
        family: 'fees',
        description:
          'A samordningsförbund\'s medlemsbidrag by Fördelningsnyckel Andel: the shares are written with one decimal (Västerås 15,6 %, Hallstahammar 2,1 % …) and sum to 99,9 %, though the Summa cell, formatted without decimals, shows 100 %. 7 200 000 kr cannot be shared by shares that do not make 100 % without guessing where the tenth belongs: the product must say so at the Andel column (sheet and cell, SPEC 8: "shares that do not sum to 100 %") and compute no contribution.',
        source: 'Samordningsförbund (FINSAM): medlemsbidrag med andelar i procent',
        tests: 'shares with one decimal summing to 99,9 % while the Summa cell shows 100 %: a message naming the Andel column, no figure guessed',
        tables: [],
        errors: [{ sheet: ws.name, cell: `B${H}`, why: 'the shares sum to 99,9 %, not 100 %' }],
      });
    },
  };
}

/** Three fee parts on one row: grundavgift per member, verksamhetsavgift per invånare, särskild insats for some. */
function threeParts(): Fixture {
  return {
    name: 'tre-avgiftsdelar-grundavgift-verksamhetsavgift-per-invanare-sarskild-insats',
    build: () => {
      const wb = newBook('Ekonomichef');
      const ws = wb.addWorksheet('Avgifter 2026');
      put(ws, 'A1', 'Räddningstjänsten Dala Mitt – medlemsavgifter 2026', { bold: true, size: 13 });
      putRow(ws, 3, 'A', ['Parameter', 'Värde'], BOLD);
      putRow(ws, 4, 'A', ['Avgiftsår', 2026]);
      putRow(ws, 5, 'A', ['Grundavgift', 75000]);
      putRow(ws, 6, 'A', ['Verksamhetsavgift per invånare', 48.2]);
      ws.getCell('B5').numFmt = '#,##0';
      ws.getCell('B6').numFmt = '#,##0.00';
      putRow(ws, 7, 'A', ['Fakturadatum', '2026-01-12']);
      const H = 9;
      putRow(ws, H, 'A', ['Kommun', 'Invånare 1 nov 2024', 'Grundavgift', 'Verksamhetsavgift', 'Särskild insats', 'Summa avgift 2026', 'Kommentar'], BOLD);
      const ks: [Kommun, Ore | null, string][] = [
        [K('2080', 'Falu kommun', 59812, '212000-218'), null, ''],
        [K('2081', 'Borlänge kommun', 52931, '212000-220'), kr(250000), 'Höjdfordon, avtal 2025-09-18'],
        [K('2082', 'Säters kommun', 11207, '212000-221'), kr(60000), 'Utbildning deltidsbrandmän'],
        [K('2026', 'Gagnefs kommun', 10218, '212000-222'), null, ''],
      ];
      const base = kr(75000);
      const rate = kr('48.20');
      const members = ks.map(([k, extra, note], i) => {
        const r = H + 1 + i;
        put(ws, `A${r}`, k.name);
        put(ws, `B${r}`, popText(k.pop), { align: 'right' });
        formula(ws, `C${r}`, '$B$5', base, 'kr', '#,##0.00');
        formula(ws, `D${r}`, `ROUND(VALUE(SUBSTITUTE(B${r},CHAR(160),""))*$B$6,2)`, rate * BigInt(k.pop), 'kr', '#,##0.00');
        if (extra !== null) num(ws, `E${r}`, extra, 'kr', '#,##0.00');
        const fee = base + rate * BigInt(k.pop) + (extra ?? 0n);
        formula(ws, `F${r}`, `SUM(C${r}:E${r})`, fee, 'kr', '#,##0.00');
        if (note) put(ws, `G${r}`, note);
        return { name: k.name, row: r, nameCol: 'A', population: k.pop, popCol: 'B', given: fee, givenCol: 'F', extra };
      });
      const t = H + 1 + ks.length;
      put(ws, `A${t}`, 'Summa', { bold: true });
      formula(ws, `F${t}`, `SUM(F${H + 1}:F${t - 1})`, sum(members.map((m) => m.given)), 'kr', '#,##0.00', { bold: true });
      widths(ws, { A: 22, B: 20, C: 14, D: 18, E: 16, F: 20, G: 32 });
      const params: FeeSpec['params'] = {
        base: { sheet: ws.name, cell: 'B5', value: base, read: readKr },
        rate: { sheet: ws.name, cell: 'B6', value: rate, read: readKr },
      };
      for (const m of members) if (m.extra !== null) params[`extra:${m.name}`] = { sheet: ws.name, cell: `E${m.row}`, value: m.extra, read: readKr };
      return built(wb, {
        family: 'fees',
        description:
          "Three fee parts on one row: a Grundavgift of 75 000 kr per member, a Verksamhetsavgift of 48,20 kr per invånare (1 nov 2024, pasted as text with no-break spaces), and a Särskild insats that two members pay for what they alone ordered (Borlänge 250 000 for a höjdfordon, Säter 60 000 for training). Each member's fee for the year is the sum of its parts: Borlänge 75 000 + 48,20 × 52 931 + 250 000 = 2 876 274,20. The officer's Summa avgift 2026 column is right.",
        source: 'Räddningstjänstförbund: grundavgift, verksamhetsavgift per invånare och särskilda insatser',
        tests: 'several fee parts (Grundavgift, Verksamhetsavgift per invånare, Särskild insats for some members) summed per member',
        tables: [],
        fees: {
          sheet: ws.name,
          members: members.map(({ extra: _e, ...m }) => m),
          params,
          compute: (ms, p) =>
            ms.map((m) => ({
              name: m.name,
              fee: (p.base as Ore) + (p.rate as Ore) * BigInt(m.population!) + ((p[`extra:${m.name}`] as Ore | undefined) ?? 0n),
            })),
        },
      });
    },
  };
}

/** Quarterly invoicing of a fee per invånare with öre: the fee is the year's; the quarters are the invoices' business. */
function quarterly(): Fixture {
  return {
    name: 'kvartalsfakturering-avgift-per-invanare-med-oren-ocr-bankgiro',
    build: () => {
      const wb = newBook('Ekonomiadministratör');
      const ps = wb.addWorksheet('Avgift 2026');
      put(ps, 'A1', 'Sydarkivera – avgift och fakturering 2026', { bold: true, size: 13 });
      putRow(ps, 3, 'A', ['Parameter', 'Värde'], BOLD);
      const prm: [string, ExcelJS.CellValue][] = [
        ['Avgiftsår', 2026],
        ['Avgift per invånare', 18.37],
        ['Referensdatum', '2024-11-01'],
        ['Faktureringsperiod', 'Kvartal'],
        ['Fakturadatum', '2026-01-10'],
        ['Betalningsvillkor', 30],
        ['Första fakturanummer', 26001],
        ['Bankgiro', '5050-1055'],
        ['Avsändare', 'Sydarkivera kommunalförbund'],
        ['Vår referens', 'Ekonomienheten'],
      ];
      prm.forEach(([k, v], i) => putRow(ps, 4 + i, 'A', [k, v as string | number]));
      widths(ps, { A: 24, B: 30 });

      const ws = wb.addWorksheet('Medlemmar');
      put(ws, 'A1', 'Medlemskommuner', { bold: true, size: 13 });
      const H = 3;
      putRow(ws, H, 'A', ['Kommunkod', 'Medlem', 'Org.nr', 'Folkmängd 1 nov 2024', 'Er referens', 'Årsavgift 2026', 'Per kvartal'], BOLD);
      const ks: [Kommun, string][] = [
        [K('0880', 'Kalmar kommun', 71548, '212000-076'), 'KS 2026/014'],
        [K('0780', 'Växjö kommun', 97236, '212000-060'), 'Ekonomiavd.'],
        [K('1080', 'Karlskrona kommun', 66919, '212000-081'), 'Ansvar 1100'],
        [K('0781', 'Ljungby kommun', 28734, '212000-061'), 'Kansliet'],
        [K('0765', 'Älmhults kommun', 18211, '212000-062'), ''],
        [K('1273', 'Osby kommun', 13203, '212000-096'), 'Ref 4402'],
      ];
      const rate = kr('18.37');
      const members = ks.map(([k, ref], i) => {
        const r = H + 1 + i;
        put(ws, `A${r}`, k.code);
        put(ws, `B${r}`, k.name);
        put(ws, `C${r}`, k.org);
        put(ws, `D${r}`, popText(k.pop), { align: 'right' });
        if (ref) put(ws, `E${r}`, ref);
        const fee = rate * BigInt(k.pop);
        formula(ws, `F${r}`, `VALUE(SUBSTITUTE(D${r},CHAR(160),""))*'Avgift 2026'!$B$5`, fee, 'kr', '#,##0.00');
        formula(ws, `G${r}`, `ROUND(F${r}/4,2)`, divRound(fee, 4n), 'kr', '#,##0.00');
        return { name: k.name, row: r, nameCol: 'B', population: k.pop, popCol: 'D', given: fee, givenCol: 'F' };
      });
      widths(ws, { A: 11, B: 20, C: 14, D: 20, E: 14, F: 16, G: 14 });
      return built(wb, {
        family: 'fees',
        description:
          'An e-archive kommunalförbund invoices 18,37 kr per invånare (Folkmängd 1 nov 2024, text with no-break spaces) each quarter: Faktureringsperiod Kvartal, Första fakturanummer 26001, Bankgiro 5050-1055. The fee is the year\'s and keeps its öre (Kalmar 71 548 × 18,37 = 1 314 336,76); the four quarterly invoices of a member must add up exactly to it (the officer\'s own "Per kvartal" column ROUNDs a quarter and does not). Er referens per member.',
        source: 'E-arkivförbund: avgift per invånare fakturerad kvartalsvis',
        tests:
          'Faktureringsperiod Kvartal, a fee with öre that does not split into four equal öre, a "Per kvartal" column that is not the fee, Er referens, bankgiro',
        tables: [],
        fees: {
          sheet: ws.name,
          members,
          params: { rate: { sheet: ps.name, cell: 'B5', value: rate, read: readKr } },
          compute: (ms, p) => ms.map((m) => ({ name: m.name, fee: (p.rate as Ore) * BigInt(m.population!) })),
        },
      });
    },
  };
}

/** A member joins on 1 April: nine months of the fee, rounded to the öre. */
function joinsInApril(): Fixture {
  return {
    name: 'ny-medlem-ansluter-1-april-avgift-for-nio-manader',
    build: () => {
      const wb = newBook('Förbundsekonom');
      const ws = wb.addWorksheet('Avgifter 2026');
      put(ws, 'A1', 'Gästrike räddningstjänstförbund – medlemsavgifter 2026', { bold: true, size: 13 });
      put(ws, 'A2', 'Älvkarleby kommun är medlem från och med den 1 april 2026 (beslut i förbundsfullmäktige 2025-10-23) och betalar för nio månader.', {
        italic: true,
      });
      putRow(ws, 4, 'A', ['Parameter', 'Värde'], BOLD);
      putRow(ws, 5, 'A', ['Avgiftsår', 2026]);
      putRow(ws, 6, 'A', ['Avgift per invånare', 588.5]);
      ws.getCell('B6').numFmt = '#,##0.00';
      putRow(ws, 7, 'A', ['Fakturadatum', '2026-01-15']);
      const H = 9;
      putRow(ws, H, 'A', ['Kommun', 'Invånare 1 nov 2024', 'Medlem från', 'Antal månader', 'Avgift 2026'], BOLD);
      const ks: [Kommun, string | null, number][] = [
        [K('2180', 'Gävle kommun', 103512, '212000-226'), null, 12],
        [K('2181', 'Sandvikens kommun', 39942, '212000-227'), null, 12],
        [K('2104', 'Hofors kommun', 9512, '212000-228'), null, 12],
        [K('2101', 'Ockelbo kommun', 5811, '212000-229'), null, 12],
        [K('0319', 'Älvkarleby kommun', 9581, '212000-025'), '2026-04-01', 9],
      ];
      const rate = kr('588.50');
      const feeOf = (pop: number, months: number) => divRound(rate * BigInt(pop) * BigInt(months), 12n);
      const members = ks.map(([k, from, months], i) => {
        const r = H + 1 + i;
        put(ws, `A${r}`, k.name);
        num(ws, `B${r}`, kr(k.pop), 'kr', '#,##0');
        if (from) put(ws, `C${r}`, from);
        put(ws, `D${r}`, months);
        formula(ws, `E${r}`, `ROUND(B${r}*$B$6*D${r}/12,2)`, feeOf(k.pop, months), 'kr', '#,##0.00');
        return { name: k.name, row: r, nameCol: 'A', population: k.pop, popCol: 'B', given: feeOf(k.pop, months), givenCol: 'E', months };
      });
      const t = H + 1 + ks.length;
      put(ws, `A${t}`, 'Summa', { bold: true });
      formula(ws, `E${t}`, `SUM(E${H + 1}:E${t - 1})`, sum(members.map((m) => m.given)), 'kr', '#,##0.00', { bold: true });
      widths(ws, { A: 22, B: 20, C: 14, D: 14, E: 18 });
      const params: FeeSpec['params'] = { rate: { sheet: ws.name, cell: 'B6', value: rate, read: readKr } };
      for (const m of members) params[`months:${m.name}`] = { sheet: ws.name, cell: `D${m.row}`, value: m.months, read: readInt };
      return built(wb, {
        family: 'fees',
        description:
          "A räddningstjänstförbund charges 588,50 kr per invånare; Älvkarleby kommun joins on 1 April 2026 (the note in A2, Medlem från 2026-04-01, Antal månader 9) and pays for nine months: 9 581 × 588,50 × 9 / 12 = 4 228 813,875, rounded half away from zero to 4 228 813,88. The four full members pay the whole year. The officer's Avgift 2026 column is right.",
        source: 'Räddningstjänstförbund: ny medlemskommun under året, avgift pro rata per månad',
        tests: 'a member joining mid-year: "Medlem från" and "Antal månader" columns, the fee pro rata by month rounded to the öre',
        tables: [],
        fees: {
          sheet: ws.name,
          members: members.map(({ months: _m, ...m }) => m),
          params,
          compute: (ms, p) =>
            ms.map((m) => ({ name: m.name, fee: divRound((p.rate as Ore) * BigInt(m.population!) * BigInt(p[`months:${m.name}`] as number), 12n) })),
        },
      });
    },
  };
}

/** Members joining and leaving on dates in columns of their own: an Excel date, ISO text, a date written out. */
function joinAndLeaveDates(): Fixture {
  return {
    name: 'intrade-och-uttrade-under-aret-som-datum-i-egna-kolumner',
    build: () => {
      const wb = newBook('Förbundsekonom');
      const ws = wb.addWorksheet('Medlemsavgifter 2026');
      put(ws, 'A1', 'Höglandets räddningstjänstförbund – medlemsavgifter 2026', { bold: true, size: 13 });
      put(ws, 'A2', 'Vetlanda kommun träder in den 1 mars 2026, Aneby kommun den 1 september 2026; Tranås kommun träder ut efter den 30 juni 2026.', {
        italic: true,
      });
      putRow(ws, 4, 'A', ['Parameter', 'Värde'], BOLD);
      putRow(ws, 5, 'A', ['Avgiftsår', 2026]);
      putRow(ws, 6, 'A', ['Avgift per invånare', 745.2]);
      ws.getCell('B6').numFmt = '#,##0.00';
      putRow(ws, 7, 'A', ['Fakturadatum', '2026-01-20']);
      putRow(ws, 8, 'A', ['Faktureringsperiod', 'Kvartal']);
      const H = 10;
      putRow(ws, H, 'A', ['Kommun', 'Invånare 31 dec 2024', 'Inträdesdatum', 'Utträdesdatum', 'Antal månader', 'Avgift 2026'], BOLD);
      // Name, population, joins (a Date is an Excel date cell, text is written as is), leaves (as written, the day),
      // the officer's months cell.
      const rows: [string, number, Date | string | null, [string, string] | null, number | null][] = [
        ['Nässjö kommun', 31814, null, null, 12],
        ['Eksjö kommun', 17702, null, null, 12],
        ['Sävsjö kommun', 11402, null, null, 12],
        ['Vetlanda kommun', 27735, new Date(Date.UTC(2026, 2, 1)), null, 10],
        ['Tranås kommun', 19311, null, ['30 juni 2026', '2026-06-30'], null],
        ['Aneby kommun', 6923, '2026-09-01', null, null],
      ];
      const rate = kr('745.20');
      const params: FeeSpec['params'] = { rate: { sheet: ws.name, cell: 'B6', value: rate, read: readKr } };
      const members = rows.map(([name, pop, joins, leaves, months], i) => {
        const r = H + 1 + i;
        put(ws, `A${r}`, name);
        num(ws, `B${r}`, kr(pop), 'kr', '#,##0');
        if (joins instanceof Date) put(ws, `C${r}`, joins, { numFmt: 'yyyy-mm-dd' });
        else if (joins) put(ws, `C${r}`, joins);
        if (leaves) put(ws, `D${r}`, leaves[0]);
        if (months !== null) put(ws, `E${r}`, months);
        // Without a months cell the officer wrote the months into the formula (Tranås 6, Aneby 4).
        const paid = months ?? (leaves ? 6 : 4);
        const given = divRound(rate * BigInt(pop) * BigInt(paid), 12n);
        formula(ws, `F${r}`, `ROUND(B${r}*$B$6*${months !== null ? `E${r}` : paid}/12,2)`, given, 'kr', '#,##0.00');
        if (joins)
          params[`joins:${name}`] = {
            sheet: ws.name,
            cell: `C${r}`,
            value: joins instanceof Date ? joins.toISOString().slice(0, 10) : joins,
            read: readIsoDate,
          };
        if (leaves) params[`leaves:${name}`] = { sheet: ws.name, cell: `D${r}`, value: leaves[1], read: readIsoDate };
        if (months !== null) params[`months:${name}`] = { sheet: ws.name, cell: `E${r}`, value: months, read: readInt };
        return { name, row: r, nameCol: 'A', population: pop, popCol: 'B', given, givenCol: 'F' };
      });
      const t = H + 1 + rows.length;
      put(ws, `A${t}`, 'Summa', { bold: true });
      formula(ws, `F${t}`, `SUM(F${H + 1}:F${t - 1})`, sum(members.map((m) => m.given)), 'kr', '#,##0.00', { bold: true });
      widths(ws, { A: 20, B: 20, C: 15, D: 15, E: 15, F: 18 });
      return built(wb, {
        family: 'fees',
        description:
          'A räddningstjänstförbund charges 745,20 kr per invånare for the months a member belongs, with the days in columns of their own: Vetlanda kommun joins on 1 March 2026 (Inträdesdatum an Excel date, Antal månader 10 beside it: 27 735 × 745,20 × 10 / 12 = 17 223 435), Tranås kommun leaves after 30 June (Utträdesdatum written "30 juni 2026", no months cell: 19 311 × 745,20 × 6 / 12 = 7 195 278,60), Aneby kommun joins on 1 September (Inträdesdatum the text 2026-09-01, no months cell: four months, 6 923 × 745,20 × 4 / 12 = 1 719 673,20). The other three pay the whole year. The officer\'s Avgift 2026 cells are right.',
        source: 'Räddningstjänstförbund: medlemmar som träder in och ut under året, datum i egna kolumner',
        tests:
          '"Inträdesdatum" (an Excel date, ISO text) and "Utträdesdatum" (written out) give the months of the fee year a member pays for, with or without an "Antal månader" beside them',
        tables: [],
        fees: {
          sheet: ws.name,
          members,
          params,
          compute: (ms, p) =>
            ms.map((m) => {
              // The months from the dates: joining on the first of a month of 2026 starts there, leaving on the
              // last day of a month of 2026 ends there; no date, the year's end.
              const joins = p[`joins:${m.name}`] as string | undefined;
              const leaves = p[`leaves:${m.name}`] as string | undefined;
              const first = joins?.startsWith('2026-') ? Number(joins.slice(5, 7)) : 1;
              const last = leaves?.startsWith('2026-') ? Number(leaves.slice(5, 7)) : 12;
              const months = last - first + 1;
              if (p[`months:${m.name}`] !== undefined && p[`months:${m.name}`] !== months)
                throw new Error(`${m.name}: the months cell and the dates must agree`);
              return { name: m.name, fee: divRound((p.rate as Ore) * BigInt(m.population!) * BigInt(months), 12n) };
            }),
        },
      });
    },
  };
}

/** Last year's population and fee beside this year's: the later columns are this year's. */
function twoYears(): Fixture {
  return {
    name: 'forra-arets-och-arets-invanare-och-avgift-sida-vid-sida',
    build: () => {
      const wb = newBook('Ekonom');
      const ps = wb.addWorksheet('Avgift 2026');
      put(ps, 'A1', 'Skaraborgs kommunalförbund – avgift 2026', { bold: true, size: 13 });
      putRow(ps, 3, 'A', ['Parameter', 'Värde'], BOLD);
      putRow(ps, 4, 'A', ['Avgiftsår', 2026]);
      putRow(ps, 5, 'A', ['Avgift per invånare', 31]);
      putRow(ps, 6, 'A', ['Referensdatum', '2024-11-01']);
      putRow(ps, 7, 'A', ['Fakturadatum', '2026-01-20']);
      put(ps, 'A9', 'Avgiften 2025 var 30,20 kr per invånare (folkmängd 1 nov 2023).', { italic: true });
      widths(ps, { A: 24, B: 14 });

      const ws = wb.addWorksheet('Medlemmar');
      put(ws, 'A1', 'Avgift per medlemskommun, 2025 och 2026', { bold: true, size: 13 });
      const H = 3;
      putRow(ws, H, 'A', ['Kommunkod', 'Kommun', 'Invånare 1 nov 2023', 'Avgift 2025', 'Invånare 1 nov 2024', 'Avgift 2026', 'Förändring'], BOLD);
      const ks: [Kommun, number][] = [
        [K('1496', 'Skövde kommun', 57806, '212000-187'), 57290],
        [K('1499', 'Falköpings kommun', 33912, '212000-188'), 33701],
        [K('1493', 'Mariestads kommun', 24903, '212000-189'), 24859],
        [K('1494', 'Lidköpings kommun', 40316, '212000-190'), 40102],
        [K('1498', 'Tidaholms kommun', 12931, '212000-191'), 12977],
        [K('1497', 'Hjo kommun', 9241, '212000-192'), 9208],
      ];
      const rate = kr(31);
      const old = kr('30.20');
      const members = ks.map(([k, popBefore], i) => {
        const r = H + 1 + i;
        put(ws, `A${r}`, k.code);
        put(ws, `B${r}`, k.name);
        put(ws, `C${r}`, popText(popBefore), { align: 'right' });
        num(ws, `D${r}`, old * BigInt(popBefore), 'kr', '#,##0.00');
        put(ws, `E${r}`, popText(k.pop), { align: 'right' });
        const fee = rate * BigInt(k.pop);
        formula(ws, `F${r}`, `VALUE(SUBSTITUTE(E${r},CHAR(160),""))*'Avgift 2026'!$B$5`, fee, 'kr', '#,##0.00');
        formula(ws, `G${r}`, `F${r}-D${r}`, fee - old * BigInt(popBefore), 'kr', '#,##0.00;-#,##0.00');
        return { name: k.name, row: r, nameCol: 'B', population: k.pop, popCol: 'E', given: fee, givenCol: 'F' };
      });
      widths(ws, { A: 11, B: 22, C: 20, D: 14, E: 20, F: 14, G: 14 });
      return built(wb, {
        family: 'fees',
        description:
          "Last year's and this year's columns side by side: Invånare 1 nov 2023 | Avgift 2025 | Invånare 1 nov 2024 | Avgift 2026 | Förändring. The fee year is 2026 (Avgiftsår), so the fee is 31 kr × Invånare 1 nov 2024 (the later population column; the earlier one and Avgift 2025 are last year's): Skövde 57 806 × 31 = 1 791 986. The officer's Avgift 2026 column is right; Avgift 2025 is not to be checked against this year's rate.",
        source: 'Kommunalförbund: avgiftslista med föregående och innevarande år bredvid varandra',
        tests: "two population columns and two fee columns with years side by side: the later ones are this year's",
        tables: [],
        fees: {
          sheet: ws.name,
          members,
          params: { rate: { sheet: ps.name, cell: 'B5', value: rate, read: readKr } },
          compute: (ms, p) => ms.map((m) => ({ name: m.name, fee: (p.rate as Ore) * BigInt(m.population!) })),
        },
      });
    },
  };
}

/** A members table in English with municipality codes, a fixed part and a rate in a Parameter | Value table. */
function english(): Fixture {
  return {
    name: 'members-table-in-english-municipality-code-fixed-part-and-rate',
    build: () => {
      const wb = newBook('Finance');
      const ws = wb.addWorksheet('Members');
      put(ws, 'A1', 'Member fees 2026 – Mälardalen Regional Council', { bold: true, size: 13 });
      const H = 3;
      putRow(ws, H, 'A', ['Municipality code', 'Member', 'Org. number', 'Population 1 Nov 2024', 'Fee 2026'], BOLD);
      putRow(ws, H, 'H', ['Parameter', 'Value'], BOLD);
      putRow(ws, H + 1, 'H', ['Fee year', 2026]);
      putRow(ws, H + 2, 'H', ['Fixed part per member', 20000]);
      putRow(ws, H + 3, 'H', ['Fee per inhabitant', 9.85]);
      putRow(ws, H + 4, 'H', ['Invoice date', '2026-02-02']);
      ws.getCell(`I${H + 2}`).numFmt = '#,##0';
      ws.getCell(`I${H + 3}`).numFmt = '0.00';
      const ks = [
        K('0484', 'Eskilstuna kommun', 107949, '212000-032'),
        K('0486', 'Strängnäs kommun', 38612, '212000-033'),
        K('1980', 'Västerås stad', 158653, '212000-208'),
        K('1884', 'Nora kommun', 10664, '212000-209'),
        K('0428', 'Vingåkers kommun', 9083, '212000-034'),
      ];
      const fixed = kr(20000);
      const rate = kr('9.85');
      const members = ks.map((k, i) => {
        const r = H + 1 + i;
        put(ws, `A${r}`, k.code);
        put(ws, `B${r}`, k.name);
        put(ws, `C${r}`, k.org);
        num(ws, `D${r}`, kr(k.pop), 'kr', '#,##0');
        const fee = fixed + rate * BigInt(k.pop);
        formula(ws, `E${r}`, `$I$${H + 2}+D${r}*$I$${H + 3}`, fee, 'kr', '#,##0.00');
        return { name: k.name, row: r, nameCol: 'B', population: k.pop, popCol: 'D', given: fee, givenCol: 'E' };
      });
      const t = H + 1 + ks.length;
      put(ws, `B${t}`, 'Total', { bold: true });
      num(ws, `D${t}`, kr(ks.reduce((s, k) => s + k.pop, 0)), 'kr', '#,##0', { bold: true });
      formula(ws, `E${t}`, `SUM(E${H + 1}:E${t - 1})`, sum(members.map((m) => m.given)), 'kr', '#,##0.00', { bold: true });
      widths(ws, { A: 18, B: 22, C: 14, D: 22, E: 16, H: 24, I: 12 });
      return built(wb, {
        family: 'fees',
        description:
          'A regional council\'s members table in English (Municipality code "0484" as text, Member, Org. number, Population 1 Nov 2024, Fee 2026) with a Parameter | Value table beside it: Fixed part per member 20 000 and Fee per inhabitant 9,85 kr. Each fee is 20 000 + 9,85 × population, öre kept (Nora: 20 000 + 9,85 × 10 664 = 125 040,40). The Fee 2026 column is right; the Total row is no member.',
        source: 'Regional council (regionförbund) keeping its fee list in English',
        tests: 'a members table in English with municipality codes and org. numbers, a fixed part plus a rate in Parameter | Value beside it',
        tables: [],
        fees: {
          sheet: ws.name,
          members,
          params: {
            fixed: { sheet: ws.name, cell: `I${H + 2}`, value: fixed, read: readKr },
            rate: { sheet: ws.name, cell: `I${H + 3}`, value: rate, read: readKr },
          },
          compute: (ms, p) => ms.map((m) => ({ name: m.name, fee: (p.fixed as Ore) + (p.rate as Ore) * BigInt(m.population!) })),
        },
      });
    },
  };
}

// ---------------------------------------------------------------------------------------------

/** An amount cell read back in tkr (a number, or text such as `8 450`), as öre. */
const readTkr = (v: Parameters<typeof readKr>[0]): FeeParam => {
  const o = amountOf(v, 'tkr');
  if (o === null || o === 'error') throw new Error(`not an amount: ${JSON.stringify(v)}`);
  return o;
};

/**
 * `Belopp i tkr` under the title, over the parameters and the members alike: `Belopp att fördela | 8 450` is
 * 8 450 000 kr, and the officer's `Avgift 2026 (tkr)` column holds the fees in tkr with three decimals. Read as
 * kronor, every fee would be 1 000 times too small and every fee cell a mismatch.
 */
function amountsInTkr(): Fixture {
  return {
    name: 'avgifter-2026-rubrik-belopp-i-tkr-halften-lika-halften-invanare-avgiftskolumn-tkr',
    build: () => {
      const wb = newBook('Förbundsekonom');
      const ws = wb.addWorksheet('Medlemsavgifter 2026');
      put(ws, 'A1', 'Medlemsavgifter 2026 – Samordningsförbundet Västra Mälardalen', { bold: true, size: 13 });
      put(ws, 'A2', 'Belopp i tkr', { italic: true });
      putRow(ws, 4, 'A', ['Parameter', 'Värde'], BOLD);
      putRow(ws, 5, 'A', ['Avgiftsår', 2026]);
      const total = tkr(8450);
      num(ws, 'B6', total, 'tkr', '#,##0');
      put(ws, 'A6', 'Belopp att fördela');
      putRow(ws, 7, 'A', ['Fördelningsnyckel', 'Hälften lika, hälften invånare']);
      putRow(ws, 8, 'A', ['Referensdatum', '2024-12-31']);
      putRow(ws, 9, 'A', ['Källa', 'SCB']);
      putRow(ws, 10, 'A', ['Fakturadatum', '2026-01-20']);
      putRow(ws, 11, 'A', ['Betalningsvillkor', 30]);
      const H = 13;
      putRow(ws, H, 'A', ['Kommun', 'Invånare 31 dec 2024', 'Avgift 2026 (tkr)'], BOLD);
      const ks: [string, number][] = [
        ['Arboga kommun', 14004],
        ['Köpings kommun', 26449],
        ['Kungsörs kommun', 8758],
        ['Hallstahammars kommun', 16447],
        ['Surahammars kommun', 10096],
      ];
      const n = BigInt(ks.length);
      const P = BigInt(ks.reduce((s, [, p]) => s + p, 0));
      // total × (½ × 1/n + ½ × p/P) = total × (P + n·p) / (2nP): whole kronor by largest remainder.
      const parts = largestRemainder(
        total,
        ks.map(([name, pop]) => ({ name, weight: P + n * BigInt(pop), population: BigInt(pop) })),
      );
      // By hand: 845 000 equally, and 4 225 000 × p / 75 754 (Arboga 781 039,945 → 1 626 039,945); the three
      // kronor left after the floors go to the largest remainders (Arboga ,945, Surahammar ,497 and Kungsör ,715).
      const byHand: Record<string, string> = {
        'Arboga kommun': '1626040',
        'Köpings kommun': '2320130',
        'Kungsörs kommun': '1333457',
        'Hallstahammars kommun': '1762292',
        'Surahammars kommun': '1408081',
      };
      const computed = Object.fromEntries(ks.map(([name]) => [name, String(parts.get(name)! / 100n)]));
      if (JSON.stringify(computed) !== JSON.stringify(byHand)) throw new Error(`fees ${JSON.stringify(computed)}, by hand ${JSON.stringify(byHand)}`);
      // One invoice a year per member: its amount is the fee in whole kronor, and they sum to 8 450 000 kr exactly.
      if (Object.values(byHand).reduce((s, v) => s + BigInt(v), 0n) * 100n !== total) throw new Error('the invoices do not sum to the total');
      const members = ks.map(([name, pop], i) => {
        const r = H + 1 + i;
        put(ws, `A${r}`, name);
        num(ws, `B${r}`, kr(pop), 'kr', '#,##0');
        // The officer's own figure, in tkr with the kronor as decimals: right, so no mismatch may be found.
        num(ws, `C${r}`, parts.get(name)!, 'tkr', '#,##0.000');
        return { name, row: r, nameCol: 'A', population: pop, popCol: 'B' };
      });
      const t = H + 1 + ks.length;
      put(ws, `A${t}`, 'Summa', { bold: true });
      num(ws, `B${t}`, kr(P), 'kr', '#,##0', { bold: true });
      formula(ws, `C${t}`, `SUM(C${H + 1}:C${t - 1})`, total, 'tkr', '#,##0.000', { bold: true });
      widths(ws, { A: 26, B: 30, C: 18 });
      return built(wb, {
        family: 'fees',
        description:
          'A samordningsförbund\'s fee sheet whose title block says "Belopp i tkr": Belopp att fördela 8 450 (tkr, so 8 450 000 kr) shared "Hälften lika, hälften invånare" among five kommuner (Invånare 31 dec 2024, 75 754 in all) in whole kronor by largest remainder: 845 000 kr each plus 4 225 000 × p / 75 754, e.g. Arboga 1 626 039,945 → 1 626 040 kr. The officer\'s Avgift 2026 (tkr) column holds the same fees in tkr (1 626,040) and is right. Read as kronor the fees would be 1 000 times too small and every fee cell a mismatch. One invoice per member for the year, 8 450 000 kr in all.',
        source: 'Samordningsförbund: avgiftsblad med beloppen i tkr',
        tests:
          "fee amounts in the unit the title states (Belopp i tkr) and the fee column header states (tkr): a total to share and the officer's fees in tkr, exact to the krona",
        tables: [],
        fees: {
          sheet: ws.name,
          members,
          params: { total: { sheet: ws.name, cell: 'B6', value: total, read: readTkr } },
          compute: (ms, p) => {
            const nn = BigInt(ms.length);
            const PP = ms.reduce((s, m) => s + BigInt(m.population!), 0n);
            const shares = largestRemainder(
              p.total as Ore,
              ms.map((m) => ({ name: m.name, weight: PP + nn * BigInt(m.population!), population: BigInt(m.population!) })),
            );
            return ms.map((m) => ({ name: m.name, fee: shares.get(m.name)! }));
          },
        },
      });
    },
  };
}

export const FEES: Fixture[] = [
  kommunkod(),
  baseAndPopulation(),
  roundedShares(),
  sharesNot100(),
  threeParts(),
  quarterly(),
  joinsInApril(),
  joinAndLeaveDates(),
  twoYears(),
  english(),
  amountsInTkr(),
];
