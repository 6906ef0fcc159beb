import { useState } from 'react';
import type { KeyboardEvent } from 'react';
import { ActionIcon, Popover, TextInput } from '@mantine/core';
import type { TextInputProps } from '@mantine/core';
import { DatePicker } from '@mantine/dates';
import { useTranslation } from 'react-i18next';
import type { DateErrorKey, DatePivot } from '@shared/dates/parse-date';
import { formatFrenchDate, localToday } from '@shared/dates/parse-date';
import { useDateText } from '@renderer/components/use-date-text';

export interface DateFieldProps extends Omit<
  TextInputProps,
  'value' | 'defaultValue' | 'onChange' | 'type' | 'min' | 'max' | 'rightSection'
> {
  /** ISO `YYYY-MM-DD`, `''` when empty. */
  value: string;
  /** Called with the ISO date once the text is read (blur, Enter, calendar), `''` when emptied. */
  onChange: (iso: string) => void;
  /**
   * How a two-digit year is read (see `DatePivot`). `past` is for dates that cannot be in the
   * future, such as a birth date: it also caps the date at today when `max` is not given.
   * @default 'around'
   */
  pivot?: DatePivot;
  /** Earliest and latest accepted dates, ISO, inclusive. */
  min?: string;
  max?: string;
  /**
   * Told when the typed text cannot be read (its error key) and when it can again (`null`). The
   * value is left as it was meanwhile: a form uses this to refuse saving that older value.
   */
  onParseError?: (error: DateErrorKey | null) => void;
}

// Mantine's Modal listens for Échap on `window` in the capture phase, before any element: it
// leaves alone only a key pressed on an element bearing this attribute.
const KEEP_ESCAPE = 'data-mantine-stop-propagation';

/**
 * The date input of the whole app: typed day first (JJ/MM/AAAA, J/M/AA, JJMMAAAA, ISO pasted…)
 * and read on blur or Enter, or picked from a calendar (its button, or Alt+↓ in the field). A text
 * that is not a date keeps what was typed and says why under the field; it is never reverted nor
 * replaced by another date.
 */
export function DateField({
  value,
  onChange,
  pivot = 'around',
  min,
  max,
  onParseError,
  error,
  disabled,
  readOnly,
  onBlur,
  onKeyDown,
  ...others
}: DateFieldProps) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const [today] = useState(() => localToday(new Date()));
  const latest = max ?? (pivot === 'past' ? today : undefined);
  const date = useDateText({ value, onChange, onParseError, today, pivot, min, max: latest });

  const ownError = date.error && t(date.error.key, { bound: formatFrenchDate(date.error.bound ?? '') });

  // Échap with the calendar open closes the calendar only, not the form or modal behind it.
  const keepEscape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !opened) return;
    event.stopPropagation();
    setOpened(false);
  };
  // Not tied to `opened`: Mantine closes the dropdown and returns focus before this bubbling
  // handler runs, which re-renders it with `opened` already false.
  const keepDropdownEscape = (event: KeyboardEvent) => event.key === 'Escape' && event.stopPropagation();

  const handleKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    keepEscape(event);
    // The calendar from the keyboard, as a list opens: Alt+↓ (its button is not on the Tab path).
    if (event.altKey && event.key === 'ArrowDown' && !disabled && !readOnly) {
      event.preventDefault();
      setOpened(true);
      return;
    }
    // An unreadable date must not let Enter submit the form with the previous value.
    if (event.key === 'Enter' && !date.commit()) event.preventDefault();
    onKeyDown?.(event);
  };

  const calendar = (
    <Popover opened={opened} onChange={setOpened} position="bottom-end" shadow="md" trapFocus returnFocus>
      <Popover.Target>
        <ActionIcon
          variant="subtle"
          color="gray"
          aria-label={t('dateField.openCalendar')}
          title={t('dateField.openCalendarHint')}
          // Off the Tab path: a date is typed, and Tab goes on to the next field (a time typed
          // after Tab landed on this button was lost). Alt+↓ in the field opens it.
          tabIndex={-1}
          disabled={disabled || readOnly}
          onClick={() => setOpened((open) => !open)}
          onKeyDown={keepEscape}
          {...{ [KEEP_ESCAPE]: opened || undefined }}
        >
          <CalendarIcon />
        </ActionIcon>
      </Popover.Target>
      <Popover.Dropdown
        // The dropdown is a portal, but React still bubbles its keys up to the form around the field.
        onKeyDown={keepDropdownEscape}
        // Whatever gets focus in the calendar (days, months, arrows) is only there while it is open.
        onFocus={(event) => event.target.setAttribute(KEEP_ESCAPE, 'true')}
      >
        <DatePicker
          value={value || null}
          defaultDate={value || undefined}
          // An empty birth date is decades back: start from the years, not from this month's days.
          defaultLevel={!value && pivot === 'past' ? 'decade' : 'month'}
          minDate={min}
          maxDate={latest}
          onChange={(picked) => {
            if (!picked) return;
            date.pick(picked);
            setOpened(false);
          }}
        />
      </Popover.Dropdown>
    </Popover>
  );

  return (
    <TextInput
      placeholder={t('dateField.placeholder')}
      autoComplete="off"
      aria-keyshortcuts="Alt+ArrowDown"
      {...others}
      value={date.text}
      onChange={(event) => date.setText(event.currentTarget.value)}
      onBlur={(event) => {
        date.commit();
        onBlur?.(event);
      }}
      onKeyDown={handleKeyDown}
      error={ownError ?? error}
      disabled={disabled}
      readOnly={readOnly}
      rightSection={calendar}
      {...{ [KEEP_ESCAPE]: opened || undefined }}
    />
  );
}

const ICON = {
  width: 18,
  height: 18,
  viewBox: '0 0 24 24',
  fill: 'none',
  stroke: 'currentColor',
  strokeWidth: 2,
};

function CalendarIcon() {
  return (
    <svg {...ICON} aria-hidden>
      <rect x={3} y={5} width={18} height={16} rx={2} />
      <path d="M3 10h18M8 3v4M16 3v4" />
    </svg>
  );
}
