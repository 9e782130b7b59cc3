package io.contraflow.feeds;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The feeds' states between runs of {@code contraflow watch}: one small JSON file, {"feeds": {URL: state}}, with
 * each state as {@link FeedState#toMap()} writes it. Replaced atomically (written beside, then moved), so a crash
 * leaves the old file or the new one, never half of one.
 */
public final class StateFile {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, Map<String, Map<String, Object>>>> TYPE = new TypeReference<>() {
    };

    private final Path path;

    public StateFile(Path path) {
        this.path = path;
    }

    public Path path() {
        return path;
    }

    /** The saved states by feed URL; none when the file does not exist yet. */
    public Map<String, FeedState> read() throws IOException {
        Map<String, FeedState> states = new LinkedHashMap<>();
        if (!Files.exists(path)) {
            return states;
        }
        Map<String, Map<String, Map<String, Object>>> document = JSON.readValue(path.toFile(), TYPE);
        document.getOrDefault("feeds", Map.of()).forEach((feed, state) -> states.put(feed, FeedState.fromMap(state)));
        return states;
    }

    public void write(Map<String, FeedState> states) throws IOException {
        Map<String, Map<String, Object>> feeds = new LinkedHashMap<>();
        states.forEach((feed, state) -> feeds.put(feed, state.toMap()));
        Path absolute = path.toAbsolutePath();
        Path temporary = absolute.resolveSibling(absolute.getFileName() + ".tmp");
        JSON.writerWithDefaultPrettyPrinter().writeValue(temporary.toFile(), Map.of("feeds", feeds));
        try {
            Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException notOnThisFileSystem) {
            Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
