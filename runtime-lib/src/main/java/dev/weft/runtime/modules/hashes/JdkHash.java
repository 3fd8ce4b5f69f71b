package dev.weft.runtime.modules.hashes;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** A hash the JDK provides (MD5, SHA-1, SHA-2, SHA-3). */
final class JdkHash implements HashEngine {
    private final MessageDigest md;

    private JdkHash(MessageDigest md) {
        this.md = md;
    }

    static JdkHash of(String jdkName) {
        try {
            return new JdkHash(MessageDigest.getInstance(jdkName));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks " + jdkName, e);
        }
    }

    @Override
    public void update(byte[] data) {
        md.update(data);
    }

    @Override
    public byte[] digest(int length) {
        return clone(md).digest();
    }

    @Override
    public HashEngine copy() {
        return new JdkHash(clone(md));
    }

    private static MessageDigest clone(MessageDigest md) {
        try {
            return (MessageDigest) md.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("digest not cloneable: " + md.getAlgorithm(), e);
        }
    }
}
