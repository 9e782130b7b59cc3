package io.contraflow.analysis.contradictions;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "A violent wave overturned the boat" against "the water was calm when it capsized": whether the sea or the lake was
 * rough when a boat went down. Officials and some witnesses blame the weather; survivors, videos and the families of the
 * drowned often say the water was calm, which leaves the load or the crew to blame. One sinking is in question in a
 * story, so the two need not name the boat alike; each must speak of water or a craft (a wildfire's winds are no sea).
 */
final class RoughWater extends Judgement {
  private static final String WATER = "(?:waters?|seas?|lake|waves?|swells?|weather|conditions)";
  /**
   * "a violent wave", "strong winds", "rough seas", "choppy waters", "bad weather", "a storm overturned the ferry"; not
   * "huge waves of refugees".
   */
  private static final Pattern ROUGH = Pattern.compile("(?i)\\b(?:violent|strong|huge|high|big|giant|powerful|massive|heavy)\\s+"
      + "(?:waves?|swells?|winds?|gusts?)\\b(?!\\s+of\\b)|\\b(?:rough|choppy|turbulent|stormy)\\s+" + WATER + "\\b|\\bbad\\s+weather\\b|"
      + "\\bstorm\\s+(?:hit|struck|overturned|capsized|sank)\\b");
  /** "calm waters", "the lake was calm", "conditions were perfectly calm", "good weather". */
  private static final Pattern CALM = Pattern.compile("(?i)\\bcalm\\s+" + WATER + "\\b|\\b" + WATER
      + "\\s+(?:was|were|had\\s+been|remained)\\s+(?:(?:perfectly|completely|relatively|fairly|quite|very)\\s+)?calm\\b|\\bgood\\s+weather\\b");
  /** Water or a craft on it, which the content must speak of. */
  private static final Pattern AFLOAT = Pattern.compile("(?i)\\b(?:waters?|seas?|lake|river|boat|ferry|ship|vessel|canoe|"
      + "barge|capsiz\\w*|sank|sink\\w*|overturn\\w*)\\b");

  /** Words every answer holds: most contents hold none, and a plain search skips them before any pattern runs. */
  private static final java.util.List<String> WORDS = java.util.List.of("calm", "wave", "swell", "wind", "gust", "rough", "choppy",
      "turbulent", "stormy", "weather", "storm");

  RoughWater() {
    super("rough water", "whether the water was rough when it sank", "rough water", "calm water");
  }

  @Override
  boolean ofConduct() {
    return true;
  }

  @Override
  boolean heardFromWitnesses() {
    return true;
  }

  @Override
  Boolean answer(String content) {
    if (holdsNone(content, WORDS) || !AFLOAT.matcher(content).find()) return null;
    Matcher calm = CALM.matcher(content);
    if (calm.find()) return negatedBefore(content, calm.start(), 3);
    Matcher rough = ROUGH.matcher(content);
    if (!rough.find()) return null;
    // ("it was not a strong wave that sank it": the weather denied, the water calm.)
    return !negatedBefore(content, rough.start(), 4);
  }
}
