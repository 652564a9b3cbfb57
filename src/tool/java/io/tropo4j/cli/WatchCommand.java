package io.tropo4j.cli;

import io.tropo4j.catalog.Catalog;
import io.tropo4j.catalog.CatalogException;
import io.tropo4j.catalog.CatalogLoader;
import io.tropo4j.cli.TemplateFiles.Outcome;
import io.tropo4j.core.Stack;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Keeps the templates current while stacks are edited: one warm process that, when a stack source,
 * boot script or function file is saved, compiles what changed, validates, and writes the templates
 * whose bytes changed, printing javac's errors or the templates' problems. Runs until interrupted.
 */
final class WatchCommand extends Subcommand {
  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");
  /** Editors save in bursts (a temporary file, a rename, a touch): wait for the burst to end. */
  private static final long SETTLE_MILLIS = 25;

  @Override
  Syntax syntax() {
    return addStackSources(TemplatesCommand.addOutputOptions(new Syntax("watch",
        "Rewrites the templates whenever a stack source, boot script or function changes; Ctrl-C stops.")))
        .positionals("STACK", 0, -1, "Stacks to write (default: all).");
  }

  @Override
  int call() throws IOException {
    List<Path> folders = args.paths("--stacks");
    List<Path> classpath = args.paths("--classpath");
    TemplateFiles.Format format = args.choice("--format", TemplateFiles.Format.class);
    if (folders.isEmpty() && classpath.isEmpty()) {
      main.err().println("tropo4j: watch needs stacks to watch: a folder of stack sources (--stacks DIR) "
          + "or compiled stacks (--classpath PATH)");
      return Main.USAGE;
    }
    List<Path> roots = roots(folders, classpath);
    try (WatchService watcher = FileSystems.getDefault().newWatchService()) {
      Map<WatchKey, Path> watched = new HashMap<>();
      for (Path root : roots) {
        register(watcher, root, watched);
      }
      rebuild(folders, classpath, format);
      if (!main.catalogLoader().compiled()) {
        main.catalogLoader().warmUp(folders, classpath); // so that the first save is not a cold compile
      }
      main.out().println("Watching " + String.join(", ", roots.stream().map(Path::toString).toList())
          + " for changes (Ctrl-C stops)");
      while (true) {
        WatchKey key = watcher.take();
        do {
          settle(key, watcher, watched);
        } while ((key = watcher.poll(SETTLE_MILLIS, TimeUnit.MILLISECONDS)) != null);
        rebuild(folders, classpath, format);
      }
    } catch (InterruptedException | ClosedWatchServiceException e) {
      Thread.currentThread().interrupt();
      return 0;
    }
  }

  /**
   * What is watched: the source folders, the {@code userdata/} and {@code functions/} folders of the
   * working directory (source stacks read them from there), and the class path's folders and the
   * folders its jars are in.
   */
  private static List<Path> roots(List<Path> folders, List<Path> classpath) {
    List<Path> roots = new ArrayList<>(folders);
    if (!folders.isEmpty()) {
      for (String shared : CatalogLoader.SHARED_FOLDERS) {
        if (Files.isDirectory(Path.of(shared))) {
          roots.add(Path.of(shared));
        }
      }
    }
    for (Path entry : classpath) {
      Path root = Files.isDirectory(entry) ? entry : entry.toAbsolutePath().getParent();
      if (root != null && !roots.contains(root)) {
        roots.add(root);
      }
    }
    return roots;
  }

  /** Watches a folder and every folder below it. */
  private static void register(WatchService watcher, Path root, Map<WatchKey, Path> watched) throws IOException {
    try (Stream<Path> tree = Files.walk(root)) {
      for (Path folder : tree.filter(Files::isDirectory).toList()) {
        watched.put(folder.register(watcher, StandardWatchEventKinds.ENTRY_CREATE,
            StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE), folder);
      }
    }
  }

  /** Takes a key's events; a folder created under a watched one is watched from now on. */
  private static void settle(WatchKey key, WatchService watcher, Map<WatchKey, Path> watched) throws IOException {
    Path folder = watched.get(key);
    for (WatchEvent<?> event : key.pollEvents()) {
      if (folder != null && event.kind() == StandardWatchEventKinds.ENTRY_CREATE) {
        Path created = folder.resolve((Path) event.context());
        if (Files.isDirectory(created)) {
          register(watcher, created, watched);
        }
      }
    }
    if (!key.reset()) {
      watched.remove(key);
    }
  }

  /** One round: the catalog again (compiling what changed), then every chosen stack's templates. */
  private void rebuild(List<Path> folders, List<Path> classpath, TemplateFiles.Format format) throws IOException {
    long start = System.nanoTime();
    Catalog catalog;
    try {
      catalog = main.catalog(classpath, folders);
    } catch (CatalogException e) {
      main.err().println(stamp() + " " + e.getMessage());
      return;
    }
    List<Stack> stacks = new ArrayList<>();
    for (String name : args.positionals()) {
      catalog.find(name).ifPresentOrElse(stacks::add, () -> main.err().println(stamp() + " unknown stack '" + name
          + "'; the stacks are: " + String.join(", ", catalog.names())));
    }
    if (args.positionals().isEmpty()) {
      stacks.addAll(catalog.stacks());
    }
    List<String> changed = new ArrayList<>();
    int failed = 0;
    for (Outcome outcome : TemplateFiles.write(stacks, format, args.path("--out"))) {
      if (outcome.ok()) {
        outcome.changed().forEach(file -> changed.add(file.toString()));
      } else {
        report(outcome.stack(), outcome.problems());
        failed++;
      }
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    main.out().println(stamp() + " " + stacks.size() + (stacks.size() == 1 ? " stack" : " stacks")
        + (main.catalogLoader().compiled() ? ", compiled" : "") + ", " + millis + " ms: "
        + (changed.isEmpty() ? "no template changed" : "wrote " + String.join(" ", changed))
        + (failed == 0 ? "" : "; " + failed + " with problems"));
  }

  private static String stamp() {
    return LocalTime.now().format(CLOCK);
  }
}
