/**
 * Fee lists as a finance officer keeps them (SPEC 3, 4), in shapes the earlier corpora do not hold: shares given
 * in percent points under a total written above the table, a region paying a fixed half and the kommuner the rest
 * by population, populations typed with ordinary spaces and a Summa row after a blank row, fixed fees with öre
 * invoiced by quarter, a rate invoiced by month, names with "kommun" on the population sheet and without on the
 * fee sheet, and a population SCB marks as missing (no fee may be guessed). Every figure is computed here in
 * BigInt öre.
 */
import { built, FeeSpec, Fixture } from '../layouts2/spec';
import { formula, newBook, num, put, putRow, widths } from '../layouts2/sheet';
import { divRound, kr, Ore, sum } from '../layouts2/money';
import { largestRemainder, orgNumber, readInt, readKr } from '../layouts6/kit';
import { readPercentPoints, spacedText, with10 } from './kit';

const BOLD = { bold: true, border: true };

const byPopulation = (total: Ore, ms: { name: string; population?: number }[]) =>
  largestRemainder(
    total,
    ms.map((m) => ({ name: m.name, weight: BigInt(m.population!), population: BigInt(m.population!) })),
  );

// ---------------------------------------------------------------------------------------------

/** Kommun | Folkmängd 31 dec 2024 | Andel % | Bidrag 2026: the shares are the key, the total stands above. */
function sharesUnderTotal(): Fixture {
  return {
    name: 'kommun-folkmangd-andel-procent-bidrag-2026-totalen-i-cell-ovanfor-tabellen',
    build: () => {
      const wb = newBook('Förbundsekonom');
      const ws = wb.addWorksheet('Bidrag 2026');
      put(ws, 'A1', 'Sjuhärads samordningsförbund – kommunernas bidrag 2026', { bold: true, size: 13 });
      put(ws, 'A3', 'Kommunernas bidrag 2026 totalt');
      num(ws, 'C3', kr(12600000), 'kr', '#,##0 "kr"', { bold: true });
      put(ws, 'A4', 'Fördelas enligt förbundsordningen § 8 med de andelar som fastställdes 2019. Folkmängden visas för kännedom.', {
        italic: true,
      });
      const H = 6;
      putRow(ws, H, 'A', ['Kommun', 'Folkmängd 31 dec 2024', 'Andel %', 'Bidrag 2026'], BOLD);
      // Shares fixed in 2019 (hundredths of a percent): far from today's population shares.
      const rows: [string, number, number][] = [
        ['Borås', 115012, 4873],
        ['Bollebygd', 9934, 412],
        ['Herrljunga', 9571, 421],
        ['Mark', 35187, 1538],
        ['Svenljunga', 10902, 489],
        ['Tranemo', 11806, 536],
        ['Ulricehamn', 25433, 1102],
        ['Vårgårda', 12297, 629],
      ];
      if (rows.reduce((s, r) => s + r[2], 0) !== 10000) throw new Error('the shares must sum to 100 %');
      const total = kr(12600000);
      const params: FeeSpec['params'] = { total: { sheet: ws.name, cell: 'C3', value: total, read: readKr } };
      const members = rows.map(([name, pop, bp], i) => {
        const r = H + 1 + i;
        put(ws, `A${r}`, name);
        num(ws, `B${r}`, kr(pop), 'kr', '#,##0');
        put(ws, `C${r}`, bp / 100, { numFmt: '0.00' });
        const fee = (total * BigInt(bp)) / 10000n;
        formula(ws, `D${r}`, `ROUND($C$3*C${r}/100,0)`, fee, 'kr', '#,##0');
        params[`share:${name}`] = { sheet: ws.name, cell: `C${r}`, value: bp, read: readPercentPoints };
        return { name, row: r, nameCol: 'A', population: pop, popCol: 'B', given: fee, givenCol: 'D' };
      });
      const t = H + 1 + rows.length;
      put(ws, `A${t}`, 'Summa', { bold: true });
      num(ws, `B${t}`, kr(rows.reduce((s, r) => s + r[1], 0)), 'kr', '#,##0', { bold: true });
      put(ws, `C${t}`, 100, { numFmt: '0.00', bold: true });
      formula(ws, `D${t}`, `SUM(D${H + 1}:D${t - 1})`, sum(members.map((m) => m.given)), 'kr', '#,##0', { bold: true });
      widths(ws, { A: 30, B: 22, C: 10, D: 14 });
      return built(wb, {
        family: 'fees',
        description:
          'Kommun | Folkmängd 31 dec 2024 | Andel % | Bidrag 2026 under a total written above the table (C3: 12 600 000 kr) and a note that the shares were fixed in 2019 and the population is shown for information. The shares are the key and sum to exactly 100,00: Borås 48,73 % × 12 600 000 = 6 139 980. Allocating by today\'s population would give other figures (Borås 50,6 %). The officer\'s Bidrag 2026 column is right; the Summa row is no member; names have no "kommun".',
        source: 'Samordningsförbund: kommunernas bidrag med fastställda andelar',
        tests: 'shares in percent points as the key beside a population column shown for information, the total in a cell above the table',
        tables: [],
        fees: {
          sheet: ws.name,
          members,
          params,
          compute: (ms, p) => {
            const parts = largestRemainder(
              p.total as Ore,
              ms.map((m) => ({ name: m.name, weight: BigInt(p[`share:${m.name}`] as number), population: BigInt(m.population!) })),
            );
            return ms.map((m) => ({ name: m.name, fee: parts.get(m.name)! }));
          },
        },
      });
    },
  };
}

