import { useEffect, useState } from 'preact/hooks';

interface NoteFieldProps {
  label: string;
  value: string;
  onSave(note: string): void;
}

/** A note on a page or a quote, saved when the field loses focus (no write per keystroke). */
export function NoteField({ label, value, onSave }: NoteFieldProps) {
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value]);
  return (
    <label class="note-field">
      <span>{label}</span>
      <textarea
        rows={1}
        value={draft}
        onInput={(event) => setDraft(event.currentTarget.value)}
        onBlur={() => draft !== value && onSave(draft)}
      />
    </label>
  );
}
