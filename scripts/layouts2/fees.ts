/**
 * Member fees as finance officers keep them (SPEC 3): a per-capita list with the rate in a loose row and one
 * stale fee cell, a samordningsförbund's statutory split, a Parameter | Värde table with half equal parts and half
 * by population, and last year's fees raised by a percentage.
 */
import { built, FeeParam, FeeSpec, Fixture, ReadValue } from './spec';
import { formula, newBook, num, put, putRow, widths } from './sheet';
import { kr, numberText, Ore, sum, toOre } from './money';

/** Allocate `total` öre over `weights` by the largest remainder in whole kronor; ties: larger population, then name. */
export function allocateKronor(total: Ore, parts: { name: string; weight: bigint; population: number }[]): Map<string, Ore> {
  const kronor = total / 100n;
  if (kronor * 100n !== total) throw new Error('allocation of a total that is not whole kronor');
  const w = sum(parts.map((p) => p.weight));
  const base = parts.map((p) => ({ p, q: (kronor * p.weight) / w, rem: (kronor * p.weight) % w }));
  let left = kronor - sum(base.map((b) => b.q));
  const order = [...base].sort((a, b) =>
    a.rem === b.rem ? b.p.population - a.p.population || a.p.name.localeCompare(b.p.name, 'sv') : a.rem > b.rem ? -1 : 1,
  );
  for (const b of order) {
    if (left <= 0n) break;
    b.q += 1n;
    left--;
  }
  return new Map(base.map((b) => [b.p.name, b.q * 100n]));
}

const readNumber = (v: ReadValue): FeeParam => {
  if (typeof v === 'number') return toOre(numberText(v));
  throw new Error(`not a number: ${JSON.stringify(v)}`);
};
const readShare = (v: ReadValue): FeeParam => {
  if (typeof v === 'number') return v;
  throw new Error(`not a share: ${JSON.stringify(v)}`);
};

/** Per capita: the rate in a loose row above the list, the fee a formula, one cell typed over with last year's figure. */
function perCapitaLooseRate(): Fixture {
  return {
    name: 'medlemsavgift-per-invanare-los-rad-inaktuell-cell',
    build: () => {
      const wb = newBook('Ekonomichef');
      const ws = wb.addWorksheet('Medlemsavgift 2025');
      put(ws, 'A1', 'Medlemsavgifter 2025', { bold: true, size: 13 });
      put(ws, 'A3', 'Avgift per invånare:');
      put(ws, 'B3', 31.5, { numFmt: '0.00 "kr"' });
      put(ws, 'A4', 'Befolkning per den 1 november 2023 enligt SCB', { italic: true });
      const H = 6;
      putRow(ws, H, 'A', ['Kommun', 'Invånare 1 nov 2023', 'Avgift 2025', 'Kommentar'], { bold: true, border: true });
      const members: [string, number][] = [
        ['Sundsvall', 99612],
        ['Timrå', 18190],
        ['Ånge', 9088],
        ['Härnösand', 24911],
        ['Kramfors', 17865],
        ['Sollefteå', 19280],
        ['Örnsköldsvik', 56144],
      ];
      const rate = kr('31.5');
      const spec = members.map(([name, pop], i) => {
        const r = H + 1 + i;
        putRow(ws, r, 'A', [name, pop]);
        ws.getCell(`B${r}`).numFmt = '#,##0';
        const stale = name === 'Kramfors';
        const given = stale ? rate * 17990n : rate * BigInt(pop);
        if (stale) {
          num(ws, `C${r}`, given, 'kr', '#,##0.00');
          put(ws, `D${r}`, 'Ej uppdaterad – fjolårets folkmängd', { italic: true });
        } else formula(ws, `C${r}`, `B${r}*$B$3`, given, 'kr', '#,##0.00');
        return { name, row: r, nameCol: 'A', population: pop, popCol: 'B', given, givenCol: 'C' };
      });
      const t = H + 1 + members.length;
      put(ws, `A${t}`, 'Summa', { bold: true });
      put(ws, `B${t}`, { formula: `SUM(B${H + 1}:B${t - 1})`, result: members.reduce((s, m) => s + m[1], 0) }, { bold: true, numFmt: '#,##0' });
      formula(ws, `C${t}`, `SUM(C${H + 1}:C${t - 1})`, sum(spec.map((m) => m.given)), 'kr', '#,##0.00', { bold: true });
      widths(ws, { A: 22, B: 20, C: 16, D: 36 });
      return built(wb, {
        family: 'fees',
        description:
          'A finance officer\'s fee list for 2025: the rate as a loose row above the table ("Avgift per invånare:" 31,50 kr), populations per 1 November 2023, and the fee as a formula (population × rate) except for Kramfors, where someone typed last year\'s figure over the formula (17 990 inhabitants instead of 17 865): a stale cell the check must name. The fee year comes from the sheet.',
        source: 'Kommunalförbund, medlemsavgifter per invånare kept in Excel',
        tests: 'rate as a loose row, fee per capita with öre, a stale fee cell reported',
        tables: [],
        fees: {
          sheet: ws.name,
          members: spec,
          params: { rate: { sheet: ws.name, cell: 'B3', value: rate, read: readNumber } },
          compute: (ms, p) => ms.map((m) => ({ name: m.name, fee: (p.rate as Ore) * BigInt(m.population!) })),
        },
      });
    },
  };
}

