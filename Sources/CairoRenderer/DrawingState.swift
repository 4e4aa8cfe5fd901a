import CCairo

/// The font face, size and grey last set on one cairo context, so a run that draws like the one
/// before it sets nothing. Setting a font size makes cairo drop its scaled font and look it up
/// again in its global font map at the next text; setting a colour makes a new pattern.
struct DrawingState {
    private var face: OpaquePointer?
    private var size: Double?
    private var gray: Double?

    /// Sets the font face and size for the next text, where they differ from the last ones set.
    mutating func setFont(_ face: OpaquePointer, size: Double, in context: OpaquePointer) {
        if face != self.face {
            cairo_set_font_face(context, face)
            self.face = face
        }
        if size != self.size {
            cairo_set_font_size(context, size)
            self.size = size
        }
    }

    /// Sets the source to a grey level (0 black ... 1 white), where it differs from the last one.
    mutating func setGray(_ gray: Double, in context: OpaquePointer) {
        guard gray != self.gray else { return }
        cairo_set_source_rgb(context, gray, gray, gray)
        self.gray = gray
    }

    /// Forgets the colour: the source was set to something other than a grey (a coloured box).
    mutating func forgetColor() {
        gray = nil
    }

    /// Forgets what was set: another context, or the source was changed behind this state's back.
    mutating func reset() {
        self = DrawingState()
    }
}
