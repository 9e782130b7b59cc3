package io.contraflow.analysis.nlp.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import io.contraflow.analysis.nlp.Polarity;
import io.contraflow.analysis.nlp.Attribution;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The cue-verb rules, each on its own construction, and the family as configured. */
class CueVerbSieveTest {
  private static List<Attribution> cues(String text, CueRule... rules) {
    return SieveTesting.attribute(text, new CueVerbSieve(List.of(rules)));
  }

  private static List<Attribution> english(String text) {
    return SieveTesting.attribute(text);
  }

  @Test
  void reportedSpeechFindsTheSubjectPastATimePhrase() {
    List<Attribution> as = cues("The interior ministry on Tuesday rejected the findings of the inquiry.", new ReportedSpeechRule());
    assertThat(as).as(SieveTesting.describe(as)).singleElement().satisfies(a -> {
      assertThat(a.speaker().canonical()).containsIgnoringCase("ministry");
      assertThat(a.polarity()).isEqualTo(Polarity.DENIED);
      assertThat(a.sieve()).isEqualTo("reported-speech");
    });
  }

  /** "Ivo Dorov, described by friends as a quiet man, was held": how others describe him, nothing he describes. */
  @Test
  void aDescribingParticipleSetOffAfterANameIsNoClaimOfTheName() {
    for (String aside : List.of("described by friends as a quiet man", "described in local reports as a teacher")) {
      List<Attribution> as = english("Ivo Dorov, " + aside + ", was held in the Varno jail for two days.");
      assertThat(as).as(SieveTesting.describe(as)).isEmpty();
    }
  }

  /**
   * 'refutes Norland's "lies and propaganda" claiming P': the quoted words are the holder's statements as another
   * calls them, and the holder speaks the participle.
   */
  @Test
  void aParticipleAfterAQuotedLabelIsTheHoldersClaim() {
    for (String holder : List.of("Norland's", "Norlandic")) {
      List<Attribution> as = english("The report refutes " + holder + " \"lies and propaganda\" claiming the ferry was sunk by an Ostrian mine.");
      assertThat(as).as(SieveTesting.describe(as)).anySatisfy(a -> {
        assertThat(a.cue()).isEqualTo("claim");
        assertThat(a.speaker().canonical()).startsWith("Norland");
        assertThat(a.content()).isEqualTo("the ferry was sunk by an Ostrian mine");
      });
    }
  }

  /** A capitalised title over a named division ("The Head of the Press Division of X, NAME, said"): the person speaks. */
  @Test
  void theNameAfterADivisionsHeadSpeaks() {
    List<Attribution> as = cues("The Head of the Press Division of the Norland Coastguard, Colonel Ivan Dorov, stressed that "
        + "the ferry had left on time.", new ReportedSpeechRule());
    assertThat(as).as(SieveTesting.describe(as)).singleElement()
        .satisfies(a -> assertThat(a.speaker().canonical()).isEqualTo("Ivan Dorov"));
    List<Attribution> body = cues("The Press Division of the Norland Coastguard said the ferry had left on time.", new ReportedSpeechRule());
    assertThat(body).as(SieveTesting.describe(body)).singleElement()
        .satisfies(a -> assertThat(a.speaker().type()).isEqualTo(io.contraflow.analysis.nlp.ClaimantType.ORGANIZATION));
  }

  /** "Norland's football association has said": an association speaks for itself, not for its country. */
  @Test
  void aCountrysAssociationSpeaksForItself() {
    List<Attribution> as = cues("The stewards were too slow to clear the stands, Norland’s rugby association has said.",
        new ReportedSpeechRule());
    assertThat(as).as(SieveTesting.describe(as)).singleElement()
        .satisfies(a -> assertThat(a.speaker().canonical()).endsWith("association"));
  }

  /** "..., claiming P" after a clause with its own subject is that subject's claim; otherwise the sentence's subject's. */
  @Test
  void aParticipleAfterASubordinateClauseBelongsToItsSubject() {
    List<Attribution> as = english("Inspector Ana Berg began a review in May after the Port Authority declined to examine "
        + "its own pilots, claiming nothing had gone wrong.");
    assertThat(as).as(SieveTesting.describe(as)).anySatisfy(a -> {
      assertThat(a.content()).contains("nothing had gone wrong");
      assertThat(a.speaker().canonical()).isEqualTo("Port Authority");
    });
    List<Attribution> main = english("The ministry dismissed the captain after the crash, saying he had ignored the rules.");
    assertThat(main).as(SieveTesting.describe(main)).anySatisfy(a -> assertThat(a.speaker().canonical()).containsIgnoringCase("ministry"));
  }

