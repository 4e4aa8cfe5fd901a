import Typography

extension ParagraphStyle {
    /// This style for `text`, set in the direction of its own first strong character (as if it
    /// were a first-strong isolate), or the start side's when it has none (digits, an initial):
    /// each signatory entry and each paragraph resolves its bidi on its own.
    func directed(for text: String) -> ParagraphStyle {
        var style = self
        style.direction = TextDirection.firstStrong(in: text) ?? startSide ?? .leftToRight
        return style
    }
}
