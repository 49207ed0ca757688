// The summary as `trainplan validate` prints it, in Simplified Chinese or English.

extension InstanceSummary {
    /// One fact per line; stages, kinds and day types in their fixed order, districts by name.
    public func lines(_ language: Language) -> [String] {
        let separator = language.pick("，", ", ")
        let stages = Stage.allCases.compactMap { stage in
            teachersByStage[stage].map { "\(language.pick(stage.rawValue, stage.englishName)) \($0)" }
        }
        let districts = teachersByDistrict.keys.sorted().map { district in
            "\(district.isEmpty ? language.pick("（无学区）", "(no district)") : district) \(teachersByDistrict[district]!)"
        }
        let kinds = SiteKind.allCases.compactMap { kind in
            sitesByKind[kind].map { "\(language.pick(kind.chineseName, kind.rawValue)) \($0)" }
        }
        let days = DayType.allCases.map { type in
            "\(language.pick(type.chineseName, type.rawValue)) \(daysByType[type] ?? 0)"
        }

        var lines = [
            language.pick("实例：\(name)", "Instance: \(name)"),
            language.pick("计划期：\(horizon)，\(days.joined(separator: separator))",
                          "Horizon: \(horizon), \(days.joined(separator: separator))"),
            language.pick("学校：\(schoolCount) 所", "Schools: \(schoolCount)"),
            language.pick("教师：\(teacherCount) 人", "Teachers: \(teacherCount)"),
            language.pick("  按学段：", "  by stage: ") + stages.joined(separator: separator),
            language.pick("  按学区：", "  by district: ") + districts.joined(separator: separator),
            language.pick("培训点：", "Sites: ") + kinds.joined(separator: separator),
            language.pick("项目：\(programmes.count) 个", "Programmes: \(programmes.count)"),
        ]
        for programme in programmes {
            let max = programme.quotaMax.map(String.init) ?? language.pick("不限", "no limit")
            lines.append(language.pick(
                "  \(programme.id) \(programme.name)：最少名额 \(programme.quotaMin)，最多名额 \(max)",
                "  \(programme.id) \(programme.name): quota min \(programme.quotaMin), max \(max)"))
        }
        return lines
    }
}
