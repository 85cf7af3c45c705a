import { useId } from 'preact/hooks';

export interface Choice<T extends string> {
  value: T;
  label: string;
}

interface ChoiceFieldProps<T extends string> {
  legend: string;
  /** A sentence under the legend, tied to the group as its description. */
  hint?: string;
  value: T;
  choices: Choice<T>[];
  onChange(value: T): void;
}

/** A radio group in a fieldset: arrow keys move between choices, the legend names the group. */
export function ChoiceField<T extends string>({
  legend,
  hint,
  value,
  choices,
  onChange,
}: ChoiceFieldProps<T>) {
  const name = useId();
  const hintId = useId();
  return (
    <fieldset class="choice-field" aria-describedby={hint ? hintId : undefined}>
      <legend>{legend}</legend>
      {hint && (
        <p id={hintId} class="hint">
          {hint}
        </p>
      )}
      {choices.map((choice) => (
        <label key={choice.value}>
          <input
            type="radio"
            name={name}
            value={choice.value}
            checked={choice.value === value}
            onChange={() => onChange(choice.value)}
          />
          <span>{choice.label}</span>
        </label>
      ))}
    </fieldset>
  );
}
