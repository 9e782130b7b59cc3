package io.contraflow.producer;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes UTF-8 and refuses malformed input instead of replacing it with U+FFFD: a file in another encoding would
 * otherwise reach the analysis as mojibake nobody notices.
 */
final class StrictUtf8 {

    /** Thrown with the byte offset of the first malformed sequence, so a person can find it. */
    static final class MalformedUtf8Exception extends Exception {
        private static final long serialVersionUID = 1L;
        private final long byteOffset;

        MalformedUtf8Exception(long byteOffset) {
            super("malformed byte sequence at byte " + byteOffset + " (is the file in another encoding?)");
            this.byteOffset = byteOffset;
        }

        long byteOffset() {
            return byteOffset;
        }
    }

    private StrictUtf8() {
    }

    static String decode(byte[] bytes) throws MalformedUtf8Exception {
        return decode(bytes, bytes.length);
    }

    /** Decodes bytes[0, length), dropping a leading byte-order mark. */
    static String decode(byte[] bytes, int length) throws MalformedUtf8Exception {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, 0, length);
        CharBuffer out = CharBuffer.allocate(length);  // UTF-8 never yields more chars than bytes
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new MalformedUtf8Exception(in.position());
        }
        result = decoder.flush(out);
        if (result.isError()) {
            throw new MalformedUtf8Exception(in.position());
        }
        out.flip();
        String text = out.toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
