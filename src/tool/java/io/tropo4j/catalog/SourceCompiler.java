package io.tropo4j.catalog;

import com.sun.source.util.JavacTask;
import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import io.tropo4j.core.Stack;
import io.tropo4j.core.Template;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
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

  /** As Maven compiles the library: every lint, and string concatenation without invokedynamic. */
  private static final List<String> OPTIONS = List.of("-encoding", "UTF-8", "-proc:none", "-g",
      "-Xlint:all,-serial,-processing", "-XDstringConcat=inline");

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
    Path home = cache.resolve(new Fnv().add(folder.toAbsolutePath().normalize().toString()).hex());
    Path classes = home.resolve(fingerprint(sources, compileClasspath));
    if (Files.isDirectory(classes)) {
      return new Compiled(classes, false, "");
    }
    try {
      Files.createDirectories(home);
      Path scratch = Files.createTempDirectory(home, ".compiling-");
      String warnings = run(folder, sources, compileClasspath, scratch);
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
        run(folder, sources(folder), compileClasspath, scratch);
      } finally {
        deleteTree(scratch);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Runs javac into {@code out}, then writes the service file naming the stacks it found. */
  private String run(Path folder, List<Path> sources, List<Path> classpath, Path out) throws IOException {
    JavaCompiler compiler = compiler();
    List<String> options = new ArrayList<>(OPTIONS);
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
    StringBuilder warnings = new StringBuilder(messages.toString());
    finder.notes.forEach(note -> warnings.append(note).append('\n'));
    return warnings.toString().stripTrailing();
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

  /**
   * Collects, as javac analyses each class, the public concrete classes that implement {@link
   * Stack} and can be made by ServiceLoader (a public no-argument constructor).
   */
  private static final class StackFinder implements TaskListener {
    final Set<String> stacks = new TreeSet<>();
    final List<String> notes = new ArrayList<>();
    private final JavacTask task;

    StackFinder(JavacTask task) {
      this.task = task;
    }

    @Override
    public void finished(TaskEvent event) {
      if (event.getKind() == TaskEvent.Kind.ANALYZE && event.getTypeElement() != null) {
        inspect(event.getTypeElement());
      }
    }

    private void inspect(TypeElement type) {
      Elements elements = task.getElements();
      Types types = task.getTypes();
      TypeElement stack = elements.getTypeElement(Stack.class.getName());
      boolean nestedInstance = type.getNestingKind().isNested() && !type.getModifiers().contains(Modifier.STATIC);
      if (type.getKind() == ElementKind.CLASS && type.getModifiers().contains(Modifier.PUBLIC)
          && !type.getModifiers().contains(Modifier.ABSTRACT) && !nestedInstance
          && types.isAssignable(types.erasure(type.asType()), types.erasure(stack.asType()))) {
        boolean constructible = ElementFilter.constructorsIn(type.getEnclosedElements()).stream()
            .anyMatch(c -> c.getModifiers().contains(Modifier.PUBLIC) && c.getParameters().isEmpty());
        if (constructible) {
          stacks.add(elements.getBinaryName(type).toString());
        } else {
          notes.add("note: " + type.getQualifiedName() + " implements Stack but has no public "
              + "no-argument constructor, so it is not in the catalog");
        }
      }
      for (TypeElement member : ElementFilter.typesIn(type.getEnclosedElements())) {
        inspect(member);
      }
    }
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
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(p -> p.toString().endsWith(".java") && Files.isRegularFile(p)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + folder, e);
    }
  }

  /**
   * Everything the compile depends on: each source's path and bytes, each class path entry's files
   * with their sizes and times, the options and the compiler's version.
   */
  private static String fingerprint(List<Path> sources, List<Path> classpath) {
    Fnv hash = new Fnv();
    try {
      for (Path source : sources) {
        hash.add(source.toString());
        hash.add(Files.readAllBytes(source));
      }
      for (Path entry : classpath) {
        hash.add(entry.toAbsolutePath().toString());
        if (Files.isDirectory(entry)) {
          try (Stream<Path> walk = Files.walk(entry)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
              stamp(hash, file);
            }
          }
        } else if (Files.exists(entry)) {
          stamp(hash, entry);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading the stack sources", e);
    }
    hash.add(String.join(" ", OPTIONS));
    hash.add(System.getProperty("java.version"));
    return hash.hex();
  }

  private static void stamp(Fnv hash, Path file) throws IOException {
    BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
    hash.add(file + " " + attributes.size() + " " + attributes.lastModifiedTime().toMillis());
  }

  /**
   * FNV-1a in 64 bits: a cache key, not a seal. The JDK's message digests would start its security
   * providers, which on every run cost more than all the hashing.
   */
  static final class Fnv {
    private long hash = 0xcbf29ce484222325L;

    Fnv add(byte[] bytes) {
      for (byte b : bytes) {
        hash = (hash ^ (b & 0xff)) * 0x100000001b3L;
      }
      hash = (hash ^ 0xff) * 0x100000001b3L; // a separator, so that "ab","c" and "a","bc" differ
      return this;
    }

    Fnv add(String text) {
      return add(text.getBytes(StandardCharsets.UTF_8));
    }

    String hex() {
      return String.format("%016x", hash);
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
