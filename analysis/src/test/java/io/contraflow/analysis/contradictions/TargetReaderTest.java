package io.contraflow.analysis.contradictions;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a rejection is aimed at and whose it is, one construction per test, in our own words. */
class TargetReaderTest {
  @Test
  void aPossessiveNamesTheOwner() {
    TargetReader.Target t = TargetReader.read("Morocco's offer to pay for the salvage");
    assertThat(t.kind()).isEqualTo(TargetReader.Kind.PROPOSAL);
    assertThat(t.owner()).isEqualTo("Morocco");
  }

  /** Accusations that come from someone's ideas or views are that someone's; "Holm's lawyers" stay the lawyers. */
  @Test
  void aNameOwningThingsThatAreNoOneIsTheOwner() {
    assertThat(TargetReader.read("the accusations stemming from Agnes Holm's fixed views on the case").owner()).isEqualTo("Agnes Holm");
    assertThat(TargetReader.read("the accusations made by Holm's lawyers").owner()).isEqualTo("Holm's lawyers");
  }

  /** Claims of a wrong are no one's ("claims of ministry culpability"); claims by people about a wrong stay theirs (an earlier version of the head rule lost them). */
  @Test
  void theOwnersHeadComesBeforeItsPreposition() {
    assertThat(TargetReader.read("claims of ministry culpability").owner()).isNull();
    assertThat(TargetReader.read("claims made by opposition organisers about the deaths of dozens of marchers").owner()).isEqualTo("opposition organisers");
  }

  /** A common word a sentence capitalises is no owner's name ("Recent media reports" are the media's); a country's is. */
  @Test
  void aCapitalisedCommonWordOpeningTheSentenceIsNoOwnersName() {
    assertThat(TargetReader.read("Recent media reports of mines in the harbour").owner()).isEqualTo("media");
    assertThat(TargetReader.read("New Zealand claims that the harbour was mined").owner()).isEqualTo("New Zealand");
  }

  /** After "of", a wrong alleged is no owner ("accusations of sabotage against Vell"); a body after "of" still is. */
  @Test
  void aWrongAllegedAfterOfIsNoOwnerButABodyIs() {
    assertThat(TargetReader.read("accusations of sabotage against Vell").owner()).isNull();
    assertThat(TargetReader.read("allegations of beatings by the guards").owner()).isNull();
    assertThat(TargetReader.read("the accusations of the harbour authority").owner()).isEqualTo("harbour authority");
  }

  /** An inquiry refused or asked for is no one's finding; an inquiry's findings are. */
  /**
   * "dismissed 'premature police narrative' that P", "rejected police claims that P": a body's common noun owns the
   * statement without an article too, and a word describing the statement is no part of the body's name.
   */
  @Test
  void aBodyNamedByItsCommonNounOwnsTheStatementWithoutAnArticle() {
    assertThat(TargetReader.read("premature police narrative’ that the inmate harmed himself in his cell").owner())
        .isEqualTo("police");
    assertThat(TargetReader.read("police claims that the prisoner had harmed himself").owner()).isEqualTo("police");
    assertThat(TargetReader.read("the hasty police account that the prisoner fell").owner()).isEqualTo("police");
    assertThat(TargetReader.read("the rights office report that the guards fired").owner()).isEqualTo("rights office");
    assertThat(TargetReader.read("false claims that the prisoner had harmed himself").owner()).isNull();
  }

  /** "the national police's claim": a body's common noun, with a word before it, before the possessive owns the statement. */
  @Test
  void aCommonNounBodyBeforeThePossessiveOwnsTheStatement() {
    assertThat(TargetReader.read("the national police's claim that the boy was a courier").owner()).isEqualTo("national police");
    assertThat(TargetReader.read("the state army's account of the shooting").owner()).isEqualTo("state army");
    assertThat(TargetReader.read("the boy's claim that he was beaten").owner()).isNull();
  }

  /** "the Norland government's death toll is incorrect": a named body's common noun before the possessive owns it too. */
  @Test
  void aNamedBodysCommonNounBeforeThePossessiveOwnsTheStatement() {
    assertThat(TargetReader.read("the Norland government's death toll is incorrect").owner()).isEqualTo("Norland government");
    assertThat(TargetReader.read("the Kessa police's account of the night").owner()).isEqualTo("Kessa police");
    assertThat(TargetReader.read("the group's version of events").owner()).isNull();
    // An office is its holder's, whom the event names otherwise.
    assertThat(TargetReader.read("the Kessa governor's version of events").owner()).isNull();
  }

