#include "svg_shim.h"
#include <librsvg/rsvg.h>
#include <stdio.h>

static int fail(GError *error, const char *what, char *message, int capacity) {
    snprintf(message, (size_t)capacity, "%s: %s", what, error != NULL ? error->message : "unknown error");
    if (error != NULL) g_error_free(error);
    return -1;
}

int pp_svg_render(const char *path, void *cairo, double x, double y, double width, double height,
                  char *message, int capacity) {
    GError *error = NULL;
    RsvgHandle *handle = rsvg_handle_new_from_file(path, &error);
    if (handle == NULL) return fail(error, "cannot read the SVG image", message, capacity);
    RsvgRectangle viewport = { x, y, width, height };
    gboolean drawn = rsvg_handle_render_document(handle, (cairo_t *)cairo, &viewport, &error);
    g_object_unref(handle);
    if (!drawn) return fail(error, "cannot draw the SVG image", message, capacity);
    return 0;
}
