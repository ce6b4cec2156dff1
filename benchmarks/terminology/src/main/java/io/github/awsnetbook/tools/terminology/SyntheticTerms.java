package io.github.awsnetbook.tools.terminology;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * A synthetic vocabulary for {@link TerminologyBenchmark}: concepts with a Japanese and an English
 * term pair each (a preferred term and a deprecated variant of it), written as a TBX-Basic termbase
 * for {@link TbxReader} and as the same replacements in prh's YAML dictionary.
 *
 * <p>Terms are compounds of three parts from fixed lists, so that they are unique and look like the
 * book's own terms ("クラウドゲートサーバー", "edge packet gateway"). The list of concepts is one seeded
 * shuffle of every compound: the first N of it are the same for every N, so a smaller termbase is a
 * part of a larger one.
 */
final class SyntheticTerms {

  /** How a deprecated term differs from its preferred term. */
  enum Variant {
    /** サーバー, deprecated サーバ: the preferred term starts with the deprecated one. */
    LONG_VOWEL,
    /** クラウド・ゲートサーバー: a middle dot between the parts. */
    MIDDLE_DOT,
    /** U+3000 between two parts, which the matcher tells from an ordinary space. */
    IDEOGRAPHIC_SPACE,
    /** Edge Packet Gateway, preferred edge packet gateway: both case-sensitive. */
    CASE,
    /** edge packetgateway: two words written as one. */
    JOINED
  }

  /** The preferred term of a concept in one language and its deprecated variant. */
  record TermPair(String preferred, String deprecated, Variant variant) {}

  /** A concept: its Japanese pair, the reading of the preferred Japanese term, its English pair. */
  record SyntheticConcept(String id, TermPair ja, String reading, TermPair en) {}

  private static final List<String> KATAKANA_FIRST =
      List.of(
          "クラウド", "エッジ", "トランジット", "リージョン", "ゾーン", "ネット", "ルート", "ポート", "ホスト", "ドメイン", "セキュア",
          "パブリック", "プライベート", "グローバル", "ローカル", "リモート", "バックアップ", "キャッシュ", "ストレージ", "データ", "イベント",
          "ログ", "メトリクス", "アクセス", "トラフィック", "パケット", "セッション", "フロー", "ピア", "ミラー");
  private static final List<String> KATAKANA_SECOND =
      List.of(
          "ゲート", "リンク", "チャネル", "パス", "ブリッジ", "ハブ", "ノード", "プール", "クラスタ", "グループ", "ポリシー", "ルール",
          "テーブル", "キュー", "ストリーム", "トンネル", "プロキシ", "バッファ", "スイッチ", "ファブリック", "レンジ", "タグ", "キー",
          "トークン", "セル", "バンド", "ライン", "サイト", "ボックス", "マップ");

  /** Heads that end in the long vowel mark, so that every one can lose it. */
  private static final List<String> KATAKANA_HEAD =
      List.of(
          "サーバー", "ルーター", "ユーザー", "フォルダー", "プロバイダー", "パラメーター", "エンコーダー", "ブラウザー", "スキャナー", "マネージャー",
          "リスナー", "ヘッダー", "コントローラー", "フィルター", "メンバー", "カウンター", "ドライバー", "コンテナー", "アダプター", "モニター");

  private static final List<String> ENGLISH_FIRST =
      List.of(
          "edge",
          "transit",
          "regional",
          "zonal",
          "global",
          "local",
          "remote",
          "private",
          "public",
          "secure",
          "shared",
          "dedicated",
          "elastic",
          "managed",
          "hosted",
          "cached",
          "mirrored",
          "peered",
          "routed",
          "tagged",
          "logged",
          "metered",
          "pooled",
          "scaled",
          "stateful",
          "stateless",
          "primary",
          "standby",
          "inbound",
          "outbound");
  private static final List<String> ENGLISH_SECOND =
      List.of(
          "packet", "flow", "route", "traffic", "session", "tunnel", "link", "peer", "port", "host",
          "domain", "subnet", "cluster", "policy", "rule", "queue", "stream", "proxy", "buffer",
          "event", "metric", "access", "storage", "backup", "cache", "mirror", "bridge", "hub",
          "node", "pool");
  private static final List<String> ENGLISH_HEAD =
      List.of(
          "gateway",
          "router",
          "listener",
          "endpoint",
          "controller",
          "manager",
          "filter",
          "adapter",
          "monitor",
          "balancer",
          "resolver",
          "forwarder",
          "scheduler",
          "collector",
          "exporter",
          "inspector",
          "analyzer",
          "replicator",
          "allocator",
          "dispatcher");

