package io.contraflow.cli;

/** Whether output goes to a person at a terminal that shows colour. */
final class Terminal {
  private Terminal() {}

  static boolean supportsColour() {
    return System.console() != null && System.getenv("NO_COLOR") == null && !"dumb".equals(System.getenv("TERM"));
  }
}
