import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text } from '@fluentui/react-components';
import { CheckmarkCircle16Filled, DismissCircle16Filled } from '@fluentui/react-icons';
import { formatAmount } from '../../core/render/format';
import { chargeName } from '../../core/fees';
import { formatGoalValue } from '../../core/goals';
import { Lang } from '../../core/messages';
import { Reconciliation } from '../../core/reconcile';
import { Strings, fill } from '../strings';

/** Financial goals (met or not, as an icon and a word) and each fee charge with its members, when the workbook has them. */
export function GoalsAndFees({ result, s, lang }: { result: Reconciliation; s: Strings; lang: Lang }) {
  const goals = result.goals?.goals ?? [];
  const charges = result.fees?.charges ?? [];
  return (
    <>
      {goals.length > 0 && (
        <section aria-label={s.goals}>
          <Text weight="semibold" as="h3" block>
            {s.goals}
          </Text>
          <Table size="small" aria-label={s.goals} style={{ tableLayout: 'fixed' }}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell style={{ width: '46%' }}>{s.goal}</TableHeaderCell>
                <TableHeaderCell style={{ width: '14%' }}>{s.year}</TableHeaderCell>
                <TableHeaderCell style={{ width: '20%', textAlign: 'right' }}>{s.value}</TableHeaderCell>
                <TableHeaderCell style={{ width: '20%' }}>{s.met}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {goals.map((g, i) => (
                <TableRow key={i}>
                  <TableCell title={g.goal.name} style={{ whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' }}>
                    {g.goal.name}
                  </TableCell>
                  <TableCell>{g.year ?? ''}</TableCell>
                  <TableCell style={{ textAlign: 'right' }}>{formatGoalValue(g, g.value, lang)}</TableCell>
                  <TableCell>
                    {g.met === null ? '–' : g.met ? <><CheckmarkCircle16Filled aria-hidden /> {s.goalMet}</> : <><DismissCircle16Filled aria-hidden /> {s.goalNotMet}</>}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </section>
      )}
      {charges.map((c) => (
        <section key={`${c.at.sheet}!${c.at.cell}`} aria-label={chargeName(c, lang)}>
          <Text weight="semibold" as="h3" block>
            {chargeName(c, lang)}
          </Text>
          <Table size="small" aria-label={chargeName(c, lang)}>
            <TableBody>
              {c.fees.map((f) => (
                <TableRow key={f.member.name}>
                  <TableCell>{f.member.name}</TableCell>
                  <TableCell style={{ textAlign: 'right' }}>{f.fee === null ? '–' : formatAmount(f.fee, lang)}</TableCell>
                </TableRow>
              ))}
              <TableRow>
                <TableCell>
                  <Text weight="semibold">{s.total}</Text>
                </TableCell>
                <TableCell style={{ textAlign: 'right' }}>
                  <Text weight="semibold">{formatAmount(c.total, lang)}</Text>
                </TableCell>
              </TableRow>
            </TableBody>
          </Table>
        </section>
      ))}
      {(result.fees?.invoices.length ?? 0) > 0 && <Text size={200}>{fill(s.invoices, { count: result.fees!.invoices.length })}</Text>}
    </>
  );
}
