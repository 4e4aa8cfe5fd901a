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

// Numbers, plurals and dates (icu-i18n). `locale` is a BCP 47 tag ("pt-BR", "ar"). `digits` is
// 0 for Latin digits (0123456789) and 1 for the language's native digits where it has decimal
// ones of its own (Arabic-Indic for "ar", Persian for "fa", Devanagari for "hi"...); languages
// whose native digits are Han numerals or Latin get Latin. Text comes back as NUL-terminated
// UTF-8; a function returns the length written (without the NUL), or a negative ICU error code
// (or -1 when `capacity` is too small).

/// Writes the CLDR plural category of the integer `number` in `locale` ("zero", "one", "two",
/// "few", "many" or "other") into `buffer`.
int32_t pp_plural_category(const char *locale, int64_t number, char *buffer, int32_t capacity);

/// Writes the plural categories `locale` uses, separated by spaces ("few many one other"), into
/// `buffer`.
int32_t pp_plural_categories(const char *locale, char *buffer, int32_t capacity);

/// How `locale` writes integers, for formatting many numbers without calling ICU for each:
/// the code point of its zero digit (the nine others follow it), the grouping separator (UTF-8,
/// into `separator`), the size of the group nearest the units (3) and of the groups above it (2
/// in Hindi's 12,34,567; equal to the first when the language has no second size), and how many
/// digits a number needs before it is grouped at all (`minimum_digits`: 5 when 1234 stays
/// ungrouped but 12,345 does not). Returns the separator's length in bytes, or a negative error.
int32_t pp_number_symbols(const char *locale, int32_t digits, uint32_t *zero_digit, char *separator,
                          int32_t separator_capacity, int32_t *primary_group, int32_t *secondary_group,
                          int32_t *minimum_digits);

/// Formats the integer `value` as `locale` writes it, with grouping, into `buffer`.
int32_t pp_format_integer(const char *locale, int32_t digits, int64_t value, char *buffer, int32_t capacity);

/// Formats the instant `milliseconds` (since 1970, UTC) with the ICU date pattern `pattern`
/// (UTF-8, such as "d MMMM y, HH:mm") in `locale`'s month names and digits, in the time zone
/// `time_zone` ("UTC", "Europe/Paris"), into `buffer`.
int32_t pp_format_date(const char *locale, int32_t digits, const char *pattern, double milliseconds,
                       const char *time_zone, char *buffer, int32_t capacity);

// Collation (icu-i18n): one collator per locale, opened once and used for a whole list.

/// An ICU collator, opaque to Swift.
typedef struct pp_collator pp_collator;

/// Opens the collator of `locale` (an ICU locale id such as "sv" or "de@collation=phonebook")
/// with ICU's default attributes (tertiary strength), as Foundation's
/// `compare(_:options:range:locale:)` does with no options. NULL when ICU cannot open one.
/// A collator may be used from several threads at once; close it with `pp_collator_close`.
pp_collator *pp_collator_open(const char *locale);

void pp_collator_close(pp_collator *collator);

/// Compares two UTF-8 strings: -1, 0 or 1.
int32_t pp_collator_compare(const pp_collator *collator, const char *lhs, int32_t lhs_length,
                            const char *rhs, int32_t rhs_length);

/// Writes the first `capacity` bytes of the sort key of the UTF-8 string `text` into `prefix`
/// (zero-filled past the key's end). Prefixes compare as the strings do whenever they differ
/// (unsigned bytes, most significant first); when they are equal the strings must be compared
/// with `pp_collator_compare`. Returns 0, or a negative ICU error code.
int32_t pp_collator_key_prefix(const pp_collator *collator, const char *text, int32_t length,
                               uint8_t *prefix, int32_t capacity);

// Charsets (icu-uc): ICU's converters, so that no code page table is copied into the project.

/// `pp_convert_to_utf8` failed: ICU knows no converter named `charset`.
#define PP_CONVERT_UNKNOWN_CHARSET (-1)
/// `pp_convert_to_utf8` failed: a byte (or sequence) is undefined in the charset.
#define PP_CONVERT_UNDEFINED_BYTE (-2)
/// `pp_convert_to_utf8` failed: `capacity` is too small for the UTF-8.
#define PP_CONVERT_NO_ROOM (-3)

/// Converts `length` bytes in `charset` (an ICU converter name or alias: "ISO-8859-1",
/// "windows-1252", "KOI8-R"...) to UTF-8 in `output`, stopping at the first byte the charset
/// leaves undefined (ICU's Windows-1252 reads its five unassigned bytes as the C1 controls of
/// the same code, as WHATWG's Encoding standard does). A single-byte charset needs at most 3
/// bytes of UTF-8 per byte. Returns the UTF-8 length, or a negative `PP_CONVERT_` code; for
/// `PP_CONVERT_UNDEFINED_BYTE`, `invalid_offset` is the offset of the undefined byte.
int32_t pp_convert_to_utf8(const char *charset, const uint8_t *bytes, int32_t length, uint8_t *output,
                           int32_t capacity, int32_t *invalid_offset);

#endif
