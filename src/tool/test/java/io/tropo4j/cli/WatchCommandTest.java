package io.tropo4j.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tropo4j.catalog.Catalog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** watch in a thread of its own: a save rewrites the template, a broken save says why, a fix recovers. */
class WatchCommandTest {
  private static final Duration PATIENCE = Duration.ofSeconds(60);

  @TempDir Path dir;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private static String stack(String description) {
    return """
        package com.example;
        import io.tropo4j.core.*;
        import io.tropo4j.resources.sqs.Queue;
        public final class Jobs implements Stack {
          public String name() { return "jobs"; }
          public String summary() { return "jobs"; }
          public Template build() {
            Template t = new Template().description("%s");
            t.add(new Queue("Jobs").retainData());
            return t;
          }
        }
        """.formatted(description);
  }

  @Test
  void aSaveRewritesTheTemplateAndABrokenSaveIsReported() throws Exception {
    Path source = dir.resolve("stacks/com/example/Jobs.java");
    Files.createDirectories(source.getParent());
    Files.writeString(source, stack("first"));
    Path template = dir.resolve("out/jobs.json");
    Environment environment = new Environment(() -> {
      throw new AssertionError("watch never reaches AWS");
    }, dir, dir.resolve("cache"), Duration.ofSeconds(1), Map.of());
    AtomicInteger status = new AtomicInteger(-1);
    Thread watch = new Thread(() -> status.set(Main.run(new String[] {"watch", "--stacks",
        dir.resolve("stacks").toString(), "--out", dir.resolve("out").toString(), "--format", "json"},
        new Catalog(List.of()), environment, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8))));
    watch.start();
    try {
      await(() -> out().contains("Watching "), "watch to start");
      assertTrue(Files.readString(template).contains("\"Description\": \"first\""));

      Files.writeString(source, stack("second"));
      await(() -> read(template).contains("\"Description\": \"second\""), "the template to be rewritten");

      Files.writeString(source, stack("third").replace("retainData()", "retainData(;"));
      await(() -> err().contains("Jobs.java:9: error:"), "javac's error");
      assertTrue(read(template).contains("\"Description\": \"second\""), "a broken save leaves the template");

      Files.writeString(source, stack("fourth"));
      await(() -> read(template).contains("\"Description\": \"fourth\""), "the fix to be written");
    } finally {
      watch.interrupt();
      watch.join(PATIENCE.toMillis());
    }
    assertEquals(0, status.get(), "an interrupted watch ends quietly");
  }

  @Test
  void watchNeedsSomethingToWatch() {
    assertEquals(Main.USAGE, Main.run(new String[] {"watch"}, new Catalog(List.of()),
        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)));
    assertTrue(err().startsWith("tropo4j: watch needs stacks to watch"), err());
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  private static String read(Path file) {
    try {
      return Files.exists(file) ? Files.readString(file) : "";
    } catch (IOException e) {
      return "";
    }
  }

  private void await(BooleanSupplier condition, String what) throws InterruptedException {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("waited " + PATIENCE.toSeconds() + " s for " + what + "\nout:\n" + out() + "\nerr:\n" + err());
      }
      Thread.sleep(20);
    }
  }
}
