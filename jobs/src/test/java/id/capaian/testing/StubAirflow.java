package id.capaian.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An HTTP server on 127.0.0.1 that answers like Airflow with recorded responses (test resources under
 * {@code airflow/}, captured from a real Airflow 3.3) and records every request. Each "METHOD path"
 * (path without query) has a queue of answers; the last one repeats.
 */
public final class StubAirflow implements AutoCloseable {
  /** One request as the stub saw it. */
  public record Request(String method, String path, String query, String authorization, String body) {}

  /** One answer: status and body. */
  public record Answer(int status, String body) {}

  private final HttpServer server;
  private final Map<String, Deque<Answer>> answers = new HashMap<>();
  private final List<Request> requests = Collections.synchronizedList(new ArrayList<>());

  public StubAirflow() {
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/", this::handle);
    server.start();
    // Every test logs in; a fixed token lets assertions check the Authorization header.
    on("POST", "/auth/token", 201, "{\"access_token\": \"token-1\", \"token_type\": \"bearer\"}");
  }

  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** Queues an answer for "METHOD path"; the last queued answer is repeated for later calls. */
  public StubAirflow on(String method, String path, int status, String body) {
    answers.computeIfAbsent(method + " " + path, k -> new ArrayDeque<>()).addLast(new Answer(status, body));
    return this;
  }

  /** Replaces every queued answer of "METHOD path". */
  public StubAirflow only(String method, String path, int status, String body) {
    answers.remove(method + " " + path);
    return on(method, path, status, body);
  }

  public static String recorded(String name) {
    try (InputStream in = StubAirflow.class.getResourceAsStream("/airflow/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no recorded response airflow/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public List<Request> requests() {
    synchronized (requests) {
      return List.copyOf(requests);
    }
  }

  public List<Request> requests(String method, String path) {
    return requests().stream().filter(r -> r.method().equals(method) && r.path().equals(path)).toList();
  }

  private void handle(HttpExchange exchange) throws IOException {
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    String path = exchange.getRequestURI().getRawPath();
    requests.add(new Request(exchange.getRequestMethod(), path, exchange.getRequestURI().getRawQuery(),
        exchange.getRequestHeaders().getFirst("Authorization"), body));
    Answer answer;
    synchronized (answers) {
      Deque<Answer> queue = answers.get(exchange.getRequestMethod() + " " + path);
      if (queue == null || queue.isEmpty()) {
        answer = new Answer(404, "{\"detail\": \"stub has no answer for " + path + "\"}");
      } else {
        answer = queue.size() > 1 ? queue.removeFirst() : queue.peekFirst();
      }
    }
    byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
