package io.contraflow.embedded;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A program that starts a broker, writes its data directory to the file named by its argument, and exits without
 * closing it: the shutdown hook must still stop the broker and delete the directory.
 */
public final class BrokerLeftOpenAtExit {

    private BrokerLeftOpenAtExit() {
    }

    public static void main(String[] args) throws Exception {
        EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(0);
        Files.writeString(Path.of(args[0]), broker.dataDirectory().toString());
        System.exit(0);
    }
}
