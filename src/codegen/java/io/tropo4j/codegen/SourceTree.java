package io.tropo4j.codegen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The generated source root on disk. A file is rewritten only when its bytes change, so builds and
 * editors see no change where there is none; files the generator no longer makes are deleted.
 */
final class SourceTree {
  /** What a write did. */
  record Summary(int written, int unchanged, int deleted) {}

  private final Path root;

  SourceTree(Path root) {
    this.root = root;
  }

  Summary write(List<GeneratedFile> files) throws IOException {
    int written = 0;
    int unchanged = 0;
    Set<Path> kept = new HashSet<>();
    for (GeneratedFile file : files) {
      Path path = root.resolve(file.path());
      kept.add(path);
      byte[] bytes = file.content().getBytes(StandardCharsets.UTF_8);
      if (Files.exists(path) && Arrays.equals(Files.readAllBytes(path), bytes)) {
        unchanged++;
        continue;
      }
      Files.createDirectories(path.getParent());
      Path temporary = path.resolveSibling(path.getFileName() + ".tmp");
      Files.write(temporary, bytes);
      Files.move(temporary, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      written++;
    }
    int deleted = 0;
    for (Path stale : javaFiles().stream().filter(p -> !kept.contains(p)).toList()) {
      Files.delete(stale);
      deleted++;
    }
    deleteEmptyDirectories();
    return new Summary(written, unchanged, deleted);
  }

  /** Every {@code .java} file under the root. */
  List<Path> javaFiles() throws IOException {
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
  }

  private void deleteEmptyDirectories() throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      walk.sorted((a, b) -> b.getNameCount() - a.getNameCount()).filter(Files::isDirectory)
          .filter(dir -> !dir.equals(root)).forEach(dir -> {
            try (Stream<Path> children = Files.list(dir)) {
              if (children.findAny().isEmpty()) {
                Files.delete(dir);
              }
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
    }
  }
}
