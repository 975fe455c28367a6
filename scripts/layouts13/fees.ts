/**
 * Member fees as finance officers keep them (SPEC 3, 4), in shapes layouts6 and layouts10 do not hold: members as
 * columns (a transposed list), one rate for the kommuner and another for the region, SCB's `1440 Ale` with code
 * and name in one cell, a floor per member under a rate, a floor under a shared total that says nothing of who
 * bears it (named, nothing computed), a share of a joint cost plus a set sum for own orders, and last year's and
 * this year's fees beside the change in percent and the date each member approved. Every figure in BigInt öre.
 */
import { built, FeeSpec, Fixture } from '../layouts2/spec';
import { formula, letter, newBook, num, put, putRow, widths } from '../layouts2/sheet';
import { kr, Ore, sum } from '../layouts2/money';
import { largestRemainder, readInt, readKr } from '../layouts6/kit';

const BOLD = { bold: true, border: true };

const byPopulation = (total: Ore, ms: { name: string; population: number }[]) =>
  largestRemainder(
    total,
    ms.map((m) => ({ name: m.name, weight: BigInt(m.population), population: BigInt(m.population) })),
  );

/** A rate in öre per invånare times a population: exact öre. */
const times = (rate: Ore, population: number): Ore => rate * BigInt(population);

// ---------------------------------------------------------------------------------------------

/** Kommun | Ale | Alingsås | … | Summa across, the rows Invånare, Andel, Avgift 2026 down. */
function membersAsColumns(): Fixture {
  return {
    name: 'medlemmar-som-kolumner-kommun-ale-alingsas-lerum-summa-rader-invanare-andel-avgift',
    build: () => {
      const wb = newBook('Förbundsekonom');
      const ws = wb.addWorksheet('Fördelning 2026');
      put(ws, 'A1', 'Samordningsförbundet Sydväst – kommunernas medlemsbidrag 2026', { bold: true, size: 13 });
      put(ws, 'A3', 'Kommunernas andel att fördela');
      num(ws, 'C3', kr(3600000), 'kr', '#,##0', { bold: true });
      const ks: [string, number][] = [
        ['Ale', 32144],
        ['Alingsås', 42511],
        ['Lerum', 44303],
        ['Partille', 40718],
        ['Härryda', 39802],
      ];
      const total = kr(3600000);
      const lr = byPopulation(
        total,
        ks.map(([name, population]) => ({ name, population })),
      );
      const H = 5;
      put(ws, `A${H}`, 'Kommun', BOLD);
      put(ws, `A${H + 1}`, 'Invånare 31 dec 2024');
      put(ws, `A${H + 2}`, 'Andel');
      put(ws, `A${H + 3}`, 'Medlemsbidrag 2026', { bold: true });
      const popSum = ks.reduce((s, k) => s + k[1], 0);
      const params: FeeSpec['params'] = { total: { sheet: ws.name, cell: 'C3', value: total, read: readKr } };
      const members: FeeSpec['members'] = ks.map(([name, pop], i) => {
        const c = letter(2 + i);
        put(ws, `${c}${H}`, name, { ...BOLD, align: 'right' });
        num(ws, `${c}${H + 1}`, kr(pop), 'kr', '#,##0');
        put(ws, `${c}${H + 2}`, { formula: `${c}${H + 1}/$${letter(2 + ks.length)}$${H + 1}`, result: pop / popSum }, { numFmt: '0.0%' });
        num(ws, `${c}${H + 3}`, lr.get(name)!, 'kr', '#,##0', { bold: true });
        params[`pop:${name}`] = { sheet: ws.name, cell: `${c}${H + 1}`, value: pop, read: readInt };
        return { name, row: H, nameCol: c };
      });
      const s = letter(2 + ks.length);
      put(ws, `${s}${H}`, 'Summa', { ...BOLD, align: 'right' });
      formula(ws, `${s}${H + 1}`, `SUM(B${H + 1}:${letter(1 + ks.length)}${H + 1})`, kr(popSum), 'kr', '#,##0');
      put(ws, `${s}${H + 2}`, { formula: `SUM(B${H + 2}:${letter(1 + ks.length)}${H + 2})`, result: 1 }, { numFmt: '0.0%' });
      formula(ws, `${s}${H + 3}`, `SUM(B${H + 3}:${letter(1 + ks.length)}${H + 3})`, total, 'kr', '#,##0', { bold: true });
      put(ws, `A${H + 5}`, 'Staten (Försäkringskassan) och Västra Götalandsregionen betalar sina andelar direkt; se beslut i förbundsstyrelsen.', {
        italic: true,
      });
      widths(ws, { A: 26, B: 12, C: 12, D: 12, E: 12, F: 12, G: 12 });
      return built(wb, {
        family: 'fees',
        description:
          "A transposed fee list: the members stand as columns (Kommun | Ale | Alingsås | Lerum | Partille | Härryda | Summa) and the rows are Invånare 31 dec 2024, Andel (a formula) and Medlemsbidrag 2026. The kommuner share 3 600 000 kr (C3) by population in whole kronor, largest remainder: Ale 32 144 of 199 478 = 580 103. The Summa column is no member; the note under the table about the state and the region is no member and no parameter. The officer's row of fees is right.",
        source: 'Samordningsförbund: kommunernas medlemsbidrag med kommunerna som kolumner',
        tests: 'members as columns with Invånare, Andel and Avgift as rows, a Summa column',
        tables: [],
        fees: {
          sheet: ws.name,
          members,
          params,
          compute: (ms, p) => {
            const parts = byPopulation(
              p.total as Ore,
              ms.map((m) => ({ name: m.name, population: p[`pop:${m.name}`] as number })),
            );
            return ms.map((m) => ({ name: m.name, fee: parts.get(m.name)! }));
          },
        },
      });
    },
  };
}

