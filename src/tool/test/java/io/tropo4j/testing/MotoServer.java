package io.tropo4j.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * moto in server mode, the local AWS emulator, on localhost and a free port, from the project's
 * .venv (which `make test` creates). Missing, it fails the tests rather than skip them.
 */
public final class MotoServer implements AutoCloseable {
  private static final Path EXECUTABLE = Path.of(".venv", "bin", "moto_server");
  private final Process process;
  private final int port;

  private MotoServer(Process process, int port) {
    this.process = process;
    this.port = port;
  }

  public static MotoServer start() {
    if (!Files.isExecutable(EXECUTABLE)) {
      throw new IllegalStateException(EXECUTABLE + " is missing: run `make test`, which creates .venv with moto");
    }
    int port = freePort();
    try {
      Process process = new ProcessBuilder(EXECUTABLE.toString(), "-H", "localhost", "-p", String.valueOf(port))
          .redirectErrorStream(true)
          .redirectOutput(new File("target/moto-" + port + ".log"))
          .start();
      MotoServer server = new MotoServer(process, port);
      server.awaitListening(Duration.ofSeconds(30));
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Runs Python from the .venv against this emulator, with boto3 at hand (the tests' way to do what
   * the tool does not: network set-up, a container instance, reading what moto recorded); returns
   * what it printed, and fails when it exits non-zero.
   */
  public String python(String... args) {
    List<String> command = new ArrayList<>(List.of(".venv/bin/python"));
    command.addAll(Arrays.asList(args));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    Map<String, String> env = builder.environment();
    env.put("AWS_ENDPOINT_URL", endpoint().toString());
    env.put("AWS_REGION", "us-east-1");
    env.put("AWS_DEFAULT_REGION", "us-east-1");
    env.put("AWS_ACCESS_KEY_ID", "testing");
    env.put("AWS_SECRET_ACCESS_KEY", "testing");
    try {
      Process process = builder.start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (process.waitFor() != 0) {
        throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
      }
      return output.strip();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Host name localhost, not 127.0.0.1: S3 template URLs must name the host moto serves. */
  public URI endpoint() {
    return URI.create("http://localhost:" + port);
  }

  private void awaitListening(Duration timeout) {
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException("moto_server exited with " + process.exitValue() + "; see target/moto-" + port + ".log");
      }
      try (Socket socket = new Socket()) {
        socket.connect(new InetSocketAddress("localhost", port), 200);
        return;
      } catch (IOException notYet) {
        try {
          Thread.sleep(100);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException(e);
        }
      }
    }
    close();
    throw new IllegalStateException("moto_server did not listen on port " + port + " within " + timeout);
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    process.destroy();
    try {
      process.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
