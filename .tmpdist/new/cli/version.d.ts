/** The package's version, from its package.json: one or two folders up, bundled or not. */
export declare function toolVersion(): string;
