package io.contraflow.feeds;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns fetched bytes into text with the charset the response declares: a byte-order mark, else the Content-Type
 * header, else the XML prolog (feeds) or {@code <meta charset>} (pages), else UTF-8 (XML's default). Decoding is
 * strict: bytes that are invalid in that charset are reported with their position, never replaced or guessed.
 */
final class TextDecoding {

    /** Which in-document declaration to look for when the header names no charset. */
    enum Markup { XML, HTML }

    /** Text and where its charset came from ("header", "XML prolog", "meta", "byte-order mark", "default"). */
    record Decoded(String text, Charset charset, String declaredBy) {
    }

    /** Bytes that could not be decoded; the problem says why. */
    static final class Undecodable extends Exception {
        final Problem problem;

        Undecodable(Problem problem) {
            super(problem.reason());
            this.problem = problem;
        }
    }

    private static final Pattern HEADER_CHARSET = Pattern.compile("(?i)charset\\s*=\\s*[\"']?([^\"';\\s]+)");
    private static final Pattern XML_ENCODING =
            Pattern.compile("^\\s*<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");
    private static final Pattern META_CHARSET = Pattern.compile(
            "(?i)<meta[^>]+?charset\\s*=\\s*[\"']?([A-Za-z0-9._:-]+)");
    /** The HTML standard's prescan reads the first 1024 bytes; pages with long heads put it later, so read more. */
    private static final int PRESCAN_BYTES = 4096;

    private TextDecoding() {
    }

    static Decoded decode(byte[] bytes, String contentType, Markup markup, String what) throws Undecodable {
        int bomLength = 0;
        String name;
        String declaredBy;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            name = "UTF-8";
            declaredBy = "byte-order mark";
            bomLength = 3;
        } else if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
            name = bytes[0] == (byte) 0xFE ? "UTF-16BE" : "UTF-16LE";
            declaredBy = "byte-order mark";
            bomLength = 2;
        } else if ((name = find(HEADER_CHARSET, contentType)) != null) {
            declaredBy = "Content-Type header";
        } else {
            // Declarations are ASCII in every charset a feed or page may use (UTF-16 ones carry a BOM).
            String head = new String(bytes, 0, Math.min(bytes.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
            name = find(markup == Markup.XML ? XML_ENCODING : META_CHARSET, head);
            declaredBy = markup == Markup.XML ? "XML prolog" : "<meta> charset";
            if (name == null) {
                name = "UTF-8";
                declaredBy = "no declaration; UTF-8 assumed";
            }
        }
        Charset charset;
        try {
            charset = Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException unknown) {
            throw new Undecodable(new Problem(Problem.Kind.CHARSET,
                    what + ": unknown charset '" + name + "' (" + declaredBy + ")"));
        }
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, bomLength, bytes.length - bomLength);
        try {
            CharBuffer text = decoder.decode(in);
            return new Decoded(text.toString(), charset, declaredBy);
        } catch (CharacterCodingException invalid) {
            throw new Undecodable(new Problem(Problem.Kind.CHARSET, what + ": bytes invalid in "
                    + charset.name() + " (" + declaredBy + ") at byte " + firstInvalidByte(bytes, bomLength, charset)));
        }
    }

    /** Where strict decoding first fails: decoded again step by step, only when there is an error to report. */
    private static int firstInvalidByte(byte[] bytes, int from, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
        CharBuffer out = CharBuffer.allocate(bytes.length + 16);
        var result = decoder.decode(in, out, true);
        return result.isError() ? in.position() : bytes.length;
    }

    private static String find(Pattern pattern, String text) {
        if (text == null) {
            return null;
        }
        Matcher m = pattern.matcher(text);
        return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : null;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
