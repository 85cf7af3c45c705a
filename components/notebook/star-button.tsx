interface StarButtonProps {
  starred: boolean;
  /** What is starred, for the accessible name: "Star: Lithium miners race…". */
  label: string;
  onToggle(): void;
  t: (key: 'nb.star' | 'nb.unstar') => string;
}

/** A toggle button: its state is announced (aria-pressed), and shown by shape, not colour alone. */
export function StarButton({ starred, label, onToggle, t }: StarButtonProps) {
  return (
    <button
      type="button"
      class="star"
      aria-pressed={starred}
      aria-label={`${t(starred ? 'nb.unstar' : 'nb.star')}: ${label}`}
      onClick={onToggle}
    >
      {starred ? '★' : '☆'}
    </button>
  );
}
