package io.contraflow.benchmarks;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;

/** The benches' command lines: {@code --name-with-dashes value} sets the setting {@code name.with.dashes}. */
public final class BenchFlags {
  private BenchFlags() {}

  /**
   * The settings a bench's {@code main} was given, or null when it has done already: {@code --help} printed the flags,
   * or a bad flag was reported and the process told to exit with status 2.
   */
  public static <C> C settingsOrExit(String[] args, ConfigDef config, java.util.function.Function<List<String>, C> parse) {
    if (java.util.Arrays.asList(args).contains("--help")) {
      System.out.println("Flags (--name-with-dashes value):\n" + config.toRst());
      return null;
    }
    try {
      return parse.apply(java.util.Arrays.asList(args));
    } catch (ConfigException e) {
      System.err.println(e.getMessage() + " (--help lists the flags)");
      System.exit(2);
      return null;
    }
  }

  /** Parses {@code --name value} pairs against {@code config}'s names; {@code --help} is handled by the caller. */
  public static Map<String, String> parse(ConfigDef config, List<String> args) {
    Map<String, String> values = new LinkedHashMap<>();
    for (int i = 0; i < args.size(); i++) {
      String flag = args.get(i);
      if (!flag.startsWith("--")) throw new ConfigException("Expected a flag like --rate 200, got '" + flag + "'");
      String name = flag.substring(2).replace('-', '.');
      if (!config.names().contains(name)) {
        throw new ConfigException("Unknown flag " + flag + "; known: " + config.names().stream().map(n -> "--" + n.replace('.', '-')).sorted().toList());
      }
      if (i + 1 >= args.size()) throw new ConfigException("Flag " + flag + " needs a value");
      values.put(name, args.get(++i));
    }
    return values;
  }
}
