import type { Formatter, MessageData } from '../i18n/format.js';
import type { Diagnostic, Severity } from '../plan/schema.js';
import type { FindingId, MessageId } from './catalogue.js';

/** A message in one language: the finding's data (dates as ISO strings) → text, dates written by `f`. */
export type Template = (d: MessageData, f: Formatter) => string;

/** Every message of a finding, by message id, in Thai and in English (both required). */
export type Messages<M extends string = string> = { readonly [K in M]: { readonly th: Template; readonly en: Template } };

/**
 * Where a finding comes from: a validation rule; an input that is not a readable plan; the shape of
 * the document as read; a notice about how it was read; the NACC calendar of the plan's year.
 */
export type FindingKind = 'rule' | 'input' | 'document' | 'notice' | 'calendar';

/** One entry of the catalogue of findings: what `ruleId` a diagnostic carries and what it can say. */
export interface FindingInfo<Id extends string = string, M extends string = string> {
  readonly id: Id;
  readonly kind: FindingKind;
  readonly defaultSeverity: Severity;
  readonly description: { readonly th: string; readonly en: string };
  readonly messages: Messages<M>;
}

/** The message ids a catalogue entry declares. */
export type MessageIdOf<F> = F extends FindingInfo<string, infer M> ? M : never;

/** Declares a finding that does not come from a rule (the reader's, the input's, the calendar's). */
export function defineFinding<const Id extends string, M extends string>(info: FindingInfo<Id, M>): FindingInfo<Id, M> {
  return info;
}

/** A diagnostic of one catalogue entry at its default severity, with one of its own message ids (the compiler checks both). */
export function diagnostic<F extends FindingInfo & { id: FindingId }>(finding: F, messageId: MessageIdOf<F>, at: Omit<Diagnostic, 'ruleId' | 'messageId' | 'severity'> = {}): Diagnostic {
  // One of the entry's message ids is one of the catalogue's (the compiler does not see it through F).
  return { ruleId: finding.id, severity: finding.defaultSeverity, messageId: messageId as MessageId, ...at };
}
