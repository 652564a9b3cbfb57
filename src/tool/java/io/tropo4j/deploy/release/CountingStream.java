package io.tropo4j.deploy.release;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongConsumer;

/** A stream that tells how many bytes have been read of it so far, as an upload sends them. */
final class CountingStream extends FilterInputStream {
  private final LongConsumer read;
  private long count;

  CountingStream(InputStream in, LongConsumer read) {
    super(in);
    this.read = read;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      read.accept(++count);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    if (n > 0) {
      count += n;
      read.accept(count);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    long skipped = super.skip(n);
    count += skipped;
    return skipped;
  }
}
