// `npm run bench`: every figure beside a baseline measured in the same run. Options:
//   --messages N   demo messages to ingest (default 100,000; the generator scales to 1,000,000)
import { argValue } from '../../src-main/core/data-dir';
import { loadDemoData } from './demo-data';
import { runIngestBenchmark } from './ingest-benchmark';
import { fmt } from './stats';
import { runTriageBenchmark } from './triage-benchmark';

async function main() {
  const argv = process.argv.slice(2);
  const messages = Number(argValue(argv, 'messages') ?? 100_000);
  console.log(`Agent Console benchmarks — node ${process.version}, ${new Date().toISOString()}`);
  const started = performance.now();
  const data = loadDemoData(messages);
  console.log(`demo workspace: ${fmt.int(data.messages.length)} messages, ${fmt.int(data.orders.length)} orders generated in ${fmt.ms(performance.now() - started)}`);
  console.log('');
  for (const line of runIngestBenchmark(data)) console.log(line);
  console.log('');
  for (const line of await runTriageBenchmark(data)) console.log(line);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
