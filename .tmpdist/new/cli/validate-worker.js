// What a worker thread of `ita-plan validate` over thousands of files does: it reads files as the
// main thread does, and serves the engine's run. Loading this module starts it. In the bundle the
// launcher starts the worker (bin/ita-plan.js, so that it loads from the validate command's code
// cache) and calls main.ts's serveValidateWorker; unbundled, the worker runs this module itself.
import { serveWorker } from '../engine/index.js';
import { loadInput } from './inputs.js';
import { processIO } from './io.js';
const io = processIO();
void serveWorker((file) => loadInput(file, io));
