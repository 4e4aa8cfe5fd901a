/// A stretch of text in one script.
public struct ScriptRun: Sendable, Equatable {
    /// UTF-16 offsets into the paragraph.
    public var range: Range<Int>
    public var script: Script
}

/// Splits text into runs of one script (UAX #24). Common and Inherited characters (spaces,
/// digits, punctuation, combining marks) join the run before them, or the first real script after
/// them at the start of the text, as in HarfBuzz's and Pango's itemizers.
public enum ScriptRuns {
    public static func itemize(_ text: [UInt16]) -> [ScriptRun] {
        var runs: [ScriptRun] = []
        var current: Script?
        var runStart = 0
        var offset = 0
        for (scalar, _, width) in UTF16Scalars(text) {
            // ASCII letters are Latin, everything else in ASCII is Common: no need to ask ICU.
            let script = scalar.isASCII ? (scalar.properties.isAlphabetic ? Script.latin : .common) : Script(of: scalar)
            if !script.isShared {
                if let running = current {
                    if script != running, !running.isUsed(by: scalar) {
                        runs.append(ScriptRun(range: runStart..<offset, script: running))
                        runStart = offset
                        current = script
                    }
                } else {
                    current = script
                }
            }
            offset += width
        }
        if offset > runStart {
            runs.append(ScriptRun(range: runStart..<offset, script: current ?? .common))
        }
        return runs
    }
}
