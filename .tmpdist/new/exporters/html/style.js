/**
 * The report's stylesheet, inlined so the page needs no network. Colour is never the only signal:
 * icons and words too. Three layouts: a screen (label column beside the year's track), a phone
 * (below 640 px: each activity's name, months and findings stacked; the table as cards) and
 * A4 landscape print (the screen layout, narrower labels).
 */
export const REPORT_CSS = `
:root { --label: 17rem; --error: #c62828; --warning: #b26a00; --info: #1565c0; --ok: #2e7d32; --band: #e3ecf7; --window: rgba(21, 101, 192, .13);
  --done: #2e7d32; --progress: #0b6e8f; --late: #bf360c; --todo: #fff; --unknown: #e0e0e0; --now: #6a1b9a; }
* { box-sizing: border-box; }
body { font-family: "Sarabun", "TH Sarabun New", "Noto Sans Thai", "Loma", "Tahoma", sans-serif; margin: 1.5rem; color: #1b1b1b; line-height: 1.45; }
h1 { font-size: 1.35rem; margin: 0 0 .3rem; }
h2 { font-size: 1.1rem; margin: 1.4rem 0 .5rem; }
h3 { font-size: .95rem; margin: .8rem 0 .3rem; color: #444; }
header p { margin: .2rem 0; }
.summary { font-size: 1.05rem; font-weight: 700; }
.as-of { font-weight: 700; color: var(--now); }
.facts { color: #333; }
.muted { color: #595959; }
.file { font-size: .8rem; }
.count { margin-right: .8rem; font-weight: 700; white-space: nowrap; }
.count.ok { color: var(--ok); }
.sev-error { color: var(--error); } .sev-warning { color: var(--warning); } .sev-info { color: var(--info); }
.legend ul { list-style: none; padding: 0; margin: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(17rem, 1fr)); gap: .25rem 1rem; font-size: .82rem; }
.legend li { display: flex; align-items: center; gap: .4rem; }
.swatch { display: inline-block; position: relative; flex: 0 0 2.6rem; width: 2.6rem; height: 1rem; }
.swatch.fill { border-radius: 3px; }
.swatch.sw-band { background: var(--band); border: 1px solid #9bb7d9; border-radius: 3px; }
.swatch.sw-window { background: var(--window); border-left: 1px dashed #6f9fd8; border-right: 1px dashed #6f9fd8; height: 1.3rem; }
.swatch.now-swatch { height: 1.3rem; } .swatch.now-swatch::after { content: ""; position: absolute; left: 50%; top: 0; bottom: 0; border-left: 2px solid var(--now); }
.swatch.seg .fill { position: absolute; top: 0; height: 100%; width: 40%; border-radius: 3px; } .swatch.seg .fill + .fill { left: 60%; }
.chart { position: relative; }
.lane, .row { display: flex; align-items: stretch; min-height: 1.6rem; border-bottom: 1px solid #eee; }
.lane-label { flex: 0 0 var(--label); padding: .15rem .5rem .15rem 0; font-size: .82rem; overflow-wrap: anywhere; }
.lane-label .name { display: block; }
.lane-label .sub { display: block; margin-top: .1rem; font-size: .76rem; }
.when { color: #595959; }
.track { position: relative; flex: 1 1 auto; min-height: 1.6rem; }
.months-lane .track { height: 1.6rem; border-bottom: 2px solid #999; }
.month { position: absolute; top: 0; height: 100%; border-left: 1px solid #bbb; font-size: .78rem; padding-left: .2rem; color: #333; white-space: nowrap; overflow: hidden; }
.band { position: absolute; top: .2rem; height: 1.2rem; background: var(--band); border: 1px solid #9bb7d9; border-radius: 3px; font-size: .72rem; padding: 0 .25rem; overflow: hidden; white-space: nowrap; color: #0d3c74; }
.window { position: absolute; top: 0; bottom: 0; background: var(--window); border-left: 1px dashed #6f9fd8; border-right: 1px dashed #6f9fd8; }
.now { position: absolute; top: 0; bottom: 0; border-left: 2px solid var(--now); opacity: .55; z-index: 1; }
.fill { background: var(--ok); color: #fff; }
.bar { position: absolute; top: .3rem; height: 1.1rem; border-radius: 3px; font-size: .7rem; line-height: 1.1rem; white-space: nowrap; overflow: hidden; padding: 0 .15rem; z-index: 2; container-type: inline-size; }
.bar .icon { margin: 0; vertical-align: -3px; }
.bar .st-word { margin-left: .2rem; font-weight: 700; }
@container (max-width: 7rem) { .st-word { display: none; } }
.drive .fill.sev-error, .swatch.fill.sev-error { background: var(--error); } .drive .fill.sev-warning, .swatch.fill.sev-warning { background: var(--warning); } .drive .fill.sev-info, .swatch.fill.sev-info { background: var(--info); }
.drive .bar .icon { filter: drop-shadow(0 0 1px #fff); }
.fill.st-done { background: var(--done); color: #fff; }
.fill.st-in-progress { background: repeating-linear-gradient(135deg, var(--progress) 0 6px, #2b8fb0 6px 12px); color: #fff; }
.fill.st-not-started { background: var(--todo); color: #333; border: 1.5px dashed #555; }
.fill.st-late { background: repeating-linear-gradient(45deg, var(--late) 0 4px, #8e1b00 4px 8px); color: #fff; }
.fill.st-unknown { background: var(--unknown); color: #333; border: 1px solid #777; }
.progress .fill.sev-error { box-shadow: 0 0 0 2px #fff, 0 0 0 4px var(--error); }
.progress .fill.sev-warning, .swatch.sev-ring { box-shadow: 0 0 0 2px #fff, 0 0 0 4px var(--warning); }
.progress .fill.sev-info { box-shadow: 0 0 0 2px #fff, 0 0 0 4px var(--info); }
.fill.clip-start { border-left: 3px double #000; } .fill.clip-end { border-right: 3px double #000; }
td .status { white-space: normal; }
.status { display: inline-flex; align-items: center; gap: .2rem; font-weight: 700; white-space: nowrap; }
.status.st-done { color: #1b5e20; } .status.st-in-progress { color: #0b4f6c; } .status.st-late { color: #8e1b00; } .status.st-not-started, .status.st-unknown { color: #444; }
.undated { font-size: .78rem; color: #595959; padding-top: .2rem; font-style: italic; }
.row .findings { position: relative; margin: 1.7rem 0 .3rem; z-index: 2; background: rgba(255, 255, 255, .85); }
.findings { list-style: none; padding: 0; margin: 0; font-size: .8rem; }
.finding { margin: .1rem 0; }
.icon { vertical-align: -2px; margin-right: .25rem; flex: none; }
.finding .sev { font-weight: 700; margin-right: .25rem; }
.today { position: absolute; top: 0; bottom: 0; border-left: 2px solid var(--now); }
.today span { position: absolute; top: -1.1rem; left: .2rem; font-size: .72rem; color: var(--now); white-space: nowrap; background: #fff; }
.today.flip span { left: auto; right: .2rem; }
.no-calendar { background: #fff8e1; border-left: 4px solid var(--warning); padding: .5rem .7rem; margin: .3rem 0; font-size: .9rem; }
.footnotes { margin-top: 1.5rem; border-top: 1px solid #ccc; font-size: .75rem; color: #444; }
.footnotes code { font-size: .75rem; overflow-wrap: anywhere; }
table { border-collapse: collapse; width: 100%; font-size: .82rem; table-layout: fixed; }
.c-seq { width: 3.5rem; } .c-step { width: 40%; } .c-period { width: 13%; } .c-resp { width: 13%; } .c-status { width: 12%; } .c-result { width: 18%; } .c-find { width: 22%; }
td { overflow-wrap: anywhere; }
th, td { border: 1px solid #ccc; padding: .3rem .4rem; vertical-align: top; text-align: left; }
th { background: #f3f3f3; }
td .detail p { margin: .15rem 0; color: #333; }
@media screen and (max-width: 640px) {
  body { margin: .75rem; font-size: 16px; }
  h1 { font-size: 1.15rem; }
  .legend ul { grid-template-columns: 1fr; font-size: .9rem; }
  .lane, .row { display: block; padding: .35rem 0; }
  .lane-label { display: block; width: 100%; font-size: .95rem; padding: 0 0 .2rem; }
  .lane-label .sub { font-size: .88rem; }
  .months-lane { position: sticky; top: 0; z-index: 5; background: #fff; }
  .months-lane .lane-label { display: none; }
  .year .rows .track, .year .bands .track { background: repeating-linear-gradient(to right, transparent 0 calc(100% / 12 - 1px), #e6e6e6 calc(100% / 12 - 1px) calc(100% / 12)); }
  .bands .lane-label { display: flex; flex-wrap: wrap; gap: 0 .5rem; font-size: .88rem; }
  .bands .lane-label .sub { margin: 0; }
  .band span { display: none; }
  .month { font-size: .7rem; padding-left: 1px; } .month .y { display: none; }
  .track { display: flow-root; min-height: 1.8rem; }
  .row .findings { margin: 1.9rem 0 .2rem; font-size: .9rem; }
  .today span { font-size: .75rem; }
  table, thead, tbody, tr, td { display: block; width: 100%; }
  colgroup, thead { display: none; }
  tr { border: 1px solid #ccc; border-radius: 4px; margin: 0 0 .6rem; padding: .3rem .5rem; }
  td { border: 0; padding: .15rem 0; font-size: .92rem; }
  td::before { content: attr(data-label); display: block; font-weight: 700; font-size: .78rem; color: #555; }
  td:first-child { font-weight: 700; font-size: 1rem; } td:first-child::before { display: inline; margin-right: .3rem; font-size: 1rem; color: inherit; }
}
@media print {
  @page { size: A4 landscape; margin: 10mm; }
  body { margin: 0; font-size: 10pt; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .row, .lane, tr, .legend li { break-inside: avoid; }
  .table { break-before: page; }
  :root { --label: 13rem; }
}
`;
