import TrainPlanCore

/// The frame every self-contained page shares: doctype, language, title, the report style, a header.
enum HTMLPage {
    /// `main` is already HTML; `title` and `subtitle` are plain text and get escaped here.
    static func document(title: String, subtitle: String, language: Language, main: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="\(language.pick("zh-CN", "en"))">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(HTMLText.escape(title))</title>
        <style>
        \(PageStyle.report)
        </style>
        </head>
        <body>
        <header><h1>\(HTMLText.escape(title))</h1><p>\(HTMLText.escape(subtitle))</p></header>
        <main>
        \(main)
        </main>
        </body>
        </html>

        """
    }
}
