package io.contraflow.analysis.events;

import java.time.Duration;

/**
 * Whether an article may join one open event, and why: the tests {@link EventGrouper}'s class comment lists (incident,
 * name, mentioned name, setting, alone or corroborated), read from how alike the two are ({@link EventSimilarity}),
 * what both are about ({@link EventFocus}) and the time between them.
 */
final class JoinTests {
  /** Names and terms this alike say two reports are one story even when their gists do not. */
  static final double STRONG_WORDS = 0.30;
  /** Gists this alike read as one story retold, however long after. */
  static final double CONTINUED_SEMANTIC = 0.80;
  /** Gists this alike are one story retold when the report also shares this many of the story's names and its terms strongly. */
  static final double CONTINUED_WITH_NAMES_SEMANTIC = 0.68;
  static final int CONTINUED_SHARED_NAMES = 3;
  /** How far short of the setting's gist bar a report may read when its names and terms make up for it. */
  static final double NEAR_SEMANTIC = 0.10;
  /** How much names and terms must add to such a gist: gist and words together reach the bar and this much more. */
  static final double MAKE_UP_WORDS = 0.20;

  private final EventGroupingSettings settings;

  JoinTests(EventGroupingSettings settings) {
    this.settings = settings;
  }

  /**
   * Whether an article may join an event, how well it fits (to pick the best), why, and whether by the incident test
   * or by the name test on a person or organisation with words in common ({@code identity}): the tests that merge;
   * or by a name the event gives further down ({@code mentioned}), which merges it with an event the article is
   * identified with.
   */
  record Verdict(boolean joins, double rank, String reason, boolean incident, boolean identity, boolean mentioned) {
    Verdict(boolean joins, double rank, String reason) {
      this(joins, rank, reason, false, false, false);
    }
  }

  /** The tests, in order; the first that passes decides. */
  Verdict judge(EventSimilarity.Score s, EventFocus.Match focus, Duration gap) {
    return judge(s, focus, gap, false);
  }

