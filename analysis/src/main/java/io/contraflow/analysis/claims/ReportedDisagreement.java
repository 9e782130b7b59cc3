package io.contraflow.analysis.claims;

/** An explicit report that {@code challenger} contradicts, denies or disputes {@code challenged}. */
public record ReportedDisagreement(String challenger, String challenged, String relation, String about) {}