/** The region pays a fixed half; the kommuner share the other half by population, whole kronor. */
function regionHalf(): Fixture {
  return {
    name: 'regionen-betalar-halften-kommunerna-delar-resten-efter-folkmangd',
    build: () => {
      const wb = newBook('Ekonomichef');
      const ws = wb.addWorksheet('Medlemsavgift 2026');
      put(ws, 'A1', 'Regionförbundet Kalmar län – medlemsavgift 2026', { bold: true, size: 13 });
      putRow(ws, 3, 'A', ['Parameter', 'Värde'], BOLD);
      putRow(ws, 4, 'A', ['Avgiftsår', 2026]);
      putRow(ws, 5, 'A', ['Belopp att fördela', 9800000]);
      ws.getCell('B5').numFmt = '#,##0';
      putRow(ws, 6, 'A', ['Fördelningsnyckel', 'Invånare']);
      putRow(ws, 7, 'A', ['Fakturadatum', '2026-01-26']);
      put(ws, 'A8', 'Region Kalmar län betalar en fast andel om 50 procent; resten fördelas mellan kommunerna efter folkmängden den 31 december 2024.', {
        italic: true,
      });
      const H = 10;
      putRow(ws, H, 'A', ['Medlem', 'Folkmängd 31 dec 2024', 'Fast andel', 'Avgift 2026'], BOLD);
      const ks: [string, number][] = [
        ['Borgholms kommun', 10612],
        ['Emmaboda kommun', 9204],
        ['Hultsfreds kommun', 13815],
        ['Högsby kommun', 5793],
        ['Kalmar kommun', 72018],
        ['Mönsterås kommun', 13490],
        ['Mörbylånga kommun', 15512],
        ['Nybro kommun', 20388],
        ['Oskarshamns kommun', 27206],
        ['Torsås kommun', 7087],
        ['Vimmerby kommun', 15419],
        ['Västerviks kommun', 36528],
      ];
      const total = kr(9800000);
      const half = total / 2n;
      const lr = byPopulation(
        total - half,
        ks.map(([name, population]) => ({ name, population })),
      );
      const region = 'Region Kalmar län';
      put(ws, `A${H + 1}`, region);
      put(ws, `C${H + 1}`, 0.5, { numFmt: '0%' });
      formula(ws, `D${H + 1}`, `$B$5*C${H + 1}`, half, 'kr', '#,##0');
      const members: FeeSpec['members'] = [{ name: region, row: H + 1, nameCol: 'A', given: half, givenCol: 'D' }];
      ks.forEach(([name, pop], i) => {
        const r = H + 2 + i;
        put(ws, `A${r}`, name);
        num(ws, `B${r}`, kr(pop), 'kr', '#,##0');
        // Pasted as values from the allocation sheet, the kronor left over already placed.
        num(ws, `D${r}`, lr.get(name)!, 'kr', '#,##0');
        members.push({ name, row: r, nameCol: 'A', population: pop, popCol: 'B', given: lr.get(name)!, givenCol: 'D' });
      });
      const t = H + 2 + ks.length;
      put(ws, `A${t}`, 'Summa', { bold: true });
      num(ws, `B${t}`, kr(ks.reduce((s, k) => s + k[1], 0)), 'kr', '#,##0', { bold: true });
      formula(ws, `D${t}`, `SUM(D${H + 1}:D${t - 1})`, total, 'kr', '#,##0', { bold: true });
      widths(ws, { A: 24, B: 22, C: 12, D: 14 });
      return built(wb, {
        family: 'fees',
        description:
          "Belopp att fördela 9 800 000 kr: Region Kalmar län pays a Fast andel of 50 % (4 900 000, no population of its own), and the other 4 900 000 kr is shared between the twelve kommuner by Folkmängd 31 dec 2024 in whole kronor by largest remainder, so that all fees sum exactly to 9 800 000 (Kalmar 72 018 of 246 072 invånare: 1 434 199). The officer's Avgift 2026 cells are right; the Summa row is no member.",
        source: 'Regionförbund: regionen betalar hälften, kommunerna resten efter folkmängd',
        tests: 'a member with a fixed share (the region, 50 %) and no population, the rest of the total by population among the others',
        tables: [],
        fees: {
          sheet: ws.name,
          members,
          params: {
            total: { sheet: ws.name, cell: 'B5', value: total, read: readKr },
            half: { sheet: ws.name, cell: `C${H + 1}`, value: 50, read: (v) => Math.round(Number(v) * 100) },
          },
          compute: (ms, p) => {
            const fixed = divRound((p.total as Ore) * BigInt(p.half as number), 100n);
            const rest = byPopulation(
              (p.total as Ore) - fixed,
              ms.filter((m) => m.population !== undefined),
            );
            return ms.map((m) => ({ name: m.name, fee: m.population === undefined ? fixed : rest.get(m.name)! }));
          },
        },
      });
    },
  };
}

