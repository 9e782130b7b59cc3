package io.contraflow.analysis.nlp;

import java.util.regex.Pattern;

/**
 * Whether two full names of one surname are two people: "Ana Berg" and her father "Ivan Berg" are; "Ana Berg", "A.
 * Berg" and "Maria Ana Berg" are one. Mentions are keyed by surname so that a later "Berg" finds its full name.
 */
final class GivenNames {
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private GivenNames() {}

  /** True when {@code name} has a given name that {@code fullest} lacks (both written with one). */
  static boolean differ(String name, String fullest) {
    String[] a = SPACES.split(name.trim());
    String[] b = SPACES.split(fullest.trim());
    if (a.length < 2 || b.length < 2) return false;
    for (int i = 0; i < a.length - 1; i++) {
      boolean found = false;
      for (int j = 0; j < b.length - 1 && !found; j++) found = same(a[i], b[j]);
      if (!found) return true;
    }
    return false;
  }

  /** "Ana" and "Ana", or an initial and the name it stands for ("A." and "Ana"). */
  private static boolean same(String x, String y) {
    if (x.equalsIgnoreCase(y)) return true;
    String ix = x.replace(".", "");
    String iy = y.replace(".", "");
    return (ix.length() == 1 || iy.length() == 1) && !ix.isEmpty() && !iy.isEmpty()
        && Character.toLowerCase(ix.charAt(0)) == Character.toLowerCase(iy.charAt(0));
  }
}