/** Kommunerna 14,20 kr per invånare, regionen 6,80 kr per invånare in the whole county. */
function ratePerType(): Fixture {
  return {
    name: 'avgift-per-medlemstyp-kommunerna-en-sats-per-invanare-regionen-en-annan',
    build: () => {
      const wb = newBook('Ekonom');
      const ws = wb.addWorksheet('Medlemsavgifter');
      put(ws, 'A1', 'Kommunalförbundet Sörmlands kollektivtrafik – medlemsavgifter 2026', { bold: true, size: 13 });
      putRow(ws, 3, 'A', ['Avgift per invånare, kommun', '14,20 kr']);
      putRow(ws, 4, 'A', ['Avgift per invånare, region', '6,80 kr']);
      put(ws, 'A5', 'Regionens avgift beräknas på länets hela folkmängd.', { italic: true });
      const H = 7;
      putRow(ws, H, 'A', ['Medlem', 'Medlemstyp', 'Invånare 2024-12-31', 'Avgift 2026'], BOLD);
      const rows: [string, 'Kommun' | 'Region', number][] = [
        ['Eskilstuna', 'Kommun', 108246],
        ['Flen', 'Kommun', 16554],
        ['Gnesta', 'Kommun', 11494],
        ['Katrineholm', 'Kommun', 35312],
        ['Nyköping', 'Kommun', 58660],
        ['Oxelösund', 'Kommun', 12135],
        ['Strängnäs', 'Kommun', 38208],
        ['Trosa', 'Kommun', 14456],
        ['Vingåker', 'Kommun', 9096],
        ['Region Sörmland', 'Region', 304161],
      ];
      const rk = kr('14.20');
      const rr = kr('6.80');
      const members: FeeSpec['members'] = rows.map(([name, type, pop], i) => {
        const r = H + 1 + i;
        put(ws, `A${r}`, name);
        put(ws, `B${r}`, type);
        num(ws, `C${r}`, kr(pop), 'kr', '#,##0');
        const fee = times(type === 'Kommun' ? rk : rr, pop);
        formula(ws, `D${r}`, `C${r}*${type === 'Kommun' ? 14.2 : 6.8}`, fee, 'kr', '#,##0.00');
        return { name, row: r, nameCol: 'A', population: pop, popCol: 'C', given: fee, givenCol: 'D' };
      });
      const t = H + 1 + rows.length;
      put(ws, `A${t}`, 'Summa', { bold: true });
      formula(ws, `D${t}`, `SUM(D${H + 1}:D${t - 1})`, sum(members.map((m) => m.given)), 'kr', '#,##0.00', { bold: true });
      widths(ws, { A: 30, B: 12, C: 20, D: 16 });
      const region = new Set(rows.filter((r) => r[1] === 'Region').map((r) => r[0]));
      return built(wb, {
        family: 'fees',
        description:
          'Two rates by member type: "Avgift per invånare, kommun" 14,20 kr and "Avgift per invånare, region" 6,80 kr (text with kr), and a Medlemstyp column. Each kommun pays 14,20 × its own population (Eskilstuna 108 246 × 14,20 = 1 537 093,20), the region 6,80 × the county\'s 304 161 = 2 068 294,80. Applying one rate to all, or the two rates as a sum, gives other fees. The Summa row is no member.',
        source: 'Kommunalförbund för kollektivtrafik: olika avgift per invånare för kommuner och region',
        tests: 'a rate per member type (kommun, region) chosen by a Medlemstyp column',
        tables: [],
        fees: {
          sheet: ws.name,
          members,
          params: {
            kommun: { sheet: ws.name, cell: 'B3', value: rk, read: readKr },
            region: { sheet: ws.name, cell: 'B4', value: rr, read: readKr },
          },
          compute: (ms, p) => ms.map((m) => ({ name: m.name, fee: times((region.has(m.name) ? p.region : p.kommun) as Ore, m.population!) })),
        },
      });
    },
  };
}

