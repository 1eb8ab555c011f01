/** The window a step has now: its latest revision's. */
export function currentWindow(step) {
    const last = step.revisions?.length ? latestRevision(step.revisions) : undefined;
    return last ? last.window : step.window;
}
export function latestRevision(revisions) {
    let latest;
    for (const r of revisions)
        if (!latest || r.announced >= latest.announced)
            latest = r;
    return latest;
}
/**
 * A calendar as written (windows ISO, revisions listed) made ready for the rules: each revised
 * step's window is its latest revision's, the first announced one kept beside it.
 */
export function withRevisionsApplied(calendar) {
    if (!calendar.steps.some((s) => s.revisions?.length))
        return calendar;
    return {
        ...calendar,
        steps: calendar.steps.map((s) => {
            const latest = s.revisions?.length ? latestRevision(s.revisions) : undefined;
            if (!latest || s.firstWindow)
                return s;
            return { ...s, firstWindow: s.window, window: latest.window, revisions: [...s.revisions].sort((a, b) => a.announced.localeCompare(b.announced)) };
        }),
    };
}
