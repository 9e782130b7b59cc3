package io.contraflow.dashboard;

import java.util.List;

/** One side of a contradiction as the API shows it. */
public record SideView(String position, List<String> claimants, List<String> statements, List<String> sources,
                       List<ArticleRef> articles, List<EvidenceView> evidence, List<String> names) {
}
