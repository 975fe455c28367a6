/**
 * The member-fee parts of the sample workbooks (SPEC 3, 4), used by make-samples.ts:
 *
 * - Sörmland 2017: a `Medlemsavgifter` sheet with the ten members' fees as printed, and an `Avgift
 *   parametrar` sheet with the invoice settings (fixed fees per member, invoiced quarterly).
 * - Södertörn 2018 (its own workbook): the eight kommuner with illustrative populations summing to the
 *   488 735 the report implies, the fee of 4 kr per invånare, and the Södertörns Rådslag joint cost of
 *   106 791 kr as a second charge, shared half equally and half by population.
 *
 * Every organisation number and bankgiro number written here is checked with the project's own Luhn code,
 * and every total is checked against the report, so a typo fails the build of the samples.
 */
import ExcelJS from 'exceljs';
import { normaliseBankgiro, normaliseOrgNumber } from '../src/core/fees/identifiers';

function fail(message: string): never {
  throw new Error(`make-samples (fees): ${message}`);
}

function assert(condition: boolean, message: string): asserts condition {
  if (!condition) fail(message);
}

/** A date cell as Excel holds it (midnight UTC, shown as yyyy-mm-dd). */
function dateCell(cell: ExcelJS.Cell, iso: string): void {
  cell.value = new Date(`${iso}T00:00:00Z`);
  cell.numFmt = 'yyyy-mm-dd';
}

/** Bankgirot's published test number: well-formed, and no body's real account. */
const EXAMPLE_BANKGIRO = '5050-1055';

function validOrgNumber(number: string): string {
  assert(normaliseOrgNumber(number) === number, `not a valid organisation number: ${number}`);
  return number;
}

/** Title in A1, notes under it, the header on the row after a blank one; returns the header's row number. */
function titled(ws: ExcelJS.Worksheet, title: string, notes: string[], header: string[], widths: number[]): number {
  ws.getCell('A1').value = title;
  ws.getCell('A1').font = { bold: true };
  notes.forEach((n, i) => {
    ws.getCell(2 + i, 1).value = n;
    ws.getCell(2 + i, 1).font = { italic: true };
  });
  const headerRow = 2 + notes.length + 1;
  header.forEach((h, i) => {
    const c = ws.getCell(headerRow, i + 1);
    c.value = h;
    c.font = { bold: true };
  });
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  return headerRow;
}

type Parameter = [string, string | number | { date: string }];

/** A `Parameter | Värde` table; dates are written as real date cells. */
function parameterSheet(wb: ExcelJS.Workbook, name: string, title: string, notes: string[], rows: Parameter[]): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name);
  const header = titled(ws, title, notes, ['Parameter', 'Värde'], [28, 44]);
  rows.forEach(([key, value], i) => {
    ws.getCell(header + 1 + i, 1).value = key;
    const cell = ws.getCell(header + 1 + i, 2);
    if (typeof value === 'object') dateCell(cell, value.date);
    else cell.value = value;
  });
  return ws;
}

// ---------------------------------------------------------------------------------------------
// Sörmland 2017

interface FeeRow {
  label: string;
  values: { avgift_2017: { kr: string } | null };
}

/** Not 1 Medlemsavgifter 40 786 tkr; the ten printed fees sum to this exactly. */
const SORMLAND_TOTAL = 40786191;

