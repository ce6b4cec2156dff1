package io.github.awsnetbook.tools.preview;

import java.util.Locale;
import java.util.Set;

/**
 * Whether a request names the preview itself. The preview listens on the loopback address only, but
 * a web page the translator visits can still reach it by DNS rebinding: its own host name, made to
 * resolve to 127.0.0.1, arrives as the request's {@code Host}. A browser always sends the name it
 * resolved, so answering only the loopback names at the preview's port shuts that door, as Vite and
 * webpack-dev-server do.
 */
record LoopbackHost(int port) {

  private static final Set<String> NAMES = Set.of("127.0.0.1", "localhost", "[::1]");

  /**
   * Whether {@code host}, a {@code Host} header or an absolute request's authority, is {@code
   * 127.0.0.1}, {@code localhost} or {@code [::1]} at this port (the port may be left out only when
   * it is HTTP's default, 80). A missing header is refused: HTTP/1.1 requires it.
   */
  boolean allows(String host) {
    if (host == null) {
      return false;
    }
    String name = host.strip().toLowerCase(Locale.ROOT);
    int colon = name.lastIndexOf(':');
    if (colon > name.lastIndexOf(']')) {
      if (!name.substring(colon + 1).equals(Integer.toString(port))) {
        return false;
      }
      name = name.substring(0, colon);
    } else if (port != 80) {
      return false;
    }
    return NAMES.contains(name);
  }
}
