package io.tropo4j.cli;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * A stream whose lines go to another stream each whole and prefixed ({@code site-app-site    | }), so that stacks
 * deployed at the same time print into one terminal without their lines running into each other.
 */
final class PrefixedLines extends OutputStream {
  private final PrintStream target;
  private final byte[] prefix;
  private byte[] line = new byte[256];
  private int length;

  private PrefixedLines(PrintStream target, String prefix) {
    this.target = target;
    this.prefix = prefix.getBytes(StandardCharsets.UTF_8);
  }

  /** A print stream whose every line reaches {@code target} after {@code prefix}. */
  static PrintStream of(PrintStream target, String prefix) {
    return new PrintStream(new PrefixedLines(target, prefix), true, StandardCharsets.UTF_8);
  }

  @Override
  public synchronized void write(int b) {
    if (length == line.length) {
      line = java.util.Arrays.copyOf(line, line.length * 2);
    }
    line[length++] = (byte) b;
    if (b == '\n') {
      emit();
    }
  }

  @Override
  public synchronized void flush() {
    // A partial line waits for its end: written now, another stack's line could come between its halves.
  }

  @Override
  public synchronized void close() {
    if (length > 0) {
      write('\n');
    }
  }

  private void emit() {
    synchronized (target) {
      target.write(prefix, 0, prefix.length);
      target.write(line, 0, length);
      target.flush();
    }
    length = 0;
  }
}
