package io.contraflow.producer;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines without decoding it, keeping at most {@code maxLineBytes} of any line: a line that
 * is one bad byte or one huge record then costs one line, not the rest of the file, and memory stays bounded.
 * Lines end at '\n'; a '\r' before it is dropped.
 */
final class BoundedLineReader implements Closeable {

    /**
     * One line. {@code bytes[0, length)} is valid only until the next call to {@link #next()}.
     *
     * @param number   1-based line number
     * @param fullLength the line's length in bytes, also when it was too long to keep
     */
    record Line(long number, byte[] bytes, int length, long fullLength) {
        boolean tooLong(int maxLineBytes) {
            return fullLength > maxLineBytes;
        }

        boolean isBlank() {
            for (int i = 0; i < length; i++) {
                byte b = bytes[i];
                if (b != ' ' && b != '\t' && b != '\r') {
                    return false;
                }
            }
            return true;
        }
    }

    private final InputStream in;
    private final int maxLineBytes;
    private final byte[] buffer = new byte[64 * 1024];
    private int position;
    private int end;
    private byte[] line = new byte[1024];
    private long lineNumber;
    private boolean eof;

    BoundedLineReader(InputStream in, int maxLineBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    /** The next line, or null at the end of the stream. */
    Line next() throws IOException {
        int kept = 0;
        long full = 0;
        boolean sawAnything = false;
        while (true) {
            if (position == end) {
                if (eof || !fill()) {
                    eof = true;
                    if (!sawAnything) {
                        return null;
                    }
                    break;
                }
            }
            sawAnything = true;
            int newline = indexOfNewline();
            int stop = newline < 0 ? end : newline;
            int count = stop - position;
            int room = (int) Math.min(count, Math.max(0, (long) maxLineBytes + 1 - kept));  // keep one extra to see "\r"
            if (room > 0) {
                ensureCapacity(kept + room);
                System.arraycopy(buffer, position, line, kept, room);
                kept += room;
            }
            full += count;
            position = stop;
            if (newline >= 0) {
                position++;  // consume '\n'
                break;
            }
        }
        if (kept > 0 && full == kept && line[kept - 1] == '\r') {
            kept--;
            full--;
        }
        lineNumber++;
        return new Line(lineNumber, line, Math.min(kept, maxLineBytes), full);
    }

    private int indexOfNewline() {
        for (int i = position; i < end; i++) {
            if (buffer[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private boolean fill() throws IOException {
        int read = in.read(buffer, 0, buffer.length);
        if (read <= 0) {
            return false;
        }
        position = 0;
        end = read;
        return true;
    }

    private void ensureCapacity(int needed) {
        if (needed > line.length) {
            line = Arrays.copyOf(line, (int) Math.min(Math.max(needed, 2L * line.length), (long) maxLineBytes + 1));
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
