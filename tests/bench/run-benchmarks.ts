// `npm run bench`: every figure beside a baseline measured in the same run. Options:
//   --messages N   demo messages to ingest (default 100,000; the generator scales to 1,000,000)
//   --skip-ingest  skip the ingest benchmark
//   --skip-ui      skip the keyboard-inbox benchmark in Chromium (also BENCH_SKIP_UI=1); see ui-benchmark.ts
import { argValue } from '../../src-main/core/data-dir';
import { loadDemoData } from './demo-data';
import path from 'node:path';
import { runIngestBenchmark } from './ingest-benchmark';
import { runUiBenchmark } from './ui-benchmark';
import { fmt } from './stats';

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
  }
  if (argv.includes('--skip-ui') || process.env.BENCH_SKIP_UI === '1') {
    console.log('\nkeyboard inbox benchmark skipped (--skip-ui)');
    return;
  }
  console.log('');
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
