package io.tropo4j.catalog;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.Enumeration;

/**
 * Loads the user's stacks over the tool's own class loader, which holds the library they are built
 * on. ServiceLoader reads the stack service files of this loader's own entries only: asking the
 * parent too would open every jar the tool carries (the AWS SDK's among them) on every run.
 */
final class StackClassLoader extends URLClassLoader {
  static {
    registerAsParallelCapable();
  }

  StackClassLoader(URL[] urls, ClassLoader parent) {
    super(urls, parent);
  }

  @Override
  public Enumeration<URL> getResources(String name) throws IOException {
    return SourceCompiler.SERVICE_FILE.equals(name) ? findResources(name) : super.getResources(name);
  }
}
