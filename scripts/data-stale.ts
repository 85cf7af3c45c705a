import { parseDataset, formatIssue } from '../lib/dataset/parse-dataset';
import { formatStaleReport, staleReport } from '../lib/dataset/stale-report';
import { readDataFiles } from './data-files';

/**
 * `npm run data:stale [YYYY-MM-DD]`: every dated policy statement (status and follow-up) by the
 * age of its verification, oldest first, with those past their end or due date flagged. The day
 * defaults to the dataset's date in data/meta.json; pass today's date to see what has aged since.
 */
const { files } = readDataFiles(process.cwd());
const { dataset, issues } = parseDataset(files);
if (!dataset) {
  console.error(issues.map(formatIssue).join('\n'));
  process.exit(1);
}
const day = process.argv.slice(2).find((a) => /^\d{4}-\d{2}-\d{2}$/.test(a)) ?? dataset.meta.date;
console.log(formatStaleReport(staleReport(dataset.policyTerms, day), day).join('\n'));
