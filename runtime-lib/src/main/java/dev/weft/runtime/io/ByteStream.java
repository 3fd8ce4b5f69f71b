package dev.weft.runtime.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/** The operating-system side of a binary file: a file channel or the process's standard streams. */
interface ByteStream {
    /** Reads up to {@code len} bytes (at least one unless at end of file); -1 at end of file. */
    int read(byte[] b, int off, int len) throws IOException;

    void write(byte[] b, int off, int len) throws IOException;

    /** Moves to {@code pos} (absolute); only when {@link #seekable()}. */
    void position(long pos) throws IOException;

    long position() throws IOException;

    long size() throws IOException;

    void truncate(long size) throws IOException;

    void flush() throws IOException;

    void close() throws IOException;

    boolean seekable();

    /** The descriptor number, or -1 if unknown. */
    int fileno();

    /** A regular file. */
    final class Channel implements ByteStream {
        private final FileChannel channel;
        private final boolean append;
        private final int fd;

        Channel(FileChannel channel, boolean append, int fd) {
            this.channel = channel;
            this.append = append;
            this.fd = fd;
        }

        @Override public int read(byte[] b, int off, int len) throws IOException {
            int n;
            do {
                n = channel.read(ByteBuffer.wrap(b, off, len));
            } while (n == 0 && len > 0);
            return n;
        }

        @Override public void write(byte[] b, int off, int len) throws IOException {
            if (append) {
                channel.position(channel.size());
            }
            ByteBuffer buf = ByteBuffer.wrap(b, off, len);
            while (buf.hasRemaining()) {
                channel.write(buf);
            }
        }

        @Override public void position(long pos) throws IOException { channel.position(pos); }
        @Override public long position() throws IOException { return channel.position(); }
        @Override public long size() throws IOException { return channel.size(); }

        @Override public void truncate(long size) throws IOException {
            long cur = channel.size();
            if (size < cur) {
                channel.truncate(size);
            } else if (size > cur) {
                long p = channel.position();
                channel.write(ByteBuffer.wrap(new byte[1]), size - 1);
                channel.position(p);
            }
        }

        @Override public void flush() { }
        @Override public void close() throws IOException {
            dev.weft.runtime.modules.posix.FileDescriptors.forget(fd);
            channel.close();
        }
        @Override public boolean seekable() { return true; }
        @Override public int fileno() { return fd; }
    }

    /** A standard stream of the process (not seekable). */
    final class Streams implements ByteStream {
        private final InputStream in;
        private final OutputStream out;
        private final int fd;

        Streams(InputStream in, OutputStream out, int fd) {
            this.in = in;
            this.out = out;
            this.fd = fd;
        }

        @Override public int read(byte[] b, int off, int len) throws IOException { return in.read(b, off, len); }
        @Override public void write(byte[] b, int off, int len) throws IOException { out.write(b, off, len); }

        @Override public void position(long pos) {
            throw IOBaseTypes.unsupported("File or stream is not seekable.");
        }

        @Override public long position() {
            throw IOBaseTypes.unsupported("File or stream is not seekable.");
        }

        @Override public long size() {
            throw IOBaseTypes.unsupported("File or stream is not seekable.");
        }

        @Override public void truncate(long size) {
            throw IOBaseTypes.unsupported("File or stream is not seekable.");
        }

        @Override public void flush() throws IOException {
            if (out != null) {
                out.flush();
            }
        }

        @Override public void close() throws IOException {
            flush();
        }

        @Override public boolean seekable() { return false; }
        @Override public int fileno() { return fd; }
    }

    /** An end of an {@code os.pipe()} (e.g. a child process's output in subprocess). */
    final class PipeEnd implements ByteStream {
        private final dev.weft.runtime.modules.posix.InProcessPipe.End end;
        private final int fd;

        PipeEnd(dev.weft.runtime.modules.posix.InProcessPipe.End end, int fd) {
            this.end = end;
            this.fd = fd;
        }

        @Override public int read(byte[] b, int off, int len) throws IOException {
            try {
                return end.read(b, off, len, true);
            } catch (dev.weft.runtime.modules.posix.InProcessPipe.WouldBlock e) {
                throw new IOException("Resource temporarily unavailable");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.io.InterruptedIOException();
            }
        }

        @Override public void write(byte[] b, int off, int len) throws IOException {
            try {
                end.write(b, off, len);
            } catch (dev.weft.runtime.modules.posix.InProcessPipe.WouldBlock e) {
                throw new IOException("Resource temporarily unavailable");
            } catch (dev.weft.runtime.modules.posix.InProcessPipe.Broken e) {
                throw new IOException("Broken pipe");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.io.InterruptedIOException();
            }
        }

        @Override public void position(long pos) {
            throw IOBaseTypes.unsupported("File or stream is not seekable.");
        }

        @Override public long position() {
            throw IOBaseTypes.unsupported("File or stream is not seekable.");
        }

        @Override public long size() {
            throw IOBaseTypes.unsupported("File or stream is not seekable.");
        }

        @Override public void truncate(long size) {
            throw IOBaseTypes.unsupported("File or stream is not seekable.");
        }

        @Override public void flush() { }

        @Override public void close() {
            dev.weft.runtime.modules.posix.FileDescriptors.closeQuietly(fd);
        }

        @Override public boolean seekable() { return false; }
        @Override public int fileno() { return fd; }
    }
}
