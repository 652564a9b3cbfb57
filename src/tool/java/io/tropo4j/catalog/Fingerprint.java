package io.tropo4j.catalog;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.zip.Adler32;
import java.util.zip.CRC32;

/** What names a compile in the cache: a hash of everything the compile read. */
final class Fingerprint {
  private Fingerprint() {}

  /**
   * Everything the compile depends on: each source's path and bytes, each class path entry's files
   * with their sizes and times, and the options, the release the classes are for among them (not the
   * compiler's version: any JDK's compiler makes classes of that release that every later JDK runs).
   */
  static String of(List<Path> sources, List<Path> classpath, List<String> options) {
    Hash hash = new Hash();
    try {
      for (Path source : sources) {
        hash.add(source.toString());
        hash.add(read(source));
      }
      for (Path entry : classpath) {
        hash.add(entry.toAbsolutePath().toString());
        if (Files.isDirectory(entry)) {
          for (Path file : SourceCompiler.files(entry, "")) {
            stamp(hash, file);
          }
        } else if (Files.exists(entry)) {
          stamp(hash, entry);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading the stack sources", e);
    }
    hash.add(String.join(" ", options));
    return hash.hex();
  }

  /**
   * A file's bytes through a FileInputStream: Files.readAllBytes goes through the channel
   * machinery, which took several times as long for a run's first files, all interpreted.
   */
  private static byte[] read(Path file) throws IOException {
    try (InputStream in = new FileInputStream(file.toFile())) {
      return in.readAllBytes();
    }
  }

  private static void stamp(Hash hash, Path file) throws IOException {
    BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
    hash.add(file + " " + attributes.size() + " " + attributes.lastModifiedTime().toMillis());
  }

  /**
   * CRC-32 and Adler-32 side by side, 64 bits: a cache key, not a seal. Both are native routines of
   * the JDK, as fast before any of our code is compiled as after; a byte loop of our own (FNV-1a)
   * ran interpreted over every source on every run, and so does the JDK's CRC-32C, written in Java.
   * The JDK's message digests would start its security providers, which cost more than all the
   * hashing.
   */
  static final class Hash {
    private final CRC32 crc = new CRC32();
    private final Adler32 adler = new Adler32();

    Hash add(byte[] bytes) {
      crc.update(bytes);
      adler.update(bytes);
      // the length after the bytes, so that "ab","c" and "a","bc" differ
      byte[] length = {(byte) (bytes.length >>> 24), (byte) (bytes.length >>> 16), (byte) (bytes.length >>> 8),
          (byte) bytes.length};
      crc.update(length);
      adler.update(length);
      return this;
    }

    Hash add(String text) {
      return add(text.getBytes(StandardCharsets.UTF_8));
    }

    /** 16 hexadecimal digits (not String.format, whose first use costs milliseconds). */
    String hex() {
      String digits = Long.toHexString(crc.getValue() << 32 | adler.getValue());
      return "0".repeat(16 - digits.length()) + digits;
    }
  }
}
