package dev.weft.runtime.modules.hashes;

/** The state of one running hash. Not thread-safe: {@link PyHash} serialises the calls. */
interface HashEngine {
    void update(byte[] data);

    /** The digest of everything so far, leaving the state as it is; {@code length} matters for XOFs only. */
    byte[] digest(int length);

    HashEngine copy();
}
