#include "icu_shim.h"
#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>

int32_t pp_convert_to_utf8(const char *charset, const uint8_t *bytes, int32_t length, uint8_t *output,
                           int32_t capacity, int32_t *invalid_offset) {
    UErrorCode status = U_ZERO_ERROR;
    UConverter *source = ucnv_open(charset, &status);
    if (U_FAILURE(status)) return PP_CONVERT_UNKNOWN_CHARSET;
    ucnv_setToUCallBack(source, UCNV_TO_U_CALLBACK_STOP, NULL, NULL, NULL, &status);
    UConverter *target = ucnv_open("UTF-8", &status);
    if (U_FAILURE(status)) {
        ucnv_close(source);
        return PP_CONVERT_UNKNOWN_CHARSET;
    }
    const char *in = (const char *)bytes;
    char *out = (char *)output;
    UChar pivot[1024];
    UChar *pivotSource = pivot, *pivotTarget = pivot;
    ucnv_convertEx(target, source, &out, out + capacity, &in, in + length, pivot, &pivotSource, &pivotTarget,
                   pivot + 1024, 1, 1, &status);
    int32_t result = (int32_t)(out - (char *)output);
    if (status == U_INVALID_CHAR_FOUND || status == U_ILLEGAL_CHAR_FOUND || status == U_TRUNCATED_CHAR_FOUND) {
        char invalid[32];
        int8_t invalidLength = sizeof invalid;
        UErrorCode ignored = U_ZERO_ERROR;
        ucnv_getInvalidChars(source, invalid, &invalidLength, &ignored);
        *invalid_offset = (int32_t)(in - (const char *)bytes) - (U_SUCCESS(ignored) ? invalidLength : 0);
        result = PP_CONVERT_UNDEFINED_BYTE;
    } else if (status == U_BUFFER_OVERFLOW_ERROR) {
        result = PP_CONVERT_NO_ROOM;
    } else if (U_FAILURE(status)) {
        result = PP_CONVERT_UNKNOWN_CHARSET;
    }
    ucnv_close(target);
    ucnv_close(source);
    return result;
}
