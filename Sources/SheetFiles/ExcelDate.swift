/// Excel's day serial numbers as calendar days, in the 1900 and 1904 date systems.
enum ExcelDate {
    /// The calendar day of `serial`; nil outside years 1900–9999. In the 1900 system serial 1 is 1900-01-01
    /// and serial 60 is Excel's non-existent 1900-02-29 (kept for Lotus compatibility, read here as
    /// 1900-02-28), so serials below 61 count from 1899-12-31 and later ones from 1899-12-30. In the 1904
    /// system serial 0 is 1904-01-01.
    static func day(serial: Double, uses1904: Bool) -> (year: Int, month: Int, day: Int)? {
        guard serial.isFinite, serial >= 0, serial < 2_958_466 else { return nil }
        let whole = Int(serial.rounded(.down))
        let daysSince1970: Int
        if uses1904 {
            daysSince1970 = whole - 24_107 // 1904-01-01 is day -24107 from 1970-01-01
        } else if whole < 61 {
            guard whole >= 1 else { return nil }
            daysSince1970 = whole - 25_568 - (whole == 60 ? 1 : 0)
        } else {
            daysSince1970 = whole - 25_569 // 1899-12-30 is day -25569
        }
        return civil(daysSince1970)
    }

    /// Howard Hinnant's days-from-civil inverse (proleptic Gregorian).
    private static func civil(_ days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
