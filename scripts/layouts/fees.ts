/**
 * Member fee sheets as a finance officer keeps them: parameters as loose rows anywhere on the sheet, population
 * headers with their dates, the fee column the officer already has (one cell stale), FINSAM shares.
 */
import ExcelJS from 'exceljs';
import { Built, Fixture, SYDARKIV_MEMBERS, SKARABORG_VAST, DALARNA_NORR, Member } from './names';
import { FMT, Ore, amount, formula, newWorkbook, ore, plain, put, putRow, readAmount, sum, widths } from './kit';

/** Largest remainder in whole kronor: parts of `total` (öre) by weights, summing exactly (ties: larger weight, then name). */
function largestRemainder(total: Ore, items: { name: string; weight: number }[]): Map<string, Ore> {
  const wsum = BigInt(items.reduce((a, b) => a + b.weight, 0));
  const totalKr = total / 100n;
  const base = items.map((it) => ({ it, q: (totalKr * BigInt(it.weight)) / wsum, rem: (totalKr * BigInt(it.weight)) % wsum }));
  let left = totalKr - base.reduce((a, b) => a + b.q, 0n);
  const order = [...base].sort((a, b) => (a.rem === b.rem ? b.it.weight - a.it.weight || a.it.name.localeCompare(b.it.name) : a.rem > b.rem ? -1 : 1));
  for (const b of order) {
    if (left <= 0n) break;
    b.q += 1n;
    left--;
  }
  return new Map(base.map((b) => [b.it.name, b.q * 100n]));
}

function perCapitaStale(): Built {
  const wb = newWorkbook('Kommunalförbundet Sydarkiv');
  const ws = wb.addWorksheet('Medlemsavgifter 2025');
  put(ws, 'A1', 'Kommunalförbundet Sydarkiv', { bold: true, size: 13 });
  put(ws, 'A2', 'Medlemsavgifter 2025');
  put(ws, 'A4', 'Avgift per invånare 52 kr', { bold: true });
  put(ws, 'A5', 'Invånarantal enligt SCB 31 december 2023', { italic: true });
  const headerRow = 7;
  putRow(ws, headerRow, 1, ['Kommun', 'Invånare 31 dec 2023', 'Avgift 2025'], { bold: true, border: 'bottom' });
  const rate = 52n;
  let staleCell = '';
  let staleFound = 0n;
  SYDARKIV_MEMBERS.forEach((m, i) => {
    const r = headerRow + 1 + i;
    const fee = BigInt(m.population) * rate * 100n;
    put(ws, `A${r}`, m.name);
    put(ws, `B${r}`, m.population, { numFmt: FMT.int });
    if (m.name.startsWith('Ljungby')) {
      // Typed over the formula when last year's figure was checked, never updated: 28 600 invånare × 52.
      staleCell = `C${r}`;
      staleFound = 28_600n * rate * 100n;
      put(ws, staleCell, Number(staleFound / 100n), { numFmt: FMT.int });
    } else put(ws, `C${r}`, formula(`B${r}*52`, Number(fee / 100n)), { numFmt: FMT.int });
  });
  const last = headerRow + SYDARKIV_MEMBERS.length;
  const fees = SYDARKIV_MEMBERS.map((m) => ({ member: m.name, fee: BigInt(m.population) * rate * 100n }));
  const shown = sum(fees.map((f) => f.fee)) - fees.find((f) => f.member.startsWith('Ljungby'))!.fee + staleFound;
  putRow(ws, last + 1, 1, ['Summa', formula(`SUM(B${headerRow + 1}:B${last})`, SYDARKIV_MEMBERS.reduce((a, m) => a + m.population, 0)), formula(`SUM(C${headerRow + 1}:C${last})`, Number(shown / 100n))], { bold: true, numFmt: FMT.int, border: 'top' });
  widths(ws, { A: 24, B: 20, C: 14 });
  return {
    wb, tables: [],
    verify: (back, e) => checkFees(back, 'Medlemsavgifter 2025', headerRow, SYDARKIV_MEMBERS.length, 'B', (pop) => pop * 52n * 100n, expectedFees(e), 'C', [staleCell]),
    expected: {
      family: 'fees',
      source: 'a kommunalförbund\'s fee sheet: rate in a sentence above the table, the fee column kept by the finance officer',
      tests: '"Avgift per invånare 52 kr" as a loose row, "Invånare 31 dec 2023", an Avgift column recomputed and checked, one stale typed cell',
      description:
        'The fee is 52 kr per invånare (the loose row A4) times the population of 31 December 2023 (the header says so), for 2025 (from the sheet, never from the clock). ' +
        `The officer's Avgift 2025 column is recomputed, not copied: ${staleCell} holds a typed ${plain(staleFound)} (last year's 28 600 invånare × 52) where 28 720 × 52 = 1 493 440 is due: a stale cell, reported with its cell. ` +
        `The fees of all eight members sum to 52 × ${SYDARKIV_MEMBERS.reduce((a, m) => a + m.population, 0)} = ${plain(sum(fees.map((f) => f.fee)))} kr. No budget tables here: the message, if any, is about fees.`,
      tables: [],
      fees: { total: amount(sum(fees.map((f) => f.fee))), members: fees.map((f) => ({ member: f.member, fee: amount(f.fee) })), stale: [{ sheet: 'Medlemsavgifter 2025', cell: staleCell, found: plain(staleFound), expected: plain(fees.find((f) => f.member.startsWith('Ljungby'))!.fee) }] },
    },
  };
}

