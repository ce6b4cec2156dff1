package io.github.awsnetbook.tools.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NormalizationTest {

  @Test
  void theChaptersPartNumberTakesTheBookTitlesForm() {
    assertEquals("AWSのネットワーク 第3回", Normalization.chapterTitle("☁️ article0003　AWSのネットワーク３"));
    assertEquals("AWSのネットワーク 第12回", Normalization.chapterTitle("AWSのネットワーク12"));
  }

  @Test
  void aTitleWithoutAPartNumberOrWithALatinOneStaysAsItIs() {
    assertEquals("小さな記事", Normalization.chapterTitle("☁️ article0042　小さな記事"));
    assertEquals("IPv6とEC2", Normalization.chapterTitle("IPv6とEC2"));
    assertEquals("Windows 11", Normalization.chapterTitle("Windows 11"));
  }
}
