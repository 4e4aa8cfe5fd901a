/// How a signatory file was read.
public enum SignatoryFormat: Sendable, Equatable {
    /// CSV with a header row, fields separated by `delimiter` (`,`, `;` or tab).
    case csv(delimiter: Character)
    /// One name per line.
    case namePerLine
    /// One JSON object per line.
    case jsonLines
}
