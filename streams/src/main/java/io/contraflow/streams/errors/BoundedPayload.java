package io.contraflow.streams.errors;

import io.contraflow.schemas.DeadLetter;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * What a dead letter carries of its input: the first {@value #HEAD_BYTES} bytes (less under a small record budget),
 * with the size and SHA-256 of the whole, so a dead letter is always small enough to be written (one carrying a whole oversized record failed as its
 * record had, and the application stopped) and still identifies its input.
 */
public final class BoundedPayload {
  /** 64 KiB: enough to see what an input was; a dead letter stays far below any record limit. */
  public static final int HEAD_BYTES = 64 * 1024;
  /** Reasons quote exception messages, which may quote the input: a reason is cut after this many characters. */
  public static final int MAX_REASON_CHARS = 4_000;

  private BoundedPayload() {}

  /**
   * How much of its input a dead letter may carry under a record budget of {@code maxRecordBytes}: {@value #HEAD_BYTES}
   * bytes, or a quarter of the budget if that is less, so that the letter itself always fits.
   */
  public static int headBytes(int maxRecordBytes) {
    return Math.min(HEAD_BYTES, maxRecordBytes / 4);
  }

  /** Sets payload (at most {@code headBytes} of it), payloadSize and payloadSha256 from {@code whole}, if any. */
  public static DeadLetter.Builder attach(DeadLetter.Builder letter, byte[] whole, int headBytes) {
    if (whole == null) return letter;
    return letter.setPayload(ByteBuffer.wrap(Arrays.copyOf(whole, Math.min(whole.length, headBytes))))
        .setPayloadSize((long) whole.length)
        .setPayloadSha256(sha256(whole));
  }

  /** {@code reason}, cut to {@value #MAX_REASON_CHARS} characters. */
  public static String reason(String reason) {
    return reason.length() <= MAX_REASON_CHARS ? reason : reason.substring(0, MAX_REASON_CHARS) + "…";
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