  /** "released a statement on Monday rejecting P": the time the text came out stands between it and the participle. */
  @Test
  void aStatementReleasedOnADayRejectingSomethingIsItsIssuers() {
    List<Attribution> as = english("The Norland Coastguard released a statement on Monday rejecting claims made by local "
        + "papers that the ferry had been drifting for hours.");
    assertThat(as).as(SieveTesting.describe(as)).anySatisfy(a -> {
      assertThat(a.speaker().canonical()).isEqualTo("Norland Coastguard");
      assertThat(a.polarity()).isEqualTo(Polarity.DENIED);
    });
  }

  /** "Foreign outlets claim P", "Reports from foreign outlets claim P": news outlets are a group that speaks. */
  @Test
  void outletsNamedAsAGroupSpeak() {
    for (String subject : List.of("Foreign outlets", "Reports from foreign outlets, among them the Harbour Gazette,")) {
      List<Attribution> as = english(subject + " claim that the ferry had not moved for six hours.");
      assertThat(as).as(SieveTesting.describe(as)).anySatisfy(a -> assertThat(a.speaker().canonical()).containsIgnoringCase("outlets"));
    }
  }

  /** "The guards denied them access": something withheld from someone, no claim denied. */
  @Test
  void refusingSomeoneSomethingIsNoDenial() {
    for (String s : List.of("The guards denied the relatives access to the jail.", "Police refused them entry to the morgue.",
        "Ana Berg, a lawyer, said the families had waited for hours, but the guards had denied them access.")) {
      List<Attribution> as = english(s);
      assertThat(as).as(SieveTesting.describe(as)).noneSatisfy(a -> assertThat(a.cue()).isIn("deny", "refuse"));
    }
    List<Attribution> denied = english("The ministry denied that aid had been blocked at the crossing.");
    assertThat(denied).as(SieveTesting.describe(denied)).anySatisfy(a -> assertThat(a.cue()).isEqualTo("deny"));
  }

  /** "Yet", "Nevertheless", "Indeed": a sentence adverb capitalised at the start is no part of the speaker's name. */
  @Test
  void aSentenceAdverbBeforeTheSpeakerIsNotPartOfTheName() {
    for (String adverb : List.of("Yet", "Nevertheless", "Indeed")) {
      List<Attribution> as = cues(adverb + " Lena Ostrik said the pumps had been serviced in May.", new ReportedSpeechRule());
      assertThat(as).as(SieveTesting.describe(as)).singleElement()
          .satisfies(a -> assertThat(a.speaker().canonical()).isEqualTo("Lena Ostrik"));
    }
  }

  /**
   * "Two top Vellard commanders": the title is the commanders', so "Vellard" is no person called Top Vellard, and the
   * group's authorities quoted later speak as the group's, not as that person.
   */
  @Test
  void aNameBeforeAPluralNounIsNoTitledPerson() {
    List<Attribution> as = english("The raid targeted two top Vellard commanders hiding in a farmhouse. "
        + "Vellard authorities said 31 people had died.");
    assertThat(as).as(SieveTesting.describe(as)).anySatisfy(a -> {
      assertThat(a.speaker().canonical()).isEqualTo("Vellard authorities");
      assertThat(a.speaker().type()).isNotEqualTo(io.contraflow.analysis.nlp.ClaimantType.PERSON);
    });
  }

