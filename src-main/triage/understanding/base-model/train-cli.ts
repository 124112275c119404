// `npm run train:intents`: retrains the shipped intent model from corpus/ and writes intent-model.json.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { trainBaseModel } from './train-base-model';
import { loadTrainingCorpus } from './training-corpus';

const target = path.resolve(process.argv[2] ?? 'src-main/triage/understanding/base-model/intent-model.json');
const corpus = loadTrainingCorpus();
const started = performance.now();
const model = trainBaseModel(corpus);
writeFileSync(target, `${JSON.stringify(model)}\n`);
console.log(`trained on ${corpus.length} messages in ${((performance.now() - started) / 1000).toFixed(1)} s: ${model.features.length} features -> ${path.relative(process.cwd(), target)}`);
