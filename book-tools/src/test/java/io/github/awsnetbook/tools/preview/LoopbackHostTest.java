package io.github.awsnetbook.tools.preview;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LoopbackHostTest {

  private final LoopbackHost preview = new LoopbackHost(8000);

  @ParameterizedTest
  @ValueSource(strings = {"127.0.0.1:8000", "localhost:8000", "LocalHost:8000", "[::1]:8000"})
  void theLoopbackNamesAtThePreviewsPortAreAnswered(String host) {
    assertTrue(preview.allows(host));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "evil.example:8000",
        "evil.example",
        "127.0.0.1.evil.example:8000",
        "localhost.evil.example:8000",
        "127.0.0.2:8000",
        "0.0.0.0:8000",
        "[::ffff:127.0.0.1]:8000",
        "localhost:8001",
        "localhost:80",
        "localhost",
        "127.0.0.1",
        "[::1]",
        "localhost:8000:8000",
        "",
        " "
      })
  void anyOtherHostIsRefused(String host) {
    assertFalse(preview.allows(host), host);
  }

  @Test
  void aMissingHostIsRefused() {
    assertFalse(preview.allows(null));
  }

  @Test
  void onPort80TheNameMayComeWithoutItsPort() {
    assertTrue(new LoopbackHost(80).allows("localhost"));
    assertTrue(new LoopbackHost(80).allows("[::1]"));
    assertFalse(new LoopbackHost(80).allows("evil.example"));
  }
}
