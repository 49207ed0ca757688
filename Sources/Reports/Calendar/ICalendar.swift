import TrainPlanCore

/// An iCalendar file (RFC 5545) of all-day events: CRLF line ends, lines folded at 75 octets,
/// TEXT values escaped. DTSTAMP is a fixed stamp so that the same plan gives the same bytes.
struct ICalendar {
    struct Event {
        var uid: String
        var summary: String
        var location: String
        var description: String
        var first: PlanDate
        /// Inclusive; DTEND is written as the day after (RFC 5545: DTEND is exclusive).
        var last: PlanDate
    }

    var name: String
    var events: [Event]

    func render(stamp: PlanDate) -> String {
        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//trainplan//training plan//ZH", "CALSCALE:GREGORIAN",
                     "METHOD:PUBLISH", "X-WR-CALNAME:" + Self.escape(name)]
        for event in events {
            lines += [
                "BEGIN:VEVENT",
                "UID:" + Self.escape(event.uid),
                "DTSTAMP:" + Self.basic(stamp) + "T000000Z",
                "DTSTART;VALUE=DATE:" + Self.basic(event.first),
                "DTEND;VALUE=DATE:" + Self.basic(event.last.adding(days: 1)),
                "SUMMARY:" + Self.escape(event.summary),
                "LOCATION:" + Self.escape(event.location),
                "DESCRIPTION:" + Self.escape(event.description),
                "TRANSP:OPAQUE",
                "END:VEVENT",
            ]
        }
        lines.append("END:VCALENDAR")
        return lines.map(Self.fold).map { $0 + "\r\n" }.joined()
    }

    /// 20260907
    static func basic(_ date: PlanDate) -> String { date.description.replacingOccurrences(of: "-", with: "") }

    /// RFC 5545 §3.3.11: backslash, semicolon and comma are escaped, a line break becomes \n.
    static func escape(_ text: String) -> String {
        var escaped = ""
        for character in text {
            switch character {
            case "\\": escaped += "\\\\"
            case ";": escaped += "\\;"
            case ",": escaped += "\\,"
            case "\n", "\r\n", "\r": escaped += "\\n"
            default: escaped.append(character)
            }
        }
        return escaped
    }

    /// RFC 5545 §3.1: a line longer than 75 octets continues on lines starting with one space; a UTF-8
    /// sequence is never split (Chinese text takes 3 octets per character).
    static func fold(_ line: String) -> String {
        var folded = ""
        var octets = 0
        for scalar in line.unicodeScalars {
            let size = String(scalar).utf8.count
            if octets + size > 75 {
                folded += "\r\n "
                octets = 1
            }
            folded.unicodeScalars.append(scalar)
            octets += size
        }
        return folded
    }
}