/** SCB's table pasted: `1440 Ale` in one cell, a year as the population header. */
function scbCodeAndName(): Fixture {
  return {
    name: 'scb-kommunkod-och-namn-i-en-cell-1440-ale-folkmangd-under-rubriken-2024',
    build: () => {
      const wb = newBook('Ekonomiassistent');
      const ws = wb.addWorksheet('Avgift');
      put(ws, 'A1', 'Folkmängd efter region och år (SCB, hämtad 2025-03-20), avgift 2026', { bold: true });
      put(ws, 'A2', 'Avgift per invånare 2026:');
      put(ws, 'C2', 31.5, { numFmt: '#,##0.00 "kr"' });
      const H = 4;
      putRow(ws, H, 'A', ['region', '2024', 'Avgift 2026'], BOLD);
      const ks: [string, number][] = [
        ['1440 Ale', 32144],
        ['1489 Alingsås', 42511],
        ['1441 Lerum', 44303],
        ['1402 Partille', 40718],
        ['1415 Stenungsund', 27838],
        ['1419 Tjörn', 16072],
        ['1407 Öckerö', 12911],
      ];
      const rate = kr('31.50');
      const members: FeeSpec['members'] = ks.map(([name, pop], i) => {
        const r = H + 1 + i;
        put(ws, `A${r}`, name);
        num(ws, `B${r}`, kr(pop), 'kr', '0');
        formula(ws, `C${r}`, `B${r}*$C$2`, times(rate, pop), 'kr', '#,##0');
        return { name, row: r, nameCol: 'A', population: pop, popCol: 'B', given: times(rate, pop), givenCol: 'C' };
      });
      const t = H + 1 + ks.length + 1;
      put(ws, `A${t}`, 'Källa: SCB, Befolkningsstatistik, tabell BE0101N1.');
      widths(ws, { A: 24, B: 12, C: 16 });
      return built(wb, {
        family: 'fees',
        description:
          'SCB\'s population table pasted as is: the member column is headed "region" and holds kommunkod and name in one cell ("1440 Ale"), the population column is headed with the year alone ("2024"), the rate 31,50 kr stands in C2 beside "Avgift per invånare 2026:". Each fee is 31,50 × population (Ale 32 144 × 31,50 = 1 012 536). The year header is no amount column of fees and the source line is no member. A member may be named "Ale" or "1440 Ale".',
        source: 'Kommunalförbund: folkmängd inklistrad från SCB:s statistikdatabas',
        tests: '"1440 Ale" with code and name in one cell under "region", the population under a bare year',
        tables: [],
        fees: {
          sheet: ws.name,
          members,
          params: { rate: { sheet: ws.name, cell: 'C2', value: rate, read: readKr } },
          compute: (ms, p) => ms.map((m) => ({ name: m.name, fee: times(p.rate as Ore, m.population!) })),
        },
      });
    },
  };
}

