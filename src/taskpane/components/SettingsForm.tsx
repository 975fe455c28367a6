import { Button, Field, Input } from '@fluentui/react-components';
import { useId } from 'react';
import { ThresholdInputs, parseLimit } from '../run-state';
import { Strings } from '../strings';
import { usePaneStyles } from '../styles';

/**
 * The flag limits; saved as rows on the settings sheet, which the ribbon button and the command line read too.
 * A limit that is no number is refused where it is typed (the field says why), never replaced silently.
 */
export function SettingsForm({
  value,
  onChange,
  onSave,
  s,
  disabled,
}: {
  value: ThresholdInputs;
  onChange: (v: ThresholdInputs) => void;
  onSave: () => void;
  s: Strings;
  disabled: boolean;
}) {
  const styles = usePaneStyles();
  const heading = useId();
  const amountBad = parseLimit(value.amount) === null;
  const percentBad = parseLimit(value.percent) === null;
  return (
    <section aria-labelledby={heading} className={styles.section}>
      <h2 id={heading} className={styles.h2}>
        {s.settings}
      </h2>
      <Field label={s.amountLimit} validationState={amountBad ? 'error' : 'none'} validationMessage={amountBad ? s.amountLimitBad : undefined}>
        <Input inputMode="decimal" value={value.amount} onChange={(_, d) => onChange({ ...value, amount: d.value })} />
      </Field>
      <Field label={s.percentLimit} validationState={percentBad ? 'error' : 'none'} validationMessage={percentBad ? s.percentLimitBad : undefined}>
        <Input inputMode="decimal" value={value.percent} onChange={(_, d) => onChange({ ...value, percent: d.value })} />
      </Field>
      <div>
        <Button onClick={onSave} disabledFocusable={disabled || amountBad || percentBad}>
          {s.save}
        </Button>
      </div>
    </section>
  );
}
