package io.tropo4j.cli;

import io.tropo4j.deploy.AwsClients;
import io.tropo4j.deploy.Deployer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * What a run reaches beyond its arguments: AWS, the git repository, and the folder where compiled
 * stack sources are kept. The real one follows the SDK's settings and the working directory; tests
 * point it at a local emulator and scratch folders.
 */
public record Environment(Supplier<AwsClients> aws, Path workTree, Path stackCache, Duration pollInterval) {
  /** Compiled stack sources are kept under the work tree's {@code target/}, as Maven keeps its classes. */
  public Environment(Supplier<AwsClients> aws, Path workTree, Duration pollInterval) {
    this(aws, workTree, workTree.resolve("target").resolve("stack-classes"), pollInterval);
  }

  public static Environment system() {
    return new Environment(AwsClients::fromEnvironment, Path.of("."), Path.of("target", "stack-classes"),
        Deployer.POLL_INTERVAL);
  }
}
