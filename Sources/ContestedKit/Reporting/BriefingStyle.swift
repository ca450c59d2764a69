/// The inline style sheet of the HTML briefing: system fonts, bordered tables, a map beside its legend on wide
/// screens and under it on a phone, and an A4 print layout (no colours lost, links' addresses printed).
enum BriefingStyle {
  static let css = """
    :root { --ink: #1b2631; --muted: #566573; --rule: #d5dbdb; --band: #f4f6f6; }
    * { box-sizing: border-box; }
    body { margin: 0; color: var(--ink); background: #fff; font: 16px/1.5 system-ui, -apple-system, "Segoe UI",
      Roboto, "Noto Sans", Arial, sans-serif; }
    main { max-width: 60rem; margin: 0 auto; padding: 1rem 1.25rem 3rem; }
    h1 { font-size: 1.6rem; line-height: 1.25; margin: 0.5rem 0; }
    h2 { font-size: 1.3rem; border-bottom: 2px solid var(--ink); padding-bottom: 0.2rem; margin-top: 2rem; }
    h3 { font-size: 1.1rem; margin: 1.25rem 0 0.5rem; }
    h4 { font-size: 1rem; margin: 0.75rem 0 0.25rem; }
    .meta, .note { color: var(--muted); }
    .meta { font-size: 0.9rem; }
    a { color: #1a5276; overflow-wrap: anywhere; }
    q { font-style: italic; }
    table { border-collapse: collapse; width: 100%; font-size: 0.9rem; }
    th, td { border: 1px solid var(--rule); padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
    thead th { background: var(--band); }
    td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
    table.summary { width: auto; min-width: 18rem; }
    table.summary th { font-weight: normal; }
    td.when { white-space: nowrap; }
    .scroll { overflow-x: auto; }
    dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.15rem 0.75rem; margin: 0.5rem 0; }
    dl.facts dt { font-weight: 600; }
    dl.facts dd { margin: 0; }
    ul.claims { padding-left: 1.25rem; }
    ul.claims li { margin: 0.35rem 0; }
    .who { font-weight: 600; }
    .ids { color: var(--muted); font-size: 0.85rem; overflow-wrap: anywhere; }
    article.conflict { border-left: 4px solid var(--rule); padding-left: 0.75rem; margin: 1rem 0; }
    article.status-open { border-left-color: #c0392b; }
    article.status-in-review { border-left-color: #d68910; }
    article.status-resolved { border-left-color: #1e8449; }
    article.status-unresolvable { border-left-color: #626567; }
    .map-block { display: flex; gap: 1rem; align-items: flex-start; }
    svg.map { flex: 1 1 auto; width: 100%; max-width: 40rem; height: auto; border: 1px solid var(--rule); }
    .map-side { flex: 0 0 14rem; font-size: 0.9rem; }
    ul.legend, ul.unplaced { list-style: none; padding: 0; margin: 0 0 0.5rem; }
    .swatch { display: inline-block; width: 0.8rem; height: 0.8rem; border-radius: 50%; margin-right: 0.35rem;
      vertical-align: -0.05rem; }
    p.legend { font-size: 0.85rem; color: var(--muted); }
    svg.timeline { width: 100%; height: auto; display: block; }
    @media (max-width: 40rem) {
      body { font-size: 15px; }
      main { padding: 0.75rem; }
      .map-block { flex-direction: column; }
      .map-side { flex-basis: auto; }
      dl.facts { grid-template-columns: 1fr; }
      dl.facts dd { margin-bottom: 0.35rem; }
    }
    @page { size: A4; margin: 14mm 12mm; }
    @media print {
      * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
      body { font-size: 10pt; }
      main { max-width: none; padding: 0; }
      h2 { break-after: avoid; }
      h3, h4 { break-after: avoid; }
      article.place, .map-block, tr, svg { break-inside: avoid; }
      .scroll { overflow: visible; }
      a { color: inherit; text-decoration: none; }
      ul.claims a[href]::after { content: " <" attr(href) ">"; font-size: 8pt; color: var(--muted); }
    }

    """
}
