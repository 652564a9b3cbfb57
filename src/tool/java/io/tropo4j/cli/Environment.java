package io.tropo4j.cli;

import io.tropo4j.deploy.AwsClients;
import io.tropo4j.deploy.Deployer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What a run reaches beyond its arguments: AWS, the git repository, the folder where compiled
 * stack sources are kept, and the environment variables it reads. The real one follows the SDK's settings and the working directory; tests
 * point it at a local emulator and scratch folders.
 */
public record Environment(Supplier<AwsClients> aws, Path workTree, Path stackCache, Duration pollInterval,
    Map<String, String> variables) {
  /** Parameter values, as PARAMS takes them: make passes them so, never on a command line. */
  static final String PARAMS = "TROPO4J_PARAMS";
  /** A command task's command, as COMMAND takes it ({@code db,upgrade}): make passes it so, unquoted. */
  static final String COMMAND = "TROPO4J_COMMAND";
  /** {@code make}: next steps are spelled as make targets. */
  static final String HINTS = "TROPO4J_HINTS";

  public Environment {
    variables = Map.copyOf(variables);
  }

  /** Compiled stack sources are kept under the work tree's {@code target/}, as Maven keeps its classes. */
  public Environment(Supplier<AwsClients> aws, Path workTree, Duration pollInterval) {
    this(aws, workTree, pollInterval, Map.of());
  }

  /** As the other, with these environment variables. */
  public Environment(Supplier<AwsClients> aws, Path workTree, Duration pollInterval, Map<String, String> variables) {
    this(aws, workTree, workTree.resolve("target").resolve("stack-classes"), pollInterval, variables);
  }

  /**
   * The process's own. The clients' supplier, a class of its own, and the poll interval from a
   * constant keep the deployer and the AWS SDK out of every run that never reaches AWS (templates,
   * validate, list); a lambda would keep them out too, but is linked in every run.
   */
  public static Environment system() {
    return new Environment(new ClientsFromEnvironment(), Path.of("."), cache().resolve("stack-classes"),
        Duration.ofSeconds(Deployer.POLL_SECONDS), System.getenv());
  }

  /**
   * Where compiled stack sources are kept: {@code target/} of the folder the tool runs in, as Maven keeps
   * its classes, unless the system property {@code tropo4j.cache} names another folder (the installed
   * launcher names one in the user's cache, so a run writes nothing where it is run but what was asked).
   */
  private static Path cache() {
    String cache = System.getProperty("tropo4j.cache");
    return cache == null || cache.isEmpty() ? Path.of("target") : Path.of(cache);
  }

  private static final class ClientsFromEnvironment implements Supplier<AwsClients> {
    @Override
    public AwsClients get() {
      return AwsClients.fromEnvironment();
    }
  }

  String variable(String name) {
    return variables.get(name);
  }
}
