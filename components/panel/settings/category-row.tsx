import { colourName, type Translate } from '@/lib/i18n/translate';
import { PALETTE, PALETTE_IDS, type PaletteId } from '@/lib/palette';
import type { ResolvedCategory } from '@/lib/settings/category-setting';

interface CategoryRowProps {
  t: Translate;
  label: string;
  value: ResolvedCategory;
  onChange(change: Partial<ResolvedCategory>): void;
}

/** One category: a toggle, and a colour chosen by name with its swatch beside it. */
export function CategoryRow({ t, label, value, onChange }: CategoryRowProps) {
  return (
    <li class="category-row">
      <label>
        <input
          type="checkbox"
          checked={value.enabled}
          onChange={(event) => onChange({ enabled: event.currentTarget.checked })}
        />
        <span>{label}</span>
      </label>
      <span
        class="swatch"
        aria-hidden="true"
        style={{
          display: 'inline-block',
          inlineSize: '1em',
          blockSize: '1em',
          borderRadius: '0.2em',
          border: '1px solid currentColor',
          background: PALETTE[value.colour].hex,
        }}
      />
      <select
        aria-label={t('settings.categories.colour', { name: label })}
        value={value.colour}
        onChange={(event) => onChange({ colour: event.currentTarget.value as PaletteId })}
      >
        {PALETTE_IDS.map((id) => (
          <option key={id} value={id}>
            {colourName(id, t.locale)}
          </option>
        ))}
      </select>
    </li>
  );
}
