// The script of the worker threads `ita-plan validate` starts for thousands of files (bundled as
// dist/validate-worker.cjs): it reads files as the main thread does, and serves the engine's run.
import { serveWorker } from '../engine/index.js';
import { loadInput, type InputFile } from './inputs.js';
import { processIO } from './io.js';

const io = processIO();
void serveWorker((file: InputFile) => loadInput(file, io));