/** A rate per invånare with a floor: `dock lägst 50 000 kr per medlem`. */
function floorUnderRate(): Fixture {
  return {
    name: 'avgift-per-invanare-dock-lagst-50-000-kr-per-medlem-smakommunen-betalar-golvet',
    build: () => {
      const wb = newBook('Ekonomichef');
      const ws = wb.addWorksheet('Avgift 2026');
      put(ws, 'A1', 'Överförmyndarnämnden i Norra Lappland – avgift 2026', { bold: true, size: 13 });
      putRow(ws, 3, 'A', ['Avgift kr/invånare', 9.4]);
      ws.getCell('B3').numFmt = '0.00';
      putRow(ws, 4, 'A', ['Lägsta avgift per medlem', 50000]);
      ws.getCell('B4').numFmt = '#,##0';
      put(ws, 'A5', 'Avgiften är 9,40 kr per invånare, dock lägst 50 000 kr per medlemskommun (avtal § 6).', { italic: true });
      const H = 7;
      putRow(ws, H, 'A', ['Kommun', 'Invånare', 'Avgift 2026'], BOLD);
      const ks: [string, number][] = [
        ['Kiruna', 22423],
        ['Gällivare', 17255],
        ['Pajala', 5922],
        ['Jokkmokk', 4875],
        ['Arjeplog', 2712],
      ];
      const rate = kr('9.40');
      const floor = kr(50000);
      const feeOf = (pop: number) => (times(rate, pop) > floor ? times(rate, pop) : floor);
      const members: FeeSpec['members'] = ks.map(([name, pop], i) => {
        const r = H + 1 + i;
        put(ws, `A${r}`, name);
        num(ws, `B${r}`, kr(pop), 'kr', '#,##0');
        formula(ws, `C${r}`, `MAX(B${r}*$B$3,$B$4)`, feeOf(pop), 'kr', '#,##0');
        return { name, row: r, nameCol: 'A', population: pop, popCol: 'B', given: feeOf(pop), givenCol: 'C' };
      });
      const t = H + 1 + ks.length;
      put(ws, `A${t}`, 'Totalt', { bold: true });
      formula(ws, `C${t}`, `SUM(C${H + 1}:C${t - 1})`, sum(members.map((m) => m.given)), 'kr', '#,##0', { bold: true });
      widths(ws, { A: 26, B: 12, C: 16 });
      return built(wb, {
        family: 'fees',
        description:
          'A rate "Avgift kr/invånare" 9,40 with "Lägsta avgift per medlem" 50 000 (the note: "dock lägst 50 000 kr per medlemskommun"). Jokkmokk (4 875 × 9,40 = 45 825) and Arjeplog (2 712 × 9,40 = 25 492,80) pay the floor, 50 000 each; the others pay the rate (Kiruna 210 776,20). A floor under a rate is unambiguous: each member pays the larger of the two, the total is their sum (Totalt row, no member). The officer\'s MAX formulas are right.',
        source: 'Gemensam överförmyndarnämnd: avgift per invånare med lägsta avgift',
        tests: 'a floor per member under a rate per invånare ("dock lägst 50 000 kr")',
        tables: [],
        fees: {
          sheet: ws.name,
          members,
          params: {
            rate: { sheet: ws.name, cell: 'B3', value: rate, read: readKr },
            floor: { sheet: ws.name, cell: 'B4', value: floor, read: readKr },
          },
          compute: (ms, p) =>
            ms.map((m) => {
              const v = times(p.rate as Ore, m.population!);
              return { name: m.name, fee: v > (p.floor as Ore) ? v : (p.floor as Ore) };
            }),
        },
      });
    },
  };
}