/** Samordningsförbund: Försäkringskassan 50 %, the region 25 %, the kommuner 25 % shared by population. */
function finsamSplit(): Fixture {
  return {
    name: 'samordningsforbund-medlemsbidrag-fk-region-kommuner',
    build: () => {
      const wb = newBook('Förbundschef');
      const ws = wb.addWorksheet('Medlemsbidrag 2025');
      put(ws, 'A1', 'Samordningsförbundet Mittdal – medlemsbidrag 2025', { bold: true, size: 13 });
      put(ws, 'A3', 'Totalt medlemsbidrag 2025');
      put(ws, 'C3', 6000000, { numFmt: '#,##0 "kr"' });
      put(
        ws,
        'A4',
        'Fördelning enligt lagen (2003:1210) om finansiell samordning: Försäkringskassan 50 %, regionen 25 %, kommunerna 25 % (mellan kommunerna efter folkmängd 31 dec 2023).',
        { italic: true },
      );
      const H = 6;
      putRow(ws, H, 'A', ['Medlem', 'Andel', 'Folkmängd 31 dec 2023', 'Medlemsbidrag 2025'], { bold: true, border: true });
      const total = kr('6000000');
      const kommuner: [string, number][] = [
        ['Ånge kommun', 9088],
        ['Sundsvalls kommun', 99612],
        ['Timrå kommun', 18190],
        ['Härnösands kommun', 24911],
      ];
      const fk = (total * 50n) / 100n;
      const region = (total * 25n) / 100n;
      const shared = total - fk - region;
      const alloc = allocateKronor(
        shared,
        kommuner.map(([name, p]) => ({ name, weight: BigInt(p), population: p })),
      );
      putRow(ws, 7, 'A', ['Försäkringskassan', 0.5]);
      num(ws, 'D7', fk, 'kr', '#,##0');
      putRow(ws, 8, 'A', ['Region Mittdal', 0.25]);
      num(ws, 'D8', region, 'kr', '#,##0');
      ws.getCell('B7').numFmt = '0%';
      ws.getCell('B8').numFmt = '0%';
      put(ws, 'A9', 'Kommunerna', { bold: true });
      put(ws, 'B9', 0.25, { numFmt: '0%', bold: true });
      put(
        ws,
        'C9',
        kommuner.reduce((s, k) => s + k[1], 0),
        { numFmt: '#,##0', bold: true },
      );
      num(ws, 'D9', shared, 'kr', '#,##0', { bold: true });
      const members = [
        { name: 'Försäkringskassan', row: 7, nameCol: 'A', given: fk, givenCol: 'D' },
        { name: 'Region Mittdal', row: 8, nameCol: 'A', given: region, givenCol: 'D' },
        ...kommuner.map(([name, pop], i) => {
          const r = 10 + i;
          put(ws, `A${r}`, name, { indent: 1 });
          put(ws, `C${r}`, pop, { numFmt: '#,##0' });
          num(ws, `D${r}`, alloc.get(name)!, 'kr', '#,##0');
          return { name, row: r, nameCol: 'A', population: pop, popCol: 'C', given: alloc.get(name)!, givenCol: 'D' };
        }),
      ];
      const t = 10 + kommuner.length;
      put(ws, `A${t}`, 'Summa', { bold: true });
      put(ws, `B${t}`, 1, { numFmt: '0%', bold: true });
      num(ws, `D${t}`, total, 'kr', '#,##0', { bold: true });
      widths(ws, { A: 26, B: 8, C: 22, D: 20 });
      return built(wb, {
        family: 'fees',
        description:
          "A samordningsförbund's member contributions for 2025: 6 000 000 kr in a loose row, split by law between Försäkringskassan (50 %), the region (25 %) and the kommuner (25 %), the kommuner's part shared by population on 31 December 2023. \"Kommunerna\" is a subtotal row, not a member. The officer's own figures are right (largest remainder in whole kronor); a member's fee may differ by under a krona if öre are used, the total never.",
        source: 'Samordningsförbund (FINSAM), medlemsbidrag enligt lagen om finansiell samordning',
        tests: 'statutory 50/25/25 split, kommuner by population, a subtotal row that is no member',
        tables: [],
        totals: [
          { sheet: ws.name, unit: 'kr', row: 9, cols: ['D'], covers: [10, 11, 12, 13] },
          { sheet: ws.name, unit: 'kr', row: t, cols: ['D'], covers: [7, 8, 9] },
        ],
        fees: {
          sheet: ws.name,
          members,
          params: {
            total: { sheet: ws.name, cell: 'C3', value: total, read: readNumber },
            fk: { sheet: ws.name, cell: 'B7', value: 0.5, read: readShare },
            region: { sheet: ws.name, cell: 'B8', value: 0.25, read: readShare },
          },
          compute: (ms, p) => {
            const tot = p.total as Ore;
            const fkFee = (tot * BigInt(Math.round((p.fk as number) * 100))) / 100n;
            const regionFee = (tot * BigInt(Math.round((p.region as number) * 100))) / 100n;
            const ks = ms.filter((m) => m.population !== undefined);
            const a = allocateKronor(
              tot - fkFee - regionFee,
              ks.map((m) => ({ name: m.name, weight: BigInt(m.population!), population: m.population! })),
            );
            return ms.map((m) => ({
              name: m.name,
              fee: m.population === undefined ? (m.name.startsWith('Försäkringskassan') ? fkFee : regionFee) : a.get(m.name)!,
            }));
          },
          memberTolerance: '1',
        },
      });
    },
  };
}

