import { bahtText } from './baht-text.js';
import { fiscalYear } from './fiscal-year.js';
import { missingStep } from './missing-step.js';
import { naccQuotedWindow } from './nacc-quoted-window.js';
import { naccWindow } from './nacc-window.js';
import { periodImpossible } from './period-impossible.js';
import { periodInverted } from './period-inverted.js';
import { periodUnparsed } from './period-unparsed.js';
import { progressStatus } from './progress-status.js';
import { responsibleMissing } from './responsible-missing.js';
import { seqNumbering } from './seq-numbering.js';
import { stepOrder } from './step-order.js';
import { unknownTool } from './unknown-tool.js';
/** Every rule, in the order their findings are reported for the same line. */
export const RULES = [
    periodUnparsed,
    periodImpossible,
    periodInverted,
    naccWindow,
    naccQuotedWindow,
    fiscalYear,
    stepOrder,
    missingStep,
    seqNumbering,
    unknownTool,
    responsibleMissing,
    progressStatus,
    bahtText,
];
export { defineRule } from './rule.js';
