package io.tropo4j.core;

/**
 * A null check whose message, made of parts, is joined only when the value is missing. Not
 * {@code Objects.requireNonNull(value, () -> ...)}: each such call site links a lambda the first time
 * it runs, work every build paid at start-up (README, Benchmarks).
 */
final class NonNull {
  private NonNull() {}

  static <T> T check(T value, String... where) {
    if (value == null) {
      throw new NullPointerException(String.join("", where));
    }
    return value;
  }
}
