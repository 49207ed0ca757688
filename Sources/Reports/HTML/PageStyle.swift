/// The inline style sheets of the report and the notice pages: no web fonts, no external files, so a
/// page opens the same offline, by e-mail or on a county office's intranet.
enum PageStyle {
    static let fonts = "\"Noto Sans CJK SC\", \"Source Han Sans SC\", \"Microsoft YaHei\", \"PingFang SC\", \"WenQuanYi Micro Hei\", sans-serif"

    static let report = """
    body { font-family: \(fonts); margin: 0; background: #f4f6f9; color: #1f2933; }
    header { background: #1d4e89; color: #fff; padding: 20px 32px; }
    header h1 { margin: 0 0 6px; font-size: 24px; }
    header p { margin: 0; opacity: .85; }
    main { padding: 16px 32px 40px; }
    section { background: #fff; border-radius: 8px; padding: 16px 20px; margin: 16px 0; box-shadow: 0 1px 3px rgba(0,0,0,.08); }
    h2 { font-size: 18px; margin: 0 0 12px; color: #1d4e89; }
    .cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(170px, 1fr)); gap: 12px; }
    .card { border: 1px solid #dde3ea; border-radius: 8px; padding: 12px 14px; }
    .card .value { font-size: 26px; font-weight: 700; }
    .card .label { color: #52606d; font-size: 13px; }
    .card.alert .value { color: #c0392b; }
    table { border-collapse: collapse; width: 100%; font-size: 14px; }
    th, td { border-bottom: 1px solid #e4e7eb; padding: 6px 8px; text-align: left; }
    th { background: #eef2f7; }
    td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
    tr.short td { background: #fdecea; }
    tr.sub td:first-child { padding-left: 24px; }
    .reasons li { margin: 4px 0; }
    .status dl { display: grid; grid-template-columns: max-content 1fr; gap: 4px 16px; margin: 0; }
    .status dt { color: #52606d; }
    .legend { font-size: 13px; color: #52606d; margin: 8px 0 0; }
    .legend span { display: inline-block; margin-right: 14px; }
    .swatch { display: inline-block; width: 12px; height: 12px; vertical-align: -1px; margin-right: 4px; border: 1px solid #ccd; }
    .scroll { overflow-x: auto; }
    .note { color: #52606d; font-size: 13px; }
    svg text { font-family: \(fonts); }
    """

    static let notice = """
    @page { size: A4; margin: 18mm 16mm; }
    body { font-family: \(fonts); color: #111; margin: 24px; }
    h1 { font-size: 22px; margin: 0 0 4px; }
    .sub { color: #444; margin: 0 0 16px; }
    table { border-collapse: collapse; width: 100%; font-size: 14px; }
    th, td { border: 1px solid #888; padding: 6px 8px; text-align: left; vertical-align: top; }
    th { background: #eee; }
    td.num { text-align: right; }
    th:nth-child(-n+2), td:nth-child(-n+2), th:last-child, td:last-child { white-space: nowrap; }
    .foot { margin-top: 24px; font-size: 13px; color: #444; }
    @media print { body { margin: 0; } tr { page-break-inside: avoid; } }
    """
}
