interface ToggleFieldProps {
  label: string;
  checked: boolean;
  onChange(checked: boolean): void;
  disabled?: boolean;
  /** The id of a hint that explains the toggle (or why it is disabled). */
  describedBy?: string;
}

/** A labelled checkbox: the whole label is the click target, Space toggles it. */
export function ToggleField({ label, checked, onChange, disabled, describedBy }: ToggleFieldProps) {
  return (
    <label class="toggle-field">
      <input
        type="checkbox"
        checked={checked}
        disabled={disabled}
        aria-describedby={describedBy}
        onChange={(event) => onChange(event.currentTarget.checked)}
      />
      <span>{label}</span>
    </label>
  );
}
