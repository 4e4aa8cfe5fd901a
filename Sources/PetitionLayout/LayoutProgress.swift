/// How far a layout has got, for a progress bar: the phase and the work done in it.
public struct LayoutProgress: Sendable, Equatable {
    public enum Phase: String, Sendable {
        /// Setting every signatory entry once to learn its height.
        case measuring
        /// Building and writing pages.
        case pages
    }

    public var phase: Phase
    public var done: Int
    public var total: Int
}
