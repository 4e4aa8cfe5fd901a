// Collation for sorting signatory lists (see icu_shim.h).
#include "icu_shim.h"
#include <string.h>
#include <unicode/ucol.h>
#include <unicode/uiter.h>

pp_collator *pp_collator_open(const char *locale) {
    UErrorCode status = U_ZERO_ERROR;
    UCollator *collator = ucol_open(locale, &status);
    if (U_FAILURE(status)) {
        if (collator != NULL) ucol_close(collator);
        return NULL;
    }
    return (pp_collator *)collator;
}

void pp_collator_close(pp_collator *collator) {
    if (collator != NULL) ucol_close((UCollator *)collator);
}

int32_t pp_collator_compare(const pp_collator *collator, const char *lhs, int32_t lhs_length,
                            const char *rhs, int32_t rhs_length) {
    UErrorCode status = U_ZERO_ERROR;
    UCollationResult result = ucol_strcollUTF8((const UCollator *)collator, lhs, lhs_length, rhs, rhs_length, &status);
    if (U_FAILURE(status)) {
        // Only on malformed UTF-8, which the list reader never lets through: fall back to bytes.
        int32_t shorter = lhs_length < rhs_length ? lhs_length : rhs_length;
        int order = memcmp(lhs, rhs, (size_t)shorter);
        if (order != 0) return order < 0 ? -1 : 1;
        return lhs_length == rhs_length ? 0 : (lhs_length < rhs_length ? -1 : 1);
    }
    return result == UCOL_LESS ? -1 : (result == UCOL_GREATER ? 1 : 0);
}

int32_t pp_collator_key_prefix(const pp_collator *collator, const char *text, int32_t length,
                               uint8_t *prefix, int32_t capacity) {
    // ucol_nextSortKeyPart gives a key's leading bytes without making the whole key.
    UCharIterator iterator;
    uiter_setUTF8(&iterator, text, length);
    uint32_t state[2] = {0, 0};
    UErrorCode status = U_ZERO_ERROR;
    int32_t written = ucol_nextSortKeyPart((const UCollator *)collator, &iterator, state, prefix, capacity, &status);
    if (U_FAILURE(status)) return -(int32_t)status;
    if (written < capacity) memset(prefix + written, 0, (size_t)(capacity - written));
    return 0;
}
