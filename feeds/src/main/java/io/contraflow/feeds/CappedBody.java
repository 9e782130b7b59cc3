package io.contraflow.feeds;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Reads a response body into memory up to a cap, and gives up (cancelling the transfer) as soon as the body is
 * larger, or when told to: an endless chunked response or a 50 MB page costs at most the cap.
 */
final class CappedBody implements HttpResponse.BodySubscriber<byte[]> {

    /** The body was larger than the cap; the transfer was cancelled. */
    static final class TooLarge extends IOException {
        TooLarge(String message) {
            super(message);
        }
    }

    private final int cap;
    private final long declaredLength;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final CompletableFuture<byte[]> body = new CompletableFuture<>();
    private volatile Flow.Subscription subscription;

    /** @param declaredLength the Content-Length, or -1 */
    CappedBody(int cap, long declaredLength) {
        this.cap = cap;
        this.declaredLength = declaredLength;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        this.subscription = subscription;
        if (declaredLength > cap) {  // no need to read what is announced too large
            fail(new TooLarge("Content-Length " + declaredLength + " bytes is over the limit of " + cap));
            return;
        }
        subscription.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        if (body.isDone()) {
            return;
        }
        for (ByteBuffer buffer : buffers) {
            if ((long) out.size() + buffer.remaining() > cap) {
                fail(new TooLarge("more than " + cap + " bytes (the limit)"));
                return;
            }
            byte[] bytes = new byte[buffer.remaining()];
            buffer.get(bytes);
            out.write(bytes, 0, bytes.length);
        }
    }

    @Override
    public void onError(Throwable error) {
        body.completeExceptionally(error);
    }

    @Override
    public void onComplete() {
        body.complete(out.toByteArray());
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return body;
    }

    /** Stops the transfer, e.g. at the deadline; the body then completes with {@code reason}. */
    void fail(Throwable reason) {
        Flow.Subscription current = subscription;
        if (current != null) {
            current.cancel();
        }
        body.completeExceptionally(reason);
    }
}