/** Populations typed with ordinary spaces, a blank row, then Summa and a source note. */
function spacesAndSumma(): Fixture {
  return {
    name: 'folkmangd-som-text-med-mellanslag-och-summarad-efter-en-tom-rad',
    build: () => {
      const wb = newBook('Ekonomiassistent');
      const ws = wb.addWorksheet('Medlemmar');
      put(ws, 'A1', 'Räddningstjänsten Dalamitt Norr – medlemsavgift 2026', { bold: true, size: 13 });
      put(ws, 'A3', 'Avgift per invånare:');
      put(ws, 'B3', '27,40 kr');
      const H = 5;
      putRow(ws, H, 'A', ['Kommun', 'Folkmängd 31 dec 2024', 'Avgift 2026'], BOLD);
      const ks: [string, number][] = [
        ['Mora kommun', 20341],
        ['Orsa kommun', 6852],
        ['Älvdalens kommun', 7049],
        ['Vansbro kommun', 6591],
        ['Malung-Sälens kommun', 10076],
        ['Leksands kommun', 15918],
        ['Rättviks kommun', 10788],
      ];
      const rate = kr('27.40');
      const members = ks.map(([name, pop], i) => {
        const r = H + 1 + i;
        put(ws, `A${r}`, name);
        // Typed by hand, with an ordinary space between the thousands: text, not a number.
        put(ws, `B${r}`, spacedText(pop), { align: 'right' });
        num(ws, `C${r}`, rate * BigInt(pop), 'kr', '#,##0.00');
        return { name, row: r, nameCol: 'A', population: pop, popCol: 'B', given: rate * BigInt(pop), givenCol: 'C' };
      });
      const t = H + 2 + ks.length;
      put(ws, `A${t}`, 'Summa', { bold: true });
      put(ws, `B${t}`, spacedText(ks.reduce((s, k) => s + k[1], 0)), { bold: true, align: 'right' });
      num(ws, `C${t}`, sum(members.map((m) => m.given)), 'kr', '#,##0.00', { bold: true });
      put(ws, `A${t + 2}`, 'Källa: SCB, folkmängd i riket, län och kommuner 31 december 2024.', { italic: true });
      widths(ws, { A: 24, B: 22, C: 16 });
      return built(wb, {
        family: 'fees',
        description:
          'A members list typed by hand: Folkmängd 31 dec 2024 as text with an ordinary space between the thousands ("20 341"), the rate as a loose row above ("Avgift per invånare:" 27,40 kr), a blank row after the last member and then a Summa row (its population also text), and a source note below. Each fee is 27,40 kr × population with öre (Mora 20 341 × 27,40 = 557 343,40). The officer\'s Avgift 2026 values are right; neither Summa nor the note is a member.',
        source: 'Räddningstjänstförbund: handskriven medlemslista med summarad',
        tests: 'populations as text with ordinary spaces, a blank row before the Summa row, a source note under the table',
        tables: [],
        fees: {
          sheet: ws.name,
          members,
          params: { rate: { sheet: ws.name, cell: 'B3', value: rate, read: readKr } },
          compute: (ms, p) => ms.map((m) => ({ name: m.name, fee: (p.rate as Ore) * BigInt(m.population!) })),
        },
      });
    },
  };
}

