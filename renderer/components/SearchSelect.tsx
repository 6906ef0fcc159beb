import {
  CheckIcon,
  Combobox,
  Group,
  InputBase,
  ScrollArea,
  isOptionsGroup,
  useCombobox,
  type ComboboxItem,
  type ComboboxItemGroup,
  type ComboboxParsedItem,
  type ComboboxStore,
  type InputBaseProps,
} from '@mantine/core';
import {
  useEffect,
  useId,
  useMemo,
  useState,
  type FocusEvent,
  type KeyboardEvent,
  type MouseEvent,
} from 'react';
import { foldedOptionsFilter } from '@renderer/components/folded-options-filter';

interface SearchSelectProps extends InputBaseProps {
  data: readonly (ComboboxItem | ComboboxItemGroup<ComboboxItem>)[];
  value: string | null;
  onChange: (value: string) => void;
  placeholder?: string;
  'aria-label'?: string;
  'data-autofocus'?: boolean;
  maxDropdownHeight?: number;
  onKeyDown?: (event: KeyboardEvent<HTMLInputElement>) => void;
  onFocus?: (event: FocusEvent<HTMLInputElement>) => void;
  onBlur?: (event: FocusEvent<HTMLInputElement>) => void;
  onClick?: (event: MouseEvent<HTMLInputElement>) => void;
}

/**
 * A list of choices searched by typing, the way a secretary uses it with the keyboard: focus opens
 * it on the current choice, typing filters it as the people search reads names (accents, case)
 * and highlights the first match, Entrée takes the highlighted one, the arrows move, Échap gives
 * the field back its value.
 *
 * Built on Mantine's Combobox rather than its Select because Select, on opening, sets the option
 * Entrée will take a task later (`setTimeout(0)`): on a busy machine the browser runs that task
 * after the keys typed meanwhile, so the list showed « E-mail » highlighted and Entrée took
 * nothing. Here the highlight and the option Entrée takes are set together, after the list is on
 * screen, by the list itself.
 */
export function SearchSelect({
  data,
  value,
  onChange,
  maxDropdownHeight = 280,
  onKeyDown,
  onFocus,
  onBlur,
  onClick,
  ...input
}: SearchSelectProps) {
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });
  const listId = useId().replace(/:/g, '');
  // What the person typed since the field took the focus; null: the field shows its value.
  const [typed, setTyped] = useState<string | null>(null);
  const label = useMemo(() => {
    for (const option of data) {
      const items = isOptionsGroup(option) ? option.items : [option];
      const found = items.find((item) => item.value === value);
      if (found) return found.label;
    }
    return '';
  }, [data, value]);
  const shown = useMemo(() => {
    const options = data as ComboboxParsedItem[];
    return typed === null ? options : foldedOptionsFilter({ options, search: typed, limit: Infinity });
  }, [data, typed]);
  const empty = shown.every((option) => isOptionsGroup(option) && option.items.length === 0);

  const option = (item: ComboboxItem) => {
    const checked = item.value === value;
    return (
      <Combobox.Option key={item.value} value={item.value} active={checked} aria-selected={checked}>
        <Group gap={6} wrap="nowrap">
          {checked ? <CheckIcon size={10} /> : <span style={{ width: 10 }} />}
          <span>{item.label}</span>
        </Group>
      </Combobox.Option>
    );
  };

  return (
    <Combobox
      store={combobox}
      onOptionSubmit={(chosen) => {
        setTyped(null);
        combobox.closeDropdown();
        if (chosen !== value) onChange(chosen);
      }}
    >
      <Combobox.Target withExpandedAttribute>
        <InputBase
          {...input}
          value={typed ?? label}
          rightSection={<Combobox.Chevron />}
          rightSectionPointerEvents="none"
          autoComplete="off"
          onChange={(event) => {
            setTyped(event.currentTarget.value);
            combobox.openDropdown();
          }}
          onFocus={(event) => {
            combobox.openDropdown();
            onFocus?.(event);
          }}
          onClick={(event) => {
            combobox.openDropdown();
            onClick?.(event);
          }}
          onBlur={(event) => {
            combobox.closeDropdown();
            setTyped(null);
            onBlur?.(event);
          }}
          onKeyDown={(event) => {
            if (event.key === 'Escape') setTyped(null);
            onKeyDown?.(event);
          }}
        />
      </Combobox.Target>
      <Combobox.Dropdown hidden={empty || input.disabled}>
        <Combobox.Options id={listId} aria-label={input['aria-label']}>
          <ScrollArea.Autosize mah={maxDropdownHeight} type="scroll">
            {shown.map((entry) =>
              isOptionsGroup(entry) ? (
                entry.items.length > 0 ? (
                  <Combobox.Group key={`group-${entry.group}`} label={entry.group}>
                    {entry.items.map(option)}
                  </Combobox.Group>
                ) : null
              ) : (
                option(entry)
              ),
            )}
          </ScrollArea.Autosize>
        </Combobox.Options>
        <Highlight store={combobox} listId={listId} typed={typed} />
      </Combobox.Dropdown>
    </Combobox>
  );
}

/**
 * Rendered inside the open list, so its effect runs once the options are on screen: typed text
 * highlights the first match, else the current choice (the arrows go on from it). Entrée takes
 * exactly what is highlighted, since both are set here in one step.
 */
function Highlight({ store, listId, typed }: { store: ComboboxStore; listId: string; typed: string | null }) {
  // The store's functions keep their identity from render to render (Mantine's useCallback).
  const { setListId, selectFirstOption, selectActiveOption } = store;
  useEffect(() => {
    setListId(listId);
    if (typed) selectFirstOption();
    else selectActiveOption();
  }, [setListId, selectFirstOption, selectActiveOption, listId, typed]);
  return null;
}
