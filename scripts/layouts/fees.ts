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
  putRow(
    ws,
    last + 1,
    1,
    [
      'Summa',
      formula(
        `SUM(B${headerRow + 1}:B${last})`,
        SYDARKIV_MEMBERS.reduce((a, m) => a + m.population, 0),
      ),
      formula(`SUM(C${headerRow + 1}:C${last})`, Number(shown / 100n)),
    ],
    { bold: true, numFmt: FMT.int, border: 'top' },
  );
  widths(ws, { A: 24, B: 20, C: 14 });
  return {
    wb,
    tables: [],
    verify: (back, e) =>
      checkFees(back, 'Medlemsavgifter 2025', headerRow, SYDARKIV_MEMBERS.length, 'B', (pop) => pop * 52n * 100n, expectedFees(e), 'C', [staleCell]),
    expected: {
      family: 'fees',
      source: "a kommunalförbund's fee sheet: rate in a sentence above the table, the fee column kept by the finance officer",
      tests: '"Avgift per invånare 52 kr" as a loose row, "Invånare 31 dec 2023", an Avgift column recomputed and checked, one stale typed cell',
      description:
        'The fee is 52 kr per invånare (the loose row A4) times the population of 31 December 2023 (the header says so), for 2025 (from the sheet, never from the clock). ' +
        `The officer's Avgift 2025 column is recomputed, not copied: ${staleCell} holds a typed ${plain(staleFound)} (last year's 28 600 invånare × 52) where 28 720 × 52 = 1 493 440 is due: a stale cell, reported with its cell. ` +
        `The fees of all eight members sum to 52 × ${SYDARKIV_MEMBERS.reduce((a, m) => a + m.population, 0)} = ${plain(sum(fees.map((f) => f.fee)))} kr. No budget tables here: the message, if any, is about fees.`,
      tables: [],
      fees: {
        total: amount(sum(fees.map((f) => f.fee))),
        members: fees.map((f) => ({ member: f.member, fee: amount(f.fee) })),
        stale: [
          { sheet: 'Medlemsavgifter 2025', cell: staleCell, found: plain(staleFound), expected: plain(fees.find((f) => f.member.startsWith('Ljungby'))!.fee) },
        ],
      },
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
  const popPart = largestRemainder(
    total / 2n,
    members.map((m) => ({ name: m.name, weight: m.population })),
  );
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
    wb,
    tables: [],
    verify: (back, e) => {
      const got = expectedFees(e);
      const problems = checkAllocation(
        back,
        'Avgift 2026',
        headerRow + 1,
        members.length,
        'C',
        total / 2n,
        got.map((f) => ({ member: f.member, fee: f.fee - total / 2n / BigInt(members.length) })),
        'B',
      );
      if (sum(got.map((f) => f.fee)) !== total) problems.push('the fees do not sum to 6 000 000');
      return problems;
    },
    expected: {
      family: 'fees',
      source: "a kommunalförbund's cost split: a total shared half equally, half by population, parameters as loose rows",
      tests:
        '"Belopp att fördela" with the amount as text "6 000 000", "Fördelning: 50 % lika, 50 % efter invånare" in one cell, "Folkmängd 1 nov 2024", sheet named Avgift …',
      description:
        '6 000 000 kr is shared between six kommuner: 3 000 000 in equal parts (500 000 each) and 3 000 000 by Folkmängd 1 nov 2024; whole kronor, so the population half is rounded by largest remainder and the fees sum exactly to 6 000 000. ' +
        "The amount stands as text with spaces in C4 and the key as a sentence in B5. The officer's ROUND formulas give the same figures, so nothing is stale. Fee year 2026 from the sheet.",
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
  const kommunPart = largestRemainder(
    total / 4n,
    DALARNA_NORR.map((m) => ({ name: m.name, weight: m.population })),
  );
  const popSum = DALARNA_NORR.reduce((a, m) => a + m.population, 0);
  const fees: { member: string; fee: Ore }[] = [
    { member: 'Försäkringskassan', fee: total / 2n },
    { member: 'Region Dalarna', fee: total / 4n },
    ...DALARNA_NORR.map((m) => ({ member: m.name, fee: kommunPart.get(m.name)! })),
  ];
  putRow(ws, headerRow + 1, 1, ['Försäkringskassan', null, 0.5, 2_400_000], (k) =>
    k === 2 ? { numFmt: FMT.pct1 } : k === 3 ? { numFmt: FMT.int } : undefined,
  );
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
    wb,
    tables: [],
    verify: (back, e) => [
      ...checkTotal(back, 'Medlemsbidrag 2025', `D${headerRow + 1}:D${last}`, expectedFees(e)),
      ...checkAllocation(back, 'Medlemsbidrag 2025', headerRow + 3, DALARNA_NORR.length, 'B', total / 4n, expectedFees(e)),
    ],
    expected: {
      family: 'fees',
      source: "a samordningsförbund's medlemsbidrag under FINSAM (state 50 %, region 25 %, kommuner 25 % by population)",
      tests: 'a total in a sentence, shares by kind of member, the kommuner\'s quarter by "Antal invånare", members without population',
      description:
        '4 800 000 kr (from the sentence in A3) is shared as FINSAM prescribes: Försäkringskassan 50 % = 2 400 000, Region Dalarna 25 % = 1 200 000, and the seven kommuner 25 % = 1 200 000 between them by Antal invånare (31 Dec 2023), whole kronor by largest remainder. ' +
        "The state and the region have no population: they are members with a share, not members with a missing population. The officer's figures agree with this.",
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
  const fees = members.map((m) => ({ member: m.name, fee: 25_000_00n + BigInt(m.population) * 1850n }));
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
    wb,
    tables: [],
    verify: (back, e) => checkFees(back, 'Avgifter', headerRow, members.length, 'B', (pop) => 25_000_00n + pop * 1850n, expectedFees(e), 'E'),
    expected: {
      family: 'fees',
      source: "a räddningstjänstförbund's fee: a fixed part per kommun plus a rate per folkbokförd invånare, parameters in a small table beside",
      tests: '"Folkbokförda 1 nov 2024", Parameter | Värde beside the members table (not on a settings sheet), öre in the fees',
      description:
        `Fee = 25 000 kr fixed per kommun + 18,50 kr × folkbokförda 1 november 2024; a rate with öre gives fees with öre (e.g. ${members[1].name}: 25 000 + 18,50 × ${members[1].population} = ${plain(fees[1].fee)}). ` +
        "The Parameter | Värde table stands to the right of the members on the same sheet (named Avgifter). Fee year 2026. The officer's Summa avgift column agrees.",
      tables: [],
      fees: { total: amount(sum(fees.map((f) => f.fee))), members: fees.map((f) => ({ member: f.member, fee: amount(f.fee) })) },
    },
  };
}

/** Half away from zero, in whole kronor: what Excel's ROUND(x;0) gives the officer, from an exact fraction of öre. */
function roundKr(numerator: bigint, denominator: bigint): Ore {
  const q = (numerator * 2n + denominator) / (denominator * 2n);
  return q * 100n;
}

/** Jämtland's kommuner of an invented archive association, population 1 November 2024. */
const JAMTLAND: Member[] = [
  { name: 'Krokom', population: 15_612 },
  { name: 'Strömsund', population: 11_318 },
  { name: 'Berg', population: 6_941 },
  { name: 'Härjedalen', population: 9_874 },
  { name: 'Åre', population: 12_406 },
  { name: 'Bräcke', population: 6_309 },
];

/**
 * An English fee sheet for an auditor: the rate in the cell after its name, a fee column with formulas, one of
 * them rounded to whole kronor (a rounding, not an error) and one typed over with last year's rate (stale).
 */
function englishNextCell(): Built {
  const wb = newWorkbook('Fjällbygdens Archive Association');
  const ws = wb.addWorksheet('Member fees');
  put(ws, 'A1', 'Fjällbygdens Archive Association – member fees 2026', { bold: true, size: 12 });
  put(ws, 'A3', 'Fee per inhabitant:');
  put(ws, 'B3', 21.4, { numFmt: FMT.dec2 });
  put(ws, 'A4', 'Population as of 1 November 2024 (Statistics Sweden).', { italic: true });
  const headerRow = 6;
  putRow(ws, headerRow, 1, ['Municipality', 'Population 1 Nov 2024', 'Fee 2026'], { bold: true, border: 'bottom' });
  const rate = 2140n; // öre per inhabitant
  const fees = JAMTLAND.map((m) => ({ member: m.name, fee: BigInt(m.population) * rate }));
  let stale = { cell: '', found: 0n, expected: 0n };
  let rounded = '';
  JAMTLAND.forEach((m, i) => {
    const r = headerRow + 1 + i;
    put(ws, `A${r}`, m.name);
    put(ws, `B${r}`, m.population, { numFmt: FMT.int });
    if (m.name === 'Berg') {
      // Typed over when the 2025 figures were checked, at last year's 20,80 kr: never updated.
      stale = { cell: `C${r}`, found: BigInt(m.population) * 2080n, expected: fees[i].fee };
      put(ws, stale.cell, Number(plain(stale.found)), { numFmt: FMT.dec2 });
    } else if (m.name === 'Åre') {
      // Rounded to whole kronor by the officer: a rounding, not a wrong fee.
      rounded = `C${r}`;
      put(ws, rounded, formula(`ROUND(B${r}*$B$3,0)`, Number(plain(roundKr(fees[i].fee, 100n)))), { numFmt: FMT.dec2 });
    } else put(ws, `C${r}`, formula(`B${r}*$B$3`, Number(plain(fees[i].fee))), { numFmt: FMT.dec2 });
  });
  const last = headerRow + JAMTLAND.length;
  const shown = fees.map((f) => (f.member === 'Berg' ? stale.found : f.member === 'Åre' ? roundKr(f.fee, 100n) : f.fee));
  putRow(
    ws,
    last + 1,
    1,
    [
      'Total',
      formula(
        `SUM(B${headerRow + 1}:B${last})`,
        JAMTLAND.reduce((a, m) => a + m.population, 0),
      ),
      formula(`SUM(C${headerRow + 1}:C${last})`, Number(plain(sum(shown)))),
    ],
    (k) => ({ bold: true, border: 'top', ...(k ? { numFmt: k === 1 ? FMT.int : FMT.dec2 } : {}) }),
  );
  widths(ws, { A: 22, B: 22, C: 14 });
  return {
    wb,
    tables: [],
    verify: (back, e) => checkFees(back, 'Member fees', headerRow, JAMTLAND.length, 'B', (pop) => pop * 2140n, expectedFees(e), 'C', [stale.cell, rounded]),
    expected: {
      family: 'fees',
      source: "a kommunalförbund's fee sheet kept in English for an auditor: the rate in the cell after its name",
      tests:
        '"Fee per inhabitant:" | 21.40 in two cells, "Population 1 Nov 2024", "Fee 2026" recomputed: one cell rounded to whole kronor (rounding), one typed over (stale)',
      description:
        'Each fee is 21,40 kr (B3, the cell after "Fee per inhabitant:") times the population of 1 November 2024, öre kept: Krokom 15 612 × 21,40 = 334 096,80. The fee year 2026 comes from the title. ' +
        `The officer's Fee 2026 column is recomputed and checked: ${rounded} is ROUND()ed to whole kronor (a rounding difference under one krona, not a finding to correct) and ${stale.cell} holds a typed ${plain(stale.found)} (last year's 20,80 kr × 6 941) where ${plain(stale.expected)} is due: stale, reported with its cell. ` +
        `The six fees sum to ${plain(sum(fees.map((f) => f.fee)))} kr.`,
      tables: [],
      fees: {
        total: amount(sum(fees.map((f) => f.fee))),
        members: fees.map((f) => ({ member: f.member, fee: amount(f.fee) })),
        stale: [{ sheet: 'Member fees', cell: stale.cell, found: plain(stale.found), expected: plain(stale.expected) }],
      },
    },
  };
}

/** Västernorrland's kommuner of an invented regionförbund, folkmängd 31 December 2023. */
const VASTERNORRLAND: Member[] = [
  { name: 'Sundsvalls kommun', population: 99_473 },
  { name: 'Härnösands kommun', population: 24_886 },
  { name: 'Timrå kommun', population: 18_195 },
  { name: 'Kramfors kommun', population: 18_383 },
  { name: 'Sollefteå kommun', population: 18_987 },
  { name: 'Örnsköldsviks kommun', population: 56_247 },
  { name: 'Ånge kommun', population: 9_142 },
];

/**
 * A regionförbund's fee: the region pays a set sum, the kommuner share the rest 30 % in equal parts and 70 % by
 * population; the officer's column rounds each share on its own, so it may differ from the exact split by a krona.
 */
function regionFixedKommunerMix(): Built {
  const wb = newWorkbook('Regionförbundet Västernorrland');
  const ws = wb.addWorksheet('Avgifter 2025');
  put(ws, 'B1', 'Regionförbundet Västernorrland', { bold: true, size: 13 });
  put(ws, 'B2', 'Medlemsavgifter 2025 enligt förbundsordningen § 12');
  put(ws, 'B4', 'Belopp att fördela (kr)');
  put(ws, 'D4', 12_500_000, { numFmt: FMT.int });
  put(ws, 'B5', 'Fördelningsnyckel: 30 % lika, 70 % efter invånare');
  put(ws, 'B6', 'Regionen betalar ett fast belopp; resten fördelas mellan kommunerna.', { italic: true });
  const headerRow = 8;
  putRow(ws, headerRow, 2, ['Medlem', 'Folkmängd 31 dec 2023', 'Fast belopp', 'Avgift 2025'], { bold: true, border: 'bottom' });
  const total = 12_500_000_00n;
  const regionAmount = 5_000_000_00n;
  const rest = total - regionAmount;
  const n = BigInt(VASTERNORRLAND.length);
  const popSum = BigInt(VASTERNORRLAND.reduce((a, m) => a + m.population, 0));
  // One exact weight per kommun: rest × (30/100 × 1/n + 70/100 × p/P) = rest × (30·P + 70·n·p) / (100·n·P).
  const weight = (m: Member) => Number(30n * popSum + 70n * n * BigInt(m.population));
  const parts = largestRemainder(
    rest,
    VASTERNORRLAND.map((m) => ({ name: m.name, weight: weight(m) })),
  );
  const fees = [{ member: 'Region Västernorrland', fee: regionAmount }, ...VASTERNORRLAND.map((m) => ({ member: m.name, fee: parts.get(m.name)! }))];
  putRow(ws, headerRow + 1, 2, ['Region Västernorrland', null, 5_000_000, 5_000_000], (k) => (k >= 2 ? { numFmt: FMT.int } : undefined));
  const first = headerRow + 2;
  const last = headerRow + 1 + VASTERNORRLAND.length;
  const officer: Ore[] = [regionAmount];
  VASTERNORRLAND.forEach((m, i) => {
    const r = first + i;
    putRow(ws, r, 2, [m.name, m.population]);
    ws.getCell(`C${r}`).numFmt = FMT.int;
    // The officer rounds each kommun's share on its own: ROUND(7 500 000 × (0,3/7 + 0,7 × p/P); 0).
    const own = roundKr(BigInt(weight(m)) * rest, 100n * n * popSum * 100n);
    officer.push(own);
    put(ws, `E${r}`, formula(`ROUND(7500000*(0.3/7+0.7*C${r}/SUM(C$${first}:C$${last})),0)`, Number(plain(own))), { numFmt: FMT.int });
  });
  putRow(ws, last + 1, 2, ['Summa', Number(popSum), 5_000_000, formula(`SUM(E${headerRow + 1}:E${last})`, Number(plain(sum(officer))))], (k) => ({
    bold: true,
    border: 'top',
    ...(k ? { numFmt: FMT.int } : {}),
  }));
  widths(ws, { A: 2, B: 24, C: 21, D: 13, E: 14 });
  const differing = VASTERNORRLAND.filter((m, i) => officer[i + 1] !== parts.get(m.name)!).map((m) => m.name);
  return {
    wb,
    tables: [],
    verify: (back, e) => {
      // Each kommun's part within a krona of rest × (0,3/7 + 0,7 × p/P), from the population cells read back.
      const got = expectedFees(e);
      const s = back.getWorksheet('Avgifter 2025')!;
      const problems: string[] = [];
      const rows = VASTERNORRLAND.map((_, i) => ({ name: String(s.getCell(`B${first + i}`).value), pop: BigInt(Number(s.getCell(`C${first + i}`).value)) }));
      const P = rows.reduce((a, r) => a + r.pop, 0n);
      for (const r of rows) {
        const fee = got.find((f) => f.member === r.name)?.fee;
        if (fee === undefined) {
          problems.push(`${r.name} has no expected fee`);
          continue;
        }
        const diff = fee * 100n * n * P - rest * (30n * P + 70n * n * r.pop);
        if ((diff < 0n ? -diff : diff) >= 100n * 100n * n * P) problems.push(`${r.name}: ${plain(fee)} is not within a krona of its share`);
      }
      const region = readAmount(s.getCell(`D${headerRow + 1}`).value, 'kr');
      if (region !== got.find((f) => f.member === 'Region Västernorrland')?.fee) problems.push("the region's Fast belopp differs");
      if (sum(got.map((f) => f.fee)) !== readAmount(s.getCell('D4').value, 'kr')) problems.push('the fees do not sum to the amount in D4');
      return problems;
    },
    expected: {
      family: 'fees',
      source: "a regionförbund's fee: the region's set sum, the rest to the kommuner 30 % equally and 70 % by population",
      tests:
        'a split other than half and half ("30 % lika, 70 % efter invånare"), "Fast belopp" for a member without population, the officer\'s ROUNDs a krona off the exact split (rounding, not stale)',
      description:
        "12 500 000 kr (D4) less Region Västernorrland's set 5 000 000 leaves 7 500 000 for the seven kommuner: 30 % in equal parts (321 428,57 each) and 70 % by Folkmängd 31 dec 2023, one exact share each, whole kronor by largest remainder so that the fees sum exactly to 12 500 000. " +
        `The officer's Avgift 2025 column rounds each share on its own${differing.length ? ` and so differs by a krona at ${differing.join(', ')}` : ''}: rounding, not a stale fee. The region has no population: it is a member with a set sum, not one with a population missing. Fee year 2025 from the title.`,
      tables: [],
      fees: { total: amount(total), members: fees.map((f) => ({ member: f.member, fee: amount(f.fee) })) },
    },
  };
}

/**
 * A samordningsförbund's contributions as its förbundsordning words them: the state half, the region a quarter,
 * the kommuner a quarter by population, in words, with no share column in the table.
 */
function finsamInWords(): Built {
  const wb = newWorkbook('Samordningsförbundet Gävle-Sandviken');
  const ws = wb.addWorksheet('Medlemsbidrag');
  put(ws, 'A1', 'Samordningsförbundet Gävle-Sandviken – medlemsbidrag 2026', { bold: true, size: 12 });
  put(ws, 'A3', 'Medlemsbidrag totalt 2026: 3 600 000 kr');
  put(ws, 'A4', 'Fördelning enligt förbundsordningen: staten hälften, regionen en fjärdedel och kommunerna en fjärdedel, fördelat efter folkmängd.');
  const headerRow = 6;
  putRow(ws, headerRow, 1, ['Medlem', 'Folkmängd 31 dec 2024', 'Medlemsbidrag 2026'], { bold: true, border: 'bottom' });
  const total = 3_600_000_00n;
  const kommuner: Member[] = [
    { name: 'Gävle kommun', population: 104_112 },
    { name: 'Sandvikens kommun', population: 39_917 },
  ];
  const kommunPart = largestRemainder(
    total / 4n,
    kommuner.map((m) => ({ name: m.name, weight: m.population })),
  );
  const fees = [
    { member: 'Staten genom Försäkringskassan', fee: total / 2n },
    { member: 'Region Gävleborg', fee: total / 4n },
    ...kommuner.map((m) => ({ member: m.name, fee: kommunPart.get(m.name)! })),
  ];
  putRow(ws, headerRow + 1, 1, ['Staten genom Försäkringskassan', null, 1_800_000], (k) => (k === 2 ? { numFmt: FMT.int } : undefined));
  putRow(ws, headerRow + 2, 1, ['Region Gävleborg', null, 900_000], (k) => (k === 2 ? { numFmt: FMT.int } : undefined));
  kommuner.forEach((m, i) =>
    putRow(ws, headerRow + 3 + i, 1, [m.name, m.population, Number(plain(kommunPart.get(m.name)!))], (k) => (k ? { numFmt: FMT.int } : undefined)),
  );
  const last = headerRow + 2 + kommuner.length;
  putRow(ws, last + 1, 1, ['Summa', kommuner.reduce((a, m) => a + m.population, 0), 3_600_000], (k) => ({
    bold: true,
    border: 'top',
    ...(k ? { numFmt: FMT.int } : {}),
  }));
  widths(ws, { A: 32, B: 21, C: 20 });
  return {
    wb,
    tables: [],
    verify: (back, e) => [
      ...checkTotal(back, 'Medlemsbidrag', `C${headerRow + 1}:C${last}`, expectedFees(e)),
      ...checkAllocation(back, 'Medlemsbidrag', headerRow + 3, kommuner.length, 'B', total / 4n, expectedFees(e)),
    ],
    expected: {
      family: 'fees',
      source: "a samordningsförbund's medlemsbidrag as its förbundsordning words the FINSAM split, with no share column",
      tests:
        'a split in words ("staten hälften, regionen en fjärdedel och kommunerna en fjärdedel, fördelat efter folkmängd"), members named otherwise than in the text ("staten" = Staten genom Försäkringskassan, "regionen" = Region Gävleborg)',
      description:
        '3 600 000 kr (A3; the year beside the words is the fee year, not part of the amount) is split as the förbundsordning in A4 says: the state half (1 800 000 to Staten genom Försäkringskassan), the region a quarter (900 000 to Region Gävleborg), the kommuner a quarter (900 000) by Folkmängd 31 dec 2024, whole kronor by largest remainder. ' +
        "The table has no share column: the shares come from the sentence, and the state and the region are members without population, not members whose population is missing. The officer's figures agree.",
      tables: [],
      fees: { total: amount(total), members: fees.map((f) => ({ member: f.member, fee: amount(f.fee) })) },
    },
  };
}

/**
 * Last year's fees raised by a percentage: two fee columns with years, the uplift in a loose row with words
 * after it, the officer's new column rounded to whole kronor and one member not updated.
 */
function upliftTwoYears(): Built {
  const wb = newWorkbook('Mälardalens Räddningstjänstförbund');
  const ws = wb.addWorksheet('Medlemsavgift 2026');
  put(ws, 'A1', 'Mälardalens Räddningstjänstförbund', { bold: true, size: 13 });
  put(ws, 'A2', 'Medlemsavgifter 2026');
  put(ws, 'A3', 'Uppräkning 2,5 % enligt direktionens budgetbeslut 2025-06-12');
  const headerRow = 5;
  putRow(ws, headerRow, 1, ['Kommun', 'Invånare 31 dec 2024', 'Avgift 2025', 'Avgift 2026'], { bold: true, border: 'bottom' });
  const members = [
    { name: 'Köpings kommun', population: 26_511, prior: 8_245_300_00n },
    { name: 'Arboga kommun', population: 14_069, prior: 3_901_250_00n },
    { name: 'Kungsörs kommun', population: 8_704, prior: 2_301_800_00n },
    { name: 'Hallstahammars kommun', population: 16_302, prior: 4_102_650_00n },
    { name: 'Surahammars kommun', population: 10_093, prior: 2_206_400_00n },
  ];
  // Last year's fee × 1,025, in öre, half away from zero (all these are whole öre already).
  const fees = members.map((m) => {
    const numerator = m.prior * 1025n;
    if (numerator % 1000n !== 0n) throw new Error('the uplift should give whole öre here');
    return { member: m.name, fee: numerator / 1000n };
  });
  let stale = { cell: '', found: 0n, expected: 0n };
  const rounded: string[] = [];
  members.forEach((m, i) => {
    const r = headerRow + 1 + i;
    putRow(ws, r, 1, [m.name, m.population, Number(plain(m.prior))], (k) => (k ? { numFmt: FMT.int } : undefined));
    if (m.name === 'Kungsörs kommun') {
      // Copied from last year's column and never raised.
      stale = { cell: `D${r}`, found: m.prior, expected: fees[i].fee };
      put(ws, stale.cell, Number(plain(m.prior)), { numFmt: FMT.int });
    } else {
      const own = roundKr(m.prior * 1025n, 100_000n);
      if (own !== fees[i].fee) rounded.push(`D${r}`);
      put(ws, `D${r}`, formula(`ROUND(C${r}*1.025,0)`, Number(plain(own))), { numFmt: FMT.int });
    }
  });
  widths(ws, { A: 24, B: 20, C: 14, D: 14 });
  return {
    wb,
    tables: [],
    verify: (back, e) => {
      const s = back.getWorksheet('Medlemsavgift 2026')!;
      const problems: string[] = [];
      const got = expectedFees(e);
      members.forEach((m, i) => {
        const r = headerRow + 1 + i;
        const prior = readAmount(s.getCell(`C${r}`).value, 'kr');
        if (prior === null || prior === 'error' || (prior * 1025n) / 1000n !== got.find((f) => f.member === String(s.getCell(`A${r}`).value))?.fee)
          problems.push(`${m.name}: the 2025 fee × 1,025 from the cells differs`);
        const own = readAmount(s.getCell(`D${r}`).value, 'kr');
        const isStale = `D${r}` === stale.cell;
        if (own === null || own === 'error') problems.push(`D${r} unreadable`);
        else if (isStale !== (own === prior)) problems.push(`D${r}: stale ${isStale} but the cell ${own === prior ? 'is' : 'is not'} last year's fee`);
      });
      return problems;
    },
    expected: {
      family: 'fees',
      source: "a räddningstjänstförbund raising last year's fees by the budget decision's percentage",
      tests:
        '"Uppräkning 2,5 % enligt …" as a loose row with words after the figure, "Avgift 2025 | Avgift 2026" (the earlier year is last year\'s fee), the 2026 column checked: ROUNDs are rounding, one cell not raised is stale',
      description:
        "Each fee is the Avgift 2025 cell × 1,025, kept to the öre (Köping 8 245 300 × 1,025 = 8 451 432,50). The two fee columns have years: 2025 is last year's fee, 2026 this year's, which the title also states. " +
        `The officer's Avgift 2026 column is checked: its ROUND()s to whole kronor${rounded.length ? ` (${rounded.join(', ')})` : ''} are roundings, and ${stale.cell} still holds last year's ${plain(stale.found)} where ${plain(stale.expected)} is due: stale, reported with its cell.`,
      tables: [],
      fees: {
        total: amount(sum(fees.map((f) => f.fee))),
        members: fees.map((f) => ({ member: f.member, fee: amount(f.fee) })),
        stale: [{ sheet: 'Medlemsavgift 2026', cell: stale.cell, found: plain(stale.found), expected: plain(stale.expected) }],
      },
    },
  };
}

/**
 * Recompute each fee from the population cells read back and compare it with the expectation; the officer's own
 * fee column must agree too, except the cells the expectation calls stale.
 */
function checkFees(
  back: ExcelJS.Workbook,
  sheet: string,
  headerRow: number,
  n: number,
  popCol: string,
  fee: (pop: bigint) => Ore,
  fees: { member: string; fee: Ore }[],
  feeCol = 'C',
  stale: string[] = [],
): string[] {
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
    if ((own === e.fee) === isStale)
      problems.push(
        `${sheet}!${feeCol}${r}: the officer's fee ${own === 'error' || own === null ? own : plain(own)} ${isStale ? 'is called stale but agrees' : 'disagrees and is not called stale'}`,
      );
  }
  return problems;
}

const expectedFees = (e: { fees?: { members: { member: string; fee: string | null }[] } }) =>
  e.fees!.members.map((m) => ({ member: m.member, fee: m.fee === null ? 0n : ore(m.fee) }));

/**
 * An allocation by population read back from the cells: each part within one krona of the exact share
 * (amount × population / total population, compared in integers), and the parts summing to the amount.
 */
function checkAllocation(
  back: ExcelJS.Workbook,
  sheet: string,
  firstRow: number,
  n: number,
  popCol: string,
  amountOre: Ore,
  parts: { member: string; fee: Ore }[],
  nameCol = 'A',
): string[] {
  const s = back.getWorksheet(sheet)!;
  const rows = Array.from({ length: n }, (_, i) => ({
    name: String(s.getCell(`${nameCol}${firstRow + i}`).value),
    pop: BigInt(Number(s.getCell(`${popCol}${firstRow + i}`).value)),
  }));
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
  { name: 'fees-english-rate-next-cell', build: englishNextCell },
  { name: 'fees-region-set-sum-kommuner-30-70', build: regionFixedKommunerMix },
  { name: 'fees-finsam-split-in-words', build: finsamInWords },
  { name: 'fees-uplift-two-year-columns', build: upliftTwoYears },
];
