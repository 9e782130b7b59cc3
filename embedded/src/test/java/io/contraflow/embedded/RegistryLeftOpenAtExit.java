package io.contraflow.embedded;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A program that starts the schema registry, writes its process id to the file named by its first argument, and
 * exits without closing it: the shutdown hook must still stop the registry process.
 */
public final class RegistryLeftOpenAtExit {

    private RegistryLeftOpenAtExit() {
    }

    public static void main(String[] args) throws Exception {
        EmbeddedSchemaRegistry registry = EmbeddedSchemaRegistry.start(Path.of(args[1]), 0);
        Files.writeString(Path.of(args[0]), Long.toString(registry.pid()));
        System.exit(0);
    }
}
