/* Numbers, plurals and dates through icu-i18n, behind plain-C signatures (see icu_shim.h). */
#include "icu_shim.h"
#include <string.h>
#include <unicode/udat.h>
#include <unicode/uloc.h>
#include <unicode/unum.h>
#include <unicode/unumsys.h>
#include <unicode/upluralrules.h>
#include <unicode/ustring.h>

/* The ICU locale id of BCP 47 `tag`, with the numbering system that `digits` asks for. */
static int32_t locale_id(const char *tag, int32_t digits, char *id, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    uloc_forLanguageTag(tag, id, capacity, NULL, &status);
    if (U_FAILURE(status) || status == U_STRING_NOT_TERMINATED_WARNING) return -(int32_t)U_ILLEGAL_ARGUMENT_ERROR;
    const char *system = "latn";
    if (digits == 1) {
        char native[ULOC_FULLNAME_CAPACITY];
        strncpy(native, id, sizeof native - 1);
        native[sizeof native - 1] = 0;
        uloc_setKeywordValue("numbers", "native", native, sizeof native, &status);
        UNumberingSystem *numbering = U_SUCCESS(status) ? unumsys_open(native, &status) : NULL;
        /* Only positional decimal digits of the script's own; Han numerals (hanidec) read as
           words in a page number, so Chinese keeps Latin digits. */
        if (numbering != NULL && !unumsys_isAlgorithmic(numbering) && unumsys_getRadix(numbering) == 10
            && strcmp(unumsys_getName(numbering), "hanidec") != 0) {
            system = unumsys_getName(numbering);
            uloc_setKeywordValue("numbers", system, id, capacity, &status);
            unumsys_close(numbering);
            return U_FAILURE(status) ? -(int32_t)status : 0;
        }
        if (numbering != NULL) unumsys_close(numbering);
        status = U_ZERO_ERROR;
    }
    uloc_setKeywordValue("numbers", system, id, capacity, &status);
    return U_FAILURE(status) ? -(int32_t)status : 0;
}

/* Writes UTF-16 `text` as UTF-8 into `buffer`; the length, or a negative error. */
static int32_t to_utf8(const UChar *text, int32_t length, char *buffer, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t written = 0;
    u_strToUTF8(buffer, capacity, &written, text, length, &status);
    if (U_FAILURE(status) || written >= capacity) return -1;
    buffer[written] = 0;
    return written;
}

/* The plural rules of a BCP 47 tag, or NULL with *failed set to the negative error code. */
static UPluralRules *open_rules(const char *locale, int32_t *failed) {
    char id[ULOC_FULLNAME_CAPACITY];
    *failed = locale_id(locale, 0, id, sizeof id);
    if (*failed) return NULL;
    UErrorCode status = U_ZERO_ERROR;
    UPluralRules *rules = uplrules_open(id, &status);
    if (U_FAILURE(status)) { *failed = -(int32_t)status; return NULL; }
    return rules;
}

int32_t pp_plural_category(const char *locale, int64_t number, char *buffer, int32_t capacity) {
    int32_t failed;
    UPluralRules *rules = open_rules(locale, &failed);
    if (!rules) return failed;
    UErrorCode status = U_ZERO_ERROR;
    UChar keyword[16];
    int32_t length = uplrules_select(rules, (double)number, keyword, 16, &status);
    uplrules_close(rules);
    if (U_FAILURE(status)) return -(int32_t)status;
    return to_utf8(keyword, length, buffer, capacity);
}

int32_t pp_plural_categories(const char *locale, char *buffer, int32_t capacity) {
    int32_t failed;
    UPluralRules *rules = open_rules(locale, &failed);
    if (!rules) return failed;
    UErrorCode status = U_ZERO_ERROR;
    UEnumeration *keywords = uplrules_getKeywords(rules, &status);
    int32_t written = 0;
    const char *keyword;
    int32_t keywordLength = 0;
    while (U_SUCCESS(status) && (keyword = uenum_next(keywords, &keywordLength, &status)) != NULL) {
        if (written + keywordLength + 2 > capacity) { written = -1; break; }
        if (written > 0) buffer[written++] = ' ';
        memcpy(buffer + written, keyword, (size_t)keywordLength);
        written += keywordLength;
    }
    if (written >= 0) buffer[written] = 0;
    uenum_close(keywords);
    uplrules_close(rules);
    return U_FAILURE(status) ? -(int32_t)status : written;
}

