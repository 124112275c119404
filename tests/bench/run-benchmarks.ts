// `npm run bench`: every figure beside a baseline measured in the same run. Options:
//   --messages N   demo messages to ingest (default 100,000; the generator scales to 1,000,000)
//   --skip-ingest  skip the ingest (and triage-throughput) benchmark
//   --assist-conversations N   workspace size for the suggestion benchmark (default 100,000)
//   --email-messages N   mails for the email connector vs mbsync first-sync benchmark (default 10,000); --skip-email skips it
//   --skip-ui      skip the keyboard-inbox benchmark in Chromium (also BENCH_SKIP_UI=1); see ui-benchmark.ts
import path from 'node:path';
import { argValue } from '../../src-main/core/data-dir';
import { loadDemoData } from './demo-data';
import { runEmailSyncBenchmark } from './email-sync-benchmark';
import { runIngestBenchmark } from './ingest-benchmark';
import { fmt } from './stats';
import { runSuggestionsBenchmark } from './suggestions-benchmark';
import { runTriageBenchmark } from './triage-benchmark';
import { runTriageEvalBenchmark } from './triage-eval-benchmark';
import { runUiBenchmark } from './ui-benchmark';

async function main() {
  const argv = process.argv.slice(2);
  const messages = Number(argValue(argv, 'messages') ?? 100_000);
  console.log(`Agent Console benchmarks — node ${process.version}, ${new Date().toISOString()}`);
  if (!argv.includes('--skip-ingest')) {
    const started = performance.now();
    const data = loadDemoData(messages);
    console.log(`demo workspace: ${fmt.int(data.messages.length)} messages, ${fmt.int(data.orders.length)} orders generated in ${fmt.ms(performance.now() - started)}`);
    console.log('');
    for (const line of runIngestBenchmark(data)) console.log(line);
    console.log('');
    for (const line of await runTriageBenchmark(data)) console.log(line);
  }
  console.log('');
  for (const line of runTriageEvalBenchmark()) console.log(line);
  console.log('');
  for (const line of runSuggestionsBenchmark(Number(argValue(argv, 'assist-conversations') ?? 100_000))) console.log(line);
  if (!argv.includes('--skip-email')) {
    console.log('');
    for (const line of await runEmailSyncBenchmark(Number(argValue(argv, 'email-messages') ?? 10_000))) console.log(line);
  }
  console.log('');
  if (argv.includes('--skip-ui') || process.env.BENCH_SKIP_UI === '1') {
    console.log('keyboard inbox benchmark skipped (--skip-ui)');
    return;
  }
  const root = path.resolve(__dirname, '..', '..');
  const lines = await runUiBenchmark(root, {
    conversations: Number(argValue(argv, 'ui-conversations') ?? 100_000),
    reps: Number(argValue(argv, 'ui-reps') ?? 200),
    dataDir: argValue(argv, 'ui-data-dir'),
  });
  for (const line of lines) console.log(line);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
