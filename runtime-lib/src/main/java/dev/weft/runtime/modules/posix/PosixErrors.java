package dev.weft.runtime.modules.posix;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.ExceptionTypes;
import dev.weft.runtime.exc.PyException;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyStr;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.NotLinkException;
import java.util.HashMap;
import java.util.Map;

/**
 * OSError as CPython raises it on Linux: the errno, its message and the subclass
 * ({@code FileNotFoundError}, ...), with the file names involved. Java's file-system
 * exceptions carry the C library's message as their reason, which maps back to the errno.
 */
final class PosixErrors {
    private PosixErrors() { }

    static final int EPERM = 1;
    static final int ENOENT = 2;
    static final int ESRCH = 3;
    static final int EINTR = 4;
    static final int EIO = 5;
    static final int EBADF = 9;
    static final int ECHILD = 10;
    static final int EAGAIN = 11;
    static final int ENOMEM = 12;
    static final int EACCES = 13;
    static final int EBUSY = 16;
    static final int EEXIST = 17;
    static final int EXDEV = 18;
    static final int ENOTDIR = 20;
    static final int EISDIR = 21;
    static final int EINVAL = 22;
    static final int ENFILE = 23;
    static final int EMFILE = 24;
    static final int ENOTTY = 25;
    static final int ETXTBSY = 26;
    static final int EFBIG = 27;
    static final int ENOSPC = 28;
    static final int ESPIPE = 29;
    static final int EROFS = 30;
    static final int EMLINK = 31;
    static final int EPIPE = 32;
    static final int ENAMETOOLONG = 36;
    static final int ENOTEMPTY = 39;
    static final int ELOOP = 40;
    static final int ENOTSUP = 95;
    static final int ETIMEDOUT = 110;
    static final int ECONNREFUSED = 111;

    /** Linux's {@code strerror} for the errnos file operations raise. */
    private static final Map<Integer, String> MESSAGES = Map.ofEntries(
            Map.entry(EPERM, "Operation not permitted"),
            Map.entry(ENOENT, "No such file or directory"),
            Map.entry(ESRCH, "No such process"),
            Map.entry(EINTR, "Interrupted system call"),
            Map.entry(EIO, "Input/output error"),
            Map.entry(EBADF, "Bad file descriptor"),
            Map.entry(ECHILD, "No child processes"),
            Map.entry(EAGAIN, "Resource temporarily unavailable"),
            Map.entry(ENOMEM, "Cannot allocate memory"),
            Map.entry(EACCES, "Permission denied"),
            Map.entry(EBUSY, "Device or resource busy"),
            Map.entry(EEXIST, "File exists"),
            Map.entry(EXDEV, "Invalid cross-device link"),
            Map.entry(ENOTDIR, "Not a directory"),
            Map.entry(EISDIR, "Is a directory"),
            Map.entry(EINVAL, "Invalid argument"),
            Map.entry(ENFILE, "Too many open files in system"),
            Map.entry(EMFILE, "Too many open files"),
            Map.entry(ENOTTY, "Inappropriate ioctl for device"),
            Map.entry(ETXTBSY, "Text file busy"),
            Map.entry(EFBIG, "File too large"),
            Map.entry(ENOSPC, "No space left on device"),
            Map.entry(ESPIPE, "Illegal seek"),
            Map.entry(EROFS, "Read-only file system"),
            Map.entry(EMLINK, "Too many links"),
            Map.entry(EPIPE, "Broken pipe"),
            Map.entry(ENAMETOOLONG, "File name too long"),
            Map.entry(ENOTEMPTY, "Directory not empty"),
            Map.entry(ELOOP, "Too many levels of symbolic links"),
            Map.entry(ENOTSUP, "Operation not supported"),
            Map.entry(ETIMEDOUT, "Connection timed out"),
            Map.entry(ECONNREFUSED, "Connection refused"));

    private static final Map<String, Integer> BY_MESSAGE = new HashMap<>();

    static {
        MESSAGES.forEach((k, v) -> BY_MESSAGE.put(v, k));
    }

    static String strerror(int errno) {
        String m = MESSAGES.get(errno);
        return m != null ? m : "Unknown error " + errno;
    }

    static PyException error(int errno, PyObject filename) {
        return error(errno, filename, null);
    }

    static PyException error(int errno, PyObject filename, PyObject filename2) {
        PyType type = switch (errno) {
            case ENOENT -> ExceptionTypes.FileNotFoundError;
            case EACCES, EPERM -> ExceptionTypes.PermissionError;
            case EEXIST -> ExceptionTypes.FileExistsError;
            case ENOTDIR -> ExceptionTypes.NotADirectoryError;
            case EISDIR -> ExceptionTypes.IsADirectoryError;
            case EAGAIN -> ExceptionTypes.BlockingIOError;
            case EINTR -> ExceptionTypes.InterruptedError;
            case EPIPE -> ExceptionTypes.BrokenPipeError;
            case ESRCH -> ExceptionTypes.ProcessLookupError;
            case ECHILD -> ExceptionTypes.ChildProcessError;
            case ETIMEDOUT -> ExceptionTypes.TimeoutError;
            case ECONNREFUSED -> ExceptionTypes.ConnectionRefusedError;
            default -> ExceptionTypes.OSError;
        };
        PyObject[] args = filename == null ? new PyObject[] {PyInt.of(errno), PyStr.of(strerror(errno))}
                : filename2 == null ? new PyObject[] {PyInt.of(errno), PyStr.of(strerror(errno)), filename}
                : new PyObject[] {PyInt.of(errno), PyStr.of(strerror(errno)), filename, PyInt.ZERO, filename2};
        return new PyException(ExceptionTypes.create(type, args));
    }

    /** The errno of a failed Java file operation. */
    static int errnoOf(IOException e) {
        if (e instanceof NoSuchFileException) {
            return ENOENT;
        }
        if (e instanceof FileAlreadyExistsException) {
            return EEXIST;
        }
        if (e instanceof AccessDeniedException) {
            return EACCES;
        }
        if (e instanceof DirectoryNotEmptyException) {
            return ENOTEMPTY;
        }
        if (e instanceof NotDirectoryException) {
            return ENOTDIR;
        }
        if (e instanceof NotLinkException) {
            return EINVAL;
        }
        if (e instanceof FileSystemLoopException) {
            return ELOOP;
        }
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            Integer n = BY_MESSAGE.get(fse.getReason());
            if (n != null) {
                return n;
            }
        }
        return EIO;
    }

    static PyException of(IOException e, PyObject filename) {
        return error(errnoOf(e), filename);
    }

    static PyException of(IOException e, PyObject filename, PyObject filename2) {
        return error(errnoOf(e), filename, filename2);
    }
}
