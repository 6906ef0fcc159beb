import { describeCli } from '@server/cli/cli.suite';
import { describeApi } from '@server/http/api.suite';
import { describeDeletions } from '@server/http/deletions.suite';
import { describeDeposits } from '@server/http/deposits.suite';
import { describeRuralLink } from '@server/http/rural-link.suite';
import { describeErasure } from '@server/http/erasure.suite';
import { describeHelloAsso } from '@server/http/helloasso.suite';
import { describeSheets } from '@server/http/sheets.suite';
import { describeStore } from '@server/storage/store.suite';
import { useBackend } from '@server/test-support/backend';

// The server suite on PostgreSQL (a throwaway cluster); sqlite.test.ts runs the very same suites on SQLite.
const backend = useBackend('postgres');
if (backend) {
  describeStore(backend);
  describeApi(backend);
  describeDeletions(backend);
  describeRuralLink(backend);
  describeErasure(backend);
  describeSheets(backend);
  describeDeposits(backend);
  describeHelloAsso(backend);
  describeCli(backend);
}
