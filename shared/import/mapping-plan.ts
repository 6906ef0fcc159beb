import { emptyImportPlan, numbersInUse } from '@shared/import/helloasso-plan';
import type { ImportPlan, PlannedRow, RowOutcome } from '@shared/import/helloasso-plan';
import { importStamps } from '@shared/import/helloasso-people';
import { MappedRow, readMappedPerson, type MappedPerson } from '@shared/import/mapped-row';
import { planDonation, planMembership, type MappedInput } from '@shared/import/mapped-records';
import { mappingProblems, type MappingField } from '@shared/import/mapping';
import { createPeopleMatcher, fieldsRefused, type PeopleMatcher } from '@shared/import/people-match';
import type { ImportTable } from '@shared/import/table';
import { emptyFieldsFilled, saidFields, withFill } from '@shared/import/person-fill';
import { nextMemberNumber } from '@shared/members/member-number';
import { displayName, personDocumentSchema, type PersonDocument } from '@shared/members/person';

/**
 * What importing an ordinary file with its column mapping would do — the same plan as a HelloAsso
 * export's, so the same dry run, the same import in one go and the same undo follow.
 *
 * Each row is a person, found among Tilleul's people (or those the same file adds before it):
 * by member number first (a number of Tilleul's form), then by the duplicate rules (same name and
 * birth date, same name and e-mail, same name with one birth date unknown); several candidates
 * make the row a probable duplicate, not imported. Someone not found is added, with the file's
 * member number when it is free, or the next of this device's series. A row may also carry a
 * cotisation and a donation, each added once: a second import of the same file finds them.
 *
 * A person already in Tilleul keeps every value their record holds (it may be more recent than
 * the file); the fields it lacks — e-mail, phone, birth date, an address when it has none — are
 * filled from the file (person-fill.ts), and undone with the import. The row is « mis à jour »
 * when it fills a field or adds a cotisation or a donation, « inchangé » otherwise.
 */
export type { MappedInput } from '@shared/import/mapped-records';

const NO_HEADER =
  'Le fichier n’a pas de ligne d’en-tête (les noms des colonnes, comme « Nom ; Prénom ; E-mail ») : ' +
  'ajoutez-la en première ligne dans le tableur, puis choisissez le fichier à nouveau.';
const EMPTY = 'Le fichier est vide : aucune ligne à importer.';

interface State {
  input: MappedInput;
  plan: ImportPlan;
  matcher: PeopleMatcher;
  numbers: Set<string>;
  byNumber: Map<string, PersonDocument>;
  /** People of Tilleul as the rows before filled them (two rows of one person fill once). */
  filled: Map<string, PersonDocument>;
  /** The ids of Tilleul's people (not those this file adds): only they are filled. */
  stored: Set<string>;
}

type Holder =
  { kind: 'existing' | 'new'; person: PersonDocument } | { kind: 'error' | 'duplicate'; message: string };

function findHolder(state: State, values: MappedPerson, row: MappedRow, needsNumber: boolean): Holder {
  const { input } = state;
  const known = values.memberNumber ? state.byNumber.get(values.memberNumber) : undefined;
  const draft = personDocumentSchema.safeParse({
    ...importStamps(input),
    ...values,
    memberNumber: '',
    origin: 'import',
  });
  if (!draft.success) return { kind: 'error', message: fieldsRefused(draft.error) };
  if (known) {
    const match = state.matcher.match(draft.data);
    if (match.kind === 'existing' && match.person.id === known.id) return { kind: 'existing', person: known };
    if (known.lastName.localeCompare(values.lastName, 'fr', { sensitivity: 'base' }) === 0)
      return { kind: 'existing', person: known };
    return {
      kind: 'error',
      message: `${row.label('person.memberNumber')} ${values.memberNumber} est celui de ${displayName(known)} : corrigez le numéro ou le nom dans le fichier.`,
    };
  }
  const match = state.matcher.match(draft.data);
  if (match.kind === 'duplicate') return { kind: 'duplicate', message: match.message };
  if (match.kind === 'existing') return { kind: 'existing', person: match.person };
  const memberNumber =
    values.memberNumber || (needsNumber ? nextMemberNumber(input.series, state.numbers) : '');
  return { kind: 'new', person: { ...draft.data, memberNumber } };
}

