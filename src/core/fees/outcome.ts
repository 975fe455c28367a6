import { InputIssue } from '../issues';
import { Lang } from '../messages';
import { Charge } from './charges';
import { Invoice } from './invoices';
import { MembersTable } from './members';

/** Everything the fee run found and computed; the faces render it as sheets, JSON and CSV. */
export interface FeeOutcome {
  /** The language default names and texts were chosen in. */
  lang: Lang;
  members: MembersTable | null;
  /** One per charge (the year's fee, a joint cost, …), each with every member's fee or the reason it has none. */
  charges: Charge[];
  invoices: Invoice[];
  /** Bad input: each names its sheet and cell and says what was expected (SPEC 8). */
  errors: InputIssue[];
}
