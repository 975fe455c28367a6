import { Badge, Button, Text } from '@fluentui/react-components';
import { useId } from 'react';
import { Check } from '../../core/deviations/checks';
import { InputIssue } from '../../core/issues';
import { checkMessage } from '../../core/render/check-text';
import { Lang, formatMessage } from '../../core/messages';
import { sortChecks } from '../../core/render/checks-sheet';
import { Strings, fill } from '../strings';
import { usePaneStyles } from '../styles';

const BADGE = { mismatch: 'danger', rounding: 'warning', info: 'informative' } as const;
/** Mismatches come first; past this many the pane points to the checks sheet instead of growing without end. */
const SHOWN = 200;
/** A long list helps no one in a narrow pane: the first errors, then how many more. */
const ERRORS_SHOWN = 50;

/** The findings: input errors from every part, then every check with its sheet and cell; in Excel a click selects the cell. */
export function ChecksList({
  checks,
  errors = [],
  s,
  lang,
  onSelect,
}: {
  checks: readonly Check[];
  errors?: readonly InputIssue[];
  s: Strings;
  lang: Lang;
  onSelect?: (sheet: string, cell: string) => void;
}) {
  const styles = usePaneStyles();
  const heading = useId();
  const errorsHeading = useId();
  const sorted = sortChecks(checks);
  const count = (c: Check['class']) => checks.filter((x) => x.class === c).length;
  const where = (sheet: string, cell: string, message: string) =>
    onSelect ? (
      <Button
        appearance="transparent"
        size="small"
        className={styles.linkButton}
        onClick={() => onSelect(sheet, cell)}
        aria-label={`${fill(s.goToCell, { sheet, cell })}: ${message}`}
      >
        {sheet}!{cell}
      </Button>
    ) : (
      <Text weight="semibold">
        {sheet}!{cell}
      </Text>
    );
  return (
    <section aria-labelledby={heading} className={styles.section}>
      <h2 id={heading} className={styles.h2}>
        {s.checks}
      </h2>
      {errors.length > 0 && (
        <section aria-labelledby={errorsHeading}>
          <h3 id={errorsHeading} className={styles.h3}>
            {s.errors}
          </h3>
          <ul className={styles.list}>
            {errors.slice(0, ERRORS_SHOWN).map((e, i) => {
              const message = formatMessage(e.key, lang, e.params);
              return (
                <li key={i} className={styles.listItem}>
                  <Badge appearance="tint" color="danger">
                    {s.errorBadge}
                  </Badge>{' '}
                  {where(e.sheet, e.cell, message)}
                  <Text size={200} block>
                    {message}
                  </Text>
                </li>
              );
            })}
          </ul>
          {errors.length > ERRORS_SHOWN && (
            <Text size={200} block>
              {fill(s.moreErrors, { count: errors.length - ERRORS_SHOWN })}
            </Text>
          )}
        </section>
      )}
      {(checks.length > 0 || errors.length === 0) && (
        <Text size={200} block>
          {checks.length ? fill(s.checksSummary, { mismatch: count('mismatch'), rounding: count('rounding'), info: count('info') }) : s.noChecks}
        </Text>
      )}
      <ul className={styles.list}>
        {sorted.slice(0, SHOWN).map((c, i) => (
          <li key={i} className={styles.listItem}>
            <Badge appearance="tint" color={BADGE[c.class]}>
              {s[c.class]}
            </Badge>{' '}
            {where(c.sheet, c.cell, checkMessage(c, lang))}
            <Text size={200} block>
              {checkMessage(c, lang)}
            </Text>
          </li>
        ))}
      </ul>
      {sorted.length > SHOWN && (
        <Text size={200} block>
          {fill(s.moreChecks, { count: sorted.length - SHOWN })}
        </Text>
      )}
    </section>
  );
}
