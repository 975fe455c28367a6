/**
 * Names the fixtures use: account charts as Kommun-Bas and BAS ledgers carry them, organisational codes with
 * their leading zeros, member kommuner with plausible populations. Invented bodies, real-sounding.
 */
import ExcelJS from 'exceljs';
import { Expected } from './expected';
import { BuiltTable } from './kit';

/** One fixture: how to build its workbook, and what a careful economist expects of it. */
export interface Fixture {
  name: string;
  build: () => Built;
}

export interface JoinSide {
  sheet: string;
  firstRow: number;
  lastRow: number;
  /** Key columns in the order of the expected key (account first). */
  keyCols: string[];
  amountCol: string;
  /** Only rows whose value in this column is within the months counted (`202401`…). */
  periodCol?: string;
  periodsUpTo?: number;
  /** Sum these columns instead of one amount column (month columns). */
  amountCols?: string[];
}

export interface Built {
  wb: ExcelJS.Workbook;
  expected: Omit<Expected, 'file'>;
  /** The lines behind each expected table, in the order of `expected.tables`. */
  tables: BuiltTable[];
  /** Where the joined sides stand, so the join expectation can be recomputed from the cells. */
  joinSides?: { budget: JoinSide; outcome: JoinSide; periodBudget?: JoinSide; unit?: 'kr' | 'tkr' };
  /** Further checks of the expectation against the read-back workbook; each returns what disagrees. */
  verify?: (wb: ExcelJS.Workbook, expected: Omit<Expected, 'file'>) => string[];
}

export interface Account {
  code: string;
  name: string;
  /** Typical yearly amount in kronor (positive), for the generator's random spread. */
  size: number;
}

/** Kommun-Bas style accounts of a kommunalförbund (3 intäkter, 4–7 kostnader, 8 finansiella poster). */
export const KBAS: Account[] = [
  { code: '3110', name: 'Medlemsavgifter', size: 9_000_000 },
  { code: '3150', name: 'Avgifter och ersättningar', size: 450_000 },
  { code: '3410', name: 'Försäljning av tjänster', size: 800_000 },
  { code: '3510', name: 'Statsbidrag', size: 600_000 },
  { code: '3590', name: 'Övriga bidrag', size: 150_000 },
  { code: '3740', name: 'Projektintäkter EU', size: 400_000 },
  { code: '3990', name: 'Övriga intäkter', size: 40_000 },
  { code: '4610', name: 'Köp av verksamhet', size: 700_000 },
  { code: '5011', name: 'Lön månadsavlönade', size: 3_600_000 },
  { code: '5021', name: 'Lön timavlönade', size: 180_000 },
  { code: '5071', name: 'Arvoden förtroendevalda', size: 160_000 },
  { code: '5110', name: 'Semesterlön', size: 240_000 },
  { code: '5410', name: 'Sociala avgifter enligt lag', size: 1_150_000 },
  { code: '5510', name: 'Pensionskostnader', size: 420_000 },
  { code: '5611', name: 'Utbildning personal', size: 90_000 },
  { code: '5810', name: 'Resekostnader', size: 70_000 },
  { code: '6110', name: 'Lokalhyror', size: 820_000 },
  { code: '6150', name: 'El och värme', size: 95_000 },
  { code: '6210', name: 'Telefon och datakommunikation', size: 65_000 },
  { code: '6410', name: 'Förbrukningsmaterial', size: 55_000 },
  { code: '6420', name: 'Kontorsmaterial', size: 28_000 },
  { code: '6540', name: 'IT-tjänster och licenser', size: 310_000 },
  { code: '6550', name: 'Konsulttjänster', size: 260_000 },
  { code: '6570', name: 'Bankkostnader', size: 9_000 },
  { code: '6910', name: 'Representation', size: 14_000 },
  { code: '6980', name: 'Föreningsavgifter', size: 22_000 },
  { code: '7310', name: 'Bidrag till projekt', size: 350_000 },
  { code: '7810', name: 'Avskrivningar inventarier', size: 120_000 },
  { code: '8410', name: 'Ränteintäkter', size: 12_000 },
  { code: '8510', name: 'Räntekostnader', size: 6_000 },
];

