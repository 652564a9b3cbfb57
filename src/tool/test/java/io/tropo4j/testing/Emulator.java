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
 * A local AWS emulator the deployer's end-to-end tests run against, started on localhost and a free
 * port from the project's own virtual environment: moto ({@link #moto()}) or MiniStack
 * ({@link #miniStack()}). Missing, it fails the tests rather than skip them.
 */
public final class Emulator implements AutoCloseable {
  /** The emulators, with where each one's virtual environment is and how it starts. */
  public enum Kind {
    MOTO(".venv", "moto"), MINISTACK(".venv-ministack", "MiniStack");

    final Path venv;
    final String title;

    Kind(String venv, String title) {
      this.venv = Path.of(venv);
      this.title = title;
    }

    List<String> command(int port) {
      return switch (this) {
        case MOTO -> List.of(venv.resolve("bin/python").toString(), "src/emulators/moto_server.py", "-H", "localhost",
            "-p", String.valueOf(port));
        case MINISTACK -> List.of(venv.resolve("bin/python").toString(), "src/emulators/ministack_server.py", "--port",
            String.valueOf(port));
      };
    }
  }

  private final Kind kind;
  private final Process process;
  private final int port;

  private Emulator(Kind kind, Process process, int port) {
    this.kind = kind;
    this.process = process;
    this.port = port;
  }

  public static Emulator moto() {
    return start(Kind.MOTO);
  }

  public static Emulator miniStack() {
    return start(Kind.MINISTACK);
  }

  public static Emulator start(Kind kind) {
    if (!Files.isExecutable(kind.venv.resolve("bin/python"))) {
      throw new IllegalStateException(kind.venv + " is missing: run `make test`, which creates it with " + kind.title);
    }
    int port = freePort();
    try {
      Files.createDirectories(Path.of("target"));
      Process process = new ProcessBuilder(kind.command(port)).redirectErrorStream(true)
          .redirectOutput(new File("target/" + kind.name().toLowerCase(java.util.Locale.ROOT) + "-" + port + ".log"))
          .start();
      Emulator emulator = new Emulator(kind, process, port);
      emulator.awaitListening(Duration.ofSeconds(60));
      return emulator;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Kind kind() {
    return kind;
  }

  /** Host name localhost, not 127.0.0.1: S3 template URLs must name the host the emulator serves. */
  public URI endpoint() {
    return URI.create("http://localhost:" + port);
  }

  public int port() {
    return port;
  }

  /** What a process needs to reach this emulator as AWS: the endpoint, a region and made-up credentials. */
  public Map<String, String> environment() {
    return Map.of("AWS_ENDPOINT_URL", endpoint().toString(), "AWS_REGION", "us-east-1", "AWS_DEFAULT_REGION",
        "us-east-1", "AWS_ACCESS_KEY_ID", "testing", "AWS_SECRET_ACCESS_KEY", "testing");
  }

  /**
   * Runs Python from the emulator's virtual environment against it, with boto3 at hand (the tests'
   * way to do what the tool does not: network set-up, reading what the emulator recorded); returns
   * what it printed, and fails when it exits non-zero.
   */
  public String python(String... args) {
    List<String> command = new ArrayList<>(List.of(kind.venv.resolve("bin/python").toString()));
    command.addAll(Arrays.asList(args));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().putAll(environment());
    try {
      Process python = builder.start();
      String output = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (python.waitFor() != 0) {
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

  private void awaitListening(Duration timeout) {
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException(kind.title + " exited with " + process.exitValue() + "; see target/"
            + kind.name().toLowerCase(java.util.Locale.ROOT) + "-" + port + ".log");
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
    throw new IllegalStateException(kind.title + " did not listen on port " + port + " within " + timeout);
  }

  static int freePort() {
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
