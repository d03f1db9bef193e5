/// The time arguments of `--reset-offsets`: `--to-datetime` (Kafka Utils.getDateTime) and
/// `--by-duration` (java.time.Duration.parse). Pure.
public enum TimeSpecs {
    /// Milliseconds since the epoch of `YYYY-MM-DDTHH:mm:SS.sss` with an optional zone (`Z`,
    /// `+02:00`, `+0200`); without a zone the time is UTC.
    /// - Returns: nil when the text does not parse.
    public static func parseDateTime(_ text: String) -> Int64? {
        let characters = Array(text)
        guard characters.count >= 23 else { return nil }
        func number(_ start: Int, _ length: Int) -> Int? {
            guard start + length <= characters.count else { return nil }
            let slice = characters[start..<start + length]
            guard slice.allSatisfy(\.isASCII), slice.allSatisfy(\.isNumber) else { return nil }
            return Int(String(slice))
        }
        guard characters[4] == "-", characters[7] == "-", characters[10] == "T", characters[13] == ":",
            characters[16] == ":", characters[19] == ".",
            let year = number(0, 4), let month = number(5, 2), let day = number(8, 2), let hour = number(11, 2),
            let minute = number(14, 2), let second = number(17, 2), let millis = number(20, 3),
            (1...12).contains(month), (1...31).contains(day), hour < 24, minute < 60, second < 60
        else { return nil }
        let zone = String(characters[23...])
        var offsetSeconds = 0
        switch zone {
        case "", "Z":
            offsetSeconds = 0
        default:
            let sign: Int
            switch zone.first {
            case "+": sign = 1
            case "-": sign = -1
            default: return nil
            }
            let digits = zone.dropFirst().filter { $0 != ":" }
            guard digits.count == 4, digits.allSatisfy(\.isNumber), let hours = Int(digits.prefix(2)),
                let minutes = Int(digits.suffix(2))
            else { return nil }
            offsetSeconds = sign * (hours * 3600 + minutes * 60)
        }
        let days = Self.daysFromCivil(year: year, month: month, day: day)
        let seconds = Int64(days) * 86400 + Int64(hour * 3600 + minute * 60 + second) - Int64(offsetSeconds)
        return seconds * 1000 + Int64(millis)
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil).
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146097 + dayOfEra - 719468
    }

    /// Milliseconds of an ISO-8601 duration `PnDTnHnMn.nS` (java.time.Duration.parse), with an
    /// optional sign before `P` and on each number.
    /// - Returns: nil when the text does not parse.
    public static func parseDuration(_ text: String) -> Int64? {
        var rest = Substring(text.uppercased())
        var negate = false
        if rest.first == "-" || rest.first == "+" {
            negate = rest.first == "-"
            rest = rest.dropFirst()
        }
        guard rest.first == "P" else { return nil }
        rest = rest.dropFirst()
        var total: Double = 0
        var inTime = false
        var sawAny = false
        var number = ""
        for character in rest {
            switch character {
            case "T":
                guard !inTime, number.isEmpty else { return nil }
                inTime = true
            case "0"..."9", ".", "-", "+":
                number.append(character)
            case "D", "H", "M", "S":
                guard let value = Double(number), (character == "D") != inTime else { return nil }
                if character != "S" && number.contains(".") { return nil }
                let unit: Double = ["D": 86_400_000, "H": 3_600_000, "M": 60000, "S": 1000][character] ?? 0
                total += value * unit
                number = ""
                sawAny = true
            default:
                return nil
            }
        }
        guard sawAny, number.isEmpty else { return nil }
        return Int64((negate ? -total : total).rounded(.towardZero))
    }
}
