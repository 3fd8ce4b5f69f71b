package dev.weft.backend.build;

import dev.weft.backend.ClassNaming;

import java.nio.file.Path;

/**
 * One Python source file of a source tree and the module it defines: {@code root/a/b.py} is
 * module {@code a.b}, {@code root/a/__init__.py} is package {@code a}.
 *
 * @param file         the source file
 * @param relativePath its path under the source root, with {@code /} separators; this is the
 *                     file name compiled into the class ({@code __file__}, tracebacks), so
 *                     that classes do not depend on where the project was built
 * @param module       the dotted module name
 * @param isPackage    whether the file is a package's {@code __init__.py}
 * @param classPrefix  the class-name prefix of its class ({@code py} for a program's modules,
 *                     {@code pystdlib} for the standard library's; see {@link ClassNaming})
 * @param fileRoot     prepended to {@code relativePath} (with a {@code /}) in the file name
 *                     compiled into the class; empty for none
 */
public record SourceModule(Path file, String relativePath, String module, boolean isPackage, String classPrefix,
                           String fileRoot) {

    /** A program's module: class prefix {@code py}, file name {@code relativePath}. */
    public SourceModule(Path file, String relativePath, String module, boolean isPackage) {
        this(file, relativePath, module, isPackage, ClassNaming.PREFIX, "");
    }

    /** This module under another class prefix and file root (e.g. for the standard library). */
    public SourceModule withNaming(String newClassPrefix, String newFileRoot) {
        return new SourceModule(file, relativePath, module, isPackage, newClassPrefix, newFileRoot);
    }

    /** The internal name of the class the module compiles to ({@code py/a/b}, {@code py/a/__init__}). */
    public String internalClassName() {
        return ClassNaming.moduleClass(classPrefix, module, isPackage);
    }

    /** The file name compiled into the class: {@code fileRoot/relativePath}, or {@code relativePath}. */
    public String compiledFileName() {
        return fileRoot.isEmpty() ? relativePath : fileRoot + "/" + relativePath;
    }

    /** The class file's path under an output directory. */
    public Path classFile(Path outputDirectory) {
        return outputDirectory.resolve(internalClassName() + ".class");
    }

    /**
     * The module of {@code relativePath} (a {@code .py} path under a source root), or null if the
     * path does not name a module (a top-level {@code __init__.py}, or a part that is not an identifier).
     */
    public static SourceModule of(Path file, String relativePath) {
        String withoutSuffix = relativePath.substring(0, relativePath.length() - ".py".length());
        String[] parts = withoutSuffix.split("/");
        boolean isPackage = parts[parts.length - 1].equals("__init__");
        int count = isPackage ? parts.length - 1 : parts.length;
        if (count == 0) {
            return null;
        }
        StringBuilder dotted = new StringBuilder();
        for (int i = 0; i < count; i++) {
            if (!isIdentifier(parts[i])) {
                return null;
            }
            if (i > 0) {
                dotted.append('.');
            }
            dotted.append(parts[i]);
        }
        return new SourceModule(file, relativePath, dotted.toString(), isPackage);
    }

    private static boolean isIdentifier(String s) {
        if (s.isEmpty() || !Character.isUnicodeIdentifierStart(s.codePointAt(0)) && s.charAt(0) != '_') {
            return false;
        }
        return s.codePoints().allMatch(c -> c == '_' || Character.isUnicodeIdentifierPart(c));
    }
}
