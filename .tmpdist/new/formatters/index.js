export const FORMATTER_NAMES = ['pretty', 'json', 'github', 'sarif'];
/** The formatter of that name, loading only its module (as ESLint's loadFormatter). */
export async function loadFormatter(name) {
    switch (name) {
        case 'json':
            return (await import('./json.js')).formatJson;
        case 'github':
            return (await import('./github.js')).formatGithub;
        case 'sarif':
            return (await import('./sarif.js')).formatSarif;
        case 'pretty':
            return (await import('./pretty.js')).formatPretty;
    }
}
export { summarize, NO_PAINT } from './results.js';