/** A rate per invånare with a cap: `dock högst 600 000 kr per kommun`, in the parameter's own label. */
function capOverRate(): Fixture {
  return {
    name: 'avgift-kr-per-invanare-dock-hogst-600-000-kr-den-storsta-kommunen-betalar-taket',
    build: () => {
      const wb = newBook('Ekonom');
      const ws = wb.addWorksheet('Medlemsavgift');
      put(ws, 'A1', 'Kommunalförbundet Medelpads lärcentrum – medlemsavgift 2026', { bold: true, size: 13 });
      putRow(ws, 3, 'A', ['Kr per inv.', 12.5]);
      ws.getCell('B3').numFmt = '0.00';
      putRow(ws, 4, 'A', ['Högsta avgift per kommun', '600 000 kr']);
      const H = 6;
      putRow(ws, H, 'A', ['Kommun', 'Folkmängd', 'Medlemsavgift'], BOLD);
      const ks: [string, number][] = [
        ['Sundsvall', 99885],
        ['Timrå', 18173],
        ['Ånge', 9206],
      ];
      const rate = kr('12.50');
      const cap = kr(600000);
      const feeOf = (pop: number) => (times(rate, pop) < cap ? times(rate, pop) : cap);
      const members: FeeSpec['members'] = ks.map(([name, pop], i) => {
        const r = H + 1 + i;
        put(ws, `A${r}`, name);
        num(ws, `B${r}`, kr(pop), 'kr', '#,##0');
        formula(ws, `C${r}`, `MIN(B${r}*$B$3,600000)`, feeOf(pop), 'kr', '#,##0');
        return { name, row: r, nameCol: 'A', population: pop, popCol: 'B', given: feeOf(pop), givenCol: 'C' };
      });
      const t = H + 1 + ks.length;
      put(ws, `B${t}`, 'Summa', { bold: true });
      formula(ws, `C${t}`, `SUM(C${H + 1}:C${t - 1})`, sum(members.map((m) => m.given)), 'kr', '#,##0', { bold: true });
      widths(ws, { A: 24, B: 14, C: 16 });
      return built(wb, {
        family: 'fees',
        description:
          'A rate "Kr per inv." 12,50 with "Högsta avgift per kommun" 600 000 kr (text with kr). Sundsvall (99 885 × 12,50 = 1 248 562,50) pays the cap, 600 000; Timrå 227 162,50 and Ånge 115 075 pay the rate. A cap under a rate is unambiguous: each member pays the smaller of the two. The Summa label stands in the second column; that row is no member.',
        source: 'Kommunalförbund: avgift per invånare med högsta avgift per kommun',
        tests: 'a cap per member over a rate per invånare, the total row labelled in the second column',
        tables: [],
        fees: {
          sheet: ws.name,
          members,
          params: {
            rate: { sheet: ws.name, cell: 'B3', value: rate, read: readKr },
            cap: { sheet: ws.name, cell: 'B4', value: cap, read: readKr },
          },
          compute: (ms, p) =>
            ms.map((m) => {
              const v = times(p.rate as Ore, m.population!);
              return { name: m.name, fee: v < (p.cap as Ore) ? v : (p.cap as Ore) };
            }),
        },
      });
    },
  };
}

/** A total shared by population with a floor, and nothing on who bears the floor's cost: named, not computed. */
function floorUnderTotal(): Fixture {
  return {
    name: 'belopp-att-fordela-efter-invanare-lagst-150-000-kr-utan-regel-for-mellanskillnaden',
    build: () => {
      const wb = newBook('Förbundsekonom');
      const ws = wb.addWorksheet('Fördelning');
      put(ws, 'A1', 'Medlemsavgifter 2026 – underlag till direktionen', { bold: true, size: 13 });
      putRow(ws, 3, 'A', ['Belopp att fördela', 2400000]);
      ws.getCell('B3').numFmt = '#,##0';
      putRow(ws, 4, 'A', ['Fördelningsnyckel', 'Invånare']);
      put(ws, 'A5', 'Avgiften fördelas efter invånarantal, dock lägst 150 000 kr per medlem.');
      const H = 7;
      putRow(ws, H, 'A', ['Kommun', 'Invånare', 'Avgift 2026'], BOLD);
      const ks: [string, number][] = [
        ['Sundsvall', 99885],
        ['Timrå', 18173],
        ['Ånge', 9206],
        ['Nordanstig', 9414],
        ['Bräcke', 6224],
      ];
      ks.forEach(([name, pop], i) => {
        put(ws, `A${H + 1 + i}`, name);
        num(ws, `B${H + 1 + i}`, kr(pop), 'kr', '#,##0');
      });
      put(ws, `A${H + 2 + ks.length}`, 'Avgiften räknas fram när direktionen beslutat hur golvet ska finansieras.', { italic: true });
      widths(ws, { A: 26, B: 12, C: 16 });
      return built(wb, {
        family: 'fees',
        description:
          '2 400 000 kr to share by Invånare, "dock lägst 150 000 kr per medlem" (A5), and no word on who bears what the floor adds. By population Bräcke (6 224 of 142 902) would pay 104 532, under the floor; raised to 150 000, the 45 468 kr more is either taken from the others pro rata (the total stays 2 400 000) or added on top (the total grows), and the sheet says neither: its Avgift column is empty and the note says the fee is computed when the direktion has decided how the floor is financed. The product must name the cell of the floor (A5) as a rule it cannot apply to a shared total and compute no fee; sharing the total by population and ignoring the floor would be a guess too.',
        source: 'Kommunalförbund: underlag med lägsta avgift men utan beslut om finansiering',
        tests: 'a floor under an amount shared by population with no rule for the difference: the floor named, no fee computed',
        tables: [],
        errors: [{ sheet: ws.name, cell: 'A5', why: 'a floor under a shared total, with no rule for who bears the difference: no fee may be guessed' }],
      });
    },
  };
}

