import { useId, useState } from 'preact/hooks';

interface ThresholdFieldProps {
  label: string;
  hint: string;
  value: number;
  onChange(value: number): void;
}

/** The confidence threshold as a slider with its value shown; stored when the slider is released. */
export function ThresholdField({ label, hint, value, onChange }: ThresholdFieldProps) {
  const id = useId();
  // The value being dragged, until released; otherwise the stored value (which may change live).
  const [dragged, setDragged] = useState<number | null>(null);
  const shown = dragged ?? value;
  return (
    <div class="threshold-field">
      <label for={id}>{label}</label>
      <input
        id={id}
        type="range"
        min={0}
        max={1}
        step={0.05}
        value={shown}
        aria-describedby={`${id}-hint`}
        onInput={(event) => setDragged(event.currentTarget.valueAsNumber)}
        onChange={(event) => {
          setDragged(null);
          onChange(event.currentTarget.valueAsNumber);
        }}
      />
      {/* Not <output>: that is a live region, and would announce every step on top of the slider. */}
      <span class="value">{shown.toFixed(2)}</span>
      <p id={`${id}-hint`} class="hint">
        {hint}
      </p>
    </div>
  );
}
