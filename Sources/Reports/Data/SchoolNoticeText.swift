import TrainPlanCore

/// Wording shared by the notice sheet and the printable notice pages.
struct SchoolNoticeText {
    let context: ReportContext

    /// "S1 第一小学（学区 D1）：3 人次参训"
    func heading(school: Int, count: Int) -> String {
        let school = context.instance.schools[school]
        return context.language.pick(
            "\(school.id) \(context.displayName(school))（学区 \(school.district)）：\(count) 人次参训",
            "\(school.id) \(context.displayName(school)) (district \(school.district)): \(count) training places"
        )
    }
}