  @Test
  void anInquiryRefusedOrAskedForIsNoFinding() {
    assertThat(TargetReader.read("international inquiry into the Dalen killings")).isNull();
    assertThat(TargetReader.read("responsibility and called for a full inquiry")).isNull();
    assertThat(TargetReader.read("the independent inquiry's findings on the Dalen killings").kind()).isEqualTo(TargetReader.Kind.REPORT);
    assertThat(TargetReader.read("the findings of an independent inquiry").kind()).isEqualTo(TargetReader.Kind.REPORT);
  }

  /** "Based on the report sent to us": what the speaker rests on owns nothing by its participle. */
  @Test
  void aReportRestedOnIsNoParticiplesReport() {
    TargetReader.Target t = TargetReader.read("Based on the report sent to us this week, he did not fall in his cell");
    assertThat(t == null || !"Based".equals(t.owner())).isTrue();
  }

  /** "A number of" counts what follows: no one's figure is rejected. */
  @Test
  void aPointOrContentionIsRejectedWithItsOwner() {
    TargetReader.Target point = TargetReader.read("Norland's point that the ferry could not have been saved");
    assertThat(point.noun()).isEqualTo("point");
    assertThat(point.owner()).isEqualTo("Norland");
    assertThat(TargetReader.read("the contention of the port authority that the crane was sound").owner()).isEqualTo("port authority");
  }

  /** A complaint is someone's statement: "dismissed the complaint by the inspector as fake" rejects what he alleged. */
  @Test
  void aComplaintIsAStatementWithItsOwner() {
    TargetReader.Target t = TargetReader.read("the complaint by Tomas Vell as a fake");
    assertThat(t.kind()).isEqualTo(TargetReader.Kind.STATEMENT);
    assertThat(t.owner()).isEqualTo("Tomas Vell");
    assertThat(TargetReader.read("the Kesta Union's complaints about the samples").owner()).isEqualTo("Kesta Union");
  }

  /** "Contrary to some press accounts": what the press said, whichever outlet, named as written. */
  @Test
  void pressReportsAreTheMediasStatements() {
    TargetReader.Target t = TargetReader.read("some media reports, our crews were trained on the new simulators");
    assertThat(t.kind()).isEqualTo(TargetReader.Kind.STATEMENT);
    assertThat(t.owner()).isEqualTo("media");
    assertThat(t.ownerAsWritten()).isEqualTo("media reports");
    assertThat(TargetReader.read("the foreign press reports, the harbour was never closed").ownerAsWritten()).isEqualTo("press reports");
    // "Fake news" labels someone's allegations; the press puts out reports, not allegations of its own.
    TargetReader.Target labelled = TargetReader.read("the fake news allegations about a ramming at sea");
    assertThat(labelled == null || !"media".equals(labelled.owner())).isTrue();
  }

  @Test
  void aNumberOfThingsIsNoFigure() {
    TargetReader.Target stories = TargetReader.read("A number of stories saying the ferry was rammed by a patrol boat");
    assertThat(stories == null || !stories.noun().startsWith("number")).isTrue();
    TargetReader.Target claims = TargetReader.read("a large number of claims that the ferry was rammed");
    assertThat(claims.noun()).isEqualTo("claims");
    assertThat(TargetReader.read("the number of dead given by the port authority").noun()).startsWith("number");
  }

  @Test
  void aPrepositionOpeningTheSentenceOwnsNothing() {
    TargetReader.Target t = TargetReader.read("In a written statement, the port authority said it disputes the figures.");
    assertThat(t).isNotNull();
    assertThat(t.owner()).isNull();
  }

  @Test
  void thereIsOwnsNothing() {
    // "There's" is "there is", not a possessive.
    TargetReader.Target t = TargetReader.read("There's accusations that the army shelled the dam, which is absurd");
    assertThat(t == null || t.owner() == null).isTrue();
  }

  @Test
  void aParticipleOpeningTheSentenceOwnsNothing() {
    TargetReader.Target t = TargetReader.read("Taking into account the risk to the crews and what he said was the mutiny's plan, the report");
    assertThat(t == null || t.owner() == null).isTrue();
  }

