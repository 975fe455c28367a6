import { Check } from '../deviations/checks';
import { InputIssue } from '../issues';
import { Charge } from './charges';
import { Invoice } from './invoices';
import { MembersTable } from './members';
import { AppliedUnit } from './parameters';

/**
 * Everything the fee run found and computed, in no language: names Avstämning gives are message keys, written
 * when the faces render it as sheets, JSON and CSV.
 */
export interface FeeOutcome {
  members: MembersTable | null;
  /** One per charge (the year's fee, a joint cost, …), each with every member's fee or the reason it has none. */
  charges: Charge[];
  invoices: Invoice[];
  /** The members' own fee cells that differ from the recomputed fee (control-total findings). */
  checks: Check[];
  /** Bad input: each names its sheet and cell and says what was expected (SPEC 8). */
  errors: InputIssue[];
  /** Amounts the workbook states in tkr or mnkr, converted to kronor: said on the fee sheet, so the economist sees it. */
  unitsApplied: AppliedUnit[];
}
