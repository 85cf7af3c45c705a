import { useId } from 'preact/hooks';
import { LIMITS } from '@/lib/settings/schema';

interface DelayFieldProps {
  label: string;
  unit: string;
  value: number;
  onChange(value: number): void;
}

/**
 * A delay in milliseconds. Committed on `change` (Enter, blur, the spin buttons), not on every
 * keystroke: each commit is a storage.sync write, and sync limits writes per minute.
 */
export function DelayField({ label, unit, value, onChange }: DelayFieldProps) {
  const id = useId();
  return (
    <div class="delay-field">
      <label for={id}>{label}</label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={0}
        max={LIMITS.delayMs}
        step={10}
        value={value}
        aria-describedby={`${id}-unit`}
        onChange={(event) => {
          const typed = event.currentTarget.valueAsNumber;
          const next = Number.isFinite(typed)
            ? Math.min(LIMITS.delayMs, Math.max(0, Math.round(typed)))
            : value;
          // Show the accepted value even when it did not change (typed 99999 -> 2000 -> 2000).
          event.currentTarget.value = String(next);
          if (next !== value) onChange(next);
        }}
      />
      <span id={`${id}-unit`}>{unit}</span>
    </div>
  );
}
