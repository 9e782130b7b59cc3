package io.contraflow.benchmarks.text;

/**
 * One fictional event and its cast: where it happened, who speaks about it, and the figures they give. Every name is
 * invented by {@link FictionalNames}.
 *
 * @param suspect the country one side says the attackers fled toward and accuses of helping them
 * @param alternative the country the other side names instead
 * @param venue a multi-word name of the place attacked ("the Dralen Hall"), as wire copy repeats it
 * @param killed the first death toll; {@code hospitalKilled} is a later, different one from another authority
 */
public record Scenario(String homeCountry, String capital, String town, String venue, String suspect, String alternative,
                       String minister, String governor, String policeSpokesman, String hospitalChief, String witness,
                       String analyst, int killed, int hospitalKilled, int injured, int detained, String day) {

  private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
  private static final String[] VENUES = {"Hall", "Arena", "Market", "Station", "Theatre", "Stadium"};

  /** A new event whose every name is fresh in {@code names}. */
  public static Scenario invent(FictionalNames names) {
    int killed = 12 + names.nextInt(60);
    return new Scenario(names.country(), names.town(), names.town(), names.surname() + " " + names.pick(VENUES), names.country(),
        names.country(), names.person(), names.person(), names.person(), names.person(), names.person(), names.person(),
        killed, killed + 6 + names.nextInt(20), 40 + names.nextInt(120), 2 + names.nextInt(9), names.pick(DAYS));
  }

  public String ministerSurname() {
    return FictionalNames.surnameOf(minister);
  }

  public String governorSurname() {
    return FictionalNames.surnameOf(governor);
  }
}