/** A share of the joint cost by population plus a set sum for each member's own orders. */
function jointCostAndOrders(): Fixture {
  return {
    name: 'andel-av-gemensamma-kostnader-efter-invanare-plus-egna-bestallningar-fast-summa',
    build: () => {
      const wb = newBook('Controller');
      const ws = wb.addWorksheet('Avgift 2026');
      put(ws, 'A1', 'IT-förbundet Västra Skaraborg – avgift 2026', { bold: true, size: 13 });
      putRow(ws, 3, 'A', ['Gemensamma kostnader att fördela', 8400000]);
      ws.getCell('B3').numFmt = '#,##0';
      putRow(ws, 4, 'A', ['Fördelningsnyckel', 'Invånare']);
      const H = 6;
      putRow(ws, H, 'A', ['Kommun', 'Invånare 31 dec 2024', 'Andel gemensamt', 'Egna beställningar', 'Summa avgift 2026'], BOLD);
      const ks: [string, number, number][] = [
        ['Skövde', 57518, 1250000],
        ['Hjo', 9284, 310000],
        ['Karlsborg', 6884, 185000],
        ['Tibro', 11363, 402500],
        ['Töreboda', 9457, 0],
      ];
      const total = kr(8400000);
      const lr = byPopulation(
        total,
        ks.map(([name, population]) => ({ name, population })),
      );
      const params: FeeSpec['params'] = { total: { sheet: ws.name, cell: 'B3', value: total, read: readKr } };
      const members: FeeSpec['members'] = ks.map(([name, pop, own], i) => {
        const r = H + 1 + i;
        put(ws, `A${r}`, name);
        num(ws, `B${r}`, kr(pop), 'kr', '#,##0');
        num(ws, `C${r}`, lr.get(name)!, 'kr', '#,##0');
        num(ws, `D${r}`, kr(own), 'kr', '#,##0');
        const fee = lr.get(name)! + kr(own);
        formula(ws, `E${r}`, `C${r}+D${r}`, fee, 'kr', '#,##0');
        params[`own:${name}`] = { sheet: ws.name, cell: `D${r}`, value: kr(own), read: readKr };
        return { name, row: r, nameCol: 'A', population: pop, popCol: 'B', given: fee, givenCol: 'E' };
      });
      const t = H + 1 + ks.length;
      put(ws, `A${t}`, 'Summa', { bold: true });
      formula(ws, `C${t}`, `SUM(C${H + 1}:C${t - 1})`, total, 'kr', '#,##0', { bold: true });
      formula(ws, `D${t}`, `SUM(D${H + 1}:D${t - 1})`, kr(ks.reduce((s, k) => s + k[2], 0)), 'kr', '#,##0', { bold: true });
      formula(ws, `E${t}`, `SUM(E${H + 1}:E${t - 1})`, sum(members.map((m) => m.given)), 'kr', '#,##0', { bold: true });
      put(ws, `A${t + 2}`, 'Egna beställningar enligt tecknade tjänsteavtal 2026 (fast belopp, faktureras med avgiften).', { italic: true });
      widths(ws, { A: 24, B: 20, C: 16, D: 18, E: 18 });
      return built(wb, {
        family: 'fees',
        description:
          'Each member pays a share of the joint cost (8 400 000 kr by Invånare, whole kronor, largest remainder: Skövde 57 518 of 94 506 = 5 112 338) plus a set sum for its own orders (Egna beställningar, Skövde 1 250 000): Summa avgift 2026 = 6 362 338. Töreboda orders nothing (0). The fee total is 8 400 000 + 2 147 500 = 10 547 500. The product may give the two parts as two charges per member; they add up. The Summa row is no member.',
        source: 'IT-förbund: gemensam kostnad efter invånare och egna beställningar',
        tests: 'a fee in two parts: a share of a joint cost by population and a set sum per member for its own orders',
        tables: [],
        fees: {
          sheet: ws.name,
          members,
          params,
          compute: (ms, p) => {
            const parts = byPopulation(
              p.total as Ore,
              ms.map((m) => ({ name: m.name, population: m.population! })),
            );
            return ms.map((m) => ({ name: m.name, fee: parts.get(m.name)! + (p[`own:${m.name}`] as Ore) }));
          },
        },
      });
    },
  };
}

