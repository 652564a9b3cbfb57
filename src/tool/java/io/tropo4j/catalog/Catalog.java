package io.tropo4j.catalog;

import io.tropo4j.core.App;
import io.tropo4j.core.AppDefinition;
import io.tropo4j.core.InvalidTemplateException;
import io.tropo4j.core.Problem;
import io.tropo4j.core.Stack;
import io.tropo4j.core.Template;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The stacks and apps one run knows, each under a name of its own, in name order. They come from a class
 * path (through {@link java.util.ServiceLoader}), from folders of stack sources the tool compiles,
 * or from the caller; {@link CatalogLoader} puts them together.
 */
public final class Catalog {
  private final List<Stack> stacks;
  private final List<AppDefinition> apps;

  /** The stacks, sorted by name; two stacks with one name are a {@link CatalogException}. */
  public Catalog(List<? extends Stack> stacks) {
    this(stacks, List.of());
  }

  /** The stacks and the apps; two of either with one name are a {@link CatalogException}. */
  public Catalog(List<? extends Stack> stacks, List<? extends AppDefinition> apps) {
    this.apps = List.copyOf(apps);
    Map<String, Stack> byName = new TreeMap<>(); // sorted by name without a comparator's lambda
    List<String> clashes = new ArrayList<>();
    for (Stack stack : stacks) {
      Stack other = byName.putIfAbsent(stack.name(), stack);
      if (other != null) {
        clashes.add("stack '" + stack.name() + "' is defined twice: by " + origin(other) + " and by "
            + origin(stack) + "; rename one (its name() method) or leave one off the class path");
      }
    }
    if (!clashes.isEmpty()) {
      throw new CatalogException(String.join("\n", clashes));
    }
    this.stacks = List.copyOf(byName.values());
  }

  public List<Stack> stacks() {
    return stacks;
  }

  /** The apps, as found. */
  public List<AppDefinition> apps() {
    return apps;
  }

  /**
   * The app of that name, or the only one when no name is given, made now.
   *
   * @throws CatalogException no such app, none at all, or several and no name; or the app's own code threw
   */
  public App app(String name) {
    List<App> made = madeApps();
    List<String> names = new ArrayList<>();
    for (App app : made) {
      if (app.name().equals(name) || name == null && made.size() == 1) {
        return app;
      }
      names.add(app.name());
    }
    if (names.isEmpty()) {
      throw new CatalogException("no apps were found: an app is a public class implementing AppDefinition, in "
          + "--stacks DIR or listed for ServiceLoader on --classpath");
    }
    throw new CatalogException((name == null ? "name the app: --app NAME, one of: " : "unknown app '" + name
        + "'; the apps are: ") + String.join(", ", names));
  }

  /** Every app, made now, in the order found. */
  public List<App> madeApps() {
    List<App> made = new ArrayList<>();
    for (AppDefinition definition : apps) {
      made.add(make(definition));
    }
    return made;
  }

  private static App make(AppDefinition definition) {
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(definition.getClass().getClassLoader());
    try {
      return definition.app();
    } catch (RuntimeException e) {
      throw new CatalogException("app " + definition.getClass().getName() + " cannot be made: " + describe(e), e);
    } finally {
      thread.setContextClassLoader(previous);
    }
  }

  public Optional<Stack> find(String name) {
    for (Stack stack : stacks) {
      if (stack.name().equals(name)) {
        return Optional.of(stack);
      }
    }
    return Optional.empty();
  }

  public List<String> names() {
    List<String> names = new ArrayList<>(stacks.size());
    for (Stack stack : stacks) {
      names.add(stack.name());
    }
    return List.copyOf(names);
  }

  /**
   * Builds a stack's template with the stack's own class loader as the thread's context loader, so
   * that {@code UserData.fromFile} and {@code InlineCode.fromFile} find the files that come with
   * the stack (its jar, or its source folder).
   *
   * @throws InvalidTemplateException also when the stack's own code throws: one problem then, at
   *     "(building the stack)", saying what was thrown and where
   */
  public static Template build(Stack stack) {
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(stack.getClass().getClassLoader());
    try {
      return stack.build();
    } catch (InvalidTemplateException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new InvalidTemplateException(List.of(new Problem("(building the stack)", describe(e))));
    } finally {
      thread.setContextClassLoader(previous);
    }
  }

  /**
   * An exception from a stack's own code, in one line: its message, and for an unexpected kind
   * (a NullPointerException, say) its type and the line of the stack's code it came from.
   */
  static String describe(RuntimeException e) {
    if (e instanceof IllegalArgumentException || e instanceof IllegalStateException) {
      return e.getMessage() == null ? e.toString() : e.getMessage();
    }
    StringBuilder text = new StringBuilder(e.toString());
    for (StackTraceElement frame : e.getStackTrace()) {
      if (!frame.getClassName().startsWith("java.") && !frame.getClassName().startsWith("jdk.")) {
        text.append(" at ").append(frame);
        break;
      }
    }
    return text.toString();
  }

  /** Where a stack's class comes from, for messages: its class and its jar or folder. */
  static String origin(Stack stack) {
    Class<?> type = stack.getClass();
    var source = type.getProtectionDomain().getCodeSource();
    if (source == null || source.getLocation() == null) {
      return type.getName();
    }
    return type.getName() + " (" + where(source.getLocation()) + ")";
  }

  /** A jar or folder, as a path relative to the working directory where it can be. */
  static String where(URL location) {
    try {
      Path path = Path.of(location.toURI()).toAbsolutePath();
      Path here = Path.of("").toAbsolutePath();
      return (path.startsWith(here) ? here.relativize(path) : path).toString();
    } catch (URISyntaxException | IllegalArgumentException | FileSystemNotFoundException e) {
      return location.toString(); // not a file: the URL says it well enough
    }
  }

}
