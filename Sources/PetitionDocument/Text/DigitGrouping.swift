/// Writes a count with its digits grouped in threes ("104,532"), the one place that does so for
/// the summary line and the printed list.
public enum DigitGrouping {
    public static func string(_ value: Int, separator: String = ",") -> String {
        let digits = String(value.magnitude)
        var result = value < 0 ? "-" : ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { result += separator }
            result.append(digit)
        }
        return result
    }
}
