#!/usr/bin/env node
// The CLI is TypeScript sharing the app's modules; tsx compiles it on the fly so `npx framing`
// works straight after `npm install`, with no build step to forget.
import { tsImport } from 'tsx/esm/api';

const { main } = await tsImport('../src/cli/main.ts', import.meta.url);
process.exitCode = await main(process.argv.slice(2));