/** Fixed annual fees with öre, invoiced by quarter: four whole-krona invoices that sum to the rounded fee. */
function quarterlyOre(): Fixture {
  return {
    name: 'arsavgift-med-oren-i-kvartalsfakturor-kvartalen-summerar-till-aret',
    build: () => {
      const wb = newBook('Ekonomiadministratör');
      const ps = wb.addWorksheet('Fakturering');
      put(ps, 'A1', 'Fakturering av medlemsavgifter 2026', { bold: true, size: 13 });
      putRow(ps, 3, 'A', ['Parameter', 'Värde'], BOLD);
      const prm: [string, string | number][] = [
        ['Avgiftsår', 2026],
        ['Faktureringsperiod', 'Kvartal'],
        ['Fakturadatum', '2026-01-15'],
        ['Betalningsvillkor', 30],
        ['Första fakturanummer', 2026101],
        ['Bankgiro', '5402-8816'],
        ['Avsändare', 'Kommunalförbundet Skaraborgs Vatten'],
      ];
      prm.forEach(([k, v], i) => putRow(ps, 4 + i, 'A', [k, v]));
      widths(ps, { A: 24, B: 36 });

      const ws = wb.addWorksheet('Årsavgifter');
      put(ws, 'A1', 'Årsavgift 2026 per medlem enligt budget (beslut i direktionen 2025-11-20)', { bold: true, size: 13 });
      const H = 3;
      putRow(ws, H, 'A', ['Medlem', 'Org.nr', 'Årsavgift 2026'], BOLD);
      const rows: [string, string, string][] = [
        ['Skövde kommun', '212000-187', '412345.50'],
        ['Falköpings kommun', '212000-188', '1287654.49'],
        ['Tidaholms kommun', '212000-191', '98765.25'],
        ['Hjo kommun', '212000-192', '2000001.75'],
        ['Karlsborgs kommun', '212000-193', '356789'],
      ];
      const params: FeeSpec['params'] = {};
      const members = rows.map(([name, org, fee], i) => {
        const r = H + 1 + i;
        put(ws, `A${r}`, name);
        put(ws, `B${r}`, orgNumber(org));
        num(ws, `C${r}`, kr(fee), 'kr', '#,##0.00');
        params[`fee:${name}`] = { sheet: ws.name, cell: `C${r}`, value: kr(fee), read: readKr };
        return { name, row: r, nameCol: 'A' };
      });
      const t = H + 1 + rows.length;
      put(ws, `A${t}`, 'Summa', { bold: true });
      formula(ws, `C${t}`, `SUM(C${H + 1}:C${t - 1})`, sum(rows.map((x) => kr(x[2]))), 'kr', '#,##0.00', { bold: true });
      widths(ws, { A: 22, B: 14, C: 16 });
      return with10(
        built(wb, {
          family: 'fees',
          description:
            'Fixed annual fees per member (no rate, no key: the Årsavgift 2026 column is the fee) with öre, invoiced by quarter (Faktureringsperiod Kvartal on the sheet Fakturering). Each member gets four invoices in whole kronor that add up exactly to its fee rounded once, half away from zero: Skövde 412 345,50 → 412 346 (103 087 × 2 + 103 086 × 2), Falköping 1 287 654,49 → 1 287 654, Hjo 2 000 001,75 → 2 000 002. Summing four quarters each rounded on its own would miss the year by up to 2 kr.',
          source: 'Kommunalförbund: fasta årsavgifter fakturerade kvartalsvis',
          tests: 'fixed fees with öre (50 öre among them) split into quarterly invoices: whole kronor, the quarters sum to the rounded year',
          tables: [],
          fees: {
            sheet: ws.name,
            members,
            params,
            compute: (ms, p) => ms.map((m) => ({ name: m.name, fee: p[`fee:${m.name}`] as Ore })),
          },
        }),
        { invoicesPerMember: 4 },
      );
    },
  };
}

