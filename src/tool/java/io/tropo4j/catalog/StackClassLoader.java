package io.tropo4j.catalog;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.security.CodeSource;
import java.security.PermissionCollection;
import java.security.Permissions;
import java.util.Enumeration;

/**
 * Loads the user's stacks, and the files they read, from the user's own entries first; only the
 * JDK and the tropo4j library come from the tool's loader, so that {@code Stack}, {@code Template}
 * and the resource classes are the ones the tool knows. Asking the tool's loader first would make
 * it open every jar it carries (the AWS SDK's among them) to miss each stack class and boot script:
 * most of a run's time. It also keeps the tool's dependencies out of the user's way.
 */
final class StackClassLoader extends URLClassLoader {
  static {
    registerAsParallelCapable();
  }

  /** What the tool's loader always answers: the JDK's packages and the library's. */
  private static final String[] SHARED = {"java.", "javax.", "jdk.", "sun.", "com.sun.", "org.xml.", "org.w3c.",
      "io.tropo4j.fn.", "io.tropo4j.core.", "io.tropo4j.check.", "io.tropo4j.emit.", "io.tropo4j.resources.",
      "io.tropo4j.iam.", "io.tropo4j.nested.", "io.tropo4j.Templates"};

  StackClassLoader(URL[] urls, ClassLoader parent) {
    super(urls, parent);
  }

  @Override
  protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
    if (shared(name)) {
      return super.loadClass(name, resolve);
    }
    synchronized (getClassLoadingLock(name)) {
      Class<?> type = findLoadedClass(name);
      if (type == null) {
        try {
          type = findClass(name);
        } catch (ClassNotFoundException notOurs) {
          return super.loadClass(name, resolve);
        }
      }
      if (resolve) {
        resolveClass(type);
      }
      return type;
    }
  }

  /**
   * No permissions beyond the defaults: a URLClassLoader would grant each folder's FilePermission,
   * whose first use starts the JDK's security configuration (reading and parsing java.security) on
   * every run. The tool runs without a security manager, where these permissions are never asked.
   */
  @Override
  protected PermissionCollection getPermissions(CodeSource codesource) {
    return new Permissions();
  }

  @Override
  public URL getResource(String name) {
    URL own = findResource(name);
    return own != null ? own : super.getResource(name);
  }

  /** The stacks' and apps' service files are read from this loader's own entries only. */
  @Override
  public Enumeration<URL> getResources(String name) throws IOException {
    return SourceCompiler.SERVICE_FILE.equals(name) || SourceCompiler.APP_SERVICE_FILE.equals(name)
        ? findResources(name) : super.getResources(name);
  }

  private static boolean shared(String name) {
    for (String prefix : SHARED) {
      if (name.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }
}
