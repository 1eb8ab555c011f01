/** The activity's period (or quoted NACC period) when it was read; undefined when missing or unreadable. */
export function readPeriod(activity, which = 'period') {
    const period = activity[which];
    return period && !('error' in period) ? period : undefined;
}
/** "ส่วนราชการภูมิภาค (31)", or the name alone. */
export function unitLabel(unit) {
    return unit.count !== undefined ? `${unit.name} (${unit.count})` : unit.name;
}
/**
 * How an activity is named in one line: its number without the trailing dot or bracket, and its first
 * line without the number when the number is written in the text ("๘. ดำเนินการ…" → "๘", "ดำเนินการ…").
 */
export function headline(activity) {
    const first = activity.step.split('\n')[0];
    const numberInText = !!activity.seqLabel && first.startsWith(activity.seqLabel);
    return {
        label: (activity.seqLabel ?? (activity.seq === null ? '' : String(activity.seq))).replace(/[.)]$/, ''),
        text: numberInText ? first.slice(activity.seqLabel.length).trim() : first,
        first,
        numberInText,
    };
}
/**
 * The separate pieces of time a period covers: a list's segments ("มีนาคม และ กันยายน" is two), else
 * its one range (a deadline or an open start counts as its known day). Empty when it has no date.
 */
export function periodSegments(period) {
    if (period.segments?.length)
        return period.segments;
    const start = period.start ?? period.end;
    const end = period.end ?? period.start;
    return start && end ? [{ start, end }] : [];
}
