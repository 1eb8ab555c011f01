import { PlanInputError, readPlan } from '../../src/parse.js';

/** The PlanInputError readPlan refuses these bytes with (the test fails if it reads them, or throws anything else). */
export async function refusal(bytes: Buffer): Promise<PlanInputError> {
  try {
    await readPlan(bytes);
  } catch (error) {
    if (error instanceof PlanInputError) return error;
    throw error;
  }
  throw new Error('read without a refusal');
}
