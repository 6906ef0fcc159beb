import { useEffect } from 'react';
import { DateField } from '@renderer/components/DateField';
import type { DateFieldProps } from '@renderer/components/DateField';
import type { DateErrors } from '@renderer/pages/members/person-form/use-date-errors';

/** A date of the person form: tells the form while its text cannot be read (see useDateErrors). */
export function PersonDateField({
  name,
  dateErrors,
  ...props
}: Omit<DateFieldProps, 'onParseError'> & { name: string; dateErrors: DateErrors }) {
  const { report } = dateErrors;
  // A field that goes away (consent back to « non demandé », an organisation) takes its error along.
  useEffect(() => () => report(name, null), [report, name]);
  return <DateField {...props} onParseError={(error) => report(name, error)} />;
}
