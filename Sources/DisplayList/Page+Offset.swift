extension Page {
    /// The page with everything on it moved by `dx`, `dy` points (the page size unchanged).
    public func offset(dx: Double, dy: Double) -> Page {
        var moved = self
        moved.items = items.map { item in
            switch item {
            case .glyphs(var run):
                run.glyphs = run.glyphs.map { PositionedGlyph(id: $0.id, x: $0.x + dx, y: $0.y + dy) }
                return .glyphs(run)
            case .rule(var rule):
                rule.x0 += dx; rule.x1 += dx; rule.y0 += dy; rule.y1 += dy
                return .rule(rule)
            case .image(var image):
                image.x += dx; image.y += dy
                return .image(image)
            case .box(var box):
                box.x += dx; box.y += dy
                return .box(box)
            }
        }
        moved.links = links.map { var link = $0; link.x += dx; link.y += dy; return link }
        moved.bookmarks = bookmarks.map { var bookmark = $0; bookmark.y += dy; return bookmark }
        moved.printBoxes = printBoxes.map { boxes in
            func shift(_ box: PrintBoxes.Box) -> PrintBoxes.Box {
                PrintBoxes.Box(x: box.x + dx, y: box.y + dy, width: box.width, height: box.height)
            }
            return PrintBoxes(trim: shift(boxes.trim), bleed: shift(boxes.bleed))
        }
        return moved
    }
}
