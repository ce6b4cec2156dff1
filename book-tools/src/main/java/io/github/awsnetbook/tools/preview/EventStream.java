package io.github.awsnetbook.tools.preview;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The Server-Sent Events of the preview: every open page holds one response open and gets {@code
 * reload} after each rebuild (good or failed: the banner is part of the page) and {@code pdf} after
 * each PDF. A page that went away is dropped at the next event.
 */
final class EventStream {

  private final List<HttpExchange> clients = new ArrayList<>();

  /** Keeps the exchange open as an event stream. */
  synchronized void open(HttpExchange exchange) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.sendResponseHeaders(200, 0);
    OutputStream body = exchange.getResponseBody();
    // How long a page waits before it reconnects, say after the preview was restarted.
    body.write("retry: 500\n\n".getBytes(StandardCharsets.UTF_8));
    body.flush();
    clients.add(exchange);
  }

  /** Sends one event to every open page. */
  synchronized void send(String event, String data) {
    byte[] bytes =
        ("event: " + event + "\ndata: " + data + "\n\n").getBytes(StandardCharsets.UTF_8);
    List<HttpExchange> gone = new ArrayList<>();
    for (HttpExchange client : clients) {
      try {
        client.getResponseBody().write(bytes);
        client.getResponseBody().flush();
      } catch (IOException closed) {
        gone.add(client);
      }
    }
    gone.forEach(this::drop);
  }

  synchronized int size() {
    return clients.size();
  }

  synchronized void closeAll() {
    new ArrayList<>(clients).forEach(this::drop);
  }

  private void drop(HttpExchange client) {
    clients.remove(client);
    client.close();
  }
}
