package io.contraflow.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Finds a loopback TCP port that is free right now (the operating system picks it). */
final class FreePort {

    private FreePort() {
    }

    /**
     * A port nobody listens on at the moment of the call. Another process could take it before the caller binds it,
     * which is why callers that use it retry their start on a bind failure.
     */
    static int onLoopback() {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not find a free port on 127.0.0.1", e);
        }
    }

    /** Whether nothing listens on {@code port} of 127.0.0.1 right now. */
    static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Rejects what is neither a TCP port nor 0 (the caller's "pick a free one"). */
    static int requireValid(int port) {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("Port must be 0 (pick a free one) or 1-65535, got " + port);
        }
        return port;
    }

    /** {@code requested} when it is a real port, a free one when it is 0. */
    static int orFree(int requested) {
        return requireValid(requested) == 0 ? onLoopback() : requested;
    }
}
