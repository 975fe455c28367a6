/**
 * Realistic sheets to spoil, cut down from samples/sormland-2017.xlsx (Regionförbundet Sörmland 2017,
 * ../shared/data/sormland-2017.tables.json): a few projects per goal area, the budget reconciliation in
 * mnkr with costs negative, the goal-area table, members with 2016 populations, and the balance sheet.
 */
import type ExcelJS from 'exceljs';
import { CaseSheet } from './types';

export type Rows = (ExcelJS.CellValue | undefined)[][];

/** A copy of `rows` with cells replaced: `{ C4: 'x' }`. */
export function patch(rows: Rows, cells: Record<string, ExcelJS.CellValue>): Rows {
  const out = rows.map((r) => [...r]);
  for (const [address, value] of Object.entries(cells)) {
    const m = /^([A-Z])(\d+)$/.exec(address);
    if (!m) throw new Error(`patch: ${address}`);
    const row = Number(m[2]) - 1;
    const col = m[1].charCodeAt(0) - 65;
    while (out.length <= row) out.push([]);
    out[row][col] = value;
  }
  return out;
}

/**
 * Projekt (kr, all amounts positive: an unsigned cost table, deviation = budget − outcome).
 * Mål 1: budget 1 025 000, outcome 1 138 100, deviation −113 100. Mål 2: 920 000, 695 400, +224 600.
 * Total: 1 945 000, 1 833 500, +111 500.
 */
export const PROJEKT: Rows = [
  ['Projekt och aktiviteter per mål i Sörmlandsstrategin 2020'],
  [],
  ['Målområde', 'Projekt/aktivitet', 'Budget', 'Utfall'],
  ['Mål 1', 'Regional kompetensplattform', 425000, 408600],
  ['Mål 1', 'Politisk kompetensberedning', 100000, 99200],
  ['Mål 1', 'ESF-projekt', 500000, 630300],
  ['Mål 2', 'Utvecklingsprocesser och löpande arbete', 520000, 403000],
  ['Mål 2', 'Genomförande av regional cykelstrategi för Sörmland', 100000, 49500],
  ['Mål 2', 'Utredningar och övrig verksamhet', 300000, 242900],
];

export const projekt = (cells: Record<string, ExcelJS.CellValue> = {}, name = 'Projekt'): CaseSheet => ({ name, rows: patch(PROJEKT, cells) });

/**
 * Budgetavstämning (mnkr, signed: costs negative, deviation = outcome − budget; Utfall before Budget as in
 * the report). Summa intäkter 42,82 / 42,79; Summa kostnader −44,64 / −43,78; RESULTAT −1,82 / −0,99.
 */
export const BUDGETAVSTAMNING: Rows = [
  ['Budgetavstämning 2017'],
  [],
  ['Budgetavstämning (i miljoner kronor)', 'Utfall 2017', 'Budget 2017', 'Budgetavvikelse'],
  ['Intäkter'],
  ['Medlemsavgifter', 40.79, 40.79, 0],
  ['Ersättning personal Länsstyrelsen', 2.03, 2, 0.03],
  ['Summa intäkter', 42.82, 42.79, 0.03],
  [],
  ['Kostnader'],
  ['Huvudverksamhet', -42.41, -41.48, -0.93],
  ['Politisk styrning', -2.23, -2.3, 0.07],
  ['Summa kostnader', -44.64, -43.78, -0.86],
  [],
  ['RESULTAT', -1.82, -0.99, -0.83],
];

export const budgetavstamning = (cells: Record<string, ExcelJS.CellValue> = {}, name = 'Budgetavstämning'): CaseSheet => ({
  name,
  rows: patch(BUDGETAVSTAMNING, cells),
});