/** Adds `Medlemsavgifter` (Medlem | Avgift, as printed) and `Avgift parametrar` to the Sörmland workbook. */
export function addSormlandFees(wb: ExcelJS.Workbook, medlemsavgifter: { rows: unknown[] }): ExcelJS.Worksheet[] {
  const rows = medlemsavgifter.rows as FeeRow[];
  assert(rows.length === 10, `000.medlemsavgifter: expected 10 members, got ${rows.length}`);
  const fees = rows.map((r) => {
    const kr = r.values.avgift_2017?.kr;
    assert(kr !== undefined && /^\d+$/.test(kr), `000.medlemsavgifter ${r.label}: fee ${kr}`);
    return [r.label, Number(kr)] as const;
  });
  const total = fees.reduce((a, [, kr]) => a + kr, 0);
  assert(total === SORMLAND_TOTAL, `000.medlemsavgifter sums to ${total}, expected ${SORMLAND_TOTAL}`);

  const ws = wb.addWorksheet('Medlemsavgifter');
  const header = titled(
    ws,
    'Medlemsavgifter 2017 – avgift för 2017 helår (kr)',
    ['Källa: årsredovisning 2017, fotnot 4 till Not 1.'],
    ['Medlem', 'Avgift'],
    [28, 14],
  );
  fees.forEach(([name, kr], i) => {
    ws.getCell(header + 1 + i, 1).value = name;
    ws.getCell(header + 1 + i, 2).value = kr;
    ws.getCell(header + 1 + i, 2).numFmt = '#,##0';
  });
  const sumRow = header + 1 + fees.length;
  ws.getCell(sumRow, 1).value = 'Summa';
  ws.getCell(sumRow, 2).value = total;
  ws.getCell(sumRow, 2).numFmt = '#,##0';
  ws.getRow(sumRow).font = { bold: true };

  const params = parameterSheet(
    wb,
    'Avgift parametrar',
    'Fakturering av medlemsavgifter 2017',
    ['Bankgiro och organisationsnummer är påhittade exempel (giltiga kontrollsiffror), inte förbundets egna.'],
    [
      ['Avgiftsår', 2017],
      ['Fakturadatum', { date: '2017-01-15' }],
      ['Betalningsvillkor', 30],
      ['Första fakturanummer', 170001],
      ['Faktureringsperiod', 'Kvartal'],
      ['Bankgiro', EXAMPLE_BANKGIRO],
      ['Avsändare', 'Regionförbundet Sörmland'],
      ['Organisationsnummer', validOrgNumber('222000-1230')],
      ['Vår referens', 'Förbundskontoret'],
    ],
  );
  assert(normaliseBankgiro(EXAMPLE_BANKGIRO) === EXAMPLE_BANKGIRO, `not a valid bankgiro: ${EXAMPLE_BANKGIRO}`);
  return [ws, params];
}

// ---------------------------------------------------------------------------------------------
// Södertörn 2018

interface SodertornFile {
  members: { key: string; name: string }[];
  fee_rules: { rate_kr_per_inhabitant?: string; total_invoiced_kr?: string; implied_population?: string }[];
  tables: { id: string; rows: { key: string; values: { intakter: { kr: string } | null } }[] }[];
}

/**
 * Per kommun: municipality code (SCB), organisation number, and an illustrative population. The
 * populations are those implied by the printed Rådslag split under "half equally, half by population"
 * (tables.json, split_analysis), with Huddinge one higher so that they sum to 488 735 = 1 954 940 kr / 4 kr.
 * They are not SCB's figures. Organisation numbers marked real are as the kommun prints them; the other
 * three are made up (valid check digit only).
 */
const SODERTORN: Record<string, { code: string; orgNumber: string; real: boolean; population: number }> = {
  botkyrka: { code: '0127', orgNumber: '212000-2882', real: true, population: 91930 },
  haninge: { code: '0136', orgNumber: '212000-0084', real: true, population: 88021 },
  nykvarn: { code: '0140', orgNumber: '212000-9994', real: false, population: 10650 },
  nynashamn: { code: '0192', orgNumber: '212000-0233', real: true, population: 28105 },
  salem: { code: '0128', orgNumber: '212000-8889', real: false, population: 16664 },
  sodertalje: { code: '0181', orgNumber: '212000-0159', real: true, population: 96040 },
  tyreso: { code: '0138', orgNumber: '212000-7774', real: false, population: 47308 },
  huddinge: { code: '0126', orgNumber: '212000-0068', real: true, population: 110017 },
};

const RADSLAG_TOTAL = 106791;