  /** "Foreign Minister Marek Vell (Green Union) dismissed": the parenthesis names his party; he is the speaker. */
  @Test
  void aPartyInParenthesesAfterANameIsNotTheSpeaker() {
    List<Attribution> as = cues("Foreign Minister Marek Vell (Green Union) has dismissed the claims that the suspect fled by boat.",
        new ReportedSpeechRule());
    assertThat(as).as(SieveTesting.describe(as)).anySatisfy(a -> assertThat(a.speaker().canonical()).isEqualTo("Marek Vell"));
    // An acronym in parentheses is the body's own short name: the subject reads as it did.
    List<Attribution> acronym = cues("The Norland Defence Forces (NDF) on Friday dismissed the claims that the convoy was targeted.",
        new ReportedSpeechRule());
    assertThat(acronym).as(SieveTesting.describe(acronym)).anySatisfy(a -> assertThat(a.speaker().text()).isEqualTo("NDF"));
  }

  /** "Sources within the rebel-held district said": the place after "within" is where the sources are, not who spoke. */
  @Test
  void aPlaceAfterWithinIsNotTheSpeaker() {
    List<Attribution> as = english("Sources within the rebel-held Kessa district said more than 40 people had died.");
    assertThat(as).as(SieveTesting.describe(as)).anySatisfy(a -> assertThat(a.speaker().canonical()).isEqualToIgnoringCase("sources"));
  }

  @Test
  void invertedSpeakerAfterTheCue() {
    List<Attribution> as = cues("The dam was inspected only last year, said Governor Lena Ostrik.", new ReportedSpeechRule());
    assertThat(as).singleElement().satisfies(a -> {
      assertThat(a.speaker().canonical()).isEqualTo("Lena Ostrik");
      assertThat(a.content()).startsWith("The dam was inspected");
      assertThat(a.sieve()).isEqualTo("inverted");
    });
  }

  @Test
  void aSecondVerbSharesTheFirstOnesSubject() {
    List<Attribution> as = cues("Mayor Ilse Brandt said the pumps had failed and denied that the alarm was switched off.", new ReportedSpeechRule());
    assertThat(as).as(SieveTesting.describe(as)).anySatisfy(a -> {
      assertThat(a.speaker().canonical()).isEqualTo("Ilse Brandt");
      assertThat(a.cue()).isEqualTo("deny");
      assertThat(a.sieve()).isEqualTo("shared-subject");
    });
  }

  @Test
  void participleTakesTheClausesSubject() {
    List<Attribution> as = english("The general defended the operation, insisting that no civilians had been harmed.");
    assertThat(as).anySatisfy(a -> {
      assertThat(a.speaker().canonical()).containsIgnoringCase("general");
      assertThat(a.cue()).isEqualTo("insist");
      assertThat(a.sieve()).isEqualTo("participle");
    });
  }

  /** A sentence that opens with "In" and a participle cue: nothing stands before the cue but a skippable word. */
  @Test
  void aParticipleOpeningTheSentenceIsRead() {
    List<Attribution> as = english("In rejecting the appeal against the mayor, the tribunal said the evidence was thin.");
    assertThat(as).as(SieveTesting.describe(as)).anySatisfy(a -> {
      assertThat(a.speaker().canonical()).containsIgnoringCase("tribunal");
      assertThat(a.cue()).isEqualTo("say");
    });
  }

  @Test
  void reciprocalAccusationIsOneEachWay() {
    List<Attribution> as = english("Ostravia and Norland blamed each other for the strike on the dam.");
    assertThat(as).extracting(a -> a.speaker().canonical()).contains("Ostravia", "Norland");
    assertThat(as).allSatisfy(a -> assertThat(a.sieve()).isEqualTo("reciprocal"));
  }

  @Test
  void anonymityIsNoClaim() {
    assertThat(cues("The spokesman asked not to be named.", new NotACueRule(), new ReportedSpeechRule())).isEmpty();
  }

  /** A headline's passive without its "is": the toll or account is doubted, and no one is named doubting it. */
  @Test
  void aHeadlinePassiveOfDoubtNamesNoSpeaker() {
    assertThat(cues("Latvia crisis: Protest death toll disputed as 30 bodies are found in the river", new NotACueRule(), new ReportedSpeechRule())).isEmpty();
    assertThat(cues("Army's account questioned after new video emerges", new NotACueRule(), new ReportedSpeechRule())).isEmpty();
    assertThat(cues("The report disputed the toll given by the ministry.", new NotACueRule(), new ReportedSpeechRule())).isNotEmpty();
  }

  @Test
  void aPassiveNamesTheHearer() {
    assertThat(cues("Residents were told to leave their homes before noon.", new NotACueRule(), new ReportedSpeechRule())).isEmpty();
  }

