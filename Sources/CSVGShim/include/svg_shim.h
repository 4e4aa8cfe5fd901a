#ifndef PETITION_SVG_SHIM_H
#define PETITION_SVG_SHIM_H
// Draws SVG files with librsvg into a cairo context. Only plain C types cross this header, so the
// renderer's Swift code never sees GLib.

/// Renders the SVG file at `path` scaled into the rectangle (x, y, width, height) of the cairo
/// context `cairo` (a cairo_t *). Returns 0 on success; otherwise writes a NUL-terminated message
/// of at most `capacity` bytes into `message` and returns -1.
int pp_svg_render(const char *path, void *cairo, double x, double y, double width, double height,
                  char *message, int capacity);

#endif