function halfEqualHalfPopulation(): Built {
  const wb = newWorkbook('Västra Skaraborgs Arkivförbund');
  const ws = wb.addWorksheet('Avgift 2026');
  put(ws, 'B2', 'Västra Skaraborgs Arkivförbund – medlemsavgifter 2026', { bold: true, size: 12 });
  put(ws, 'B4', 'Belopp att fördela');
  put(ws, 'C4', '6 000 000', { align: 'right' });
  put(ws, 'B5', 'Fördelning: 50 % lika, 50 % efter invånare');
  const headerRow = 7;
  putRow(ws, headerRow, 2, ['Medlem', 'Folkmängd 1 nov 2024', 'Avgift 2026'], { bold: true, border: 'bottom' });
  const total = 6_000_000_00n;
  const members = SKARABORG_VAST;
  const popSum = members.reduce((a, m) => a + m.population, 0);
  // Equal half: 3 000 000 / 6 = 500 000 each; population half by largest remainder in whole kronor.
  const popPart = largestRemainder(total / 2n, members.map((m) => ({ name: m.name, weight: m.population })));
  const fees = members.map((m) => ({ member: m.name, fee: total / 2n / BigInt(members.length) + popPart.get(m.name)! }));
  members.forEach((m, i) => {
    const r = headerRow + 1 + i;
    const f = fees[i].fee;
    putRow(ws, r, 2, [m.name, m.population]);
    ws.getCell(`C${r}`).numFmt = FMT.int;
    put(ws, `D${r}`, formula(`ROUND(3000000/6+3000000*C${r}/SUM(C$8:C$13),0)`, Number(f / 100n)), { numFmt: FMT.int });
  });
  const last = headerRow + members.length;
  putRow(ws, last + 1, 2, ['Summa', popSum, Number(sum(fees.map((f) => f.fee)) / 100n)], (k) => ({ bold: true, ...(k ? { numFmt: FMT.int } : {}) }));
  widths(ws, { A: 2, B: 16, C: 20, D: 14 });
  return {
    wb, tables: [],
    verify: (back, e) => {
      const got = expectedFees(e);
      const problems = checkAllocation(back, 'Avgift 2026', headerRow + 1, members.length, 'C', total / 2n, got.map((f) => ({ member: f.member, fee: f.fee - total / 2n / BigInt(members.length) })), 'B');
      if (sum(got.map((f) => f.fee)) !== total) problems.push('the fees do not sum to 6 000 000');
      return problems;
    },
    expected: {
      family: 'fees',
      source: 'a kommunalförbund\'s cost split: a total shared half equally, half by population, parameters as loose rows',
      tests: '"Belopp att fördela" with the amount as text "6 000 000", "Fördelning: 50 % lika, 50 % efter invånare" in one cell, "Folkmängd 1 nov 2024", sheet named Avgift …',
      description:
        '6 000 000 kr is shared between six kommuner: 3 000 000 in equal parts (500 000 each) and 3 000 000 by Folkmängd 1 nov 2024; whole kronor, so the population half is rounded by largest remainder and the fees sum exactly to 6 000 000. ' +
        'The amount stands as text with spaces in C4 and the key as a sentence in B5. The officer\'s ROUND formulas give the same figures, so nothing is stale. Fee year 2026 from the sheet.',
      tables: [],
      fees: { total: amount(total), members: fees.map((f) => ({ member: f.member, fee: amount(f.fee) })), memberTolerance: '1' },
    },
  };
}