/** BAS accounts of a samordningsförbund in Visma (3 intäkter, 4 insatser, 5–6 externa kostnader, 7 personal, 8 finansiellt). */
export const BAS_SAMORDNING: Account[] = [
  { code: '3010', name: 'Medlemsbidrag Försäkringskassan', size: 2_400_000 },
  { code: '3011', name: 'Medlemsbidrag Region', size: 1_200_000 },
  { code: '3012', name: 'Medlemsbidrag kommuner', size: 1_200_000 },
  { code: '3990', name: 'Övriga intäkter', size: 30_000 },
  { code: '4010', name: 'Köp av insatser', size: 2_100_000 },
  { code: '4020', name: 'Medfinansiering ESF-projekt', size: 450_000 },
  { code: '5010', name: 'Lokalhyra', size: 96_000 },
  { code: '5410', name: 'Förbrukningsinventarier', size: 12_000 },
  { code: '5800', name: 'Resekostnader', size: 38_000 },
  { code: '6110', name: 'Kontorsmateriel', size: 6_000 },
  { code: '6230', name: 'Datakommunikation', size: 18_000 },
  { code: '6420', name: 'Revision', size: 65_000 },
  { code: '6530', name: 'Redovisningstjänster', size: 120_000 },
  { code: '6570', name: 'Bankkostnader', size: 3_000 },
  { code: '6910', name: 'Utvärdering', size: 80_000 },
  { code: '7010', name: 'Löner tjänstemän', size: 720_000 },
  { code: '7240', name: 'Styrelsearvoden', size: 62_000 },
  { code: '7510', name: 'Arbetsgivaravgifter', size: 245_000 },
  { code: '7410', name: 'Pensionsförsäkringspremier', size: 78_000 },
  { code: '7610', name: 'Utbildning', size: 25_000 },
  { code: '8310', name: 'Ränteintäkter', size: 4_000 },
];

export interface Member {
  name: string;
  population: number;
}

/** Norra Dalarna, population 31 dec 2023 (plausible, rounded from public figures). */
export const DALARNA_NORR: Member[] = [
  { name: 'Mora kommun', population: 20_575 },
  { name: 'Orsa kommun', population: 6_862 },
  { name: 'Älvdalens kommun', population: 7_034 },
  { name: 'Malung-Sälens kommun', population: 9_958 },
  { name: 'Vansbro kommun', population: 6_612 },
  { name: 'Rättviks kommun', population: 10_987 },
  { name: 'Leksands kommun', population: 15_962 },
];

/** Blekinge and Kronoberg kommuner of Kommunalförbundet Sydarkiv. */
export const SYDARKIV_MEMBERS: Member[] = [
  { name: 'Karlskrona kommun', population: 66_842 },
  { name: 'Karlshamns kommun', population: 32_469 },
  { name: 'Ronneby kommun', population: 29_774 },
  { name: 'Sölvesborgs kommun', population: 18_210 },
  { name: 'Olofströms kommun', population: 13_291 },
  { name: 'Tingsryds kommun', population: 12_316 },
  { name: 'Ljungby kommun', population: 28_720 },
  { name: 'Älmhults kommun', population: 18_092 },
];

/** Västra Skaraborg, folkmängd 1 nov 2023. */
export const SKARABORG_VAST: Member[] = [
  { name: 'Lidköping', population: 41_316 },
  { name: 'Götene', population: 13_281 },
  { name: 'Grästorp', population: 5_731 },
  { name: 'Vara', population: 16_288 },
  { name: 'Essunga', population: 5_660 },
  { name: 'Skara', population: 18_804 },
];

/** Ansvar codes as Raindance keeps them: text, four digits, leading zero. */
export const ANSVAR = [
  { code: '0100', name: 'Förbundsdirektion' },
  { code: '0210', name: 'Förbundskansli' },
  { code: '0220', name: 'Ekonomi och administration' },
  { code: '0310', name: 'Arkivverksamhet' },
  { code: '0320', name: 'Digital arkivering' },
  { code: '0410', name: 'Utvecklingsprojekt' },
];

export const VERKSAMHET = [
  { code: '1100', name: 'Politisk verksamhet' },
  { code: '1200', name: 'Förbundsgemensam administration' },
  { code: '3100', name: 'Arkivvård' },
  { code: '3200', name: 'E-arkiv' },
  { code: '3300', name: 'Informationsförvaltning' },
  { code: '9100', name: 'Finansiering' },
];
