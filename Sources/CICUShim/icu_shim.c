#include "icu_shim.h"
#include <string.h>
#include <unicode/ubidi.h>
#include <unicode/ubrk.h>
#include <unicode/uscript.h>
#include <unicode/uchar.h>
#include <unicode/uloc.h>

int32_t pp_bidi_levels(const uint16_t *text, int32_t length, uint8_t paragraph_level,
                       uint8_t *levels, uint8_t *resolved_paragraph_level) {
    UErrorCode status = U_ZERO_ERROR;
    UBiDi *bidi = ubidi_openSized(length, 0, &status);
    if (U_FAILURE(status)) return (int32_t)status;
    UBiDiLevel level = paragraph_level > 1 ? UBIDI_DEFAULT_LTR : (UBiDiLevel)paragraph_level;
    ubidi_setPara(bidi, (const UChar *)text, length, level, NULL, &status);
    if (U_SUCCESS(status)) {
        const UBiDiLevel *resolved = ubidi_getLevels(bidi, &status);
        if (U_SUCCESS(status)) {
            if (length > 0) memcpy(levels, resolved, (size_t)length);
            *resolved_paragraph_level = ubidi_getParaLevel(bidi);
        }
    }
    ubidi_close(bidi);
    return U_FAILURE(status) ? (int32_t)status : 0;
}

/* Opening a line break iterator loads and compiles ICU's rules, far more work than breaking a
 * name, so each thread keeps the last one it opened and only resets its text. */
static __thread UBreakIterator *cached_iterator = NULL;
static __thread char cached_locale[32];

static UBreakIterator *line_iterator(const char *locale, UErrorCode *status) {
    if (cached_iterator != NULL && strncmp(cached_locale, locale, sizeof cached_locale) == 0) {
        return cached_iterator;
    }
    if (cached_iterator != NULL) {
        ubrk_close(cached_iterator);
        cached_iterator = NULL;
    }
    UBreakIterator *iterator = ubrk_open(UBRK_LINE, locale, NULL, 0, status);
    if (U_FAILURE(*status)) return NULL;
    cached_iterator = iterator;
    strncpy(cached_locale, locale, sizeof cached_locale - 1);
    cached_locale[sizeof cached_locale - 1] = 0;
    return iterator;
}

int32_t pp_line_breaks(const uint16_t *text, int32_t length, const char *locale,
                       int32_t *offsets, uint8_t *mandatory, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    UBreakIterator *iterator = line_iterator(locale, &status);
    if (iterator == NULL) return -(int32_t)status;
    ubrk_setText(iterator, (const UChar *)text, length, &status);
    if (U_FAILURE(status)) return -(int32_t)status;
    int32_t count = 0;
    for (int32_t position = ubrk_next(iterator); position != UBRK_DONE; position = ubrk_next(iterator)) {
        if (count >= capacity) break;
        int32_t rule = ubrk_getRuleStatus(iterator);
        offsets[count] = position;
        mandatory[count] = (rule >= UBRK_LINE_HARD && rule < UBRK_LINE_HARD_LIMIT) ? 1 : 0;
        count++;
    }
    /* Drop the reference to the caller's buffer, which is freed after this call. */
    ubrk_setText(iterator, NULL, 0, &status);
    return count;
}

int32_t pp_script_of(uint32_t code_point) {
    UErrorCode status = U_ZERO_ERROR;
    UScriptCode script = uscript_getScript((UChar32)code_point, &status);
    return U_FAILURE(status) ? USCRIPT_UNKNOWN : (int32_t)script;
}

int32_t pp_has_script(uint32_t code_point, int32_t script) {
    return uscript_hasScript((UChar32)code_point, (UScriptCode)script) ? 1 : 0;
}

int32_t pp_script_iso_code(int32_t script, char *buffer) {
    const char *name = uscript_getShortName((UScriptCode)script);
    if (name == NULL || strlen(name) != 4) return -1;
    memcpy(buffer, name, 5);
    return 0;
}

int32_t pp_base_direction(const uint16_t *text, int32_t length) {
    switch (ubidi_getBaseDirection((const UChar *)text, length)) {
    case UBIDI_LTR: return 0;
    case UBIDI_RTL: return 1;
    default: return 2;
    }
}

int32_t pp_locale_is_rtl(const char *locale) {
    char canonical[64];
    UErrorCode status = U_ZERO_ERROR;
    uloc_forLanguageTag(locale, canonical, sizeof canonical, NULL, &status);
    if (U_FAILURE(status)) return 0;
    return uloc_isRightToLeft(canonical) ? 1 : 0;
}