  /** How many concepts the lists allow: every compound of three parts. */
  static final int MAX_CONCEPTS =
      KATAKANA_FIRST.size() * KATAKANA_SECOND.size() * KATAKANA_HEAD.size();

  private SyntheticTerms() {}

  /** The first {@code count} concepts of the vocabulary of {@code seed}. */
  static List<SyntheticConcept> concepts(int count, long seed) {
    if (count > MAX_CONCEPTS) {
      throw new IllegalArgumentException("at most " + MAX_CONCEPTS + " concepts");
    }
    List<Integer> japanese = shuffledCompounds(new Random(seed));
    List<Integer> english = shuffledCompounds(new Random(seed + 1));
    List<SyntheticConcept> concepts = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      Parts ja = Parts.of(japanese.get(i), KATAKANA_FIRST, KATAKANA_SECOND, KATAKANA_HEAD);
      Parts en = Parts.of(english.get(i), ENGLISH_FIRST, ENGLISH_SECOND, ENGLISH_HEAD);
      concepts.add(
          new SyntheticConcept(
              String.format("c%05d", i + 1),
              japanesePair(ja, i),
              hiragana(ja.joined("")),
              englishPair(en, i)));
    }
    return concepts;
  }

  private static List<Integer> shuffledCompounds(Random random) {
    List<Integer> indexes = new ArrayList<>(MAX_CONCEPTS);
    for (int i = 0; i < MAX_CONCEPTS; i++) {
      indexes.add(i);
    }
    Collections.shuffle(indexes, random);
    return indexes;
  }

  /** The three parts of a compound term. */
  private record Parts(String first, String second, String head) {
    static Parts of(int index, List<String> first, List<String> second, List<String> head) {
      return new Parts(
          first.get(index / head.size() / second.size()),
          second.get(index / head.size() % second.size()),
          head.get(index % head.size()));
    }

    String joined(String joint) {
      return first + joint + second + joint + head;
    }
  }

  /** Half the concepts lose the long vowel mark, a quarter each get a middle dot or U+3000. */
  private static TermPair japanesePair(Parts parts, int index) {
    String preferred = parts.joined("");
    return switch (index % 4) {
      case 0, 1 ->
          new TermPair(
              preferred, preferred.substring(0, preferred.length() - 1), Variant.LONG_VOWEL);
      case 2 ->
          new TermPair(
              preferred, parts.first() + "・" + parts.second() + parts.head(), Variant.MIDDLE_DOT);
      default ->
          new TermPair(
              preferred,
              parts.first() + parts.second() + "\u3000" + parts.head(),
              Variant.IDEOGRAPHIC_SPACE);
    };
  }

  /** Independent of the Japanese variant, so that every combination occurs. */
  private static TermPair englishPair(Parts parts, int index) {
    String preferred = parts.joined(" ");
    String firstTwo = parts.first() + " " + parts.second();
    return switch (index / 4 % 4) {
      case 0, 1 -> new TermPair(preferred, titleCase(preferred), Variant.CASE);
      case 2 -> new TermPair(preferred, firstTwo + parts.head(), Variant.JOINED);
      default ->
          new TermPair(preferred, firstTwo + "\u3000" + parts.head(), Variant.IDEOGRAPHIC_SPACE);
    };
  }

  private static String titleCase(String words) {
    StringBuilder title = new StringBuilder(words.length());
    boolean wordStart = true;
    for (char c : words.toCharArray()) {
      title.append(wordStart ? Character.toUpperCase(c) : c);
      wordStart = c == ' ';
    }
    return title.toString();
  }

  /** The reading: katakana shifted to hiragana; the long vowel mark stays, as TBX readings do. */
  static String hiragana(String katakana) {
    StringBuilder reading = new StringBuilder(katakana.length());
    for (char c : katakana.toCharArray()) {
      reading.append(c >= 'ァ' && c <= 'ヶ' ? (char) (c - 0x60) : c);
    }
    return reading.toString();
  }

  /** The concepts as TBX-Basic, in the conventions of terminology/aws-networking.tbx. */
  static void writeTbx(List<SyntheticConcept> concepts, Path file) throws IOException {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write(
          """
          <?xml version="1.0" encoding="UTF-8"?>
          <!-- Synthetic termbase of TerminologyBenchmark: generated, not edited. -->
          <tbx type="TBX-Basic" style="dca" xml:lang="ja" xmlns="urn:iso:std:iso:30042:ed-2">
            <tbxHeader>
              <fileDesc>
                <titleStmt>
                  <title>Synthetic terms</title>
                </titleStmt>
              </fileDesc>
            </tbxHeader>
            <text>
              <body>
          """);
      for (SyntheticConcept concept : concepts) {
        out.write("      <conceptEntry id=\"" + concept.id() + "\">\n");
        langSec(out, "ja", "合成した概念 " + concept.id() + " の定義。", concept.ja(), concept.reading());
        langSec(
            out,
            "en",
            "The definition of synthetic concept " + concept.id() + ".",
            concept.en(),
            "");
        out.write("      </conceptEntry>\n");
      }
      out.write("    </body>\n  </text>\n</tbx>\n");
    }
  }

  private static void langSec(
      Writer out, String language, String definition, TermPair pair, String reading)
      throws IOException {
    out.write("        <langSec xml:lang=\"" + language + "\">\n");
    out.write("          <descrip type=\"definition\">" + definition + "</descrip>\n");
    termSec(out, pair.preferred(), "fullForm", TermStatus.PREFERRED, reading);
    termSec(out, pair.deprecated(), "variant", TermStatus.DEPRECATED, "");
    out.write("        </langSec>\n");
  }

  private static void termSec(
      Writer out, String term, String type, TermStatus status, String reading) throws IOException {
    out.write("          <termSec>\n");
    out.write("            <term>" + term + "</term>\n");
    out.write("            <termNote type=\"partOfSpeech\">noun</termNote>\n");
    out.write("            <termNote type=\"termType\">" + type + "</termNote>\n");
    out.write(
        "            <termNote type=\"administrativeStatus\">"
            + status.tbxValue()
            + "</termNote>\n");
    if (!reading.isEmpty()) {
      out.write("            <termNote type=\"pronunciation\">" + reading + "</termNote>\n");
    }
    out.write("          </termSec>\n");
  }

  /**
   * The same replacements as a prh dictionary: one rule per concept and language, its pattern the
   * deprecated term as a plain string (prh escapes it; no regex, no word boundary), which is what a
   * team moving its termbase to prh would write.
   */
  static void writePrh(List<SyntheticConcept> concepts, Path file) throws IOException {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("# Synthetic prh dictionary of TerminologyBenchmark: generated, not edited.\n");
      out.write("version: 1\nrules:\n");
      for (SyntheticConcept concept : concepts) {
        for (TermPair pair : List.of(concept.ja(), concept.en())) {
          out.write("  - expected: " + yamlString(pair.preferred()) + "\n");
          out.write("    patterns:\n      - " + yamlString(pair.deprecated()) + "\n");
        }
      }
    }
  }

  /** Double-quoted, so that U+3000 and the middle dot are not left to YAML's plain scalars. */
  private static String yamlString(String value) {
    return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
