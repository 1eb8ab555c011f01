/** The report's stylesheet, inlined so the page needs no network. Colour is never the only signal: icons and words too. */
export const REPORT_CSS = `
:root { --label: 16rem; --error: #c62828; --warning: #b26a00; --info: #1565c0; --ok: #2e7d32; --band: #e3ecf7; --window: rgba(21, 101, 192, .13); }
* { box-sizing: border-box; }
body { font-family: "Sarabun", "TH Sarabun New", "Noto Sans Thai", "Loma", "Tahoma", sans-serif; margin: 1.5rem; color: #1b1b1b; line-height: 1.45; }
h1 { font-size: 1.35rem; margin: 0 0 .3rem; }
h2 { font-size: 1.1rem; margin: 1.4rem 0 .5rem; }
h3 { font-size: .95rem; margin: .8rem 0 .3rem; color: #444; }
.facts { margin: .2rem 0; color: #333; }
.muted { color: #666; }
.count { margin-right: .8rem; font-weight: 600; }
.sev-error { color: var(--error); } .sev-warning { color: var(--warning); } .sev-info { color: var(--info); }
.chart { position: relative; }
.lane, .row { display: flex; align-items: flex-start; min-height: 1.6rem; border-bottom: 1px solid #eee; }
.lane-label { flex: 0 0 var(--label); padding: .15rem .5rem .15rem 0; font-size: .82rem; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.track { position: relative; flex: 1 1 auto; min-height: 1.6rem; }
.months-lane .track { height: 1.6rem; border-bottom: 2px solid #999; }
.month { position: absolute; top: 0; height: 100%; border-left: 1px solid #bbb; font-size: .78rem; padding-left: .2rem; color: #333; white-space: nowrap; overflow: hidden; }
.band { position: absolute; top: .2rem; height: 1.2rem; background: var(--band); border: 1px solid #9bb7d9; border-radius: 3px; font-size: .72rem; padding: 0 .25rem; overflow: hidden; white-space: nowrap; color: #0d3c74; }
.window { position: absolute; top: 0; bottom: 0; background: var(--window); border-left: 1px dashed #6f9fd8; border-right: 1px dashed #6f9fd8; }
.bar { position: absolute; top: .3rem; height: 1rem; border-radius: 3px; background: var(--ok); color: #fff; font-size: .7rem; line-height: 1rem; text-align: center; }
.bar.sev-error { background: var(--error); } .bar.sev-warning { background: var(--warning); } .bar.sev-info { background: var(--info); }
.bar.sev-error, .bar.sev-warning, .bar.sev-info { color: #fff; }
.bar.clip-start { border-left: 3px double #000; } .bar.clip-end { border-right: 3px double #000; }
.undated { font-size: .78rem; color: #666; padding-top: .2rem; font-style: italic; }
.row .findings { position: relative; margin: 1.5rem 0 .3rem; }
.findings { list-style: none; padding: 0; margin: 0; font-size: .8rem; }
.finding { margin: .1rem 0; }
.icon { vertical-align: -2px; margin-right: .25rem; }
.bar .icon { margin: 0; vertical-align: -3px; filter: drop-shadow(0 0 1px #fff); }
.finding .sev { font-weight: 600; margin-right: .25rem; }
.finding code { color: #666; font-size: .72rem; }
.overlay { position: absolute; inset: 0; display: flex; pointer-events: none; }
.overlay .track { position: relative; }
.today { position: absolute; top: 0; bottom: 0; border-left: 2px solid #6a1b9a; }
.today span { position: absolute; top: -1.1rem; left: .2rem; font-size: .72rem; color: #6a1b9a; white-space: nowrap; background: #fff; }
table { border-collapse: collapse; width: 100%; font-size: .82rem; table-layout: fixed; }
.c-seq { width: 3.5rem; } .c-step { width: 44%; } .c-period { width: 13%; } .c-resp { width: 14%; } .c-find { width: 24%; }
td { overflow-wrap: anywhere; }
th, td { border: 1px solid #ccc; padding: .3rem .4rem; vertical-align: top; text-align: left; }
th { background: #f3f3f3; }
td .detail p { margin: .15rem 0; color: #333; }
@media print {
  @page { size: A4 landscape; margin: 10mm; }
  body { margin: 0; font-size: 10pt; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .row, .lane, tr { break-inside: avoid; }
  .table { break-before: page; }
  :root { --label: 13rem; }
}
`;