/** Last year's and this year's fee, the change in percent, the date each member approved. */
function lastYearAndApproval(): Fixture {
  return {
    name: 'avgift-2025-och-2026-forandring-i-procent-och-datum-for-medlemmens-beslut',
    build: () => {
      const wb = newBook('Förbundschef');
      const ws = wb.addWorksheet('Medlemsavgifter');
      put(ws, 'A1', 'Räddningstjänsten Syd – medlemsavgifter 2026 enligt förbundsordningen', { bold: true, size: 13 });
      put(ws, 'A2', 'Belopp i kronor', { italic: true });
      const H = 4;
      putRow(ws, H, 'A', ['Medlemskommun', 'Avgift 2025', 'Avgift 2026', 'Förändring %', 'Godkänd av KF'], BOLD);
      const ks: [string, number, number, string][] = [
        ['Malmö', 268400000, 276452000, '2026-11-25'],
        ['Lund', 84150000, 86674500, '2026-11-27'],
        ['Eslöv', 26880000, 27686400, '2026-11-18'],
        ['Höör', 12110000, 12473300, 'Ej beslutad'],
        ['Kävlinge', 24760000, 25502800, '2026-11-20'],
      ];
      const params: FeeSpec['params'] = {};
      const members: FeeSpec['members'] = ks.map(([name, y0, y1, ok], i) => {
        const r = H + 1 + i;
        put(ws, `A${r}`, name);
        num(ws, `B${r}`, kr(y0), 'kr', '#,##0');
        num(ws, `C${r}`, kr(y1), 'kr', '#,##0');
        put(ws, `D${r}`, { formula: `C${r}/B${r}-1`, result: y1 / y0 - 1 }, { numFmt: '0.0%' });
        put(ws, `E${r}`, ok, { align: 'right' });
        params[`fee:${name}`] = { sheet: ws.name, cell: `C${r}`, value: kr(y1), read: readKr };
        return { name, row: r, nameCol: 'A', given: kr(y1), givenCol: 'C' };
      });
      const t = H + 1 + ks.length;
      put(ws, `A${t}`, 'Summa', { bold: true });
      formula(ws, `B${t}`, `SUM(B${H + 1}:B${t - 1})`, kr(ks.reduce((s, k) => s + k[1], 0)), 'kr', '#,##0', { bold: true });
      formula(ws, `C${t}`, `SUM(C${H + 1}:C${t - 1})`, kr(ks.reduce((s, k) => s + k[2], 0)), 'kr', '#,##0', { bold: true });
      put(
        ws,
        `D${t}`,
        { formula: `C${t}/B${t}-1`, result: ks.reduce((s, k) => s + k[2], 0) / ks.reduce((s, k) => s + k[1], 0) - 1 },
        { numFmt: '0.0%', bold: true },
      );
      put(ws, `A${t + 2}`, 'Uppräkning med PKV 3,0 %. Höörs kommunfullmäktige behandlar avgiften den 14 december.', { italic: true });
      widths(ws, { A: 22, B: 16, C: 16, D: 14, E: 16 });
      return built(wb, {
        family: 'fees',
        description:
          "Fixed fees decided per member, last year's beside this year's: Medlemskommun | Avgift 2025 | Avgift 2026 | Förändring % | Godkänd av KF. The year's fees are the Avgift 2026 column (Malmö 276 452 000); Avgift 2025 is last year's and no fee of this year, nor a second charge; Förändring % is no share key. Höör's \"Ej beslutad\" is a state of approval, not an unreadable fee: its fee is still 12 473 300. The Summa row is no member.",
        source: 'Räddningstjänstförbund: medlemsavgifter med förra årets avgift och kommunernas beslut',
        tests: "last year's and this year's fee with the change in % and each member's approval date (one \"Ej beslutad\")",
        tables: [],
        fees: { sheet: ws.name, members, params, compute: (ms, p) => ms.map((m) => ({ name: m.name, fee: p[`fee:${m.name}`] as Ore })) },
      });
    },
  };
}

export const FEES: Fixture[] = [
  membersAsColumns(),
  ratePerType(),
  scbCodeAndName(),
  floorUnderRate(),
  capOverRate(),
  floorUnderTotal(),
  jointCostAndOrders(),
  lastYearAndApproval(),
];
