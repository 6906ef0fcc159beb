import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeDonation } from '@shared/donations/testing';
import { checkedIn, makeAttendance, makeEvent } from '@shared/events/testing';
import { seasonSchema } from '@shared/members/season';
import { makeMembership, makePerson } from '@shared/members/testing';
import { attendanceReport } from '@shared/reports/attendance';
import { donationsReport } from '@shared/reports/donations';
import { membersReport } from '@shared/reports/members';
import { initI18n } from '@renderer/i18n/i18n';
import { reportsPdfDocument } from '@renderer/pdf/reports';
import type { ReportsInput } from '@renderer/pdf/reports';
import { asPdfmakeDocument, renderPdfInNode } from '../bench/pdf';
import { pdfPageCount, pdfText } from '../support/pdf-text';
import { eventId, householdId, personId } from '@shared/testing/ids';

/** The reports' PDF as it is printed: pdfmake renders, poppler reads the figures back. */
const folder = mkdtempSync(join(tmpdir(), 'tilleul-reports-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

const season = seasonSchema.parse({
  id: 'saison-2026',
  label: '2026-2027',
  startsOn: '2026-09-01',
  endsOn: '2027-08-31',
  tariffs: [
    { id: 'adulte', label: 'Adulte', amount: 2000 },
    { id: 'famille', label: 'Famille', amount: 4500, scope: 'household' },
  ],
});
const people = [
  makePerson({ id: 'anne', householdId: householdId('martin') }),
  makePerson({ id: 'paul', householdId: householdId('martin') }),
  makePerson({ id: 'lea', householdId: householdId('martin') }),
  makePerson({ id: 'bruno' }),
];
const fees = [
  makeMembership({ id: 'm1', holderId: personId('bruno'), seasonId: season.id, paidOn: '2026-09-05' }),
  makeMembership({
    id: 'm2',
    holderKind: 'household',
    holderId: personId('martin'),
    seasonId: season.id,
    tariffId: 'famille',
    tariffLabel: 'Famille',
    amount: 4500,
    paidOn: '2026-09-05',
  }),
];
const gifts = [
  makeDonation({ id: 'd1', receivedOn: '2025-12-31', amount: 10_000, campaign: 'Rénovation du lavoir' }),
  makeDonation({ id: 'd2', receivedOn: '2026-01-01', amount: 125_050, campaign: 'Rénovation du lavoir' }),
  makeDonation({ id: 'd3', receivedOn: '2026-03-14', amount: 3_000 }),
];
const loto = makeEvent({ id: 'loto', title: 'Loto d’automne', startsOn: '2026-11-14' });
const records = [
  makeAttendance(eventId('loto'), personId('anne'), { registered: true, ...checkedIn('20:01') }),
  makeAttendance(eventId('loto'), personId('paul'), { registered: true, proxyHolderId: personId('anne') }),
  makeAttendance(eventId('loto'), personId('bruno'), { ...checkedIn('20:10') }),
];

function input(withDonations: boolean): ReportsInput {
  return {
    seasonLabel: season.label,
    year: 2026,
    members: membersReport(people, fees, season),
    donations: withDonations ? donationsReport(gifts, 2026) : undefined,
    attendance: attendanceReport([loto], season, records, []),
  };
}

describe('the reports PDF', () => {
  it('prints each report’s figures in French, money without narrow spaces, with drawn bars', async () => {
    const i18n = await initI18n('fr');
    const document = reportsPdfDocument(
      i18n.t,
      'Foyer rural de Saint-Léger',
      'fr-FR',
      input(true),
      '2026-12-02',
    );
    expect(JSON.stringify(document)).not.toContain('\u202f');
    // Bars are rectangles drawn from the figures: 2 tariffs + 12 months × 2 + 1 campaign × 2… .
    expect(JSON.stringify(document).match(/"type":"rect"/g)?.length).toBeGreaterThan(20);
    // pdfmake's own types accept it (the subset in doc-definition.ts has not drifted).
    expect(asPdfmakeDocument(document).content).toBeDefined();
    const file = join(folder, 'reports.pdf');
    writeFileSync(file, await renderPdfInNode(document));
    const text = plain(pdfText(file));
    expect(text).toContain('Foyer rural de Saint-Léger');
    expect(text).toContain('Rapports — saison 2026-2027, dons 2026');
    expect(text).toContain('Établi le 2 décembre 2026');
    expect(text).toContain('Membres par tarif — saison 2026-2027');
    expect(text).toMatch(/Adulte\s+1\s+1\s+20,00 €/);
    expect(text).toMatch(/Famille\s+1\s+3\s+45,00 €/);
    expect(text).toMatch(/Total\s+2\s+4\s+65,00 €/);
    expect(text).toContain('Dons par mois — 2026 comparé à 2025');
    expect(text).toMatch(/janvier\s+1\s+1 250,50 €\s+0\s+0,00 €/);
    expect(text).toMatch(/décembre\s+0\s+0,00 €\s+1\s+100,00 €/);
    expect(text).toMatch(/mars\s+1\s+30,00 €\s+0\s+0,00 €/);
    expect(text).toMatch(/Total\s+2\s+1 280,50 €\s+1\s+100,00 €/);
    expect(text).toContain('Dons par campagne — 2026 comparé à 2025');
    expect(text).toMatch(/Rénovation du lavoir\s+1\s+1 250,50 €\s+1\s+100,00 €/);
    expect(text).toMatch(/Sans campagne\s+1\s+30,00 €\s+0\s+0,00 €/);
    expect(text).toContain('Fréquentation par événement — saison 2026-2027');
    expect(text).toMatch(/Loto d’automne\s+14\/11\/2026\s+2\s+2\s+1\s+en cours/);
    expect(text).toMatch(/Page 1 \/ \d/);

    // One page as an image, to look at (kept when REPORTS_PNG names a folder).
    const keep = process.env.REPORTS_PNG;
    execFileSync('pdftoppm', [
      '-r',
      '60',
      '-png',
      '-f',
      '1',
      '-l',
      '1',
      file,
      join(keep ?? folder, 'reports'),
    ]);
    expect(pdfPageCount(file)).toBeGreaterThanOrEqual(1);
  });

  it('leaves the donations out for a role that may not read them', async () => {
    const i18n = await initI18n('fr');
    const file = join(folder, 'no-donations.pdf');
    const document = reportsPdfDocument(i18n.t, 'Foyer rural', 'fr-FR', input(false), '2026-12-02');
    writeFileSync(file, await renderPdfInNode(document));
    const text = plain(pdfText(file));
    expect(text).toContain('Rapports — saison 2026-2027');
    expect(text).not.toMatch(/Dons|€ .*€/);
    expect(text).toMatch(/Famille\s+1\s+3\s+45,00 €/);
  });
});
