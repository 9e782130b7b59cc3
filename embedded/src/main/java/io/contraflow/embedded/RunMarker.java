package io.contraflow.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Marks a directory a run works in with the process that owns it (and the child process it started, if any), so
 * that a later run can tell what a run that was killed (SIGKILL runs no cleanup) left behind: its temporary
 * directories, and a child that outlived it. A process is named by its id and its start time, so that an id the
 * operating system has given to another process since is not taken for the owner.
 */
public final class RunMarker {
    static final String OWNER_FILE = "contraflow-owner";
    static final String CHILD_FILE = "contraflow-child";
    /** Prefixes of the temporary directories the project's runs make. */
    public static final List<String> TEMPORARY_PREFIXES = List.of("contraflow-kafka-", "contraflow-registry-",
            "contraflow-demo", "contraflow-analyze-state", "contraflow-cluster-");

    private RunMarker() {
    }

    /** Marks {@code directory} as this process's. */
    public static void claim(Path directory) {
        write(directory.resolve(OWNER_FILE), ProcessHandle.current());
    }

    /**
     * Creates {@code directory} (a part of a caller's data directory) if needed, and checks that no live process,
     * this one included, uses it: two brokers or registries on the same files would corrupt them.
     *
     * @param what what keeps its data there, for the message
     */
    static Path ownDataDirectory(Path directory, String what) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the " + what + " data directory " + directory, e);
        }
        liveOwner(directory).ifPresent(owner -> {
            throw new IllegalStateException("The " + what + " data in " + directory + " is in use by process " + owner.pid()
                    + " (another Contraflow cluster?): stop it first, or use another data directory");
        });
        return directory;
    }

    /** Removes the marks of {@code directory} (a data directory kept after its run ended cleanly). */
    static void release(Path directory) {
        try {
            Files.deleteIfExists(directory.resolve(OWNER_FILE));
            Files.deleteIfExists(directory.resolve(CHILD_FILE));
        } catch (IOException e) {
            // a stale mark names a dead process: the next run ignores it
        }
    }

    /** Records the child process working in {@code directory} (to stop it if its owner dies without doing so). */
    static void recordChild(Path directory, ProcessHandle child) {
        write(directory.resolve(CHILD_FILE), child);
    }

    /** The live process that owns {@code directory}, if it has an owner that is still running. */
    public static Optional<ProcessHandle> liveOwner(Path directory) {
        return live(directory.resolve(OWNER_FILE));
    }

    /**
     * Stops the child a dead owner left running in {@code directory}; what was done, for the caller to report.
     * Nothing when the owner is alive or there is no such child.
     */
    static Optional<String> stopOrphanedChild(Path directory) {
        if (!Files.exists(directory.resolve(OWNER_FILE)) || liveOwner(directory).isPresent()) {
            return Optional.empty();
        }
        Optional<ProcessHandle> child = live(directory.resolve(CHILD_FILE));
        if (child.isEmpty()) {
            return Optional.empty();
        }
        ProcessHandle orphan = child.get();
        orphan.descendants().forEach(ProcessHandle::destroyForcibly);
        orphan.destroyForcibly();
        try {
            orphan.onExit().get(java.time.Duration.ofSeconds(10).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (Exception notYet) {
            // reported as stopped all the same: SIGKILL cannot be refused
        }
        return Optional.of("stopped process " + orphan.pid() + ", left running in " + directory
                + " by a run that ended without stopping it");
    }

    /**
     * Cleans what killed runs left in {@code temporaryRoot}: for each directory with one of
     * {@link #TEMPORARY_PREFIXES} whose owner is dead, stops its child if still running and deletes it. Directories
     * without an owner mark (older releases, or not ours) and those of live runs are left alone.
     *
     * @return one line per thing done, for the caller to report
     */
    public static List<String> cleanUpAbandoned(Path temporaryRoot) {
        List<String> done = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(temporaryRoot,
                p -> Files.isDirectory(p) && TEMPORARY_PREFIXES.stream().anyMatch(p.getFileName().toString()::startsWith))) {
            for (Path directory : entries) {
                if (!Files.exists(directory.resolve(OWNER_FILE)) || liveOwner(directory).isPresent()) {
                    continue;
                }
                stopOrphanedChild(directory).ifPresent(done::add);
                deleteRecursively(directory);
                done.add("deleted " + directory + ", left behind by a run that was killed");
            }
        } catch (IOException | UncheckedIOException e) {
            done.add("could not look for what killed runs left in " + temporaryRoot + ": " + e.getMessage());
        }
        return done;
    }

    private static void write(Path file, ProcessHandle process) {
        long started = process.info().startInstant().map(Instant::toEpochMilli).orElse(0L);
        try {
            Files.writeString(file, process.pid() + " " + started + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    private static Optional<ProcessHandle> live(Path file) {
        String[] fields;
        try {
            fields = Files.readString(file, StandardCharsets.UTF_8).strip().split(" ");
        } catch (IOException e) {
            return Optional.empty();
        }
        try {
            long pid = Long.parseLong(fields[0]);
            long started = fields.length > 1 ? Long.parseLong(fields[1]) : 0;
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(p -> started == 0
                    || p.info().startInstant().map(i -> Math.abs(i.toEpochMilli() - started) < 1_000).orElse(true));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    static void deleteRecursively(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // what cannot be deleted now is tried again by the next run
        }
    }
}
