package io.tropo4j.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/** What names a compile in the cache: a hash of everything the compile read. */
final class Fingerprint {
  private Fingerprint() {}

  /**
   * Everything the compile depends on: each source's path and bytes, each class path entry's files
   * with their sizes and times, the options and the compiler's version.
   */
  static String of(List<Path> sources, List<Path> classpath, List<String> options) {
    Hash hash = new Hash();
    try {
      for (Path source : sources) {
        hash.add(source.toString());
        hash.add(Files.readAllBytes(source));
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
    hash.add(System.getProperty("java.version"));
    return hash.hex();
  }

  private static void stamp(Hash hash, Path file) throws IOException {
    BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
    hash.add(file + " " + attributes.size() + " " + attributes.lastModifiedTime().toMillis());
  }

  /**
   * CRC-32C and CRC-32 side by side, 64 bits: a cache key, not a seal. Both run as the JVM's
   * built-in routines even before any of our code is compiled, where a byte loop of our own ran
   * interpreted over every source on every run; the JDK's message digests would start its security
   * providers, which cost more than all the hashing.
   */
  static final class Hash {
    private final CRC32C low = new CRC32C();
    private final CRC32 high = new CRC32();

    Hash add(byte[] bytes) {
      low.update(bytes);
      high.update(bytes);
      // the length after the bytes, so that "ab","c" and "a","bc" differ
      int length = bytes.length;
      for (int shift = 0; shift < 32; shift += 8) {
        low.update(length >>> shift);
        high.update(length >>> shift);
      }
      return this;
    }

    Hash add(String text) {
      return add(text.getBytes(StandardCharsets.UTF_8));
    }

    /** 16 hexadecimal digits (not String.format, whose first use costs milliseconds). */
    String hex() {
      String digits = Long.toHexString(high.getValue() << 32 | low.getValue());
      return "0".repeat(16 - digits.length()) + digits;
    }
  }
}
