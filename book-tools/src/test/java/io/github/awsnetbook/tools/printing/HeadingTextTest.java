package io.github.awsnetbook.tools.printing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Running heads and bookmarks: no emoji, and one line, shortened at a word or phrase. */
class HeadingTextTest {

  @Test
  void emojiAndTheirSelectorsAndJoinersAreLeftOut() {
    assertEquals(
        "article0003 AWSのネットワーク３", HeadingText.withoutEmoji("☁️ article0003\u3000AWSのネットワーク３"));
    assertEquals("Team", HeadingText.withoutEmoji("👩‍💻 Team"));
  }

  @Test
  void aShortTitleIsKeptWhole() {
    assertEquals(
        "Networking on AWS, Part 3",
        new HeadingText("en").shortened("Networking on AWS, Part 3", 26));
  }

  @Test
  void aLongEnglishTitleIsCutBetweenWordsWithAnEllipsis() {
    String head =
        new HeadingText("en")
            .shortened("(2) VPC peering and AWS Transit Gateway, and what each costs per hour", 26);
    assertTrue(head.endsWith("…"), head);
    assertTrue(HeadingText.width(head) <= 26, head);
    String kept = head.substring(0, head.length() - 1);
    String title = "(2) VPC peering and AWS Transit Gateway, and what each costs per hour";
    assertTrue(title.startsWith(kept), head);
    assertTrue(!Character.isLetter(title.charAt(kept.length())), "cut inside a word: " + head);
  }

  @Test
  void aLongJapaneseTitleIsCutAtABreakOpportunityWithinItsWidth() {
    String head =
        new HeadingText("ja").shortened("オンプレミスのネットワークとVPCをつなぐ四つの方法と、それぞれがAWSにつながる経路", 20);
    assertTrue(head.endsWith("…"), head);
    assertTrue(HeadingText.width(head) <= 20, head);
  }
}
