package dev.weft.runtime.modules.zlib;

import dev.weft.runtime.exc.Errors;

import java.io.ByteArrayOutputStream;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A deflate stream on the JDK's zlib (the system zlib CPython links too, so the bytes are the
 * same): zlib container, raw deflate, or gzip (whose header and trailer are written here, as
 * zlib writes them). The JDK fixes the window at 32 KiB and memLevel at 8; other settings
 * would change the output, so they are refused.
 */
final class Compressor {
    private final Deflater deflater;
    private final boolean gzip;
    private final int level;
    private final int strategy;
    private final CRC32 crc = new CRC32();
    private long size;
    private boolean headerWritten;
    private boolean finished;

    private Compressor(Deflater deflater, boolean gzip, int level, int strategy) {
        this.deflater = deflater;
        this.gzip = gzip;
        this.level = level;
        this.strategy = strategy;
    }

    /** Returns null when zlib itself would reject the options (CPython then raises its own error). */
    static Compressor create(int level, int method, int wbits, int memLevel, int strategy, byte[] zdict) {
        if (level < -1 || level > 9 || method != 8 || memLevel < 1 || memLevel > 9 || strategy < 0 || strategy > 4) {
            return null;
        }
        boolean gzip = wbits >= 25 && wbits <= 31;
        boolean raw = wbits >= -15 && wbits <= -9;
        if (!gzip && !raw && !(wbits >= 8 && wbits <= 15)) {
            return null;
        }
        if (Math.abs(wbits) != 15 && wbits != 31) {
            throw Errors.notImplemented("zlib: wbits=%d is not supported for compression (15, -15 and 31 are)", wbits);
        }
        if (memLevel != 8) {
            throw Errors.notImplemented("zlib: memLevel=%d is not supported (8 is)", memLevel);
        }
        if (strategy > 2) {
            throw Errors.notImplemented("zlib: strategy %d (Z_RLE, Z_FIXED) is not supported", strategy);
        }
        Deflater d = new Deflater(level, raw || gzip);
        d.setStrategy(strategy == 1 ? Deflater.FILTERED : strategy == 2 ? Deflater.HUFFMAN_ONLY
                : Deflater.DEFAULT_STRATEGY);
        if (zdict != null) {
            d.setDictionary(zdict);
        }
        return new Compressor(d, gzip, level, strategy);
    }

    private void header(ByteArrayOutputStream out) {
        if (gzip && !headerWritten) {
            int effective = level == -1 ? 6 : level;
            int xfl = effective == 9 ? 2 : (strategy >= 2 || effective < 2 ? 4 : 0);
            out.write(0x1f);
            out.write(0x8b);
            out.write(8);
            out.writeBytes(new byte[5]);
            out.write(xfl);
            out.write(3);
        }
        headerWritten = true;
    }

    private void checkOpen(String what) {
        if (finished) {
            throw ZlibModule.error("Error -2 while %s: inconsistent stream state", what);
        }
    }

    byte[] compress(byte[] data) {
        checkOpen("compressing data");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        header(out);
        crc.update(data);
        size += data.length;
        deflater.setInput(data);
        byte[] buf = new byte[16384];
        while (!deflater.needsInput()) {
            int n = deflater.deflate(buf, 0, buf.length, Deflater.NO_FLUSH);
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }

    /** {@code flush(mode)}: Z_NO_FLUSH 0, Z_SYNC_FLUSH 2, Z_FULL_FLUSH 3, Z_FINISH 4. */
    byte[] flush(int mode) {
        if (mode == 0) {
            return new byte[0];
        }
        checkOpen("flushing");
        if (mode == 1 || mode == 5 || mode == 6) {
            throw Errors.notImplemented("zlib: flush mode %d (Z_PARTIAL_FLUSH, Z_BLOCK, Z_TREES) is not supported", mode);
        }
        if (mode != 2 && mode != 3 && mode != 4) {
            throw ZlibModule.error("Error -2 while flushing: inconsistent stream state");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        header(out);
        byte[] buf = new byte[16384];
        if (mode == 4) {
            deflater.finish();
            while (!deflater.finished()) {
                int n = deflater.deflate(buf);
                out.write(buf, 0, n);
            }
            if (gzip) {
                writeLe32(out, (int) crc.getValue());
                writeLe32(out, (int) size);
            }
            deflater.end();
            finished = true;
        } else {
            int flush = mode == 2 ? Deflater.SYNC_FLUSH : Deflater.FULL_FLUSH;
            int n;
            do {
                n = deflater.deflate(buf, 0, buf.length, flush);
                out.write(buf, 0, n);
            } while (n == buf.length);
        }
        return out.toByteArray();
    }

    private static void writeLe32(ByteArrayOutputStream out, int v) {
        for (int i = 0; i < 4; i++) {
            out.write(v >>> (8 * i));
        }
    }

    /** A copy of the stream so far; the JDK cannot clone a Deflater. */
    Compressor copy() {
        throw Errors.notImplemented("zlib: Compress.copy() is not supported");
    }
}
