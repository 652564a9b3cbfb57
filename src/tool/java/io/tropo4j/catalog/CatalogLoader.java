package io.tropo4j.catalog;

import io.tropo4j.core.AppDefinition;
import io.tropo4j.core.Stack;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.function.Consumer;

/**
 * Puts a run's catalog together: the stacks the caller gives, the stacks on the user's class path
 * (jars or folders with a {@code META-INF/services/io.tropo4j.core.Stack} file, found through
 * {@link ServiceLoader}), and the stacks in folders of sources, compiled here when they changed.
 * Files the stacks read ({@code userdata/}, {@code functions/}) come from their jars, or, for a
 * source folder, from the folder and then the working directory. Keep one loader for a process:
 * it keeps the compiler warm.
 */
public final class CatalogLoader {
  /** The folders of the working directory that stacks compiled from sources read files from. */
  public static final List<String> SHARED_FOLDERS = List.of("userdata", "functions");

  private final SourceCompiler compiler;
  private final Consumer<String> warnings;
  private boolean compiled;
  /** Where the last load's compiled source folders are, by the URL of their classes. */
  private final Map<String, Path> compiledFolders = new HashMap<>();

  /**
   * @param cache where compiled stack sources are kept
   * @param warnings receives what javac warns of when it compiles
   */
  public CatalogLoader(Path cache, Consumer<String> warnings) {
    this.compiler = new SourceCompiler(cache);
    this.warnings = warnings;
  }

  /** Whether the last {@link #load} compiled anything, rather than finding it in the cache. */
  public boolean compiled() {
    return compiled;
  }

  /**
   * The catalog of the given stacks and those found on the class path and in the source folders.
   *
   * @throws CatalogException when sources do not compile, a stack cannot be loaded, or two stacks
   *     share a name
   */
  public Catalog load(List<? extends Stack> given, List<Path> classpath, List<Path> sourceFolders) {
    return load(given, classpath, sourceFolders, Path.of(""));
  }

  /**
   * As {@link #load(List, List, List)}, with the folder that stands for the working directory where
   * stacks from source folders look for their files last ({@code userdata/}, {@code functions/}): a
   * commit's files, for the stacks of a release.
   */
  public Catalog load(List<? extends Stack> given, List<Path> classpath, List<Path> sourceFolders, Path resourceRoot) {
    return load(given, List.of(), classpath, sourceFolders, resourceRoot);
  }

  /** As {@link #load(List, List, List, Path)}, with apps the caller gives besides the stacks. */
  public Catalog load(List<? extends Stack> given, List<? extends AppDefinition> givenApps, List<Path> classpath,
      List<Path> sourceFolders, Path resourceRoot) {
    compiled = false;
    compiledFolders.clear();
    for (Path entry : classpath) {
      if (!Files.exists(entry)) {
        throw new CatalogException("class path entry " + entry + " does not exist");
      }
    }
    List<Stack> stacks = new ArrayList<>(given);
    List<AppDefinition> apps = new ArrayList<>(givenApps);
    if (classpath.isEmpty() && sourceFolders.isEmpty()) {
      return new Catalog(stacks, apps);
    }
    List<URL> urls = new ArrayList<>();
    for (Path folder : sourceFolders) {
      SourceCompiler.Compiled result = compiler.compile(folder, classpath);
      compiled |= result.compiled();
      if (!result.warnings().isEmpty()) {
        warnings.accept(result.warnings());
      }
      URL classes = url(result.classes());
      urls.add(classes);
      compiledFolders.put(classes.toString(), folder);
      urls.add(url(folder));
    }
    if (!sourceFolders.isEmpty()) {
      urls.add(url(resourceRoot));
    }
    for (Path entry : classpath) {
      urls.add(url(entry));
    }
    StackClassLoader loader = new StackClassLoader(urls.toArray(new URL[0]), Stack.class.getClassLoader());
    refuseShadowedProviders(loader, compiledFolders);
    try {
      for (Stack stack : ServiceLoader.load(Stack.class, loader)) {
        stacks.add(stack);
      }
      for (AppDefinition app : ServiceLoader.load(AppDefinition.class, loader)) {
        apps.add(app);
      }
    } catch (ServiceConfigurationError e) {
      throw new CatalogException("a stack or app cannot be loaded: " + e.getMessage()
          + (e.getCause() == null ? "" : " (" + e.getCause() + ")"), e);
    }
    return new Catalog(stacks, apps);
  }

  /**
   * The source folder a stack of the last {@link #load} was compiled from; empty for one that came
   * from a class path or from the caller.
   */
  public Optional<Path> sourceFolderOf(Stack stack) {
    var source = stack.getClass().getProtectionDomain().getCodeSource();
    if (source == null || source.getLocation() == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(compiledFolders.get(source.getLocation().toString()));
  }

  /**
   * Compiles the source folders once into a scratch folder and throws the result away: javac's
   * first compile in a process is several times slower than the next, and a watching process would
   * otherwise pay that on the user's first save.
   */
  public void warmUp(List<Path> sourceFolders, List<Path> classpath) {
    for (Path folder : sourceFolders) {
      try {
        compiler.compileScratch(folder, classpath);
      } catch (CatalogException | UncheckedIOException e) {
        return; // the real compile will say what is wrong
      }
    }
  }

  /**
   * One stack class named by two entries (a source folder's compile and a jar of the same stacks,
   * say) would load from the first and hide the second: as much a clash as two stacks of one name.
   */
  private static void refuseShadowedProviders(StackClassLoader loader, Map<String, Path> compiledFrom) {
    Map<String, URL> providers = new HashMap<>();
    List<String> clashes = new ArrayList<>();
    try {
      for (URL file : Collections.list(loader.findResources(SourceCompiler.SERVICE_FILE))) {
        for (String line : new String(file.openStream().readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
          int comment = line.indexOf('#'); // not replaceFirst: a regular expression costs more than the file
          String name = (comment < 0 ? line : line.substring(0, comment)).strip();
          URL first = name.isEmpty() ? null : providers.putIfAbsent(name, file);
          if (first != null) {
            clashes.add("stack class " + name + " is named by two entries: " + entry(first, compiledFrom)
                + " and " + entry(file, compiledFrom) + "; leave one off");
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading the stacks' service files", e);
    }
    if (!clashes.isEmpty()) {
      throw new CatalogException(String.join("\n", clashes));
    }
  }

  /**
   * The jar or folder a service file is in (the source folder, for compiled sources), relative to
   * the working directory where it can be.
   */
  private static String entry(URL serviceFile, Map<String, Path> compiledFrom) {
    String text = serviceFile.toString();
    text = text.substring(0, text.length() - SourceCompiler.SERVICE_FILE.length());
    if (compiledFrom.containsKey(text)) {
      return compiledFrom.get(text) + " (compiled)";
    }
    String location = text.replaceFirst("^jar:", "").replaceFirst("!/$", "");
    try {
      return Catalog.where(new URL(location));
    } catch (MalformedURLException e) {
      return location;
    }
  }


  private static URL url(Path path) {
    try {
      return path.toAbsolutePath().normalize().toUri().toURL();
    } catch (MalformedURLException e) {
      throw new UncheckedIOException(e);
    }
  }
}
