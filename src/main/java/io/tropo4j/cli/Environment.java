package io.tropo4j.cli;

import io.tropo4j.deploy.AwsClients;
import io.tropo4j.deploy.Deployer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * Where the deploy commands reach AWS and find the repository. The real one follows the SDK's
 * settings and the working directory; tests point it at a local emulator and a scratch repository.
 */
public record Environment(Supplier<AwsClients> aws, Path workTree, Duration pollInterval) {
  public static Environment system() {
    return new Environment(AwsClients::fromEnvironment, Path.of("."), Deployer.POLL_INTERVAL);
  }
}