/** A rate per invånare invoiced by month: twelve whole-krona invoices per member. */
function monthly(): Fixture {
  return {
    name: 'avgift-per-invanare-fakturerad-per-manad-tolv-fakturor-per-medlem',
    build: () => {
      const wb = newBook('Förbundsekonom');
      const ws = wb.addWorksheet('Avgift 2026');
      put(ws, 'A1', 'Överförmyndarnämnden i samverkan – avgift 2026', { bold: true, size: 13 });
      putRow(ws, 3, 'A', ['Parameter', 'Värde'], BOLD);
      const prm: [string, string | number][] = [
        ['Avgiftsår', 2026],
        ['Avgift per invånare', 8.65],
        ['Referensdatum', '2024-12-31'],
        ['Faktureringsperiod', 'Månad'],
        ['Fakturadatum', '2026-01-05'],
        ['Betalningsvillkor', 20],
        ['Första fakturanummer', 61001],
      ];
      prm.forEach(([k, v], i) => putRow(ws, 4 + i, 'A', [k, v]));
      ws.getCell('B5').numFmt = '#,##0.00';
      const H = 13;
      putRow(ws, H, 'A', ['Kommun', 'Invånare 31 dec 2024', 'Årsavgift 2026', 'Per månad'], BOLD);
      const ks: [string, number][] = [
        ['Ljusdals kommun', 18903],
        ['Hudiksvalls kommun', 37466],
        ['Nordanstigs kommun', 9385],
        ['Bollnäs kommun', 26097],
        ['Söderhamns kommun', 25267],
        ['Ovanåkers kommun', 11491],
      ];
      const rate = kr('8.65');
      const members = ks.map(([name, pop], i) => {
        const r = H + 1 + i;
        put(ws, `A${r}`, name);
        num(ws, `B${r}`, kr(pop), 'kr', '#,##0');
        formula(ws, `C${r}`, `B${r}*$B$5`, rate * BigInt(pop), 'kr', '#,##0.00');
        formula(ws, `D${r}`, `ROUND(C${r}/12,0)`, divRound(rate * BigInt(pop), 1200n) * 100n, 'kr', '#,##0');
        return { name, row: r, nameCol: 'A', population: pop, popCol: 'B', given: rate * BigInt(pop), givenCol: 'C' };
      });
      widths(ws, { A: 24, B: 22, C: 16, D: 12 });
      return with10(
        built(wb, {
          family: 'fees',
          description:
            "8,65 kr per invånare (31 dec 2024), invoiced every month (Faktureringsperiod Månad): twelve invoices per member in whole kronor that add up to the year's fee rounded half away from zero (Hudiksvall 37 466 × 8,65 = 324 080,90 → 324 081). The officer's Per månad column, ROUND(year/12) on each month, would bill 27 007 × 12 = 324 084: it is no fee column.",
          source: 'Gemensam överförmyndarnämnd: avgift per invånare fakturerad månadsvis',
          tests: 'monthly invoicing of a rate per invånare: twelve whole-krona parts summing to the rounded year; a "Per månad" column that is not the fee',
          tables: [],
          fees: {
            sheet: ws.name,
            members,
            params: { rate: { sheet: ws.name, cell: 'B5', value: rate, read: readKr } },
            compute: (ms, p) => ms.map((m) => ({ name: m.name, fee: (p.rate as Ore) * BigInt(m.population!) })),
          },
        }),
        { invoicesPerMember: 12 },
      );
    },
  };
}