/** Parameter | Värde on a sheet named Avgifter…, half in equal parts and half by population. */
function parameterTableHalfHalf(): Fixture {
  return {
    name: 'avgifter-parameter-varde-halften-lika-halften-invanare',
    build: () => {
      const wb = newBook('Ekonom');
      const ws = wb.addWorksheet('Avgifter 2025');
      put(ws, 'A1', 'Underlag medlemsavgifter 2025', { bold: true, size: 13 });
      putRow(ws, 3, 'A', ['Parameter', 'Värde'], { bold: true, border: true });
      const params: [string, string | number][] = [
        ['Avgiftsår', 2025],
        ['Belopp att fördela', 2400000],
        ['Fördelningsnyckel', 'Hälften lika, hälften invånare'],
        ['Referensdatum', '2023-12-31'],
        ['Fakturadatum', '2025-01-15'],
        ['Betalningsvillkor', 30],
      ];
      params.forEach(([k, v], i) => putRow(ws, 4 + i, 'A', [k, v]));
      ws.getCell('B5').numFmt = '#,##0';
      putRow(ws, 3, 'D', ['Medlem', 'Invånare 31 dec 2023', 'Org.nr'], { bold: true, border: true });
      const members: [string, number, string][] = [
        ['Hässleholms kommun', 52989, '212000-0936'],
        ['Kristianstads kommun', 86600, '212000-0944'],
        ['Osby kommun', 13108, '212000-0878'],
        ['Östra Göinge kommun', 15260, '212000-0860'],
        ['Bromölla kommun', 12880, '212000-0985'],
        ['Hörby kommun', 16040, '212000-1082'],
      ];
      const spec = members.map(([name, pop, org], i) => {
        putRow(ws, 4 + i, 'D', [name, pop, org]);
        ws.getCell(`E${4 + i}`).numFmt = '#,##0';
        return { name, row: 4 + i, nameCol: 'D', population: pop, popCol: 'E' };
      });
      widths(ws, { A: 20, B: 30, C: 3, D: 24, E: 20, F: 14 });
      const halfHalf = (ms: { name: string; population?: number }[], p: Record<string, FeeParam>) => {
        const tot = p.total as Ore;
        const equal = tot / 2n;
        const each = allocateKronor(
          equal,
          ms.map((m) => ({ name: m.name, weight: 1n, population: m.population! })),
        );
        const byPop = allocateKronor(
          tot - equal,
          ms.map((m) => ({ name: m.name, weight: BigInt(m.population!), population: m.population! })),
        );
        return ms.map((m) => ({ name: m.name, fee: each.get(m.name)! + byPop.get(m.name)! }));
      };
      return built(wb, {
        family: 'fees',
        description:
          'A "Parameter | Värde" table on a sheet named "Avgifter 2025" (Avgiftsår, Belopp att fördela 2 400 000, Fördelningsnyckel "Hälften lika, hälften invånare", Referensdatum, Fakturadatum, Betalningsvillkor) and the members table beside it starting in column D. Half the amount in equal parts (200 000 kr each), half by population; a member\'s fee may differ by under a krona with the rounding chosen, the total never.',
        source: 'Kommunalförbund, underlag för medlemsavgifter with a parameter table',
        tests: 'Parameter | Värde table, members table beside it, half equal and half by population',
        tables: [],
        fees: {
          sheet: ws.name,
          members: spec,
          params: { total: { sheet: ws.name, cell: 'B5', value: kr('2400000'), read: readNumber } },
          compute: halfHalf,
          memberTolerance: '1',
        },
      });
    },
  };
}

