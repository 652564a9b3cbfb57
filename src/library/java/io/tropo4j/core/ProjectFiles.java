package io.tropo4j.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Files that travel with a stack ({@code userdata/}, {@code functions/}), read from the class path.
 * The thread's context loader is asked first: a tool that loads stacks with a loader of their own
 * sets it while a stack builds, so the files come from the stack's jar or source folder.
 */
final class ProjectFiles {
  private ProjectFiles() {}

  /** The file's text; {@code what} names it in the error when it is missing ("boot script"). */
  static String read(String path, String what) {
    try (InputStream in = open(path)) {
      if (in == null) {
        throw new IllegalArgumentException("no " + what + " " + path + " in the project");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }

  private static InputStream open(String path) {
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    InputStream in = context == null ? null : context.getResourceAsStream(path);
    return in != null ? in : ProjectFiles.class.getClassLoader().getResourceAsStream(path);
  }
}
