import { message } from '../i18n/index.js';
/**
 * Commander's usage errors in the user's language. Commander writes them in English only
 * ("error: unknown option '--nope'"); each known form is read back into its parts and written from
 * the message table (src/i18n/), any other form keeps commander's text under a translated lead.
 */
export function commanderErrorText(text, lang) {
    const line = text.replace(/^error: /, '').trim();
    const hint = /\n\(Did you mean (?:one of )?(.+)\?\)$/.exec(line)?.[1] ?? '';
    const first = line.split('\n')[0];
    let m;
    if ((m = /^unknown option '(.+)'$/.exec(first)))
        return message('cliUnknownOption', { option: m[1], hint }, lang);
    if ((m = /^unknown command '(.+)'$/.exec(first)))
        return message('cliUnknownCommand', { command: m[1], hint }, lang);
    if ((m = /^missing required argument '(.+)'$/.exec(first)))
        return message('cliMissingArgument', { argument: m[1] }, lang);
    if ((m = /^option '(.+)' argument missing$/.exec(first)))
        return message('cliOptionMissingArgument', { option: m[1] }, lang);
    if ((m = /^option '(.+)' argument '(.*)' is invalid\. Allowed choices are (.+)\.$/.exec(first))) {
        return message('cliInvalidChoice', { option: m[1], value: m[2], choices: m[3] }, lang);
    }
    if ((m = /^too many arguments(?: for '(.+)')?\. Expected (\d+) arguments? but got \d+\.$/.exec(first))) {
        return message('cliExcessArguments', { command: m[1] ?? 'ita-plan', expected: m[2] }, lang);
    }
    return message('cliOther', { text: line }, lang);
}
/** The language a command line asks for with --lang, before commander has read it. */
export function langFromArgs(argv) {
    for (let i = 0; i < argv.length; i++) {
        const value = argv[i] === '--lang' ? argv[i + 1] : argv[i].startsWith('--lang=') ? argv[i].slice(7) : undefined;
        if (value === 'th' || value === 'en')
            return value;
    }
    return undefined;
}
