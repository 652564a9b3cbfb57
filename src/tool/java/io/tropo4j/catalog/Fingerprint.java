package io.tropo4j.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.stream.Stream;

/** What names a compile in the cache: a hash of everything the compile read. */
final class Fingerprint {
  private Fingerprint() {}

  /**
   * Everything the compile depends on: each source's path and bytes, each class path entry's files
   * with their sizes and times, the options and the compiler's version.
   */
  static String of(List<Path> sources, List<Path> classpath, List<String> options) {
    Fnv hash = new Fnv();
    try {
      for (Path source : sources) {
        hash.add(source.toString());
        hash.add(Files.readAllBytes(source));
      }
      for (Path entry : classpath) {
        hash.add(entry.toAbsolutePath().toString());
        if (Files.isDirectory(entry)) {
          try (Stream<Path> walk = Files.walk(entry)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
              stamp(hash, file);
            }
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

  private static void stamp(Fnv hash, Path file) throws IOException {
    BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
    hash.add(file + " " + attributes.size() + " " + attributes.lastModifiedTime().toMillis());
  }

  /**
   * FNV-1a in 64 bits: a cache key, not a seal. The JDK's message digests would start its security
   * providers, which on every run cost more than all the hashing.
   */
  static final class Fnv {
    private long hash = 0xcbf29ce484222325L;

    Fnv add(byte[] bytes) {
      for (byte b : bytes) {
        hash = (hash ^ (b & 0xff)) * 0x100000001b3L;
      }
      hash = (hash ^ 0xff) * 0x100000001b3L; // a separator, so that "ab","c" and "a","bc" differ
      return this;
    }

    Fnv add(String text) {
      return add(text.getBytes(StandardCharsets.UTF_8));
    }

    String hex() {
      return String.format("%016x", hash);
    }
  }
}
