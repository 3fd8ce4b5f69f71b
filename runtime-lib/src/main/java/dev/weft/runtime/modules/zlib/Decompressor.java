package dev.weft.runtime.modules.zlib;

import dev.weft.runtime.exc.Errors;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * An inflate stream as zlib's {@code inflateInit2(wbits)} sees it: zlib container (8..15, or 0
 * for the header's window), raw deflate (-8..-15), gzip (24..31, header and trailer checked
 * here) or either container (40..47). Keeps CPython's {@code unused_data},
 * {@code unconsumed_tail} and {@code eof}.
 */
final class Decompressor {
    private enum Format { ZLIB, RAW, GZIP, AUTO }

    private static final byte[] EMPTY = new byte[0];

    private Format format;
    private final int wbits;
    private final byte[] zdict;
    private Inflater inflater;
    /** gzip: header bytes received while the header is incomplete; null once it is parsed. */
    private ByteArrayOutputStream gzipHeader = new ByteArrayOutputStream();
    private byte[] trailer;
    private int trailerHave;
    private final CRC32 crc = new CRC32();
    private long outSize;
    private boolean windowChecked;
    boolean eof;
    byte[] unusedData = EMPTY;
    byte[] unconsumedTail = EMPTY;

    private Decompressor(Format format, int wbits, byte[] zdict) {
        this.format = format;
        this.wbits = wbits;
        this.zdict = zdict;
        if (format == Format.ZLIB || format == Format.RAW) {
            start();
        }
    }

    /** Null when zlib rejects {@code wbits}. */
    static Decompressor create(int wbits, byte[] zdict) {
        Format f;
        if (wbits == 0 || wbits >= 8 && wbits <= 15) {
            f = Format.ZLIB;
        } else if (wbits >= -15 && wbits <= -8) {
            f = Format.RAW;
        } else if (wbits >= 24 && wbits <= 31) {
            f = Format.GZIP;
        } else if (wbits >= 40 && wbits <= 47) {
            f = Format.AUTO;
        } else {
            return null;
        }
        return new Decompressor(f, wbits, zdict);
    }

    private void start() {
        inflater = new Inflater(format != Format.ZLIB);
        if (format == Format.RAW && zdict != null) {
            inflater.setDictionary(zdict);
        }
    }

    static dev.weft.runtime.exc.PyException dataError(String msg) {
        return ZlibModule.error("Error -3 while decompressing data: %s", msg);
    }

    byte[] decompress(byte[] data, long maxLength) {
        unconsumedTail = EMPTY;
        if (eof) {
            unusedData = concat(unusedData, data);
            return EMPTY;
        }
        if (trailer != null) {
            return readTrailer(data, 0);
        }
        if (format == Format.AUTO) {
            if (data.length == 0) {
                return EMPTY;
            }
            format = (data[0] & 0xff) == 0x1f ? Format.GZIP : Format.ZLIB;
            if (format == Format.ZLIB) {
                start();
            }
        }
        int from = 0;
        if (format == Format.GZIP && gzipHeader != null) {
            gzipHeader.writeBytes(data);
            byte[] seen = gzipHeader.toByteArray();
            int len = GzipHeader.length(seen);
            if (len < 0) {
                return EMPTY;
            }
            gzipHeader = null;
            data = Arrays.copyOfRange(seen, len, seen.length);
            start();
        }
        if (format == Format.ZLIB && !windowChecked && data.length >= 2) {
            windowChecked = true;
            int cmf = data[0] & 0xff;
            boolean headerOk = ((cmf << 8) | (data[1] & 0xff)) % 31 == 0 && (cmf & 0x0f) == 8;
            if (headerOk && wbits != 0 && (cmf >>> 4) + 8 > wbits) {
                throw dataError("invalid window size");
            }
        }
        inflater.setInput(data, from, data.length - from);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[16384];
        try {
            while (!inflater.finished()) {
                int limit = maxLength > 0 ? (int) Math.min(buf.length, maxLength - out.size()) : buf.length;
                if (limit == 0) {
                    break;
                }
                int n = inflater.inflate(buf, 0, limit);
                if (n == 0) {
                    if (inflater.needsDictionary()) {
                        if (zdict == null) {
                            throw ZlibModule.error("Error 2 while decompressing data");
                        }
                        inflater.setDictionary(zdict);
                        continue;
                    }
                    break;
                }
                out.write(buf, 0, n);
            }
        } catch (DataFormatException e) {
            throw dataError(e.getMessage());
        } catch (IllegalArgumentException e) {
            throw dataError("incorrect data check");
        }
        byte[] result = out.toByteArray();
        crc.update(result);
        outSize += result.length;
        int remaining = inflater.getRemaining();
        if (inflater.finished()) {
            int tailAt = data.length - remaining;
            if (format == Format.GZIP) {
                trailer = new byte[8];
                byte[] more = readTrailer(data, tailAt);
                return concat(result, more);
            }
            eof = true;
            unusedData = Arrays.copyOfRange(data, tailAt, data.length);
        } else if (remaining > 0) {
            unconsumedTail = Arrays.copyOfRange(data, data.length - remaining, data.length);
        }
        return result;
    }

    /** gzip: the CRC-32 and size after the deflate data; then the stream is at its end. */
    private byte[] readTrailer(byte[] data, int from) {
        int n = Math.min(8 - trailerHave, data.length - from);
        System.arraycopy(data, from, trailer, trailerHave, n);
        trailerHave += n;
        if (trailerHave == 8) {
            long crcRead = le32(trailer, 0);
            long sizeRead = le32(trailer, 4);
            if (crcRead != crc.getValue()) {
                throw dataError("incorrect data check");
            }
            if (sizeRead != (outSize & 0xffffffffL)) {
                throw dataError("incorrect length check");
            }
            eof = true;
            unusedData = Arrays.copyOfRange(data, from + n, data.length);
        }
        return EMPTY;
    }

    private static long le32(byte[] b, int at) {
        return (b[at] & 0xffL) | (b[at + 1] & 0xffL) << 8 | (b[at + 2] & 0xffL) << 16 | (b[at + 3] & 0xffL) << 24;
    }

    static byte[] concat(byte[] a, byte[] b) {
        if (a.length == 0) {
            return b;
        }
        if (b.length == 0) {
            return a;
        }
        byte[] r = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    Decompressor copy() {
        throw Errors.notImplemented("zlib: Decompress.copy() is not supported");
    }
}
