package io.contraflow.analysis.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NoneKilledTest {
  @Test
  void theQuickScanFindsEveryOpeningOfATollOfNone() {
    assertTrue(NoneKilled.hasWordStartingNo("Nobody died in the blaze."));
    assertTrue(NoneKilled.hasWordStartingNo("\"No-one was hurt,\" the mayor said."));
    assertTrue(NoneKilled.hasWordStartingNo("The port authority had NOT recorded any fatalities."));
    assertTrue(NoneKilled.hasWordStartingNo("no casualties"));
    // "no" inside a word is not one.
    assertFalse(NoneKilled.hasWordStartingNo("The casino in Kessa reopened on Monday with 40 guests."));
  }

  @Test
  void aTollOfNoneIsReadAndAProvisionalOneIsNot() {
    Quantity none = NoneKilled.in("The ferry company said no one was killed when the ramp gave way.");
    assertNotNull(none);
    assertEquals(0.0, none.value());
    assertEquals("killed", none.counted());
    assertNull(NoneKilled.in("No deaths have been reported so far, the coastguard said."));
    assertNull(NoneKilled.in("The casino in Kessa reported 40 guests."));
  }
}
