import type { PdfDocDefinition } from '@shared/pdf/doc-definition';
import { MM } from '@shared/pdf/doc-definition';

/**
 * The sheet of an administrator's recovery code (issue 15, item 14): printed once, kept away from
 * the PC. The code is set large in a monospaced-looking spacing, one group after another, so it
 * is read back from paper without error.
 */
export interface RecoveryCodeLabels {
  title: string;
  account: string;
  made: string;
  howTo: string;
  keep: string;
}

export function recoveryCodeDocument(code: string, labels: RecoveryCodeLabels): PdfDocDefinition {
  return {
    pageSize: 'A4',
    pageMargins: [25 * MM, 25 * MM, 25 * MM, 25 * MM],
    info: { title: labels.title, creator: 'Tilleul' },
    content: [
      { text: labels.title, fontSize: 20, bold: true, margin: [0, 0, 0, 12] },
      { text: labels.account, fontSize: 12, margin: [0, 0, 0, 4] },
      { text: labels.made, fontSize: 12, color: '#555555', margin: [0, 0, 0, 24] },
      {
        table: {
          widths: ['*'],
          body: [[{ text: code.split('-').join('  -  '), fontSize: 24, bold: true, alignment: 'center' }]],
        },
        layout: { paddingTop: () => 14, paddingBottom: () => 14 },
        margin: [0, 0, 0, 24],
      },
      { text: labels.howTo, fontSize: 12, lineHeight: 1.3, margin: [0, 0, 0, 12] },
      { text: labels.keep, fontSize: 12, bold: true, lineHeight: 1.3 },
    ],
    defaultStyle: { font: 'Roboto' },
  };
}
