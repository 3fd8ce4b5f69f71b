package dev.weft.runtime.modules.os;

import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.ExceptionTypes;
import dev.weft.runtime.exc.PyException;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyStr;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** OSError with the errno, message and subclass CPython raises on Linux. */
public final class OsErrors {
    private OsErrors() { }

    public static final int ENOENT = 2, EIO = 5, EACCES = 13, EEXIST = 17, ENOTDIR = 20, EISDIR = 21, ENOTEMPTY = 39;

    public static PyException error(int errno, String filename) {
        PyType type = switch (errno) {
            case ENOENT -> ExceptionTypes.FileNotFoundError;
            case EACCES -> ExceptionTypes.PermissionError;
            case EEXIST -> ExceptionTypes.FileExistsError;
            case ENOTDIR -> ExceptionTypes.NotADirectoryError;
            case EISDIR -> ExceptionTypes.IsADirectoryError;
            default -> ExceptionTypes.OSError;
        };
        return new PyException(ExceptionTypes.create(type, PyInt.of(errno), PyStr.of(strerror(errno)), PyStr.of(filename)));
    }

    public static String strerror(int errno) {
        return switch (errno) {
            case ENOENT -> "No such file or directory";
            case EIO -> "Input/output error";
            case EACCES -> "Permission denied";
            case EEXIST -> "File exists";
            case ENOTDIR -> "Not a directory";
            case EISDIR -> "Is a directory";
            case ENOTEMPTY -> "Directory not empty";
            default -> "Unknown error " + errno;
        };
    }

    /** The Python form of a failed file operation on {@code filename}. */
    public static PyException of(IOException e, String filename) {
        int errno;
        if (e instanceof NoSuchFileException) {
            errno = ENOENT;
        } else if (e instanceof FileAlreadyExistsException) {
            errno = EEXIST;
        } else if (e instanceof AccessDeniedException) {
            errno = EACCES;
        } else if (e instanceof DirectoryNotEmptyException) {
            errno = ENOTEMPTY;
        } else if (e instanceof NotDirectoryException) {
            errno = ENOTDIR;
        } else {
            errno = EIO;
        }
        return error(errno, filename);
    }
}
