package io.tropo4j.catalog;

import com.sun.source.util.JavacTask;
import io.tropo4j.core.AppDefinition;
import io.tropo4j.core.Stack;
import io.tropo4j.core.Template;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles a folder of stack sources with the JDK's compiler, in this process, against the library
 * and the user's class path, and lists the stacks it defines in a service file so that they load
 * like any other provider. The classes are kept in the cache under a fingerprint of everything the
 * compile read (the sources' bytes, the class path, the options), so an unchanged folder is not
 * compiled again and a changed one never mixes with an earlier compile's classes. One compiler and
 * file manager serve every compile of a process: {@code watch} recompiles warm.
 */
final class SourceCompiler {
  static final String SERVICE_FILE = "META-INF/services/" + Stack.class.getName();
  static final String APP_SERVICE_FILE = "META-INF/services/" + AppDefinition.class.getName();

  /** As Maven compiles the library: every lint, and string concatenation without invokedynamic. */
  private static final List<String> OPTIONS = List.of("-encoding", "UTF-8", "-proc:none", "-g",
      "-Xlint:all,-serial,-processing", "-XDstringConcat=inline");
  /**
   * The Java release the stacks compile for, when set: the Makefile sets it to the release of the JDK that
   * {@code make templates} runs on, so that a deploy command started on a newer JDK reads the classes that
   * compile made rather than compiling its own. Unset, it is this JDK's.
   */
  static final String RELEASE_PROPERTY = "tropo4j.stacks.release";

  private final Path cache;
  private JavaCompiler javac;
  private StandardJavaFileManager files;

  SourceCompiler(Path cache) {
    this.cache = cache;
  }

  /**
   * The compiled classes of the folder and what javac warned of (empty when the cache already
   * held them).
   */
  record Compiled(Path classes, boolean compiled, String warnings) {}

  Compiled compile(Path folder, List<Path> classpath) {
    if (!Files.isDirectory(folder)) {
      throw new CatalogException("stack sources: " + folder + " is not a folder");
    }
    List<Path> sources = sources(folder);
    if (sources.isEmpty()) {
      throw new CatalogException("stack sources: no .java files in " + folder);
    }
    List<Path> compileClasspath = compileClasspath(classpath);
    Path home = cache.resolve(new Fingerprint.Hash().add(folder.toAbsolutePath().normalize().toString()).hex());
    List<String> options = options();
    Path classes = home.resolve(Fingerprint.of(sources, compileClasspath, options));
    if (Files.isDirectory(classes)) {
      return new Compiled(classes, false, "");
    }
    try {
      Files.createDirectories(home);
      Path scratch = Files.createTempDirectory(home, ".compiling-");
      String warnings = run(folder, sources, compileClasspath, options, scratch);
      try {
        Files.move(scratch, classes, StandardCopyOption.ATOMIC_MOVE);
      } catch (IOException raced) {
        if (!Files.isDirectory(classes)) {
          throw raced;
        }
        deleteTree(scratch); // another process compiled the same sources meanwhile
      }
      removeOthers(home, classes);
      return new Compiled(classes, true, warnings);
    } catch (IOException e) {
      throw new UncheckedIOException("compiling " + folder + " into " + home, e);
    }
  }

  /** Compiles the folder into a scratch folder, then removes it: a warm-up, nothing is kept. */
  void compileScratch(Path folder, List<Path> classpath) {
    List<Path> compileClasspath = compileClasspath(classpath);
    try {
      Path scratch = Files.createTempDirectory("tropo4j-warm-up");
      try {
        run(folder, sources(folder), compileClasspath, options(), scratch);
      } finally {
        deleteTree(scratch);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Runs javac into {@code out}, then writes the service files naming the stacks and apps it found. */
  private String run(Path folder, List<Path> sources, List<Path> classpath, List<String> compileOptions, Path out)
      throws IOException {
    JavaCompiler compiler = compiler();
    List<String> options = new ArrayList<>(compileOptions);
    options.addAll(List.of("-d", out.toString(), "-classpath", join(classpath)));
    StringWriter messages = new StringWriter();
    JavacTask task = (JavacTask) compiler.getTask(messages, files, null, options, null,
        files.getJavaFileObjectsFromPaths(sources));
    StackFinder finder = new StackFinder(task);
    task.addTaskListener(finder);
    boolean ok = task.call();
    if (!ok) {
      deleteTree(out);
      throw new CatalogException("the stack sources in " + folder + " do not compile:\n"
          + messages.toString().stripTrailing());
    }
    Path services = out.resolve(SERVICE_FILE);
    Files.createDirectories(services.getParent());
    Files.writeString(services, String.join("\n", finder.stacks) + "\n", StandardCharsets.UTF_8);
    Files.writeString(out.resolve(APP_SERVICE_FILE), String.join("\n", finder.apps) + "\n", StandardCharsets.UTF_8);
    StringBuilder warnings = new StringBuilder(messages.toString());
    finder.notes.forEach(note -> warnings.append(note).append('\n'));
    return warnings.toString().stripTrailing();
  }

  /** The compiler's options: the class files' release is among them, so it is part of the cache's key. */
  static List<String> options() {
    List<String> options = new ArrayList<>(OPTIONS);
    options.addAll(List.of("--release", Integer.toString(release())));
    return options;
  }

  static int release() {
    int running = Runtime.version().feature();
    String set = System.getProperty(RELEASE_PROPERTY);
    if (set == null || set.isBlank()) {
      return running;
    }
    try {
      int release = Integer.parseInt(set.strip());
      if (release >= 17 && release <= running) {
        return release;
      }
    } catch (NumberFormatException e) {
      // said below
    }
    throw new CatalogException(RELEASE_PROPERTY + "=" + set + ": stacks compile for a Java release from 17 (the "
        + "library's) to " + running + " (this JDK's)");
  }

  private JavaCompiler compiler() {
    if (javac == null) {
      javac = ToolProvider.getSystemJavaCompiler();
      if (javac == null) {
        throw new CatalogException("compiling stack sources needs a JDK, and this Java runtime has no "
            + "compiler: run tropo4j with a JDK, or compile the stacks yourself and give --classpath");
      }
      files = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8);
    }
    return javac;
  }

  /** The library the stacks are built on, then the user's class path. */
  private static List<Path> compileClasspath(List<Path> classpath) {
    List<Path> entries = new ArrayList<>();
    entries.add(libraryLocation());
    entries.addAll(classpath);
    return entries;
  }

  /** Where the library's classes are: the stacks compile against it. */
  static Path libraryLocation() {
    try {
      return Path.of(Template.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException | RuntimeException e) {
      throw new IllegalStateException("cannot tell where the tropo4j library is loaded from", e);
    }
  }

  private static List<Path> sources(Path folder) {
    try {
      return files(folder, ".java");
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + folder, e);
    }
  }

  /**
   * The regular files under a folder whose names end so, sorted, as {@code Files.walk} finds them;
   * without a stream: this runs on every command, before anything is compiled, and the stream
   * machinery's first use costs more than the walk.
   */
  static List<Path> files(Path folder, String suffix) throws IOException {
    List<Path> found = new ArrayList<>();
    collect(folder, suffix, found);
    Collections.sort(found);
    return found;
  }

  private static void collect(Path folder, String suffix, List<Path> found) throws IOException {
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
      for (Path entry : entries) {
        if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) { // as Files.walk: links are not followed
          collect(entry, suffix, found);
        } else if (entry.toString().endsWith(suffix) && Files.isRegularFile(entry)) {
          found.add(entry);
        }
      }
    }
  }

  private static String join(List<Path> paths) {
    return String.join(java.io.File.pathSeparator, paths.stream().map(Path::toString).toList());
  }

  /** Earlier compiles of the folder; one still in use by another process may stay. */
  private static void removeOthers(Path home, Path keep) {
    try (Stream<Path> entries = Files.list(home)) {
      for (Path entry : entries.toList()) {
        if (!entry.equals(keep) && !entry.getFileName().toString().startsWith(".compiling-")) {
          deleteTree(entry);
        }
      }
    } catch (IOException | UncheckedIOException e) {
      // only a cache: what stays is removed next time
    }
  }

  static void deleteTree(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("removing " + root, e);
    }
  }
}
