import path from 'node:path';
import { CATALOGUE, findingMessage } from '../findings/catalogue.js';
import type { RuleSetting } from '../validate.js';
import { message, shortValue, type Lang } from '../i18n/index.js';
import { readRegularFile, type Loaded } from './inputs.js';
import { UsageError } from './io.js';

export const CONFIG_FILE = 'ita-plan.config.json';

export interface Config {
  rules: Record<string, RuleSetting>;
  calendar?: string;
  maxWarnings?: number;
  /** The config file read, when there was one (its folder's calendars/ holds the team's calendars). */
  file?: string;
}

const SETTINGS: Record<string, RuleSetting> = { off: 'off', info: 'info', warn: 'warning', warning: 'warning', error: 'error' };

export function ruleSetting(id: string, value: string, where: string): RuleSetting {
  const known: string[] = CATALOGUE.map((r) => r.id);
  if (!known.includes(id)) throw UsageError.of('ruleUnknown', { where, id, known: known.join(', ') });
  const setting = Object.hasOwn(SETTINGS, value) ? SETTINGS[value] : undefined; // not toString, __proto__…
  if (!setting) throw UsageError.of('ruleSettingInvalid', { where, id, value });
  return setting;
}

/** "nacc-window=warn" → ['nacc-window', 'warning']. */
export function parseRuleFlag(flag: string): [string, RuleSetting] {
  const [id, value] = flag.split('=');
  if (!id || value === undefined) throw UsageError.of('ruleFlagInvalid', { flag });
  return [id.trim(), ruleSetting(id.trim(), value.trim(), '--rule')];
}

/** Why a config or calendar file could not be read, in words for a settings file (not "give a plan file"). */
export function settingReason(read: Extract<Loaded, { ok: false }>, lang: Lang): string {
  if (read.messageId === 'inputNotRegular') return message('settingNotRegular', {}, lang);
  if (read.messageId === 'inputIsDirectory') return message('settingIsFolder', {}, lang);
  return findingMessage(read.messageId, read.data, lang);
}

/** A path as the user should see it: relative inside the working folder, else in full. */
export function shownPath(cwd: string, file: string): string {
  const relative = path.relative(cwd, file);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
}

/** Reads ita-plan.config.json (or the file given); a missing default file is no config. */
export function loadConfig(cwd: string, explicit: string | undefined, lang: Lang): Config {
  const file = path.resolve(cwd, explicit ?? CONFIG_FILE);
  const read = readRegularFile(file, 4 * 1024 * 1024);
  if (!read.ok) {
    if (read.messageId === 'inputNotFound' && !explicit) return { rules: {} };
    if (read.messageId === 'inputNotFound') throw UsageError.of('configNotFound', { file: explicit ?? '' });
    throw new UsageError(message('settingFileUnreadable', { file: shownPath(cwd, file), reason: settingReason(read, lang) }, lang));
  }
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(read.bytes).toString('utf8').replace(/^\uFEFF/, ''));
  } catch (error) {
    throw UsageError.of('configNotJson', { file: shownPath(cwd, file), reason: (error as Error).message });
  }
  const where = shownPath(cwd, file);
  if (typeof json !== 'object' || json === null || Array.isArray(json)) throw UsageError.of('configNotObject', { file: where });
  const raw = json as Record<string, unknown>;
  for (const key of Object.keys(raw)) {
    if (!['rules', 'calendar', 'maxWarnings', '$schema'].includes(key)) throw UsageError.of('configUnknownSetting', { file: where, key });
  }
  const rules: Record<string, RuleSetting> = {};
  if (raw.rules !== undefined) {
    if (typeof raw.rules !== 'object' || raw.rules === null) throw UsageError.of('configRulesNotObject', { file: where });
    for (const [id, value] of Object.entries(raw.rules)) rules[id] = ruleSetting(id, typeof value === 'string' ? value : shortValue(value), `${where} rules`);
  }
  if (raw.calendar !== undefined && typeof raw.calendar !== 'string') throw UsageError.of('configCalendarNotPath', { file: where });
  if (raw.maxWarnings !== undefined && !Number.isInteger(raw.maxWarnings)) throw UsageError.of('configMaxWarningsNotNumber', { file: where });
  return {
    rules,
    file,
    ...(raw.calendar ? { calendar: path.resolve(path.dirname(file), raw.calendar as string) } : {}),
    ...(raw.maxWarnings !== undefined ? { maxWarnings: raw.maxWarnings as number } : {}),
  };
}