/** The Södertörn 2018 sample: members, the per-capita fee, and the Rådslag joint cost as a second charge. */
export function sodertornWorkbook(data: SodertornFile, created: Date): ExcelJS.Workbook {
  const rule = data.fee_rules.find((r) => r.rate_kr_per_inhabitant !== undefined);
  assert(
    rule?.rate_kr_per_inhabitant === '4' && rule.total_invoiced_kr === '1954940' && rule.implied_population === '488735',
    'Södertörn fee rule: expected 4 kr, 1 954 940 kr, 488 735',
  );
  assert(data.members.length === 8 && data.members.every((m) => m.key in SODERTORN), `Södertörn members: ${data.members.map((m) => m.key).join(', ')}`);
  const population = Object.values(SODERTORN).reduce((a, m) => a + m.population, 0);
  assert(population === 488735, `Södertörn populations sum to ${population}, expected 488735`);
  const radslag = data.tables.find((t) => t.id === '002.sodertorns_radslag');
  const radslagTotal = radslag?.rows.find((r) => r.key === 'summa')?.values.intakter?.kr;
  assert(radslagTotal === String(RADSLAG_TOTAL), `Södertörns Rådslag total: ${radslagTotal}, expected ${RADSLAG_TOTAL}`);

  const wb = new ExcelJS.Workbook();
  wb.creator = 'Södertörnskommunernas samarbetskommitté (exempel)';
  wb.lastModifiedBy = wb.creator;
  wb.created = created;
  wb.modified = created;

  const ws = wb.addWorksheet('Medlemmar');
  const header = titled(
    ws,
    'Medlemmar i Södertörnssamarbetet 2018',
    [
      'Invånarantalen är illustrativa, inte SCB:s: de summerar till 488 735 (= 1 954 940 kr / 4 kr, årsredovisningen) och är härledda ur Rådslagets fördelning.',
      'Organisationsnumren för Nykvarn, Salem och Tyresö är påhittade (giltig kontrollsiffra); de övriga är kommunernas egna.',
    ],
    ['Medlem', 'Kommunkod', 'Organisationsnummer', 'Invånare', 'Referensdatum', 'Källa'],
    [22, 11, 20, 12, 14, 8],
  );
  data.members.forEach((m, i) => {
    const k = SODERTORN[m.key];
    const r = header + 1 + i;
    ws.getCell(r, 1).value = m.name;
    ws.getCell(r, 2).value = k.code;
    ws.getCell(r, 3).value = validOrgNumber(k.orgNumber);
    ws.getCell(r, 4).value = k.population;
    ws.getCell(r, 4).numFmt = '#,##0';
    dateCell(ws.getCell(r, 5), '2017-12-31');
    ws.getCell(r, 6).value = 'SCB';
  });
  const sumRow = header + 1 + data.members.length;
  ws.getCell(sumRow, 1).value = 'Summa';
  ws.getCell(sumRow, 4).value = population;
  ws.getCell(sumRow, 4).numFmt = '#,##0';
  ws.getRow(sumRow).font = { bold: true };

  parameterSheet(
    wb,
    'Avgift parametrar',
    'Medlemsavgift 2018: 4 kr per invånare (årsredovisning 2018, rad 382)',
    ['Bankgiro och organisationsnummer för avsändaren är påhittade exempel (giltiga kontrollsiffror).'],
    [
      ['Avgift per invånare', 4],
      ['Avgiftsår', 2018],
      ['Fakturadatum', { date: '2018-01-31' }],
      ['Betalningsvillkor', 30],
      ['Första fakturanummer', 18001],
      ['Faktureringsperiod', 'År'],
      ['Bankgiro', EXAMPLE_BANKGIRO],
      ['Avsändare', 'Södertörnskommunernas samarbetskommitté'],
      ['Organisationsnummer', validOrgNumber('222000-4564')],
      ['Vår referens', 'Kansliet'],
    ],
  );

  parameterSheet(
    wb,
    'Avgift Rådslag',
    'Södertörns Rådslag 9 mars 2018: gemensam kostnad att fördela (årsredovisning 2018, rad 441–454)',
    [
      'En andra avgift: beloppet fördelas hälften lika, hälften efter invånare (bladet Medlemmar). Övriga faktureringsuppgifter tas från Avgift parametrar; fakturanumren fortsätter.',
      'Nyckeln är en tolkning; med de illustrativa invånartalen ger den exakt rapportens belopp per kommun.',
    ],
    [
      ['Benämning', 'Södertörns Rådslag 2018'],
      ['Belopp att fördela', RADSLAG_TOTAL],
      ['Fördelningsnyckel', 'Hälften lika, hälften invånare'],
      ['Fakturadatum', { date: '2018-03-30' }],
    ],
  );
  return wb;
}
