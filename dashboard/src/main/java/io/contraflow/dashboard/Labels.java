package io.contraflow.dashboard;

import io.contraflow.schemas.ContradictionKind;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The words the dashboard shows for contradiction kinds and for the detectors in a finding's trail, served by the API
 * so the page needs no list of its own: a kind or detector added later shows up with a readable name at once.
 */
final class Labels {
    private static final Map<String, String> KINDS = Map.of(
            "ATTRIBUTED_DISAGREEMENT", "Disagreement",
            "DENIAL", "Denial",
            "NUMERIC_DISCREPANCY", "Numbers differ",
            "REPORTED_CONTRADICTION", "Reported contradiction",
            "REVISION", "Revised figure");
    private static final Map<String, String> DETECTORS = Map.ofEntries(
            Map.entry("rejection", "a rejection of another's claim, report, verdict or offer"),
            Map.entry("denial", "a denial of what another asserts"),
            Map.entry("blame", "different culprits named"),
            Map.entry("cause", "how it came about"),
            Map.entry("response", "the accused's answer"),
            Map.entry("figure", "figures that cannot both be right"),
            Map.entry("place", "incompatible places"),
            Map.entry("contrast", "a contrast the article draws"),
            Map.entry("reported", "a disagreement the article reports"));

    private Labels() {
    }

    /** Every kind on the wire, each with its label; kinds without one read as their name in words. */
    static Map<String, Object> all() {
        Map<String, String> kinds = new LinkedHashMap<>();
        for (ContradictionKind k : ContradictionKind.values()) kinds.put(k.name(), kindLabel(k.name()));
        return Map.of("kinds", kinds, "detectors", DETECTORS);
    }

    static String kindLabel(String kind) {
        String known = KINDS.get(kind);
        if (known != null) return known;
        String words = kind.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
