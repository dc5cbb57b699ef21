/*
 * CGMime: the GMime 3 surface ConcordChannels uses, made importable from Swift 6.
 *
 * Why a shim at all:
 *  - GMime's type checks and casts are function-like macros (GMIME_IS_MULTIPART,
 *    GMIME_IS_TEXT_PART, INTERNET_ADDRESS_IS_MAILBOX, G_OBJECT, ...) that do not import into
 *    Swift. The helpers below check the GType first and return NULL when the object is of
 *    another type, so a Swift caller can never reinterpret a pointer as the wrong struct.
 *  - GMime's C API takes typed pointers (GMimePart *, GMimeMultipart *, ...) that Swift sees as
 *    unrelated UnsafeMutablePointer types; the checked casts here are the only place where one
 *    becomes another.
 *  - Charset conversion with a count of the bytes that could not be converted: GMime's own
 *    charset filter silently drops them, and Concord reports every repair it makes.
 *
 * Every helper is prefixed cg_ so nothing clashes with GMime or GLib names.
 */
#ifndef CONCORD_CGMIME_SHIM_H
#define CONCORD_CGMIME_SHIM_H

#include <errno.h>
#include <string.h>
#include <iconv.h>
#include <gmime/gmime.h>

/* ---- lifetimes -------------------------------------------------------------------- */

/** Drops one reference to any GObject (parser, stream, message, part, address list). */
static inline void cg_unref(void *object) {
    if (object != NULL) g_object_unref(object);
}

/* ---- checked casts ---------------------------------------------------------------- */

/* Upcasts: every GMime MIME type starts with its GMimeObject parent. */
static inline GMimeObject *cg_message_object(GMimeMessage *message) { return (GMimeObject *) message; }
static inline GMimeObject *cg_part_object(GMimePart *part) { return (GMimeObject *) part; }
static inline GMimeObject *cg_multipart_object(GMimeMultipart *multipart) { return (GMimeObject *) multipart; }

/** The object as a leaf MIME part (GMimePart and subclasses such as GMimeTextPart), or NULL. */
static inline GMimePart *cg_as_part(GMimeObject *object) {
    return (object != NULL && GMIME_IS_PART(object)) ? (GMimePart *) object : NULL;
}

/** The object as a text part (text/\*), or NULL. */
static inline GMimeTextPart *cg_as_text_part(GMimeObject *object) {
    return (object != NULL && GMIME_IS_TEXT_PART(object)) ? (GMimeTextPart *) object : NULL;
}

/** The object as a multipart container, or NULL. */
static inline GMimeMultipart *cg_as_multipart(GMimeObject *object) {
    return (object != NULL && GMIME_IS_MULTIPART(object)) ? (GMimeMultipart *) object : NULL;
}

/** The object as a message/rfc822 part (an attached or forwarded message), or NULL. */
static inline GMimeMessagePart *cg_as_message_part(GMimeObject *object) {
    return (object != NULL && GMIME_IS_MESSAGE_PART(object)) ? (GMimeMessagePart *) object : NULL;
}

/** The address as a mailbox (name + addr-spec), or NULL when it is a group. */
static inline InternetAddressMailbox *cg_as_mailbox(InternetAddress *address) {
    return (address != NULL && INTERNET_ADDRESS_IS_MAILBOX(address)) ? (InternetAddressMailbox *) address : NULL;
}

/** The address as a group ("undisclosed-recipients:;"), or NULL when it is a mailbox. */
static inline InternetAddressGroup *cg_as_group(InternetAddress *address) {
    return (address != NULL && INTERNET_ADDRESS_IS_GROUP(address)) ? (InternetAddressGroup *) address : NULL;
}

/** The headers of any MIME object (never NULL for a parsed object). */
static inline GMimeHeaderList *cg_object_headers(GMimeObject *object) {
    return object->headers;
}

/* ---- content ---------------------------------------------------------------------- */

/**
 * Writes the part's content, transfer-decoded (base64, quoted-printable, uuencode), into a new
 * byte array owned by the caller (free with g_byte_array_unref). NULL when the part has no
 * content at all.
 */
static inline GByteArray *cg_part_decoded_bytes(GMimePart *part) {
    GMimeDataWrapper *content = g_mime_part_get_content(part);
    if (content == NULL) return NULL;
    GMimeStream *stream = g_mime_stream_mem_new();
    g_mime_data_wrapper_write_to_stream(content, stream);
    GByteArray *bytes = g_mime_stream_mem_get_byte_array((GMimeStreamMem *) stream);
    /* the stream would free the bytes when it goes; hand them to the caller instead */
    g_mime_stream_mem_set_owner((GMimeStreamMem *) stream, FALSE);
    g_object_unref(stream);
    return bytes;
}

