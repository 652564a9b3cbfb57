package io.tropo4j.core;

/**
 * One thing wrong with a template: where (a path such as {@code Resources.Web.Properties.MaxSize})
 * and what.
 */
public record Problem(String path, String message) implements Comparable<Problem> {
  @Override
  public String toString() {
    return path + ": " + message;
  }

  @Override
  public int compareTo(Problem other) {
    int byPath = path.compareTo(other.path);
    return byPath != 0 ? byPath : message.compareTo(other.message);
  }
}