  @Test
  void asClaimedByHoldsTheRuledOutAlternative() {
    List<Attribution> as = english("The convoy was heading to Norland, not Valdoria as claimed by Interior Minister Halvard Rusk.");
    assertThat(as).anySatisfy(a -> {
      assertThat(a.speaker().canonical()).isEqualTo("Halvard Rusk");
      assertThat(a.cue()).isEqualTo("as claimed");
      assertThat(a.sieve()).isEqualTo("as-claimed-by");
    });
  }

  @Test
  void quotedAsSayingIsTheQuotedPersonsClaimRelayed() {
    List<Attribution> as = cues("The state news agency Tarpress quoted the minister as saying the border would stay shut.",
        new NotACueRule(), new QuotedAsSayingRule(), new ReportedSpeechRule());
    assertThat(as).singleElement().satisfies(a -> {
      assertThat(a.speaker().canonical()).containsIgnoringCase("minister");
      assertThat(a.relay()).contains("Tarpress");
      assertThat(a.sieve()).isEqualTo("quoted-as-saying");
    });
  }

  @Test
  void anAdjectivalParticipleIsNoCue() {
    assertThat(cues("Police kept suspected gunmen away from the square.", new AdjectivalParticipleRule(), new ReportedSpeechRule())).isEmpty();
  }

  @Test
  void repeatingAnothersClaimPassesItOn() {
    List<Attribution> as = english("\"The evidence confirms it,\" Ola Berg said, repeating Mayor Ilse Brandt's claim that the dam was sabotaged.");
    assertThat(as).anySatisfy(a -> {
      assertThat(a.speaker().canonical()).isEqualTo("Ilse Brandt");
      assertThat(a.content()).isEqualTo("the dam was sabotaged");
    });
    assertThat(as).noneSatisfy(a -> assertThat(a.cue()).isEqualTo("repeat"));
  }

  @Test
  void aPassiveRefutationNamesNoDenier() {
    List<Attribution> as = english("That statement from the coast guard, that the ferry had changed course, was refuted.");
    assertThat(as).singleElement().satisfies(a -> {
      assertThat(a.speaker().canonical()).containsIgnoringCase("coast guard");
      assertThat(a.polarity()).isEqualTo(Polarity.AFFIRMED);
    });
  }

  @Test
  void aPassiveCueWithItsAgentIsTheAgents() {
    List<Attribution> as = cues("The evacuation order was announced by the regional fire service on Sunday.", new NotACueRule(), new PassiveByRule(),
        new ReportedSpeechRule());
    assertThat(as).singleElement().satisfies(a -> {
      assertThat(a.speaker().canonical()).containsIgnoringCase("fire service");
      assertThat(a.content()).isEqualTo("The evacuation order");
      assertThat(a.sieve()).isEqualTo("passive-by");
    });
  }

  /** Speech asked of someone is not theirs: the addressee of "urged", "called on", "demanded that" said nothing. */
  @Test
  void theOneAskedToSpeakSaysNothing() {
    for (String text : List.of("Senator Ada Krell urged Governor Piet Morrow to confirm that the levee had been sabotaged.",
        "The opposition called on Interior Minister Piet Morrow to say that the levee was not sabotaged.",
        "Ada Krell demanded that Governor Piet Morrow admit the levee had been sabotaged.",
        "Ada Krell demanded that Governor Piet Morrow should say whether the levee had been sabotaged or not.")) {
      List<Attribution> as = english(text);
      assertThat(as).as(text + SieveTesting.describe(as)).noneMatch(a -> a.speaker().canonical().contains("Morrow"));
    }
  }

  /** "went on to say", "was quick to deny": the verb before "to" leads into the cue, and the subject is still the speaker's. */
  @Test
  void aLeadInVerbKeepsTheSpeaker() {
    for (String text : List.of("Governor Piet Morrow went on to say that the levee had been sabotaged.",
        "Governor Piet Morrow was quick to deny that the levee had been sabotaged.")) {
      List<Attribution> as = english(text);
      assertThat(as).as(text + SieveTesting.describe(as)).anyMatch(a -> a.speaker().canonical().equals("Piet Morrow"));
    }
  }
}
