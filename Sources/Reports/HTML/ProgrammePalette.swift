/// One colour per programme, the same in every chart of a report.
enum ProgrammePalette {
    private static let colours = ["#2f6db5", "#e07b39", "#3a9d5d", "#8e5bb5", "#c94f5d", "#2a9d9f", "#b58a2f", "#5d6d7e",
                                  "#d45d9c", "#6b8e23"]

    static func colour(_ programme: Int) -> String { colours[programme % colours.count] }
}