/** The population sheet says "Nacka kommun", the fee sheet "Nacka": the same member. */
function suffixes(): Fixture {
  return {
    name: 'kommun-i-namnet-pa-folkmangdsbladet-utan-pa-avgiftsbladet',
    build: () => {
      const wb = newBook('Ekonom');
      const ws = wb.addWorksheet('Avgifter 2026');
      put(ws, 'A1', 'Södertörns överförmyndarförbund – avgifter 2026', { bold: true, size: 13 });
      putRow(ws, 3, 'A', ['Parameter', 'Värde'], BOLD);
      putRow(ws, 4, 'A', ['Avgiftsår', 2026]);
      putRow(ws, 5, 'A', ['Avgift per invånare', 11.2]);
      ws.getCell('B5').numFmt = '#,##0.00';
      putRow(ws, 6, 'A', ['Referensdatum', '2024-12-31']);
      const H = 8;
      putRow(ws, H, 'A', ['Medlem', 'Avgift 2026'], BOLD);
      const sc = wb.addWorksheet('Folkmängd');
      put(sc, 'A1', 'Folkmängd 31 december 2024 (SCB)', { bold: true, size: 13 });
      putRow(sc, 3, 'A', ['Kommun', 'Folkmängd 31 dec 2024'], BOLD);
      // SCB's order (by kommun code), not the fee sheet's.
      const scb: [string, number][] = [
        ['Haninge kommun', 99347],
        ['Tyresö kommun', 49730],
        ['Huddinge kommun', 115935],
        ['Botkyrka kommun', 97017],
        ['Salems kommun', 17722],
        ['Nynäshamns kommun', 29485],
      ];
      const order = ['Botkyrka', 'Haninge', 'Huddinge', 'Nynäshamn', 'Salem', 'Tyresö'];
      const rate = kr('11.20');
      const params: FeeSpec['params'] = { rate: { sheet: ws.name, cell: 'B5', value: rate, read: readKr } };
      const popRow = new Map<string, number>();
      scb.forEach(([name, pop], i) => {
        put(sc, `A${4 + i}`, name);
        num(sc, `B${4 + i}`, kr(pop), 'kr', '#,##0');
        popRow.set(name, 4 + i);
      });
      widths(sc, { A: 24, B: 22 });
      const members = order.map((short, i) => {
        const r = H + 1 + i;
        const full = scb.find(([n]) => n.startsWith(short))!;
        put(ws, `A${r}`, short);
        const fee = rate * BigInt(full[1]);
        formula(ws, `B${r}`, `VLOOKUP(A${r}&"*",Folkmängd!$A$4:$B$9,2,FALSE)*$B$5`, fee, 'kr', '#,##0.00');
        params[`pop:${short}`] = { sheet: sc.name, cell: `B${popRow.get(full[0])!}`, value: full[1], read: readInt };
        return { name: short, row: r, nameCol: 'A', given: fee, givenCol: 'B' };
      });
      widths(ws, { A: 24, B: 16 });
      return built(wb, {
        family: 'fees',
        description:
          'The fee sheet lists the members without "kommun" (Botkyrka, Haninge …) and looks their population up on the sheet Folkmängd, pasted from SCB in its own order with the suffix ("Botkyrka kommun", "Salems kommun"). The same six members: 11,20 kr × population, öre kept (Huddinge 115 935 × 11,20 = 1 298 472). The officer\'s Avgift 2026 column (a VLOOKUP with a wildcard) is right.',
        source: 'Överförmyndarförbund: avgiftslista och SCB-folkmängd på skilda blad',
        tests: 'member names with "kommun" on the population sheet and without on the fee sheet, in different orders',
        tables: [],
        fees: {
          sheet: ws.name,
          members,
          params,
          compute: (ms, p) => ms.map((m) => ({ name: m.name, fee: (p.rate as Ore) * BigInt(p[`pop:${m.name}`] as number) })),
        },
      });
    },
  };
}

