package io.contraflow.analysis.contradictions;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "The tanker had turned off its tracker" against "its transponders were fully functioning": whether a ship or an
 * aircraft went dark before the incident. The side that seized, fired on or blamed it says it switched off its
 * transponder or tracking signals; its owner, crew or flag state says they were on and working. One vessel or aircraft
 * is in question in a story, so the two need not name it alike: the question is of the crew's conduct.
 */
final class TrackerOff extends Judgement {
  private static final String TRACKER = "(?:transponders?|trackers?|tracking\\s+(?:signals?|systems?|devices?|beacons?)|"
      + "AIS|automatic\\s+identification\\s+system|beacons?)";
  /** What goes dark: a ship or an aircraft, not a city in a power cut. */
  private static final String CRAFT = "(?:ship|vessel|tanker|boat|ferry|trawler|freighter|plane|aircraft|airliner|jet|flight)";
  /**
   * "turned off its tracker", "switching off the AIS", "its transponder had been switched off", "disabled its
   * tracking system", "the tanker went dark".
   */
  private static final Pattern OFF = Pattern.compile("(?i)\\b(?:turn(?:ed|ing|s)?|switch(?:ed|ing|es)?|shut(?:ting|s)?)\\s+off\\s+"
      + "(?:its|their|the|his|her)\\s+(?:[\\w-]+\\s+)?" + TRACKER + "\\b|"
      + "\\b(?:disabl(?:ed|ing|es)|deactivat(?:ed|ing|es))\\s+(?:its|their|the)\\s+(?:[\\w-]+\\s+)?" + TRACKER + "\\b|"
      + "\\b" + TRACKER + "\\b[^.;]{0,40}?\\b(?:was|were|had\\s+been|has\\s+been|have\\s+been)\\s+(?:switched|turned|shut)\\s+off\\b|"
      + "\\b" + CRAFT + "\\s+(?:[\\w-]+\\s+)?went\\s+dark\\b");
  /** "its transponders fully functioning", "the AIS was working", "tracking signals remained switched on". */
  private static final Pattern ON = Pattern.compile("(?i)\\b" + TRACKER + "\\b[^.;]{0,60}?\\b(?:fully\\s+|properly\\s+|always\\s+)?"
      + "(?:functioning|functional|working|operational|transmitting|switched\\s+on|turned\\s+on)\\b");

  TrackerOff() {
    super("tracker", "whether the vessel or aircraft switched off its tracking", "tracking switched off", "tracking on");
  }

  @Override
  boolean ofConduct() {
    return true;
  }

  @Override
  Boolean answer(String content) {
    Matcher off = OFF.matcher(content);
    if (off.find()) return !negatedBefore(content, off.start(), 3);
    Matcher on = ON.matcher(content);
    if (!on.find()) return null;
    // ("the transponder was not working": off.)
    return content.substring(on.start(), on.end()).matches("(?is).*(?:\\bnot|n't|\\bnever)\\b.*");
  }
}
