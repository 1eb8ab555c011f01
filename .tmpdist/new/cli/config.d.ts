import type { RuleSetting } from '../validate.js';
import { type Lang } from '../i18n/index.js';
import { type Loaded } from './inputs.js';
export declare const CONFIG_FILE = "ita-plan.config.json";
export interface Config {
    rules: Record<string, RuleSetting>;
    calendar?: string;
    maxWarnings?: number;
    /** The config file read, when there was one (its folder's calendars/ holds the team's calendars). */
    file?: string;
}
export declare function ruleSetting(id: string, value: string, where: string): RuleSetting;
/** "nacc-window=warn" → ['nacc-window', 'warning']. */
export declare function parseRuleFlag(flag: string): [string, RuleSetting];
/** Why a config or calendar file could not be read, in words for a settings file (not "give a plan file"). */
export declare function settingReason(read: Extract<Loaded, {
    ok: false;
}>, lang: Lang): string;
/** Reads ita-plan.config.json (or the file given); a missing default file is no config. */
export declare function loadConfig(cwd: string, explicit?: string, lang?: Lang): Config;
