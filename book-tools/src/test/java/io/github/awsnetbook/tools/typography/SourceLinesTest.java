package io.github.awsnetbook.tools.typography;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SourceLinesTest {

  @Test
  void aLineBreakBetweenJapaneseSentencesIsNotASpace() {
    assertEquals(
        List.of("可能になりました。しかも、VPCに限らず"), SourceLines.join(List.of("可能になりました。", "しかも、VPCに限らず")));
  }

  @Test
  void aLineBreakBetweenJapaneseAndLatinIsNotASpaceEither() {
    assertEquals(List.of("持ちます。ENIを作成しないのは"), SourceLines.join(List.of("持ちます。", "ENIを作成しないのは")));
    assertEquals(List.of("AWSのネットワーク"), SourceLines.join(List.of("AWS", "のネットワーク")));
  }

  @Test
  void aLineBreakBetweenLatinWordsStaysASpace() {
    assertEquals(List.of("Direct", "Connect"), SourceLines.join(List.of("Direct", "Connect")));
  }

  @Test
  void aHardLineBreakIsKept() {
    List<String> lines = List.of("「貴族専用の回線」 +", "高価だが、安全で安定した企業専用線。");
    assertEquals(lines, SourceLines.join(lines));
  }

  @Test
  void indentationOfTheNextLineDoesNotBecomeASpace() {
    assertEquals(List.of("通信する。しかし"), SourceLines.join(List.of("通信する。", "   しかし")));
  }
}
