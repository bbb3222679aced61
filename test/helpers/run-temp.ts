/** Names shared by the run's temp folder check (test/global-setup.ts) and the tests' temp folders (helpers/temp.ts). */

/** The folder, in the run's temp folder, that holds the tests' own temp folders. */
export const TEST_FOLDERS = 'cfn-audit-test-folders';

/** Where the run writes what was left in its temp folder, as a JSON list, when set (.ci/run counts it as a check). */
export const TEMP_REPORT_VARIABLE = 'CFN_AUDIT_TEMP_REPORT';