/**
 * The part's content exactly as it is in the message (still base64 or quoted-printable), in a
 * new byte array owned by the caller (free with g_byte_array_unref). NULL without content.
 */
static inline GByteArray *cg_part_encoded_bytes(GMimePart *part) {
    GMimeDataWrapper *content = g_mime_part_get_content(part);
    if (content == NULL) return NULL;
    GMimeStream *source = g_mime_data_wrapper_get_stream(content);
    if (source == NULL) return NULL;
    GMimeStream *stream = g_mime_stream_mem_new();
    g_mime_stream_reset(source);
    g_mime_stream_write_to_stream(source, stream);
    g_mime_stream_reset(source);
    GByteArray *bytes = g_mime_stream_mem_get_byte_array((GMimeStreamMem *) stream);
    g_mime_stream_mem_set_owner((GMimeStreamMem *) stream, FALSE);
    g_object_unref(stream);
    return bytes;
}

/** The number of bytes the part's content decodes to, counted without keeping them. */
static inline gint64 cg_part_decoded_size(GMimePart *part) {
    GMimeDataWrapper *content = g_mime_part_get_content(part);
    if (content == NULL) return 0;
    GMimeStream *stream = g_mime_stream_null_new();
    g_mime_data_wrapper_write_to_stream(content, stream);
    gint64 written = (gint64) ((GMimeStreamNull *) stream)->written;
    g_object_unref(stream);
    return written;
}

/** The number of bytes an object (an attached message, say) takes when written out. */
static inline gint64 cg_object_written_size(GMimeObject *object) {
    GMimeStream *stream = g_mime_stream_null_new();
    g_mime_object_write_to_stream(object, NULL, stream);
    gint64 written = (gint64) ((GMimeStreamNull *) stream)->written;
    g_object_unref(stream);
    return written;
}

/* ---- charset conversion ----------------------------------------------------------- */

/**
 * Converts `length` bytes in `charset` to UTF-8 through GMime's (thread-safe) iconv cache.
 * Bytes that are not valid in `charset` become U+FFFD and are counted in `*invalid`; an
 * incomplete sequence at the end counts too. Returns a NUL-terminated buffer to free with
 * g_free, its length in `*out_length`, or NULL when iconv knows no such charset.
 * Linear in `length`: the output grows geometrically.
 */
static inline char *cg_convert_to_utf8(const char *charset, const char *input, size_t length,
                                       size_t *out_length, size_t *invalid) {
    iconv_t cd = g_mime_iconv_open("UTF-8", charset);
    if (cd == (iconv_t) -1) return NULL;
    iconv(cd, NULL, NULL, NULL, NULL);

    size_t capacity = length * 2 + 16;
    char *output = g_malloc(capacity + 1);
    size_t used = 0;
    size_t bad = 0;
    char *inptr = (char *) input;
    size_t inleft = length;

    for (;;) {
        char *outptr = output + used;
        size_t outleft = capacity - used;
        size_t rc = inleft > 0 ? iconv(cd, &inptr, &inleft, &outptr, &outleft)
                               : iconv(cd, NULL, NULL, &outptr, &outleft);
        int error = errno;
        used = (size_t) (outptr - output);
        if (rc != (size_t) -1) {
            if (inleft == 0) {
                /* flush the shift state of stateful charsets (ISO-2022-JP) */
                outptr = output + used;
                outleft = capacity - used;
                if (iconv(cd, NULL, NULL, &outptr, &outleft) == (size_t) -1 && errno == E2BIG) {
                    capacity = capacity * 2 + 16;
                    output = g_realloc(output, capacity + 1);
                    continue;
                }
                used = (size_t) (outptr - output);
                break;
            }
            continue;
        }
        if (error == E2BIG) {
            capacity = capacity * 2 + 16;
            output = g_realloc(output, capacity + 1);
            continue;
        }
        /* EILSEQ (invalid byte) or EINVAL (truncated sequence at the end): one U+FFFD, skip a byte */
        if (capacity - used < 3) {
            capacity = capacity * 2 + 16;
            output = g_realloc(output, capacity + 1);
        }
        memcpy(output + used, "\xEF\xBF\xBD", 3);
        used += 3;
        bad += 1;
        if (inleft == 0) break;
        inptr += 1;
        inleft -= 1;
    }

    g_mime_iconv_close(cd);
    output[used] = '\0';
    *out_length = used;
    *invalid = bad;
    return output;
}

#endif /* CONCORD_CGMIME_SHIM_H */