/** SCB's ".." for a missing figure in a population key: no member's share can be known. */
function missingPopulation(): Fixture {
  return {
    name: 'folkmangd-saknas-for-en-medlem-scb-prickar-ingen-fordelning-gissas',
    build: () => {
      const wb = newBook('Förbundsekonom');
      const ws = wb.addWorksheet('Avgiftsfördelning');
      put(ws, 'A1', 'Kommunalförbundet Norrbottens e-nämnd – avgiftsfördelning 2026', { bold: true, size: 13 });
      putRow(ws, 3, 'A', ['Parameter', 'Värde'], BOLD);
      putRow(ws, 4, 'A', ['Avgiftsår', 2026]);
      putRow(ws, 5, 'A', ['Belopp att fördela', 5400000]);
      ws.getCell('B5').numFmt = '#,##0';
      putRow(ws, 6, 'A', ['Fördelningsnyckel', 'Invånare']);
      const H = 8;
      putRow(ws, H, 'A', ['Kommun', 'Invånare 31 dec 2024', 'Avgift 2026'], BOLD);
      const ks: [string, number | null][] = [
        ['Luleå kommun', 80177],
        ['Bodens kommun', 28133],
        ['Piteå kommun', 42843],
        ['Älvsbyns kommun', null],
        ['Kalix kommun', 15755],
      ];
      ks.forEach(([name, pop], i) => {
        const r = H + 1 + i;
        put(ws, `A${r}`, name);
        if (pop === null) put(ws, `B${r}`, '..', { align: 'right' });
        else num(ws, `B${r}`, kr(pop), 'kr', '#,##0');
      });
      put(ws, `A${H + ks.length + 2}`, '.. = uppgift saknas (SCB:s tabell för Älvsbyn hämtades inte).', { italic: true });
      widths(ws, { A: 22, B: 22, C: 14 });
      const bad = H + 1 + ks.findIndex(([, p]) => p === null);
      return built(wb, {
        family: 'fees',
        description:
          "5 400 000 kr to be shared by Invånare among five kommuner, but Älvsbyn's population is SCB's \"..\" (uppgift saknas), as the note under the table says. Without it no member's share of the total can be known (each share depends on the sum of all populations): the product must name the cell and compute no fee rather than share the total among the four it can read.",
        source: 'Kommunalförbund: fördelningsunderlag där en kommuns folkmängd saknas',
        tests: 'a population written as SCB\'s ".." in an allocation by population: a message naming the cell, no fee guessed',
        tables: [],
        errors: [{ sheet: ws.name, cell: `B${bad}`, why: 'the population is missing (".."), so the allocation cannot be made' }],
      });
    },
  };
}

export const FEES: Fixture[] = [sharesUnderTotal(), regionHalf(), spacesAndSumma(), quarterlyOre(), monthly(), suffixes(), missingPopulation()];