/** Last year's fees raised by 2,5 %, stated in a sentence above the table; the new fee column is a formula. */
function upliftFromLastYear(): Fixture {
  return {
    name: 'medlemsavgifter-upprakning-fran-foregaende-ar',
    build: () => {
      const wb = newBook('Förbundsekonom');
      const ws = wb.addWorksheet('Medlemmar');
      put(ws, 'A1', 'Medlemsavgifter 2025', { bold: true, size: 13 });
      put(ws, 'A2', 'Uppräkning 2,5 % jämfört med 2024 enligt förbundsordningen § 14.');
      const H = 4;
      putRow(ws, H, 'A', ['Medlem', 'Org.nr', 'Avgift 2024', 'Avgift 2025'], { bold: true, border: true });
      const members: [string, string, string][] = [
        ['Region Kalmar län', '232100-0222', '2480000'],
        ['Kalmar kommun', '212000-0746', '1120000'],
        ['Nybro kommun', '212000-0720', '440000'],
        ['Emmaboda kommun', '212000-0712', '200000'],
        ['Torsås kommun', '212000-0688', '160000'],
        ['Mörbylånga kommun', '212000-0696', '320000'],
        ['Borgholm kommun', '212000-0795', '240000'],
      ];
      const uplift = (last: Ore, pct: string) => {
        const tenths = BigInt(Math.round(Number(pct.replace(',', '.')) * 10));
        const v = last * (1000n + tenths);
        if (v % 1000n !== 0n) throw new Error('uplift not exact');
        return v / 1000n;
      };
      const spec = members.map(([name, org, last], i) => {
        const r = H + 1 + i;
        putRow(ws, r, 'A', [name, org]);
        num(ws, `C${r}`, kr(last), 'kr', '#,##0');
        formula(ws, `D${r}`, `ROUND(C${r}*1.025,0)`, uplift(kr(last), '2,5'), 'kr', '#,##0');
        return { name, row: r, nameCol: 'A', given: uplift(kr(last), '2,5'), givenCol: 'D', last: kr(last) };
      });
      const t = H + 1 + members.length;
      put(ws, `A${t}`, 'Summa', { bold: true });
      formula(ws, `C${t}`, `SUM(C${H + 1}:C${t - 1})`, sum(spec.map((m) => m.last)), 'kr', '#,##0', { bold: true });
      formula(ws, `D${t}`, `SUM(D${H + 1}:D${t - 1})`, sum(spec.map((m) => m.given)), 'kr', '#,##0', { bold: true });
      widths(ws, { A: 22, B: 14, C: 14, D: 14 });
      const lastYear = new Map(spec.map((m) => [m.name, m.last]));
      return built(wb, {
        family: 'fees',
        description:
          "Fees for 2025 as last year's fees raised by 2,5 %, the rate stated in a sentence above the table; the region and six kommuner with org. numbers, Avgift 2024 typed and Avgift 2025 as a formula (ROUND(C×1,025;0)). The figures are right: nothing is stale.",
        source: 'Kommunalförbund (regional), medlemsavgifter uppräknade enligt förbundsordningen',
        tests: "uplift from a sentence, last year's fee column, the new fee column checked and right",
        tables: [],
        totals: [{ sheet: ws.name, unit: 'kr', row: t, cols: ['C', 'D'], covers: spec.map((m) => m.row) }],
        fees: {
          sheet: ws.name,
          members: spec.map(({ last: _last, ...m }) => m),
          params: {
            pct: { sheet: ws.name, cell: 'A2', value: '2,5', read: (v) => /(\d+,\d+|\d+)\s*%/.exec(String(v))![1] },
            ...Object.fromEntries(spec.map((m) => [`last:${m.name}`, { sheet: ws.name, cell: `C${m.row}`, value: lastYear.get(m.name)!, read: readNumber }])),
          },
          compute: (ms, p) => ms.map((m) => ({ name: m.name, fee: uplift(p[`last:${m.name}`] as Ore, p.pct as string) })),
        },
      });
    },
  };
}

