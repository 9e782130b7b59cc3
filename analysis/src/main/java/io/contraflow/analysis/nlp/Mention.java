package io.contraflow.analysis.nlp;


/**
 * A mention of a party that can make claims, resolved to a canonical entity.
 *
 * @param canonical canonical name, the same for every mention of the entity across the article ("Alexander Lukashenko")
 * @param key identity used across outlets (a person's surname, a country's name), lower case
 * @param role title or role given with the mention ("Belarusian President"), or null
 * @param affiliation country the party speaks for, when known
 * @param plural true for groups ("officials"), which plural pronouns may refer to
 */
public record Mention(int start, int end, String text, String canonical, String key, ClaimantType type, String role,
                      String affiliation, boolean plural) {}