function finsamShares(): Built {
  const wb = newWorkbook('Samordningsförbundet Norra Dalarna');
  const ws = wb.addWorksheet('Medlemsbidrag 2025');
  put(ws, 'A1', 'Samordningsförbundet Norra Dalarna – medlemsbidrag 2025', { bold: true, size: 12 });
  put(ws, 'A3', 'Totalt medlemsbidrag 2025: 4 800 000 kr');
  put(ws, 'A4', 'Fördelning enligt FINSAM: Försäkringskassan 50 %, Region Dalarna 25 %, kommunerna 25 % efter antal invånare 31 december 2023');
  const headerRow = 6;
  putRow(ws, headerRow, 1, ['Medlem', 'Antal invånare', 'Andel', 'Medlemsbidrag 2025'], { bold: true, border: 'bottom' });
  const total = 4_800_000_00n;
  const kommunPart = largestRemainder(total / 4n, DALARNA_NORR.map((m) => ({ name: m.name, weight: m.population })));
  const popSum = DALARNA_NORR.reduce((a, m) => a + m.population, 0);
  const fees: { member: string; fee: Ore }[] = [
    { member: 'Försäkringskassan', fee: total / 2n },
    { member: 'Region Dalarna', fee: total / 4n },
    ...DALARNA_NORR.map((m) => ({ member: m.name, fee: kommunPart.get(m.name)! })),
  ];
  putRow(ws, headerRow + 1, 1, ['Försäkringskassan', null, 0.5, 2_400_000], (k) => (k === 2 ? { numFmt: FMT.pct1 } : k === 3 ? { numFmt: FMT.int } : undefined));
  putRow(ws, headerRow + 2, 1, ['Region Dalarna', null, 0.25, 1_200_000], (k) => (k === 2 ? { numFmt: FMT.pct1 } : k === 3 ? { numFmt: FMT.int } : undefined));
  DALARNA_NORR.forEach((m, i) => {
    const r = headerRow + 3 + i;
    putRow(ws, r, 1, [m.name, m.population]);
    ws.getCell(`B${r}`).numFmt = FMT.int;
    put(ws, `C${r}`, formula(`0.25*B${r}/SUM($B$9:$B$15)`, (0.25 * m.population) / popSum), { numFmt: '0.00%' });
    put(ws, `D${r}`, Number(kommunPart.get(m.name)! / 100n), { numFmt: FMT.int });
  });
  const last = headerRow + 2 + DALARNA_NORR.length;
  putRow(ws, last + 1, 1, ['Summa', popSum, 1, 4_800_000], (k) => ({ bold: true, ...(k === 2 ? { numFmt: FMT.pct } : k ? { numFmt: FMT.int } : {}) }));
  widths(ws, { A: 24, B: 15, C: 9, D: 19 });
  return {
    wb, tables: [],
    verify: (back, e) => [...checkTotal(back, 'Medlemsbidrag 2025', `D${headerRow + 1}:D${last}`, expectedFees(e)), ...checkAllocation(back, 'Medlemsbidrag 2025', headerRow + 3, DALARNA_NORR.length, 'B', total / 4n, expectedFees(e))],
    expected: {
      family: 'fees',
      source: 'a samordningsförbund\'s medlemsbidrag under FINSAM (state 50 %, region 25 %, kommuner 25 % by population)',
      tests: 'a total in a sentence, shares by kind of member, the kommuner\'s quarter by "Antal invånare", members without population',
      description:
        '4 800 000 kr (from the sentence in A3) is shared as FINSAM prescribes: Försäkringskassan 50 % = 2 400 000, Region Dalarna 25 % = 1 200 000, and the seven kommuner 25 % = 1 200 000 between them by Antal invånare (31 Dec 2023), whole kronor by largest remainder. ' +
        'The state and the region have no population: they are members with a share, not members with a missing population. The officer\'s figures agree with this.',
      tables: [],
      fees: { total: amount(total), members: fees.map((f) => ({ member: f.member, fee: amount(f.fee) })), memberTolerance: '1' },
    },
  };
}