static UNumberFormat *open_decimal(const char *locale, int32_t digits, UErrorCode *status) {
    char id[ULOC_FULLNAME_CAPACITY];
    int32_t failed = locale_id(locale, digits, id, sizeof id);
    if (failed) { *status = (UErrorCode)(-failed); return NULL; }
    return unum_open(UNUM_DECIMAL, NULL, 0, id, NULL, status);
}

int32_t pp_number_symbols(const char *locale, int32_t digits, uint32_t *zero_digit, char *separator,
                          int32_t separator_capacity, int32_t *primary_group, int32_t *secondary_group,
                          int32_t *minimum_digits) {
    UErrorCode status = U_ZERO_ERROR;
    UNumberFormat *format = open_decimal(locale, digits, &status);
    if (U_FAILURE(status)) return -(int32_t)status;
    UChar symbol[16];
    int32_t length = unum_getSymbol(format, UNUM_ZERO_DIGIT_SYMBOL, symbol, 16, &status);
    UChar32 zero = 0x30;
    if (U_SUCCESS(status) && length > 0) U16_GET(symbol, 0, 0, length, zero);
    *zero_digit = (uint32_t)zero;
    length = unum_getSymbol(format, UNUM_GROUPING_SEPARATOR_SYMBOL, symbol, 16, &status);
    int32_t written = U_SUCCESS(status) ? to_utf8(symbol, length, separator, separator_capacity) : -1;
    *primary_group = unum_getAttribute(format, UNUM_GROUPING_SIZE);
    int32_t secondary = unum_getAttribute(format, UNUM_SECONDARY_GROUPING_SIZE);
    *secondary_group = secondary > 0 ? secondary : *primary_group;
    int32_t minimum = unum_getAttribute(format, UNUM_MINIMUM_GROUPING_DIGITS);
    *minimum_digits = *primary_group + (minimum > 1 ? minimum : 1);
    unum_close(format);
    if (U_FAILURE(status)) return -(int32_t)status;
    return written;
}

int32_t pp_format_integer(const char *locale, int32_t digits, int64_t value, char *buffer, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    UNumberFormat *format = open_decimal(locale, digits, &status);
    if (U_FAILURE(status)) return -(int32_t)status;
    UChar text[64];
    int32_t length = unum_formatInt64(format, value, text, 64, NULL, &status);
    unum_close(format);
    if (U_FAILURE(status)) return -(int32_t)status;
    return to_utf8(text, length, buffer, capacity);
}

int32_t pp_format_date(const char *locale, int32_t digits, const char *pattern, double milliseconds,
                       const char *time_zone, char *buffer, int32_t capacity) {
    char id[ULOC_FULLNAME_CAPACITY];
    int32_t failed = locale_id(locale, digits, id, sizeof id);
    if (failed) return failed;
    UErrorCode status = U_ZERO_ERROR;
    UChar pattern16[256], zone16[64];
    int32_t patternLength = 0, zoneLength = 0;
    u_strFromUTF8(pattern16, 256, &patternLength, pattern, -1, &status);
    u_strFromUTF8(zone16, 64, &zoneLength, time_zone, -1, &status);
    if (U_FAILURE(status)) return -(int32_t)status;
    UDateFormat *format = udat_open(UDAT_PATTERN, UDAT_PATTERN, id, zone16, zoneLength, pattern16, patternLength, &status);
    if (U_FAILURE(status)) return -(int32_t)status;
    UChar text[256];
    int32_t length = udat_format(format, milliseconds, text, 256, NULL, &status);
    udat_close(format);
    if (U_FAILURE(status)) return -(int32_t)status;
    return to_utf8(text, length, buffer, capacity);
}
