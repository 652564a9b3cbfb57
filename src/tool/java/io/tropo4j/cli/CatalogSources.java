package io.tropo4j.cli;

import io.tropo4j.catalog.Catalog;
import io.tropo4j.catalog.CatalogException;
import io.tropo4j.catalog.CatalogLoader;
import io.tropo4j.core.Stack;
import io.tropo4j.deploy.DeployException;
import io.tropo4j.deploy.StackSources;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A stack compiled from a folder of sources, as a commit has them: the commit's files are written
 * under {@code target/releases/<commit>/} and compiled against this library as {@code --stacks}
 * compiles the work tree's, with that folder standing for the working directory (its
 * {@code userdata/} and {@code functions/}).
 */
final class CatalogSources implements StackSources {
  /** The folders besides the source folder whose files stacks read: the working directory's. */
  private final Path workTree;
  private final Path sourceFolder;
  private final List<Path> classpath;
  private final Path releasesFolder;

  /**
   * @param workTree the folder the paths are relative to, the working directory
   * @param sourceFolder the folder the stack was compiled from, as given to --stacks
   * @param releasesFolder where commits' files are written and compiled
   */
  CatalogSources(Path workTree, Path sourceFolder, List<Path> classpath, Path releasesFolder) {
    this.workTree = workTree;
    this.sourceFolder = sourceFolder;
    this.classpath = classpath;
    this.releasesFolder = releasesFolder;
  }

  @Override
  public List<String> paths() {
    List<String> paths = new ArrayList<>();
    paths.add(sourceFolder.normalize().toString());
    for (String folder : CatalogLoader.SHARED_FOLDERS) {
      if (Files.isDirectory(workTree.resolve(folder))) {
        paths.add(folder);
      }
    }
    return paths;
  }

  @Override
  public Stack build(String stackName, String commitId, String folderInRepository, Map<String, byte[]> files) {
    Path root = releasesFolder.resolve(commitId);
    try {
      for (Map.Entry<String, byte[]> file : files.entrySet()) {
        Path target = root.resolve(file.getKey());
        Files.createDirectories(target.getParent());
        Files.write(target, file.getValue());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("writing the stack sources of commit " + commitId + " to " + root, e);
    }
    String shortId = commitId.substring(0, 12);
    Path folder = root.resolve(folderInRepository);
    if (!Files.isDirectory(folder)) {
      throw new DeployException("commit " + shortId + " has no " + sourceFolder + ", so it has no stack " + stackName);
    }
    Catalog catalog;
    try {
      catalog = new CatalogLoader(root.resolve("classes"), warnings -> { })
          .load(List.of(), classpath, List.of(folder), root);
    } catch (CatalogException e) {
      throw new DeployException("the stack sources of commit " + shortId + " do not compile against this library: "
          + e.getMessage());
    }
    Optional<Stack> stack = catalog.find(stackName);
    return stack.orElseThrow(() -> new DeployException("commit " + shortId + " has no stack " + stackName
        + " in " + sourceFolder + " (its stacks: " + String.join(", ", catalog.names()) + ")"));
  }
}