/** Målområden (kr, unsigned net cost per goal area, with forecast and the reported deviation). */
export const MALOMRADEN: Rows = [
  ['Nettokostnad per målområde i Sörmlandsstrategin 2020 (huvudverksamheten)'],
  [],
  ['Mål', 'Budget helår', 'Prognos i delårsbokslut', 'Utfall helår', 'Avvikelse budget-utfall'],
  ['Mål 2: Sörmland har starka samband med omvärlden', 3840000, 3790000, 4439600, -599600],
  ['Mål 4: Sörmland har hållbara och attraktiva livsmiljöer', 1250000, 750000, 958000, 292000],
  ['TOTAL NETTOKOSTNAD', 5090000, 4540000, 5397600, -307600],
];

export const malomraden = (cells: Record<string, ExcelJS.CellValue> = {}, name = 'Målområden'): CaseSheet => ({ name, rows: patch(MALOMRADEN, cells) });

/** Members with 2016 populations (SCB 2016-12-31) for a per-capita fee of 4 kr. */
export const MEDLEMMAR: Rows = [
  ['Medlemmar 2018'],
  [],
  ['Medlem', 'Invånare', 'Organisationsnummer'],
  ['Eskilstuna kommun', 103589, '212000-0340'],
  ['Flens kommun', 16646, '212000-0332'],
  ['Gnesta kommun', 10929, '212000-2999'],
];

export const medlemmar = (cells: Record<string, ExcelJS.CellValue> = {}, name = 'Medlemmar'): CaseSheet => ({ name, rows: patch(MEDLEMMAR, cells) });

/** Fee and invoice parameters (SPEC 3.2); bankgiro and org. number are made-up examples with valid check digits. */
export const PARAMETRAR: Rows = [
  ['Medlemsavgift 2018'],
  [],
  ['Parameter', 'Värde'],
  ['Avgift per invånare', 4],
  ['Avgiftsår', 2018],
  ['Fakturadatum', '2018-01-31'],
  ['Betalningsvillkor', 30],
  ['Första fakturanummer', 180001],
  ['Faktureringsperiod', 'År'],
  ['Bankgiro', '5050-1055'],
];

export const parametrar = (cells: Record<string, ExcelJS.CellValue> = {}, name = 'Avgift 2018'): CaseSheet => ({ name, rows: patch(PARAMETRAR, cells) });

/** The 2017 balance sheet in tkr, cut down; it balances (28 897 both sides). */
export const BALANSRAKNING: Rows = [
  ['Balansräkning (tkr)'],
  [],
  ['Balansräkning', 'Not', '2017-12-31', '2016-12-31'],
  ['TILLGÅNGAR'],
  ['Summa anläggningstillgångar', null, 926, 950],
  ['Omsättningstillgångar'],
  ['Kundfordringar', 8, 2895, 2935],
  ['Likvida medel', 11, 14747, 11988],
  ['Övriga omsättningstillgångar', null, 10329, 10191],
  ['Summa omsättningstillgångar', null, 27971, 25114],
  ['SUMMA TILLGÅNGAR', null, 28897, 26064],
  [],
  ['SKULDER OCH EGET KAPITAL'],
  ['Eget kapital', 13, 16029, 15465],
  ['Avsättningar', 14, 1000, 0],
  ['Kortfristiga skulder'],
  ['Leverantörsskulder', 15, 5143, 5601],
  ['Upplupna kostnader och förutbetalda intäkter', 16, 6725, 4998],
  ['Summa kortfristiga skulder', null, 11868, 10599],
  ['SUMMA SKULDER OCH EGET KAPITAL', null, 28897, 26064],
];

export const balansrakning = (cells: Record<string, ExcelJS.CellValue> = {}, name = 'Balansräkning'): CaseSheet => ({
  name,
  rows: patch(BALANSRAKNING, cells),
});

/** The goals table (SPEC 5) with one goal row to spoil. */
export const mal = (goal: ExcelJS.CellValue[], name = 'Mål och nyckeltal'): CaseSheet => ({
  name,
  rows: [['Finansiella mål 2017'], [], ['Finansiellt mål', 'Nyckeltal', 'Villkor', 'Gränsvärde'], goal],
});
