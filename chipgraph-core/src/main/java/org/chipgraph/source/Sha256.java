package org.chipgraph.source;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of a file's bytes, as lower-case hex. */
public final class Sha256 {
    private Sha256() {}

    /** One digest per thread: looking one up per call costs more than hashing a claim's short key. */
    private static final ThreadLocal<MessageDigest> DIGEST = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    });
    private static final HexFormat HEX = HexFormat.of();

    /** A fresh digest, for hashing a stream (a file being written or read). */
    public static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String hex(byte[] bytes) {
        MessageDigest d = DIGEST.get();
        d.reset();
        return HEX.formatHex(d.digest(bytes));
    }
}
