package io.github.awsnetbook.tools.translation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FingerprintTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "S3とDynamoDBは\\nパブリックネットワークにあります。 | S3とDynamoDBはパブリックネットワークにあります。",
        "S3とDynamoDBはパブリック\\nネットワークにあります。 | S3とDynamoDBは\\nパブリックネットワークにあります。",
        "S3 and DynamoDB live\\n"
            + "on the public network. | S3 and DynamoDB\\n"
            + "live on the public network.",
        "Two  spaces,\\ttab. | Two spaces, tab.",
        "段落一。\\n\\n\\n\\n段落二。 | 段落一。\\n\\n段落二。",
        "末尾の空白。   \\n | 末尾の空白。",
        "行。\\r\\n次の行。 | 行。\\n次の行。",
        "e\u0301 | \u00e9"
      })
  void layoutOnlyEditsKeepTheFingerprint(String before, String after) {
    assertEquals(
        Fingerprint.of(before.replace("\\n", "\n").replace("\\t", "\t").replace("\\r", "\r")),
        Fingerprint.of(after.replace("\\n", "\n")));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "S3とDynamoDBはパブリックネットワークにあります。 | S3とDynamoDBはプライベートネットワークにあります。",
        "段落一。\\n\\n段落二。 | 段落一。段落二。",
        "Direct Connect | DirectConnect",
        "ＮＡＴ | NAT"
      })
  void editsOfTheWordsChangeTheFingerprint(String before, String after) {
    assertNotEquals(
        Fingerprint.of(before.replace("\\n", "\n")), Fingerprint.of(after.replace("\\n", "\n")));
  }
}
