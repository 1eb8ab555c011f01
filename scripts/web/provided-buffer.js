// The `buffer` package inside the chunks: the copy the app bundle carries (shims/node-buffer.ts provides it).
import { provided } from '../../src/web/provided.ts';

const buffer = provided('buffer');
if (!buffer) throw new Error('ita-plan web: app.js must load before its chunks');
export const Buffer = buffer.Buffer;
export default buffer;
