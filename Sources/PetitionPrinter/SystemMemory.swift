import Foundation

/// Giving memory back to the system between the phases of a long render.
enum SystemMemory {
    private typealias Trim = @convention(c) (Int) -> Int32

    /// glibc's `malloc_trim`, looked up at run time (Swift's Glibc module does not declare it);
    /// nil with another C library.
    private static let trim: Trim? = {
        guard let symbol = dlsym(nil, "malloc_trim") else { return nil }
        return unsafeBitCast(symbol, to: Trim.self)
    }()

    /// Returns the free pages of every malloc arena to the system. glibc keeps memory a thread
    /// freed in that thread's arena, where the other threads cannot reuse it: after a phase with
    /// a large passing need (font subsetting), the process would otherwise carry it to the end.
    static func giveBackFreePages() {
        _ = trim?(0)
    }
}
