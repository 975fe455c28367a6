import { Dropdown, Field, Option, Text } from '@fluentui/react-components';
import { TableResult } from '../../core/deviations/analyze';
import { Convention } from '../../core/read/convention';
import { Strings } from '../strings';

/** What was found: each table with its unit and sign convention, which the user can override. */
export function TablesFound({ tables, s, onConvention, disabled = false }: { tables: readonly TableResult[]; s: Strings; onConvention: (sheet: string, c: Convention) => void; disabled?: boolean }) {
  const label = (c: Convention) => (c === 'signed' ? s.signed : s.unsigned);
  return (
    <section aria-label={s.tablesFound}>
      <Text weight="semibold" as="h3" block>
        {s.tablesFound}
      </Text>
      {tables.map((t) => (
        <Field key={`${t.sheet}!${t.range}`} label={`${t.sheet} ${t.range} · ${s.unit}: ${t.unit}`} hint={t.conventionReason === 'override' ? undefined : `${s.convention}: ${s.conventionDetected}`}>
          <Dropdown
            aria-label={`${s.convention}, ${t.sheet}`}
            disabled={disabled}
            value={label(t.convention)}
            selectedOptions={[t.convention]}
            onOptionSelect={(_, d) => d.optionValue && onConvention(t.sheet, d.optionValue as Convention)}
          >
            <Option value="signed">{s.signed}</Option>
            <Option value="unsigned">{s.unsigned}</Option>
          </Dropdown>
        </Field>
      ))}
    </section>
  );
}
