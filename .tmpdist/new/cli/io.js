import { visible } from '../formatters/visible.js';
import { message } from '../i18n/index.js';
export const EXIT = { ok: 0, findings: 1, usage: 2 };
/**
 * A usage mistake or an input the CLI cannot take: one line on stderr and exit 2. Made with
 * `UsageError.of(id, data)` it is written in the user's language when it is reported.
 */
export class UsageError extends Error {
    ui;
    constructor(text, ui) {
        super(text);
        this.ui = ui;
    }
    static of(id, data = {}) {
        return new UsageError(message(id, data, 'en'), { id, data });
    }
    /** The line to print, in `lang`. */
    text(lang) {
        return this.ui ? message(this.ui.id, this.ui.data, lang) : this.message;
    }
}
/**
 * Data (a TSV, CSV, Markdown or text draft) as it goes to `out`: unchanged into a pipe or a file,
 * but on a terminal with its control characters shown escaped, as every message is, so a cell
 * cannot clear, retitle or reorder the screen. CRLF line ends stay line ends there.
 */
export function onTerminal(out, text) {
    return out.isTTY ? visible(text.replace(/\r\n/g, '\n')) : text;
}
export function processIO() {
    return {
        stdout: processOutput(() => process.stdout),
        // Standard error carries only messages to a person: a control character in a file name or a
        // cell is shown escaped there, whichever command wrote it.
        stderr: processOutput(() => process.stderr, visible),
        env: process.env,
        cwd: process.cwd(),
        readStdin: async (limit) => {
            const chunks = [];
            let size = 0;
            for await (const chunk of process.stdin) {
                chunks.push(chunk);
                size += chunk.length;
                if (size >= limit)
                    break; // leaving the loop closes the stream
            }
            return Buffer.concat(chunks);
        },
    };
}
/**
 * process.stdout or stderr, created on first use. A reader that went away (`ita-plan … | head`)
 * ends the output quietly, as other command-line tools do, instead of failing the run.
 */
function processOutput(stream, shown = (text) => text) {
    let opened;
    let closed = false;
    const open = () => {
        if (!opened) {
            opened = stream();
            opened.on('error', (error) => {
                if (error.code !== 'EPIPE')
                    throw error;
                closed = true;
            });
        }
        return opened;
    };
    return {
        get isTTY() {
            return open().isTTY === true;
        },
        write: (text) => !closed && open().write(typeof text === 'string' ? shown(text) : text),
    };
}
