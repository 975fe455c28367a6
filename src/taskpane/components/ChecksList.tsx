import { Badge, Button, Text, tokens } from '@fluentui/react-components';
import { Check } from '../../core/deviations/checks';
import { checkMessage } from '../../core/render/check-text';
import { Lang } from '../../core/messages';
import { sortChecks } from '../../core/render/checks-sheet';
import { Strings, fill } from '../strings';

const BADGE = { mismatch: 'danger', rounding: 'warning', info: 'informative' } as const;
/** Mismatches come first; past this many the pane points to the checks sheet instead of growing without end. */
const SHOWN = 200;

/** Every finding with its sheet and cell; in Excel a click selects the cell. */
export function ChecksList({ checks, s, lang, onSelect }: { checks: readonly Check[]; s: Strings; lang: Lang; onSelect?: (sheet: string, cell: string) => void }) {
  const sorted = sortChecks(checks);
  const count = (c: Check['class']) => checks.filter((x) => x.class === c).length;
  return (
    <section aria-label={s.checks}>
      <Text weight="semibold" as="h3" block>
        {s.checks}
      </Text>
      <Text size={200} block>
        {checks.length ? fill(s.checksSummary, { mismatch: count('mismatch'), rounding: count('rounding'), info: count('info') }) : s.noChecks}
      </Text>
      <ul style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {sorted.slice(0, SHOWN).map((c, i) => (
          <li key={i} style={{ padding: `${tokens.spacingVerticalXS} 0`, borderBottom: `1px solid ${tokens.colorNeutralStroke2}` }}>
            <Badge appearance="tint" color={BADGE[c.class]}>
              {s[c.class]}
            </Badge>{' '}
            {onSelect ? (
              <Button appearance="transparent" size="small" onClick={() => onSelect(c.sheet, c.cell)} aria-label={`${fill(s.goToCell, { sheet: c.sheet, cell: c.cell })}: ${checkMessage(c, lang)}`}>
                {c.sheet}!{c.cell}
              </Button>
            ) : (
              <Text weight="semibold">
                {c.sheet}!{c.cell}
              </Text>
            )}
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