function fixedPlusRate(): Built {
  const wb = newWorkbook('Räddningstjänsten Norra Dalarna');
  const ws = wb.addWorksheet('Avgifter');
  put(ws, 'A1', 'Räddningstjänsten Norra Dalarna – medlemsavgift 2026', { bold: true, size: 12 });
  const headerRow = 3;
  putRow(ws, headerRow, 1, ['Kommun', 'Folkbokförda 1 nov 2024', 'Fast del', 'Rörlig del', 'Summa avgift'], { bold: true, border: 'bottom', wrap: true });
  putRow(ws, 3, 7, ['Parameter', 'Värde'], { bold: true });
  putRow(ws, 4, 7, ['Fast del per medlem', 25_000]);
  putRow(ws, 5, 7, ['Avgift per invånare', 18.5]);
  putRow(ws, 6, 7, ['Avgiftsår', 2026]);
  const members: Member[] = DALARNA_NORR.slice(0, 5).map((m, i) => ({ name: m.name, population: m.population + [37, -12, 5, 21, -4][i] }));
  const fees = members.map((m) => ({ member: m.name, fee: 25_000_00n + (BigInt(m.population) * 1850n) }));
  members.forEach((m, i) => {
    const r = headerRow + 1 + i;
    putRow(ws, r, 1, [m.name, m.population]);
    ws.getCell(`B${r}`).numFmt = FMT.int;
    put(ws, `C${r}`, formula('$H$4', 25_000), { numFmt: FMT.dec2 });
    put(ws, `D${r}`, formula(`B${r}*$H$5`, (m.population * 1850) / 100), { numFmt: FMT.dec2 });
    put(ws, `E${r}`, formula(`C${r}+D${r}`, Number(plain(fees[i].fee))), { numFmt: FMT.dec2 });
  });
  widths(ws, { A: 24, B: 15, C: 12, D: 13, E: 14, G: 22, H: 10 });
  return {
    wb, tables: [],
    verify: (back, e) => checkFees(back, 'Avgifter', headerRow, members.length, 'B', (pop) => 25_000_00n + pop * 1850n, expectedFees(e), 'E'),
    expected: {
      family: 'fees',
      source: 'a räddningstjänstförbund\'s fee: a fixed part per kommun plus a rate per folkbokförd invånare, parameters in a small table beside',
      tests: '"Folkbokförda 1 nov 2024", Parameter | Värde beside the members table (not on a settings sheet), öre in the fees',
      description:
        `Fee = 25 000 kr fixed per kommun + 18,50 kr × folkbokförda 1 november 2024; a rate with öre gives fees with öre (e.g. ${members[1].name}: 25 000 + 18,50 × ${members[1].population} = ${plain(fees[1].fee)}). ` +
        'The Parameter | Värde table stands to the right of the members on the same sheet (named Avgifter). Fee year 2026. The officer\'s Summa avgift column agrees.',
      tables: [],
      fees: { total: amount(sum(fees.map((f) => f.fee))), members: fees.map((f) => ({ member: f.member, fee: amount(f.fee) })) },
    },
  };
}

/**
 * Recompute each fee from the population cells read back and compare it with the expectation; the officer's own
 * fee column must agree too, except the cells the expectation calls stale.
 */
