// The script of a worker thread of `ita-plan validate` when the CLI runs from its compiled modules
// (dist/cli/*.js, as some tests start it): it serves the run that started it. From the bundle, a
// worker starts through the launcher instead (bin/ita-plan.js, so that it loads the validate
// command's code cache), which calls main.ts's serveValidateWorker. Nothing imports this file.
import { serveValidateWorker } from './validate.js';

void serveValidateWorker();