  /**
   * The tests, in order, for an article that may name the day the story began ({@code recallsStart}: "the 14 May
   * attack" in a report months on).
   */
  Verdict judge(EventSimilarity.Score s, EventFocus.Match focus, Duration gap, boolean recallsStart) {
    boolean semantic = settings.uses(EventGroupingSettings.Signal.SEMANTIC) && s.semantic() > 0;
    boolean incidents = settings.uses(EventGroupingSettings.Signal.INCIDENTS);
    boolean conflict = incidents && focus.incidentConflict();
    double evidence = semantic ? s.semantic() : s.similarity();
    String about = focus.shared().isEmpty() ? "no shared focus" : "about " + String.join(", ", focus.shared().subList(0,
        Math.min(4, focus.shared().size())));
    String measures = (semantic ? String.format(java.util.Locale.ROOT, "gist %.2f; ", s.semantic()) : "")
        + String.format(java.util.Locale.ROOT, "names and terms %.2f", s.similarity());
    String when = gap == null ? "time unknown" : gap.isZero() ? "within the story's dated coverage"
        : gap.toDays() + " days from the story's dated coverage";
    double rank = s.similarity() + (semantic ? s.semantic() : 0) + 0.1 * focus.identity();
    String reason = about + "; " + measures + "; " + when;

    // Months or years on, an incident of its own by another name is another incident of the same kind: two chemical
    // attacks in one war four years apart read alike and share the country and the accused, not the town. (Not an
    // undated report: within a story's days one incident goes by two places' names, the venue's and the town's.)
    // Undated, it is another incident when the two share few words too: "the Delhi station stampede" and "the Kumbh
    // stampede" of the same pilgrims' season share the festival's name and little else; the venue's and the town's
    // names for one incident come with the same words.
    boolean rivalUndated = gap == null && s.similarity() < settings.nameWords();
    if (focus.rivalIncident() && (gap != null && gap.compareTo(settings.settingMaxGap()) > 0 || rivalUndated)) {
      return new Verdict(false, rank, "another incident: " + reason, false, false, false);
    }
    // Years on, the same kind of incident in the same city and country is another incident, unless the report names
    // the day the story began: two chemical attacks on one city five years apart share its name, the kind and the
    // accused, and the words of a war's every attack.
    if (incidents && focus.kindInPlaces() && gap != null && gap.compareTo(StorySpans.YEARS_APART) > 0 && !recallsStart) {
      return new Verdict(false, rank, "another incident years apart: " + reason, false, false, false);
    }
    // Months or years on, the same party at odds with another country is another story of the same kind: one army's
    // border clash with one neighbour and, two years later, with another read alike and share the army's spokesmen.
    // So is an undated report of it, which could be from any year. (Not a named incident, a village or a town in
    // common, which place the story; not within the story's dated days, when a report may leave one side unnamed.)
    boolean counterpartTest = settings.uses(EventGroupingSettings.Signal.FOCUS) && focus.otherCounterpart()
        && !focus.shared().isEmpty() && focus.strength() != EventFocus.Strength.INCIDENT && !focus.village() && !focus.townInCommon();
    if (counterpartTest && (gap == null || gap.compareTo(settings.settingMaxGap()) > 0)) {
      return new Verdict(false, rank, "another counterpart: " + reason, false, false, false);
    }
    if (focus.strength() == EventFocus.Strength.INCIDENT && !focus.missedCore()) {
      // Only a kind of incident in two countries: as much as a name, since a war between them has one every week.
      // A named incident in common, with its names and terms agreeing as much as without a gist, is the incident
      // however the headline turns it: "remove the minister" over his remark on the collapse.
      boolean ok = focus.kindInCountries() ? evidence >= (semantic ? settings.nameSemantic() : settings.nameWords())
          : evidence >= (semantic ? settings.identitySemantic() : settings.identityWords()) || s.similarity() >= settings.identityWords();
      return new Verdict(ok, rank, "incident: " + reason, true, false, false);
    }
    if (focus.strength() == EventFocus.Strength.NAME && !focus.missedCore()) {
      // A person or organisation is in other stories too (a president's other speech that week): the two reports
      // must also say similar things.
      boolean longAfter = gap != null && gap.compareTo(settings.settingMaxGap()) > 0;
      boolean ok = evidence >= (semantic ? settings.nameSemantic() : settings.nameWords())
          // A gist a little short, made up for by names and terms that agree strongly: a report on a leaked file about
          // the girl's death leads with the file, the story's reports with the march, and both tell of her by name.
          // (Not months on, when the same people's next story reads as much alike.)
          || semantic && !longAfter && s.semantic() >= settings.nameSemantic() - NEAR_SEMANTIC && s.similarity() >= STRONG_WORDS;
      // Months or years on, a name in common and a similar gist are how another story about the same people reads:
      // the words must agree too, or the two must read alike strongly (an inquiry's findings five weeks on).
      if (ok && semantic && longAfter) ok = s.similarity() >= settings.nameWords() || s.semantic() >= CONTINUED_WITH_NAMES_SEMANTIC;
      // A year or more apart, a name in common and a similar gist are how the same people's next incident reads (two
      // border clashes between one pair of armies a year apart share the armed group's name and the war's words): only
      // a report that names the day the story began, whose words agree strongly, or that reads as closely as a
      // retelling is the story's.
      if (ok && semantic && gap != null && gap.compareTo(StorySpans.YEARS_APART) > 0 && !recallsStart) {
        ok = s.similarity() >= STRONG_WORDS || s.semantic() >= CONTINUED_SEMANTIC && s.similarity() >= settings.nameWords();
      }
      // Months on, a group or person in common in a report about other places is their next story (an aid group that
      // reported one attack, its own hospital hit two years later in another country).
      ok &= !(longAfter && focus.elsewhere());
      // A name in common and another kind of incident: a road crash on the way to a festival is not the crush at it.
      ok &= !(incidents && focus.otherHappening());
      // A person in common whose reports read apart may still be at the story's own structure: that test follows.
      if (ok || !focus.kindAtStructure()) {
        return new Verdict(ok, rank, "name: " + reason, false, focus.coversIdentityName() && s.similarity() >= settings.nameWords(), false);
      }
    }
    // The first wire reports of a sinking name the ship in their fourth paragraph; the next day's report leads with
    // it. A name one leads with and the other gives further down is as good as a person in common, within a month and
    // with words in common, unless the story is about another aircraft or person the article never names (a story of
    // two jets downed that recalls the airliner lost a week before is not the airliner's).
    if (focus.mentioned() != null && !focus.missedCore() && !conflict && (gap == null || gap.compareTo(settings.settingMaxGap()) <= 0)
        && evidence >= (semantic ? settings.nameSemantic() : settings.nameWords()) && s.similarity() >= settings.nameWords()) {
      return new Verdict(true, rank, "mentioned: " + focus.mentioned() + "; " + reason, false, false, true);
    }
    // (A body that speaks on every crisis in common, with the article about another country, is no setting in common:
    // Amnesty's count of protesters killed in one country and in another.)
    if (focus.identity() >= EventFocus.PLACE_WEIGHT && !focus.missedCore() && !focus.elsewhere()) {
      // Without a date the same place and kind of incident could be any week's: then it takes as much as no name.
      // A named structure ("the Marsh Stream pipelines", "the Varno dam") is where the story's own incident
      // happened: coverage of it months on (the investigations, the accusations) is within its setting. A kind of
      // incident in one country is a setting only while the story is fresh.
      // So is a village: unlike a city's, its name is in the news for one story ("the border village of Kesta").
      // So is a toll at the place: "21 killed at Kesta" in a report months on is the same incident.
      boolean structure = focus.village() || focus.tollAtPlace() || focus.shared().stream().anyMatch(EventFocus::namedStructure);
      Duration window = focus.kindInOneCountry() ? settings.staleAfter() : settings.settingMaxGap();
      // An undated report of the same discrete kind of incident at the same town is the story's, not any week's.
      boolean withinSetting = gap != null ? structure || gap.compareTo(window) <= 0 : focus.kindAtPlace();
      // The same kind of incident at one named structure or village within the story's fresh days is its incident
      // ("shots at the Kesta bridge" and "the bridge killings"), however differently the leads tell it: as much
      // as the incident's name.
      boolean incidentThere = focus.kindAtStructure() && (gap == null || gap.compareTo(settings.staleAfter()) <= 0);
      double needed = incidentThere ? (semantic ? settings.identitySemantic() : settings.identityWords())
          : withinSetting ? (semantic ? settings.settingSemantic() : settings.settingWords())
          : (semantic ? settings.aloneSemantic() : settings.aloneWords() + settings.settingWords());
      // Two reports of one place within days whose names and terms agree strongly are one story, however differently
      // their leads read ("a strike on Hroza kills 51" against "the village where a wake was hit").
      // So do a gist short of the setting's bar and names and terms that make up for it, together as much as the bar
      // and a fifth more (a follow-up on the village's strike that leads with the inquiry's report, not the strike).
      boolean nearlyAlike = semantic && withinSetting && !incidentThere && s.semantic() >= needed - NEAR_SEMANTIC
          && s.similarity() >= settings.corroboratedWords() && s.semantic() + s.similarity() >= needed + MAKE_UP_WORDS;
      boolean ok = !conflict && (withinSetting || gap == null && !focus.kindInOneCountry())
          && (evidence >= needed || withinSetting && s.similarity() >= STRONG_WORDS || nearlyAlike);
      // A setting in common never makes the case weaker than none: an undated report that fails the setting test is
      // judged as one with no shared focus would be (two reports that read alike and share their words).
      if (ok || conflict) return new Verdict(ok, rank, "setting: " + reason + (conflict ? "; another kind of incident" : ""));
    }
    boolean recent = gap == null || gap.compareTo(settings.staleAfter()) <= 0;
    // Outlets lead with different people (a prime minister, a foreign ministry): when what the two say and the words
    // they use both agree strongly, the article is the story's even without a name the story is about.
    // (Not when all the two share is a body that speaks everywhere and the article is about another place.)
    boolean corroborated = semantic && s.semantic() >= settings.corroboratedSemantic() && s.similarity() >= settings.corroboratedWords()
        && !(focus.elsewhere() && !focus.shared().isEmpty());
    // A follow-up in the week after the fresh days (the survivors' accounts, the first arrests) about the same kind of
    // incident in the same country, reading clearly like the first reports and sharing their terms strongly, is still
    // the story's; another boat sunk off the same coast three weeks on reads nearly as alike, so the window stays short.
    boolean followUp = corroborated && !focus.shared().isEmpty() && s.similarity() >= STRONG_WORDS
        && s.semantic() >= settings.corroboratedSemantic() + 0.05 && gap != null && gap.compareTo(settings.staleAfter().multipliedBy(2)) <= 0;
    // A story told over months (an outbreak's cause disputed for a year, an inquiry's findings) is retold in nearly
    // the same gist each time: months on, a report that reads as closely as a rewrite of the story's lead, shares its
    // words and its place, and is about no other place is still the story's. Another incident of the same kind in the
    // same country reads alike too, but not this closely (0.7 where the story's own reports read 0.8 and more).
    // So is a report that reads alike and names the day the story began ("the 14 May strike"): it looks back on it.
    // So is one that reads a little less closely but shares three or more of the names the story is about and its
    // terms strongly (the two capitals, the embassy's country and the gunman a year on): another incident shares its place.
    boolean continued = corroborated && !focus.shared().isEmpty() && !focus.elsewhere()
        && (s.semantic() >= CONTINUED_SEMANTIC || recallsStart
            || !focus.missedCore() && focus.shared().size() >= CONTINUED_SHARED_NAMES && s.similarity() >= STRONG_WORDS
            && s.semantic() >= CONTINUED_WITH_NAMES_SEMANTIC);
    boolean ok = !conflict && (recent || followUp || continued) && (corroborated || !focus.missedCore()
        && (semantic ? s.semantic() >= settings.aloneSemantic() && s.similarity() >= settings.aloneWords()
            : s.similarity() >= settings.aloneWords() + settings.settingWords()));
    // Reports of one town dated within the story's fresh days that read alike are its reports, though the story's first
    // report led with a name this one never gives (the club's name spelt another way, the hospital's ward): the date,
    // the town and the gist agree. (Undated, the same town's next incident could read as much alike.)
    boolean townThisWeek = !ok && focus.missedCore() && focus.townInCommon() && !conflict && !focus.elsewhere() && semantic && gap != null
        && gap.compareTo(settings.staleAfter()) <= 0 && s.semantic() >= settings.corroboratedSemantic() && s.similarity() >= settings.aloneWords();
    if (townThisWeek) return new Verdict(true, rank, "town this week: " + reason);
    return new Verdict(ok, rank, (continued && !recent && !followUp ? "continued: " : corroborated ? "corroborated: " : "alone: ") + reason
        + (focus.missedCore() ? "; the story is about names this article is not" : ""));
  }
}
