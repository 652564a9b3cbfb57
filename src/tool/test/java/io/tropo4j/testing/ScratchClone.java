package io.tropo4j.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A scratch clone of this repository at HEAD, using this checkout's build and virtual environments, where
 * make targets run as a user runs them against an emulator: PARAMS in the environment, never on the command
 * line, and commits made in the clone. Each run's command and output are kept in a log folder, numbered.
 */
public final class ScratchClone {
  private static final Path ROOT = Path.of("").toAbsolutePath();

  private final Path folder;
  private final Path log;
  private final Emulator emulator;
  private int step;

  /** What a make target came to. */
  public record Run(String command, int status, String out) {
    @Override
    public String toString() {
      return command + " exited with " + status + ":\n" + out;
    }
  }

  /** Clones HEAD into target/NAME-clone (logs in target/NAME), made anew. */
  public ScratchClone(String name, Emulator emulator) {
    this.folder = ROOT.resolve("target/" + name + "-clone");
    this.log = ROOT.resolve("target/" + name);
    this.emulator = emulator;
    try {
      deleteRecursively(folder);
      deleteRecursively(log);
      Files.createDirectories(log);
      run(ROOT, "git", "clone", "-q", ROOT.toString(), folder.toString());
      for (String shared : List.of(".venv", ".venv-ministack", "target")) {
        Files.createSymbolicLink(folder.resolve(shared), ROOT.resolve(shared));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    git("config", "user.email", "clone@example.com");
    git("config", "user.name", "clone");
  }

  public Path folder() {
    return folder;
  }

  /** Where each run's command and output are kept, and where a test may keep what it writes. */
  public Path log() {
    return log;
  }

  /** A make target, PARAMS (when not null) in the environment. */
  public Run make(String params, String target, String... variables) {
    // The clone shares this checkout's target/, whose archives name this checkout's jar: none is remade here.
    List<String> command = new ArrayList<>(List.of("make", "--no-print-directory", "-o", "target/tropo4j.jar", "-o",
        "target/tropo4j.jsa", "-o", "target/tropo4j-deploy.jsa", "-o", "target/tropo4j-deploy.aot", target));
    command.addAll(Arrays.asList(variables));
    ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true);
    Map<String, String> environment = builder.environment();
    environment.keySet().removeIf(k -> k.startsWith("AWS_") || k.startsWith("MAKE") || k.equals("MFLAGS")
        || k.startsWith("TROPO4J_") || k.equals("PARAMS"));
    environment.putAll(emulator.environment());
    if (params != null) {
      environment.put("PARAMS", params);
    }
    String shown = (params == null ? "" : "PARAMS=... ") + String.join(" ", command);
    try {
      Process process = builder.start();
      String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(5, TimeUnit.MINUTES)) {
        process.destroyForcibly();
      }
      Run run = new Run(shown, process.exitValue(), out);
      step++;
      Files.writeString(log.resolve(String.format("%02d-%s.out", step, target)), run.toString());
      return run;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public String git(String... args) {
    List<String> command = new ArrayList<>(List.of("git"));
    command.addAll(Arrays.asList(args));
    return run(folder, command.toArray(String[]::new));
  }

  private static String run(Path directory, String... command) {
    try {
      Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
      String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      if (process.waitFor() != 0) {
        throw new IllegalStateException(String.join(" ", command) + " failed: " + out);
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void deleteRecursively(Path path) throws IOException {
    if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
      try (var children = Files.list(path)) {
        for (Path child : children.toList()) {
          deleteRecursively(child);
        }
      }
    }
    Files.delete(path);
  }
}