/** A fixed amount for the region and a rate per inhabitant for the kommuner, written as text with units. */
function fixedRegionPerCapitaText(): Fixture {
  return {
    name: 'medlemsavgift-fast-belopp-region-per-invanare-text',
    build: () => {
      const wb = newBook('Ekonomichef');
      const ws = wb.addWorksheet('Avgift 2025');
      put(ws, 'A1', 'Medlemsavgifter 2025 – Kommunalförbundet Medelpad Räddning', { bold: true, size: 13 });
      put(ws, 'A3', 'Avgift per invånare');
      put(ws, 'B3', '28 kr');
      put(ws, 'A4', 'Fast belopp Region Västernorrland');
      put(ws, 'B4', '1 500 000 kr');
      put(ws, 'A5', 'Folkmängd enligt SCB 31 december 2023.', { italic: true });
      const H = 7;
      putRow(ws, H, 'A', ['Medlem', 'Folkmängd', 'Avgift 2025'], { bold: true, border: true });
      const rate = kr('28');
      const fixed = kr('1500000');
      const kommuner: [string, number][] = [
        ['Sundsvalls kommun', 99612],
        ['Timrå kommun', 18190],
        ['Ånge kommun', 9088],
        ['Härnösands kommun', 24911],
      ];
      put(ws, `A${H + 1}`, 'Region Västernorrland');
      num(ws, `C${H + 1}`, fixed, 'kr', '#,##0');
      const members: FeeSpec['members'] = [{ name: 'Region Västernorrland', row: H + 1, nameCol: 'A', given: fixed, givenCol: 'C' }];
      kommuner.forEach(([name, pop], i) => {
        const r = H + 2 + i;
        put(ws, `A${r}`, name);
        put(ws, `B${r}`, String(pop).replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0'), { align: 'right' });
        num(ws, `C${r}`, rate * BigInt(pop), 'kr', '#,##0');
        members.push({ name, row: r, nameCol: 'A', population: pop, popCol: 'B', given: rate * BigInt(pop), givenCol: 'C' });
      });
      const t = H + 2 + kommuner.length;
      put(ws, `A${t}`, 'Summa', { bold: true });
      num(ws, `C${t}`, sum(members.map((m) => m.given)), 'kr', '#,##0', { bold: true });
      widths(ws, { A: 34, B: 14, C: 16 });
      const readKr = (v: ReadValue): FeeParam => {
        const m = /^([\d\s\u00a0]+)\s*kr$/.exec(String(v));
        if (!m) throw new Error(`not an amount in kr: ${JSON.stringify(v)}`);
        return kr(m[1].replace(/[\s\u00a0]/g, ''));
      };
      return built(wb, {
        family: 'fees',
        description:
          'A räddningstjänstförbund\'s fees for 2025: the region pays a fixed amount and the kommuner a rate per inhabitant, both given as loose rows with the unit in the cell ("28 kr", "1 500 000 kr"); the populations were pasted from SCB\'s web table as text with no-break spaces ("99 612"). The officer\'s own fee column is right.',
        source: 'Kommunalförbund, medlemsavgifter with a fixed part for the region',
        tests: 'fixed amount plus per capita, parameters as text with units, populations as text',
        tables: [],
        totals: [{ sheet: ws.name, unit: 'kr', row: t, cols: ['C'], covers: members.map((m) => m.row) }],
        fees: {
          sheet: ws.name,
          members,
          params: { rate: { sheet: ws.name, cell: 'B3', value: rate, read: readKr }, fixed: { sheet: ws.name, cell: 'B4', value: fixed, read: readKr } },
          compute: (ms, p) => ms.map((m) => ({ name: m.name, fee: m.population === undefined ? (p.fixed as Ore) : (p.rate as Ore) * BigInt(m.population) })),
        },
      });
    },
  };
}

export const FEES: Fixture[] = [perCapitaLooseRate(), finsamSplit(), parameterTableHalfHalf(), upliftFromLastYear(), fixedRegionPerCapitaText()];
