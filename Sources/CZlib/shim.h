#ifndef CZLIB_SHIM_H
#define CZLIB_SHIM_H
#include <zlib.h>

/// compress2 with a strategy (zlib's deflateInit2 is a macro Swift cannot call). The output
/// is an ordinary zlib stream that uncompress() reads.
static inline int concord_compress(unsigned char *dest, unsigned long *destLen, const unsigned char *source,
                                   unsigned long sourceLen, int level, int strategy) {
    z_stream stream = {0};
    int status = deflateInit2(&stream, level, Z_DEFLATED, 15, 8, strategy);
    if (status != Z_OK) return status;
    stream.next_in = (Bytef *)source;
    stream.avail_in = (uInt)sourceLen;
    stream.next_out = dest;
    stream.avail_out = (uInt)*destLen;
    status = deflate(&stream, Z_FINISH);
    *destLen = stream.total_out;
    deflateEnd(&stream);
    return status == Z_STREAM_END ? Z_OK : (status == Z_OK ? Z_BUF_ERROR : status);
}
#endif
