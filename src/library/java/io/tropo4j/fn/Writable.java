package io.tropo4j.fn;

/**
 * Anything that writes itself to a {@link Sink}: a value, a template. The writers take one, so a
 * template is passed as it is rather than as a method reference, whose lambda would be linked at
 * start-up.
 */
@FunctionalInterface
public interface Writable {
  void writeTo(Sink out);
}
