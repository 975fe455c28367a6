/** The README of test/fixtures/layouts12: what the corpus is, how it is kept independent, and one row per fixture. */
import { Expected } from '../layouts/expected';
import { corpusReadme } from '../corpus-readme';

export const BEYOND_SPEC: Record<string, string> = {
  'raindance-verifikationer-konto-och-benamning-i-en-cell-mot-budget-med-bara-kontonummer':
    'the account is the number at the head of a "Konto - benämning" cell; SPEC 1.8 says codes match as text, and reads none out of a longer text',
  'visma-huvudbok-debet-och-kredit-som-text-med-decimalkomma-mot-budget-per-konto':
    'Debet and Kredit together are the outcome, debit − credit (the README says so; SPEC 1.1 does not name them)',
  'hogia-verifikationslista-med-motkonton-i-klass-1-och-2-bara-resultatkontona-mot-budgeten':
    'rows on balance accounts (classes 1–2) are no outcome of a budget of result accounts; SPEC 1.8 says no row is dropped, and these are left out as no part of the join, said as such',
  'fortnox-verifikationer-fran-december-2024-till-december-2025-bara-budgetaret-raknas':
    'transactions dated before the budget year are no outcome of it; SPEC 1.8 and 2.6 do not speak of a ledger that spans two years',
  'fortnox-saldobalans-ingaende-balans-period-utgaende-balans-perioden-ar-utfallet':
    'of Ingående balans | Period | Utgående balans the Period is the outcome; SPEC 1.1 names none of them. Balance accounts as above',
  'visma-huvudbok-i-block-kontot-pa-egen-rad-transaktioner-under-och-summa-per-konto':
    "a transaction's account is the one heading its block; SPEC 1.4 has group header rows for goal areas, not for accounts",
  'budget-per-kontointervall-4000-4999-mot-huvudbokens-saldo-per-konto':
    'a budget line that is a range of accounts takes the accounts it holds; SPEC 1.8 has ranges in a mapping table, not as budget lines',
  'hogia-resultat-per-konto-med-omvanda-tecken-intakter-positiva-enligt-titeln-mot-budget':
    "the outcome is turned to the budget's signs (ledger signs), not the budget to the outcome's; SPEC 1.5 says both conventions occur, not which side gives way",
  'unit4-ansvar-med-inledande-nolla-som-text-i-budgeten-och-tal-med-talformat-00000-i-huvudboken':
    'a code is the text the cell shows: a number formatted 00000 shows 1100 as 01100; SPEC 1.8 says codes match as text',
  'business-central-general-ledger-entries-pa-engelska-mot-svensk-budget-per-kostnadsstalle':
    '"Cost Centre Code" and "Kostnadsställe" are the same dimension; SPEC 1.1 lists both, SPEC 1.8 does not say a key may be headed in two languages',
};

export function readme(all: Expected[]): string {
  return corpusReadme(
    {
      title: 'Layout corpus 12: the budget on one sheet, the ledger on another',
      generatedBy: `\`npm run layouts12\` (scripts/make-layouts12.ts and scripts/layouts12/, on the helpers of
scripts/layouts2/ and scripts/layouts8/)`,
      intro: `A look at budget against the ledger (SPEC 1.8) in shapes the earlier corpora do not hold, from the systems
Swedish public bodies use: Raindance's verifikationslista whose account is "4010 Inköp material" in one cell; Visma's
huvudbok with Debet and Kredit as text with decimal commas, and printed in blocks with the account on a row of its
own; Hogia's verifikationslista with the counter entries on balance accounts, and a result report in reversed signs;
Fortnox's transactions from December of the year before, and its saldobalans (Ingående balans | Period | Utgående
balans); Ekonomi Plus's huvudbok under a title block with a Summa at the foot; Unit4 with ansvar "01100" as text
against numbers formatted 00000, and with Projekt and Motpart beside the key; Business Central's English ledger
against a Swedish budget; a budget per range of accounts; a budget in tkr against a ledger in kronor; a budget with a
Summa row under each ansvar. Every expectation says what is joined (the key), each joined line's budget, outcome
and deviation, the keys found on one side only, and (\`notJoined\`) the rows that are no part of the join.
\`score.json\` holds the last measured state.`,
      dir: 'test/fixtures/layouts12',
      beyondSpec: BEYOND_SPEC,
    },
    all,
  );
}
