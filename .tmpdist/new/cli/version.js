import { readFileSync } from 'node:fs';
/** The package's version, from its package.json: one or two folders up, bundled or not. */
export function toolVersion() {
    for (const up of ['../package.json', '../../package.json']) {
        try {
            const pkg = JSON.parse(readFileSync(new URL(up, import.meta.url), 'utf8'));
            if (pkg.name === 'ita-plan' && pkg.version)
                return pkg.version;
        }
        catch {
            // not there: try the next folder up
        }
    }
    return '0.0.0';
}
