// Demo messages for the benchmarks: the generator's stream, cut at exactly the number asked for.
import { DEMO_ACCOUNTS } from '../../src-main/demo/catalogue';
import { demoBatches } from '../../src-main/demo/generate-demo';
import type { DemoData } from './ingest-benchmark';

export const BENCH_NOW = Date.UTC(2026, 10, 23, 9, 0, 0);

export function loadDemoData(messages: number): DemoData {
  const data: DemoData = {
    accounts: DEMO_ACCOUNTS.map((a) => ({ id: a.id, channel: a.channel, name: a.name, marketplace: a.marketplace })),
    orders: [],
    messages: [],
  };
  // About 2.5 messages a conversation; ask for enough and stop at the target.
  for (const batch of demoBatches({ conversations: Math.ceil(messages / 1.5) + 10, now: BENCH_NOW, seed: 7 })) {
    data.orders.push(...batch.orders);
    for (const m of batch.messages) {
      if (data.messages.length === messages) break;
      data.messages.push(m);
    }
    if (data.messages.length === messages) break;
  }
  return data;
}
