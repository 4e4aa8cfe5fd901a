extension WebPage {
    /// The page's style: one column on a phone, the options side by side on a laptop; system
    /// fonts; text colours with a contrast of at least 7:1 (WCAG AAA) and a dark focus ring
    /// (over 15:1 against the white page) that also shows around the blue buttons.
    static let style = """
    :root { color-scheme: light; --ink: #1b1b1f; --muted: #45464f; --accent: #0a4b8c; --accent-ink: #ffffff;
            --line: #8a8c96; --panel: #f4f5f8; --danger: #8c1111; --focus: #1b1b1f; }
    * { box-sizing: border-box; }
    body { margin: 0; background: #ffffff; color: var(--ink);
           font: 1.0625rem/1.5 system-ui, -apple-system, "Segoe UI", "Noto Sans", "Noto Sans Arabic", "Noto Sans CJK SC", sans-serif; }
    main { max-width: 56rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
    h1 { font-size: 1.9rem; line-height: 1.2; margin: 0.5rem 0 0.25rem; }
    h2 { font-size: 1.4rem; margin: 2rem 0 0.5rem; }
    h3 { font-size: 1.1rem; margin: 1.5rem 0 0.5rem; }
    .intro { color: var(--muted); margin: 0 0 1.5rem; }
    fieldset { border: 1px solid var(--line); border-radius: 0.5rem; margin: 0 0 1.25rem; padding: 0.75rem 1rem 1rem;
               background: var(--panel); min-width: 0; }
    legend { font-weight: 700; padding: 0 0.4rem; }
    label { display: block; font-weight: 600; margin: 0.75rem 0 0.25rem; }
    input[type=text], select, textarea { width: 100%; font: inherit; color: var(--ink); background: #ffffff;
           border: 1px solid var(--line); border-radius: 0.35rem; padding: 0.5rem 0.6rem; min-height: 2.75rem; }
    textarea { resize: vertical; min-height: 7rem; }
    input[type=file] { width: 100%; font: inherit; padding: 0.4rem 0; }
    input[type=file]::file-selector-button { font: inherit; margin-inline-end: 0.75rem; padding: 0.45rem 0.9rem;
           border: 1px solid var(--accent); border-radius: 0.35rem; background: #ffffff; color: var(--accent); cursor: pointer; }
    .check { display: flex; align-items: center; gap: 0.6rem; margin-top: 0.75rem; }
    .check label { margin: 0; }
    .check input { flex: 0 0 auto; width: 1.4rem; height: 1.4rem; margin: 0; accent-color: var(--accent); }
    .hint { color: var(--muted); font-size: 0.95rem; margin: 0.3rem 0 0; }
    .grid { display: grid; grid-template-columns: 1fr; gap: 0 1.25rem; }
    @media (min-width: 40rem) { .grid { grid-template-columns: 1fr 1fr; } .grid .wide { grid-column: 1 / -1; } }
    button, .button { display: inline-block; font: inherit; font-weight: 700; background: var(--accent); color: var(--accent-ink);
           border: 0; border-radius: 0.4rem; padding: 0.75rem 1.5rem; min-height: 2.75rem; cursor: pointer; text-decoration: none; }
    button:hover, .button:hover { background: #083a6d; }
    button[disabled] { background: var(--muted); cursor: progress; }
    :focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
    a { color: var(--accent); }
    progress { width: 100%; height: 1.25rem; accent-color: var(--accent); }
    #failure { border-inline-start: 0.4rem solid var(--danger); padding: 0.25rem 1rem; background: #fdf2f2; margin-top: 1.5rem; }
    #failure h2 { color: var(--danger); margin-top: 0.5rem; }
    #failure-message { white-space: pre-wrap; overflow-wrap: anywhere; font-family: ui-monospace, "Noto Sans Mono", monospace; font-size: 0.95rem; }
    dl { display: grid; grid-template-columns: max-content auto; gap: 0.25rem 1rem; margin: 0 0 1rem; }
    dt { font-weight: 600; } dd { margin: 0; font-variant-numeric: tabular-nums; }
    .downloads { display: flex; flex-wrap: wrap; gap: 0.75rem 1.25rem; align-items: center; }
    .previews { display: flex; gap: 0.75rem; overflow-x: auto; padding-bottom: 0.5rem; }
    .previews figure { margin: 0; flex: 0 0 auto; }
    .previews img { display: block; height: 16rem; width: auto; border: 1px solid var(--line); box-shadow: 0 1px 4px rgba(0,0,0,0.15); background: #ffffff; }
    .previews figcaption { text-align: center; color: var(--muted); font-size: 0.9rem; }
    .table-wrap { overflow-x: auto; }
    table { border-collapse: collapse; width: 100%; font-size: 0.95rem; }
    th, td { text-align: start; vertical-align: top; padding: 0.4rem 0.6rem; border-bottom: 1px solid var(--line); }
    th { background: var(--panel); }
    td:first-child { width: 1%; white-space: nowrap; font-family: ui-monospace, "Noto Sans Mono", monospace; }
    td:last-child { overflow-wrap: anywhere; }
    .footer { margin-top: 2.5rem; }
    @media (max-width: 30rem) { h1 { font-size: 1.6rem; } main { padding: 1rem 0.75rem 2rem; } .previews img { height: 12rem; } }
    """
}
