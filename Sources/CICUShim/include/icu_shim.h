#ifndef PETITION_ICU_SHIM_H
#define PETITION_ICU_SHIM_H
// A thin, plain-C face over ICU (icu-uc). Only <stdint.h> types cross this header so that Swift
// modules importing it never see ICU's own type names, which clash with Foundation's copy of ICU
// (see shared/design/c-libraries.md, trap 1).
#include <stdint.h>

/// Resolves UAX #9 embedding levels for one paragraph of UTF-16 text.
/// `paragraph_level` is 0 (LTR), 1 (RTL) or 255 (detect from the first strong character).
/// Writes one level per UTF-16 unit into `levels` and the paragraph's resolved level into
/// `resolved_paragraph_level`. Returns 0 on success, an ICU error code otherwise.
int32_t pp_bidi_levels(const uint16_t *text, int32_t length, uint8_t paragraph_level,
                       uint8_t *levels, uint8_t *resolved_paragraph_level);

/// Finds UAX #14 line-break opportunities in UTF-16 text with ICU's line break iterator for
/// `locale` (for example "en", "ja"; may be empty). Writes at most `capacity` break offsets
/// (UTF-16 unit offsets where a line may start, excluding 0, including `length`) into `offsets`,
/// and for each whether the break is mandatory (1) or an opportunity (0) into `mandatory`.
/// Returns the number of breaks, or a negative ICU error code.
int32_t pp_line_breaks(const uint16_t *text, int32_t length, const char *locale,
                       int32_t *offsets, uint8_t *mandatory, int32_t capacity);

/// The ICU script code (UScriptCode) of a code point; 0 is Common, 1 is Inherited.
int32_t pp_script_of(uint32_t code_point);

/// Whether `script` is among the script extensions (Unicode scx) of `code_point`.
int32_t pp_has_script(uint32_t code_point, int32_t script);

/// Writes the ISO 15924 four-letter code of `script` (for example "Latn", "Arab") into `buffer`
/// (at least 5 bytes), NUL-terminated. Returns 0 on success, -1 for an unknown script.
int32_t pp_script_iso_code(int32_t script, char *buffer);

/// The direction of the first strong character of `text` (UAX #9 rule P2): 0 left-to-right,
/// 1 right-to-left, 2 when the text has no strong character.
int32_t pp_base_direction(const uint16_t *text, int32_t length);

/// Whether the language of `locale` (a BCP 47 tag or ICU locale id) is written right to left,
/// through its likely script when the tag names none ("fa", "ur", "pa-Arab"). 1 or 0.
int32_t pp_locale_is_rtl(const char *locale);

#endif
