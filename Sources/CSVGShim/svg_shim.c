#include "svg_shim.h"
#include <dlfcn.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>

// librsvg is opened the first time a letter has an SVG logo, not linked: with its GIO, Pango,
// libxml2 and gdk-pixbuf it is about 4 MB of every process's resident memory and a few
// milliseconds of relocation at start, for a feature most letters do not use. The few calls
// below go through pointers looked up once. The types are librsvg 2.48's and GLib's, declared
// here by their documented layout so that no GLib header is needed.

typedef struct { double x, y, width, height; } SVGRectangle;        // RsvgRectangle
typedef struct { uint32_t domain; int code; char *message; } SVGError;  // GError
typedef void SVGHandle;                                                 // RsvgHandle

static struct {
    SVGHandle *(*newFromFile)(const char *path, SVGError **error);
    int (*renderDocument)(SVGHandle *handle, void *cairo, const SVGRectangle *viewport, SVGError **error);
    void (*unreference)(void *object);
    void (*freeError)(SVGError *error);
    char failure[256];
} librsvg;

static pthread_once_t librsvgOpened = PTHREAD_ONCE_INIT;

static void openLibrsvg(void) {
    void *library = dlopen("librsvg-2.so.2", RTLD_NOW | RTLD_LOCAL);
    if (library == NULL) {
        snprintf(librsvg.failure, sizeof librsvg.failure,
                 "librsvg is not installed (Debian package librsvg2-2): %s", dlerror());
        return;
    }
    // GLib's functions come from librsvg's own dependencies, found through its handle.
    *(void **)&librsvg.newFromFile = dlsym(library, "rsvg_handle_new_from_file");
    *(void **)&librsvg.renderDocument = dlsym(library, "rsvg_handle_render_document");
    *(void **)&librsvg.unreference = dlsym(library, "g_object_unref");
    *(void **)&librsvg.freeError = dlsym(library, "g_error_free");
    if (!librsvg.newFromFile || !librsvg.renderDocument || !librsvg.unreference || !librsvg.freeError) {
        snprintf(librsvg.failure, sizeof librsvg.failure,
                 "librsvg-2.so.2 lacks the functions of librsvg 2.46 that draw an SVG image");
        librsvg.newFromFile = NULL;
    }
}

static int fail(SVGError *error, const char *what, char *message, int capacity) {
    snprintf(message, (size_t)capacity, "%s: %s", what, error != NULL ? error->message : "unknown error");
    if (error != NULL) librsvg.freeError(error);
    return -1;
}

int pp_svg_render(const char *path, void *cairo, double x, double y, double width, double height,
                  char *message, int capacity) {
    pthread_once(&librsvgOpened, openLibrsvg);
    if (librsvg.newFromFile == NULL) {
        snprintf(message, (size_t)capacity, "cannot draw the SVG image: %s", librsvg.failure);
        return -1;
    }
    SVGError *error = NULL;
    SVGHandle *handle = librsvg.newFromFile(path, &error);
    if (handle == NULL) return fail(error, "cannot read the SVG image", message, capacity);
    SVGRectangle viewport = { x, y, width, height };
    int drawn = librsvg.renderDocument(handle, cairo, &viewport, &error);
    librsvg.unreference(handle);
    if (!drawn) return fail(error, "cannot draw the SVG image", message, capacity);
    return 0;
}
