import { Button, Field, Input, Text } from '@fluentui/react-components';
import { Strings } from '../strings';

export interface ThresholdInputs {
  amount: string;
  percent: string;
}

/** The flag limits; saved as rows on the settings sheet, which the ribbon button and the command line read too. */
export function SettingsForm({ value, onChange, onSave, s, disabled }: { value: ThresholdInputs; onChange: (v: ThresholdInputs) => void; onSave: () => void; s: Strings; disabled: boolean }) {
  return (
    <section aria-label={s.settings}>
      <Text weight="semibold" as="h3" block>
        {s.settings}
      </Text>
      <Field label={s.amountLimit}>
        <Input inputMode="decimal" value={value.amount} onChange={(_, d) => onChange({ ...value, amount: d.value })} />
      </Field>
      <Field label={s.percentLimit}>
        <Input inputMode="decimal" value={value.percent} onChange={(_, d) => onChange({ ...value, percent: d.value })} />
      </Field>
      <Button onClick={onSave} disabled={disabled} style={{ marginTop: 8 }}>
        {s.save}
      </Button>
    </section>
  );
}
