package io.tropo4j.deploy;

import io.tropo4j.core.Stack;
import java.util.List;
import java.util.Map;

/**
 * Where a stack's own sources are in the git repository, and how to build the stack from them as a
 * commit has them: what makes a release whole, the stack of commit X with the application of commit
 * X. The command line compiles them as {@code --stacks} does; a program that has its stacks compiled
 * already passes none.
 */
public interface StackSources {
  /**
   * The folders of the work tree the stack is built from, relative to the request's work tree: its
   * source folder first, then the folders of boot scripts and function files it reads. A stack whose
   * source folder is not in the git repository is not released by commit.
   */
  List<String> paths();

  /**
   * The stack of that name built from these files.
   *
   * @param commitId the commit the files are from
   * @param sourceFolder the source folder ({@code paths().get(0)}) as a path from the repository's top
   * @param files every file of {@link #paths()} in the commit, by its path from the repository's top
   * @throws DeployException when they do not compile, or hold no stack of that name
   */
  Stack build(String stackName, String commitId, String sourceFolder, Map<String, byte[]> files);
}
