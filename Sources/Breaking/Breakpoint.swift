/// A legal place to end a line, with what ending there costs and adds.
struct Breakpoint: Sendable {
    /// Width set at the end of the line when it ends here (a hyphen); 0 for glue.
    var width: Double
    /// The penalty value; 0 for glue.
    var cost: Double
    /// Whether this is a flagged (hyphen) break.
    var flagged: Bool

    /// A break at glue: free, nothing set, not flagged.
    static let glue = Breakpoint(width: 0, cost: 0, flagged: false)

    /// The virtual forced break assumed after items that do not end with one.
    static let implicitEnd = Breakpoint(width: 0, cost: -Penalty.forbidden, flagged: false)

    /// Whether the line must end here.
    var isForced: Bool { cost <= -Penalty.forbidden }
}