function checkFees(back: ExcelJS.Workbook, sheet: string, headerRow: number, n: number, popCol: string, fee: (pop: bigint) => Ore, fees: { member: string; fee: Ore }[], feeCol = 'C', stale: string[] = []): string[] {
  const s = back.getWorksheet(sheet)!;
  const problems: string[] = [];
  for (let i = 0; i < n; i++) {
    const r = headerRow + 1 + i;
    const name = String(s.getCell(`A${r}`).value);
    const pop = BigInt(Number(s.getCell(`${popCol}${r}`).value));
    const e = fees.find((f) => f.member === name);
    if (!e) {
      problems.push(`${name} is not among the expected members`);
      continue;
    }
    if (fee(pop) !== e.fee) problems.push(`${name}: recomputed ${plain(fee(pop))}, expected ${plain(e.fee)}`);
    const own = readAmount(s.getCell(`${feeCol}${r}`).value, 'kr');
    const isStale = stale.includes(`${feeCol}${r}`);
    if ((own === e.fee) === isStale) problems.push(`${sheet}!${feeCol}${r}: the officer's fee ${own === 'error' || own === null ? own : plain(own)} ${isStale ? 'is called stale but agrees' : 'disagrees and is not called stale'}`);
  }
  return problems;
}

const expectedFees = (e: { fees?: { members: { member: string; fee: string | null }[] } }) => e.fees!.members.map((m) => ({ member: m.member, fee: m.fee === null ? 0n : ore(m.fee) }));

/**
 * An allocation by population read back from the cells: each part within one krona of the exact share
 * (amount × population / total population, compared in integers), and the parts summing to the amount.
 */
function checkAllocation(back: ExcelJS.Workbook, sheet: string, firstRow: number, n: number, popCol: string, amountOre: Ore, parts: { member: string; fee: Ore }[], nameCol = 'A'): string[] {
  const s = back.getWorksheet(sheet)!;
  const rows = Array.from({ length: n }, (_, i) => ({ name: String(s.getCell(`${nameCol}${firstRow + i}`).value), pop: BigInt(Number(s.getCell(`${popCol}${firstRow + i}`).value)) }));
  const popSum = rows.reduce((a, r) => a + r.pop, 0n);
  const problems: string[] = [];
  for (const r of rows) {
    const p = parts.find((x) => x.member === r.name);
    if (!p) {
      problems.push(`${r.name} has no expected fee`);
      continue;
    }
    // |part × popSum − amount × pop| < 1 kr × popSum
    const diff = p.fee * popSum - amountOre * r.pop;
    if ((diff < 0n ? -diff : diff) >= 100n * popSum) problems.push(`${r.name}: ${plain(p.fee)} is not within 1 kr of its share`);
  }
  const partSum = sum(rows.map((r) => parts.find((x) => x.member === r.name)?.fee ?? 0n));
  if (partSum !== amountOre) problems.push(`${sheet}: the shares sum to ${plain(partSum)}, not ${plain(amountOre)}`);
  return problems;
}

function checkTotal(back: ExcelJS.Workbook, sheet: string, range: string, fees: { member: string; fee: Ore }[]): string[] {
  const s = back.getWorksheet(sheet)!;
  const [from, to] = range.split(':');
  const col = from.replace(/\d+/g, '');
  let t = 0n;
  for (let r = Number(from.replace(/\D/g, '')); r <= Number(to.replace(/\D/g, '')); r++) t += BigInt(Number(s.getCell(`${col}${r}`).value)) * 100n;
  return t === sum(fees.map((f) => f.fee)) ? [] : [`the fee column sums to ${plain(t)}, the expectation to ${plain(sum(fees.map((f) => f.fee)))}`];
}

export const FEES: Fixture[] = [
  { name: 'fees-per-capita-loose-stale', build: perCapitaStale },
  { name: 'fees-half-equal-half-population', build: halfEqualHalfPopulation },
  { name: 'fees-finsam-shares', build: finsamShares },
  { name: 'fees-fixed-part-plus-rate', build: fixedPlusRate },
];
