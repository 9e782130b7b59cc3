package io.contraflow.embedded;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A program that starts the schema registry (in the data directory of its third argument, if given), writes the
 * registry's process id to the file named by its first argument, and then waits to be killed.
 */
public final class RegistryHeldOpen {

    private RegistryHeldOpen() {
    }

    public static void main(String[] args) throws Exception {
        EmbeddedSchemaRegistry registry = EmbeddedSchemaRegistry.start(Path.of(args[1]), 0,
                args.length > 2 ? Path.of(args[2]) : null);
        Files.writeString(Path.of(args[0]), Long.toString(registry.pid()));
        Thread.sleep(Long.MAX_VALUE);
    }
}
