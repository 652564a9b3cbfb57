package io.tropo4j.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.util.function.Predicate;

/**
 * An HTTP proxy between the tool and an emulator that lets every request through until one it is
 * armed for, and there strikes: the request reaches the emulator (so AWS did what was asked), then
 * either the tool's process gets SIGINT before the answer goes back, as Ctrl-C would, or the answer
 * is lost and every later connection is dropped, as when the network goes. It records every request
 * it saw, by the operation it names.
 */
public final class FaultProxy implements AutoCloseable {
  /** What happens at the armed request. */
  public enum Fault { SIGINT, ENDPOINT_LOST }

  /**
   * A request as the proxy understood it.
   *
   * @param operation CloudFormation's Action, or the S3 or CloudFront operation (PutObject,
   *     CreateInvalidation, ...)
   * @param parameters a CloudFormation request's form parameters; empty for the others
   */
  public record Request(String method, String path, String operation, Map<String, String> parameters) {
    /** The stack the request names, by name or inside an ARN, or "". */
    public String stack() {
      String stack = parameters.getOrDefault("StackName", "");
      int at = stack.indexOf(":stack/");
      return at < 0 ? stack : stack.substring(at + ":stack/".length(), stack.indexOf('/', at + ":stack/".length()));
    }

    @Override
    public String toString() {
      return operation + (stack().isEmpty() ? "" : " " + stack()) + (parameters.containsKey("ChangeSetName")
          ? " " + parameters.get("ChangeSetName") : "");
    }
  }

  private static final Set<String> NOT_FORWARDED = Set.of("host", "connection", "content-length", "expect", "upgrade",
      "transfer-encoding", "keep-alive", "te", "trailer", "proxy-connection");

  private final HttpServer server;
  private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final URI target;
  private final List<Request> seen = new ArrayList<>();
  private Predicate<Request> trigger;
  private int skip;
  private Fault fault;
  private long pid;
  private boolean struck;
  private boolean lost;

  private FaultProxy(URI target) {
    this.target = target;
    try {
      server = HttpServer.create(new InetSocketAddress("localhost", 0), 50);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.setExecutor(threads);
    server.createContext("/", this::handle);
    server.start();
  }

  /** A proxy in front of the emulator, letting everything through until armed. */
  public static FaultProxy to(URI target) {
    return new FaultProxy(target);
  }

  public URI endpoint() {
    return URI.create("http://localhost:" + server.getAddress().getPort());
  }

  /**
   * Strikes at the request that matches, after {@code skip} earlier matches went through.
   *
   * @param pid the tool's process, for SIGINT; ignored otherwise
   */
  public synchronized FaultProxy arm(Predicate<Request> at, int skip, Fault fault, long pid) {
    this.trigger = at;
    this.skip = skip;
    this.fault = fault;
    this.pid = pid;
    this.struck = false;
    this.lost = false;
    this.seen.clear();
    return this;
  }

  /** Lets everything through again, as before it was armed. */
  public synchronized void disarm() {
    trigger = null;
    lost = false;
  }

  /** Whether it struck since it was armed. */
  public synchronized boolean struck() {
    return struck;
  }

  /** The requests since it was armed, in order. */
  public synchronized List<Request> seen() {
    return List.copyOf(seen);
  }

  private void handle(HttpExchange exchange) throws IOException {
    byte[] body = exchange.getRequestBody().readAllBytes();
    Request request = understand(exchange, body);
    boolean strike;
    Fault striking;
    synchronized (this) {
      seen.add(request);
      if (lost) {
        exchange.close(); // the network is gone: no answer, the connection dropped
        return;
      }
      strike = trigger != null && !struck && trigger.test(request) && skip-- == 0;
      striking = fault;
      if (strike) {
        struck = true;
      }
    }
    HttpResponse<byte[]> answer;
    try {
      answer = forward(exchange, body);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      exchange.close();
      return;
    }
    if (strike && striking == Fault.ENDPOINT_LOST) {
      synchronized (this) {
        lost = true;
      }
      exchange.close(); // AWS did it; the answer never comes back
      return;
    }
    if (strike) {
      interrupt(pid);
    }
    answer.headers().map().forEach((name, values) -> {
      if (!NOT_FORWARDED.contains(name.toLowerCase(Locale.ROOT)) && !name.startsWith(":")) {
        exchange.getResponseHeaders().put(name, values);
      }
    });
    byte[] bytes = answer.body();
    exchange.sendResponseHeaders(answer.statusCode(), bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0) {
      exchange.getResponseBody().write(bytes);
    }
    exchange.close();
  }

  /** Ctrl-C, as a terminal sends it, then a moment for the process's hook to start before the answer goes back. */
  private static void interrupt(long pid) {
    try {
      new ProcessBuilder("kill", "-INT", String.valueOf(pid)).inheritIO().start().waitFor();
      Thread.sleep(200);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private HttpResponse<byte[]> forward(HttpExchange exchange, byte[] body) throws IOException, InterruptedException {
    URI uri = exchange.getRequestURI();
    HttpRequest.Builder forward = HttpRequest.newBuilder(target.resolve(uri.getRawPath()
        + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())))
        .method(exchange.getRequestMethod(), body.length == 0 ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofByteArray(body));
    exchange.getRequestHeaders().forEach((name, values) -> {
      if (!NOT_FORWARDED.contains(name.toLowerCase(Locale.ROOT))) {
        values.forEach(value -> forward.header(name, value));
      }
    });
    return client.send(forward.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private static Request understand(HttpExchange exchange, byte[] body) {
    String method = exchange.getRequestMethod();
    String path = exchange.getRequestURI().getPath();
    Map<String, String> parameters = new LinkedHashMap<>();
    String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
    if ("POST".equals(method) && contentType != null && contentType.startsWith("application/x-www-form-urlencoded")) {
      for (String pair : new String(body, StandardCharsets.UTF_8).split("&")) {
        int equals = pair.indexOf('=');
        if (equals > 0) {
          parameters.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
              URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
        }
      }
    }
    String operation = parameters.containsKey("Action") ? parameters.get("Action")
        : path.contains("/invalidation") && method.equals("POST") ? "CreateInvalidation"
        : path.contains("/invalidation") ? "GetInvalidation"
        : method.equals("PUT") ? "PutObject"
        : method.equals("HEAD") ? "HeadObject"
        : method.equals("DELETE") ? "DeleteObject"
        : method + " " + path;
    return new Request(method, path, operation, parameters);
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