  @Test
  void initialsNameTheirOwner() {
    TargetReader.Target t = TargetReader.read("the KHR report was biased and not decisive");
    assertThat(t.kind()).isEqualTo(TargetReader.Kind.REPORT);
    assertThat(t.owner()).isEqualTo("KHR");
  }

  @Test
  void aByPhraseNamesTheOwner() {
    TargetReader.Target t = TargetReader.read("allegations by the fishermen's union that the navy rammed the tanker");
    assertThat(t.kind()).isEqualTo(TargetReader.Kind.STATEMENT);
    assertThat(t.owner()).contains("union");
  }

  @Test
  void aClaimOfResponsibilityIsTheClaimants() {
    TargetReader.Target t = TargetReader.read("a claim of responsibility from the Sol Negro rebels in the south");
    assertThat(t.owner()).isEqualTo("Sol Negro rebels");
  }

  @Test
  void aWordForPeopleAfterTheNameBelongsToTheOwner() {
    TargetReader.Target t = TargetReader.read("Northern media are spreading invented accusations about the harbour fire");
    assertThat(t.owner()).isEqualTo("Northern media");
  }

  @Test
  void aVerdictWithoutAnOwnerIsARuling() {
    TargetReader.Target t = TargetReader.read("the guilty verdicts handed down to two officers");
    assertThat(t.kind()).isEqualTo(TargetReader.Kind.RULING);
    assertThat(t.owner()).isNull();
  }

  @Test
  void callsForSomethingAndOnesOwnWordsAreNoTarget() {
    assertThat(TargetReader.read("calls for an international inquiry into the sinking")).isNull();
    assertThat(TargetReader.read("its own statements about a second vessel")).isNull();
    assertThat(TargetReader.read("their own earlier account of the collision")).isNull();
  }

  /** An account's handle owns what it posted; a piece "written in" or "published in" a paper is the paper's. */
  /** "rubbished claims of a cover-up and defended the detectives": what is alleged, then the speaker's next verb; no owner. */
  @Test
  void theSpeakersNextVerbEndsTheOwner() {
    assertThat(TargetReader.read("claims of a cover-up and defended the detectives").owner()).isNull();
    assertThat(TargetReader.read("claims of a cover-up and praised the experts").owner()).isNull();
  }

  @Test
  void aHandleOrThePaperAPieceRanInOwnsIt() {
    assertThat(TargetReader.read("the reporting of the @vellnews headlined 'Ferry skipped its drills'").owner()).isEqualTo("@vellnews");
    assertThat(TargetReader.read("the allegations printed in the @vellpost dated 2 May").owner()).isEqualTo("@vellpost");
    assertThat(TargetReader.read("the claims published in the Vell Times on Monday").owner()).isEqualTo("Vell Times");
  }

  /** A statement called false in passing, its owner after it or before it; none when no one is named. */
  @Test
  void aStatementCalledFalseInPassingIsRejectedWithItsOwner() {
    assertThat(TargetReader.labelledFalse("it regretted the inaccurate reporting by the Vell Times").owner()).isEqualTo("Vell Times");
    assertThat(TargetReader.labelledFalse("the Vell Times' false claims had hurt the families").owner()).isEqualTo("Vell Times");
    assertThat(TargetReader.labelledFalse("false stories about the crash had hurt the families")).isNull();
    assertThat(TargetReader.labelledFalse("the Vell Times reported the crew had never held a drill")).isNull();
  }

  /** Quote marks around the words of a charge or a rejected noun do not hide whose statements they are. */
  @Test
  void quotedWordsOfAChargeStillNameTheOwner() {
    assertThat(TargetReader.labelledFalse("the Ostrian army of making \u201cspurious allegations\u201d that the medics were armed")
        .owner()).isEqualTo("Ostrian army");
    assertThat(TargetReader.read("the \u201cbaseless claims\u201d of the Ostrian army that the drivers carried rifles").owner())
        .contains("Ostrian army");
  }

  /** "the Portuguese allegations of a Spanish spy base": the country before the noun alleges; what follows "of" is alleged. */
  @Test
  void aCountrysAdjectiveBeforeTheNounOwnsItBeforeWhatFollowsOf() {
    assertThat(TargetReader.read("the Portuguese allegations of a Spanish spy base in the port were groundless").owner()).isEqualTo("Portuguese");
    assertThat(TargetReader.read("the allegations of the Spanish ministry were groundless").owner()).isEqualTo("Spanish ministry");
  }
}