function planRow(
  state: State,
  headers: readonly string[],
  fields: readonly MappingField[],
  line: number,
  cells: readonly string[],
): PlannedRow {
  const { input, plan } = state;
  const row = new MappedRow(line, headers, fields, cells);
  const values = readMappedPerson(row, input.today);
  const name = displayName(values) || `ligne ${line}`;
  const result = (outcome: RowOutcome, message?: string): PlannedRow => ({
    line,
    name,
    outcome,
    ...(message ? { message } : {}),
  });
  if (row.problems.length > 0) return result('error', row.problems.join(' ; '));
  // A donor only (no cotisation columns filled) gets no member number, as on the donation screen.
  const donorOnly =
    row.has('donation.amount') && !fields.some((f) => f.startsWith('membership.') && row.has(f));
  const holder = findHolder(state, values, row, !donorOnly);
  if ('message' in holder) return result(holder.kind, holder.message);
  const membership = planMembership(row, input, holder.person.id, plan.memberships);
  const donation = planDonation(row, input, holder.person.id, plan.donations);
  if (row.problems.length > 0) return result('error', row.problems.join(' ; '));
  const fill = fillOf(state, holder, values);
  const added = [membership, donation].flatMap((p) => (p?.kind === 'add' ? [p.said] : []));
  const unchanged = [membership, donation].flatMap((p) => (p?.kind === 'unchanged' ? [p.said] : []));
  if (holder.kind === 'new') {
    plan.people.push(holder.person);
    state.matcher.add(holder.person);
    if (holder.person.memberNumber) {
      state.numbers.add(holder.person.memberNumber);
      state.byNumber.set(holder.person.memberNumber, holder.person);
    }
  }
  if (membership?.kind === 'add') plan.memberships.push(membership.document);
  if (donation?.kind === 'add') plan.donations.push(donation.document);
  if (fill.length > 0) {
    plan.fills.push({ personId: holder.person.id, changes: fill });
    state.filled.set(holder.person.id, withFill(state.filled.get(holder.person.id) ?? holder.person, fill));
  }
  const said = [...added, ...unchanged].join(' ; ');
  if (holder.kind === 'new') return result('new', said || undefined);
  if (added.length > 0 || fill.length > 0) {
    const parts = [
      fill.length > 0 ? `complété : ${saidFields(fill)}` : '',
      added.length > 0 ? `ajout : ${added.join(', ')}` : '',
    ];
    return result('updated', `déjà dans Tilleul ; ${parts.filter(Boolean).join(' ; ')}.`);
  }
  return result(
    'unchanged',
    `déjà dans Tilleul${unchanged.length > 0 ? ` ; ${unchanged.join(' ; ')}` : ' : rien de nouveau.'}`,
  );
}

/** What the row fills of a person Tilleul holds (not one this file adds: that one is new whole). */
function fillOf(state: State, holder: Holder, values: MappedPerson) {
  if (holder.kind !== 'existing' || !state.stored.has(holder.person.id)) return [];
  return emptyFieldsFilled(state.filled.get(holder.person.id) ?? holder.person, values);
}

/** Why `table` cannot be mapped at all (empty, no header), in French; `undefined` if it can. */
export function tableProblem(table: ImportTable): string | undefined {
  if (table.headerLine === 0) return table.empty ? EMPTY : NO_HEADER;
  if (table.rows.length === 0 && table.errors.length === 0) return EMPTY;
  return undefined;
}

/** The dry run of `table` read with `fields` (one per header) against the database. Pure. */
export function planMappedImport(
  table: ImportTable,
  fields: readonly MappingField[],
  input: MappedInput,
): ImportPlan {
  const plan = emptyImportPlan(input.importId);
  const fileError = (message: string, line = 1) => {
    plan.errors.push({ line, message });
    plan.counts.error += 1;
    return plan;
  };
  if (table.headerLine === 0) return fileError(table.empty ? EMPTY : NO_HEADER);
  if (fields.length !== table.header.length) {
    return fileError(
      'La correspondance des colonnes ne va pas avec ce fichier : choisissez à nouveau les champs.',
      table.headerLine,
    );
  }
  const problems = mappingProblems(fields);
  if (problems.length > 0) return fileError(problems.join(' '), table.headerLine);
  if (table.rows.length === 0 && table.errors.length === 0) return fileError(EMPTY, table.headerLine);
  const numbers = new Set(numbersInUse(input));
  const byNumber = new Map<string, PersonDocument>();
  for (const person of input.people) {
    for (const number of [person.memberNumber, ...person.formerMemberNumbers])
      if (number) byNumber.set(number, person);
  }
  const state: State = {
    input,
    plan,
    matcher: createPeopleMatcher(input.people),
    numbers,
    byNumber,
    filled: new Map(),
    stored: new Set(input.people.map((person) => person.id)),
  };
  plan.errors.push(...table.errors);
  plan.counts.error += table.errors.length;
  for (const { line, cells } of table.rows) {
    const row = planRow(state, table.header, fields, line, cells);
    plan.rows.push(row);
    plan.counts[row.outcome] += 1;
    if (row.outcome === 'error' || row.outcome === 'duplicate')
      plan.errors.push({ line, message: `${row.name} : ${row.message ?? ''}` });
  }
  plan.errors.sort((a, b) => a.line - b.line);
  return plan;
}
