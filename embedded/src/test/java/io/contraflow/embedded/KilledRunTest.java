package io.contraflow.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12, defect 6: a run killed with SIGKILL (no shutdown hook runs) leaves nothing running, and what it leaves on
 * disk is found and cleaned by the next run.
 */
class KilledRunTest {

    @Test
    void theRegistryDiesWithAParentKilledWithSigkill(@TempDir Path work) throws Exception {
        Path report = work.resolve("registry-pid.txt");
        Process parent = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + work,
                "-cp", System.getProperty("java.class.path"),
                RegistryHeldOpen.class.getName(), report.toString(), EmbeddedSchemaRegistry.locateJar().toString())
                .redirectErrorStream(true)
                .redirectOutput(work.resolve("parent.log").toFile())
                .start();
        long registryPid = -1;
        try {
            long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            while (!Files.exists(report) && parent.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertThat(report).as(Files.readString(work.resolve("parent.log"))).exists();
            registryPid = Long.parseLong(Files.readString(report).strip());
            ProcessHandle registry = ProcessHandle.of(registryPid).orElseThrow();

            parent.toHandle().destroyForcibly(); // kill -9: the parent's shutdown hook does not run

            assertThat(registry.onExit().completeOnTimeout(null, 30, TimeUnit.SECONDS).get())
                    .as("registry process %d still running 30 s after its parent was killed", registryPid).isNotNull();
            assertThat(registry.isAlive()).isFalse();
        } finally {
            parent.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
            parent.destroyForcibly();
            // If the test fails, the registry outlived its parent and is no longer its descendant: stop it by id.
            if (registryPid > 0) ProcessHandle.of(registryPid).ifPresent(ProcessHandle::destroyForcibly);
        }
    }

    @Test
    void whatAKilledRunLeftIsCleanedAndWhatALiveRunOwnsIsNot(@TempDir Path tmp) throws Exception {
        Process deadOwner = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-version")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        ProcessHandle dead = deadOwner.toHandle();
        deadOwner.waitFor(30, TimeUnit.SECONDS);
        Process orphan = new ProcessBuilder("sleep", "300").start();
        try {
            Path abandoned = Files.createDirectories(tmp.resolve("contraflow-registry-123"));
            Files.writeString(abandoned.resolve(RunMarker.OWNER_FILE), dead.pid() + " 0\n");
            RunMarker.recordChild(abandoned, orphan.toHandle());
            Path live = Files.createDirectories(tmp.resolve("contraflow-kafka-456"));
            RunMarker.claim(live);
            Path unmarked = Files.createDirectories(tmp.resolve("contraflow-demo789"));

            List<String> done = RunMarker.cleanUpAbandoned(tmp);

            assertThat(orphan.waitFor(30, TimeUnit.SECONDS)).as("the orphaned child is stopped").isTrue();
            assertThat(abandoned).doesNotExist();
            assertThat(live).exists();
            assertThat(unmarked).exists();
            assertThat(done).anySatisfy(line -> assertThat(line).contains("stopped process " + orphan.pid()))
                    .anySatisfy(line -> assertThat(line).contains("deleted " + abandoned));
        } finally {
            orphan.destroyForcibly();
        }
    }

    @Test
    void aPersistentRegistryKeepsItsSchemasAcrossARestart(@TempDir Path data) {
        org.apache.avro.Schema schema = org.apache.avro.Schema.create(org.apache.avro.Schema.Type.STRING);
        int id;
        try (EmbeddedSchemaRegistry registry = EmbeddedSchemaRegistry.start(EmbeddedSchemaRegistry.locateJar(), 0, data)) {
            id = new io.contraflow.schemas.registry.HttpSchemaRegistryClient(registry.url()).register("kept-value", schema);
        }
        try (EmbeddedSchemaRegistry registry = EmbeddedSchemaRegistry.start(EmbeddedSchemaRegistry.locateJar(), 0, data)) {
            assertThat(new io.contraflow.schemas.registry.HttpSchemaRegistryClient(registry.url()).getById(id)).isEqualTo(schema);
        }
        assertThat(data.resolve("registry")).exists();
        assertThat(Optional.ofNullable(RunMarker.liveOwner(data.resolve("registry")).orElse(null))).isEmpty();
    }
}
