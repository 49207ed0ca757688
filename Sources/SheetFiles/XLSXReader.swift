import Foundation

/// Reads an .xlsx (Office Open XML) workbook: the sheets named in xl/workbook.xml, found through its
/// relationships (never by guessing `sheetN.xml`), with shared strings and date formats applied.
enum XLSXReader {
    static func read(path: String, limits: SpreadsheetLimits, wanted: (String) -> Bool) throws(SpreadsheetError) -> [SheetGrid] {
        var archive = try XLSXArchive(path: path, limits: limits)
        // A .docx, .pptx or .ods renamed .xlsx is told as what it is, not as a workbook missing its parts.
        if let other = archive.otherOfficeFormat() { throw .disguised(other) }

        let packageRelationships = XLSXRelationships(baseFolder: "")
        guard let packageRels = try archive.part("_rels/.rels") else { throw .missingPart("_rels/.rels") }
        try packageRelationships.parse(packageRels, part: "_rels/.rels")
        let workbookPath = packageRelationships.first(typeSuffix: "/officeDocument")?.target ?? "xl/workbook.xml"
        guard let workbookData = try archive.part(workbookPath) else { throw .missingPart(workbookPath) }
        let workbook = XLSXWorkbookPart()
        try workbook.parse(workbookData, part: workbookPath)

        let folder = workbookPath.split(separator: "/").dropLast().joined(separator: "/")
        let fileName = workbookPath.split(separator: "/").last.map(String.init) ?? "workbook.xml"
        let relationshipsPath = (folder.isEmpty ? "" : folder + "/") + "_rels/\(fileName).rels"
        let relationships = XLSXRelationships(baseFolder: folder)
        guard let relationshipsData = try archive.part(relationshipsPath) else {
            throw .missingPart(relationshipsPath)
        }
        try relationships.parse(relationshipsData, part: relationshipsPath)

        var sharedStrings: [String] = []
        if let target = relationships.first(typeSuffix: "/sharedStrings")?.target,
           let data = try archive.part(target) {
            let part = XLSXSharedStrings()
            try part.parse(data, part: target)
            sharedStrings = part.strings
        }
        var isDateFormat: [Bool] = []
        if let target = relationships.first(typeSuffix: "/styles")?.target, let data = try archive.part(target) {
            let part = XLSXStyles()
            try part.parse(data, part: target)
            isDateFormat = part.isDateFormat
        }

        var grids: [SheetGrid] = []
        for entry in workbook.sheets {
            // Chart sheets and dialog sheets hold no cells.
            guard let relationship = relationships.byID[entry.relationshipID],
                  relationship.type.hasSuffix("/worksheet") else { continue }
            guard let data = try archive.part(relationship.target) else { throw .missingPart(relationship.target) }
            let part = XLSXWorksheetPart(sheetName: entry.name, sharedStrings: sharedStrings,
                                         isDateFormat: isDateFormat, uses1904: workbook.uses1904,
                                         limits: limits, firstRowOnly: !wanted(entry.name))
            try part.parse(data, part: relationship.target)
            grids.append(SheetGrid(name: entry.name, isHidden: entry.isHidden, rows: try part.filledMerges()))
        }
        return grids
    }
}
