package io.github.awsnetbook.tools.typography;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class EnglishHyphenatorTest {

  private final EnglishHyphenator hyphenator = new EnglishHyphenator();

  private String marked(String text) {
    return hyphenator.hyphenateText(text).replace(EnglishHyphenator.SOFT_HYPHEN, '-');
  }

  @Test
  void wordsBreakAtThePointsOfTexPatterns() {
    // As TeX's own English patterns break them (The TeXbook, appendix H).
    assertEquals("hyphen-ation", marked("hyphenation"));
    assertEquals("con-nec-tions", marked("connections"));
    assertEquals("net-work-ing", marked("networking"));
  }

  @Test
  void aBreakLeavesAtLeastThreeLettersOnEachSide() {
    // A book's minima: "ad-", "in-", "ob-" alone at a line's end read as words.
    assertEquals("address inter-net object allowed", marked("address internet object allowed"));
  }

  @Test
  void aSentenceKeepsItsSpacesAndPunctuationAndOnlyWordsGetSoftHyphens() {
    assertEquals(
        "Private sub-nets, with-out gate-ways.", marked("Private subnets, without gateways."));
  }

  @Test
  void namesWithCapitalsOrDigitsAndShortWordsStayWhole() {
    assertEquals(
        "IPv4 DynamoDB PrivateLink VPC the route",
        marked("IPv4 DynamoDB PrivateLink VPC the route"));
  }

  @Test
  void capitalizedWordsAreNamesAndStayWhole() {
    // English book practice: a proper noun, a product name or a month is never split.
    assertEquals(
        "Direct Connect, Availability Zone, AWS Endpoint, Region, December 7, (Networking on AWS)",
        marked(
            "Direct Connect, Availability Zone, AWS Endpoint, Region, December 7, (Networking on AWS)"));
    assertEquals("con-nec-tions of the avail-abil-ity", marked("connections of the availability"));
  }

  @Test
  void aWordBeforeAnApostropheBreaksAsItWouldAlone() {
    // Left whole, possessives and contractions left the lines before them loose.
    assertEquals("the gate-way’s routes", marked("the gateway’s routes"));
    assertEquals("the con-nec-tion's end", marked("the connection's end"));
  }
}
