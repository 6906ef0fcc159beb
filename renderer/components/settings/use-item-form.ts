import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { ListTexts, SettingList } from '@renderer/components/settings/use-setting-list';
import { translateError } from '@renderer/components/translate-error';
import { useWrite } from '@renderer/components/use-write';

type FieldErrors = Record<string, string>;
type Path = readonly PropertyKey[];

/** Which field of the edited item an issue names, from its path below the item; null: none. */
export type FieldOf = (rest: Path) => string | null;

const namedField: FieldOf = (rest) => (rest.length === 1 && typeof rest[0] === 'string' ? rest[0] : null);

/**
 * The whole list is validated (some rules hold between items, like overlapping seasons): issues
 * of the edited item go under its fields, any other one (reported on a neighbour) above the
 * buttons.
 */
function issuesFor(
  error: z.ZodError,
  prefix: Path,
  fieldOf: FieldOf,
): { fields: FieldErrors; other: string[] } {
  const fields: FieldErrors = {};
  const other: string[] = [];
  for (const issue of error.issues) {
    const matches = prefix.every((part, index) => issue.path[index] === part);
    const field = matches ? fieldOf(issue.path.slice(prefix.length)) : null;
    if (field !== null) fields[field] ??= issue.message;
    else other.push(issue.message);
  }
  return { fields, other };
}

export interface ItemForm<Item> {
  texts: ListTexts;
  /** Every item has a name, typed first: the dialog keeps it here. */
  name: string;
  setName: (name: string) => void;
  /** Writes the list with the edited item at `prefix` (its path in the setting), then closes. */
  save: (next: Item[], prefix: Path) => Promise<void>;
  saving: boolean;
  /** Rule errors that belong to no field of the dialog, as i18n keys. */
  other: string[];
  errorOf: (field: string) => string | undefined;
  /** An error found before saving (an amount that does not read), as an i18n key. */
  setFieldError: (field: string, key: string) => void;
  close: () => void;
}

/** The dialog that edits one item of a list setting: its name, saving it, the errors it shows. */
export function useItemForm<Item>(
  list: SettingList<Item>,
  { name: initialName, close, fieldOf = namedField }: { name: string; close: () => void; fieldOf?: FieldOf },
): ItemForm<Item> {
  const { t } = useTranslation();
  const { busy, run } = useWrite();
  const [name, setName] = useState(initialName);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [other, setOther] = useState<string[]>([]);

  const save = async (next: Item[], prefix: Path) => {
    const saved = await run(() => list.write(next), {
      success: () => t(`${list.texts}.saved`),
      failure: (message, error) => {
        if (error instanceof z.ZodError) {
          const found = issuesFor(error, prefix, fieldOf);
          setErrors(found.fields);
          setOther(found.other);
          return null;
        }
        setOther([]);
        return t(`${list.texts}.saveFailed`, { message });
      },
    });
    if (saved !== undefined) close();
  };

  return {
    texts: list.texts,
    name,
    setName,
    save,
    saving: busy,
    other,
    errorOf: (field) => (errors[field] ? translateError(t, errors[field]) : undefined),
    setFieldError: (field, key) => setErrors((current) => ({ ...current, [field]: key })),
    close,
  };
}
