import Diagnostics

/// One value from a layout file, with the place it starts so messages can point at it.
package struct TOMLValue: Equatable {
    /// The kinds of value the layout-file subset of TOML supports.
    package enum Content: Equatable {
        case string(String)
        case integer(Int)
        case float(Double)
        case boolean(Bool)
        /// Arrays hold scalars only.
        case array([TOMLValue])
    }

    package var content: Content
    package var location: SourceLocation

    /// The kind of value in words, for messages such as "got a string".
    package var kindDescription: String {
        switch content {
        case .string: "a string"
        case .integer, .float: "a number"
        case .boolean: "a boolean"
        case .array: "an array"
        }
    }
}
