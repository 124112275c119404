import { runWebHostCli } from './cli-main';

void runWebHostCli(process.argv.slice(2));
