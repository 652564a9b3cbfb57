package io.tropo4j.maven;

import io.tropo4j.catalog.Catalog;
import io.tropo4j.cli.Environment;
import io.tropo4j.cli.Main;
import io.tropo4j.deploy.AwsClients;
import io.tropo4j.deploy.Deployer;
import java.io.File;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * What the goals share: the project's runtime class path, where its stacks are (its compiled classes
 * and its dependencies, among them the tropo4j library), and one call of the tool's command line in
 * process, its lines sent to Maven's log as they come.
 */
abstract class ToolMojo extends AbstractMojo {
  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  MavenProject project;

  @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
  PluginDescriptor plugin;

  /** Skips the goal. */
  @Parameter(property = "tropo4j.skip", defaultValue = "false")
  boolean skip;

  /** The tool's arguments, after the command; the class path is added. */
  abstract List<String> arguments();

  /** The tool's command: templates, validate, diff, create, update, ... */
  abstract String command();

  /** What the build says when the command fails (exit 1), or differs (exit 2 of diff). */
  abstract String failure(int status);

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("tropo4j " + command() + " skipped");
      return;
    }
    List<String> args = new ArrayList<>();
    args.add(command());
    args.addAll(arguments());
    args.add("--classpath");
    args.add(String.join(File.pathSeparator, classpath()));
    requireSameLibrary();
    int status;
    // The project's own folder is the work tree (its git repository, a parameters file), wherever Maven runs.
    Environment environment = new Environment(new ClientsFromEnvironment(), project.getBasedir().toPath(),
        Path.of(project.getBuild().getDirectory(), "stack-classes"), Deployer.POLL_INTERVAL, System.getenv());
    try (PrintStream out = lines(getLog()::info); PrintStream err = lines(getLog()::error)) {
      status = Main.run(args.toArray(String[]::new), new Catalog(List.of()), environment, out, err);
    }
    String failed = status == 0 ? null : failure(status);
    if (failed != null) {
      throw new MojoFailureException(failed);
    }
  }

  /**
   * The project's stacks run on the plugin's tropo4j library (its classes come first): one of another
   * version would build other templates than the project's own tests saw.
   */
  private void requireSameLibrary() throws MojoExecutionException {
    for (Artifact artifact : project.getArtifacts()) {
      if (artifact.getGroupId().equals("io.tropo4j") && artifact.getArtifactId().equals("tropo4j")
          && !artifact.getBaseVersion().equals(plugin.getVersion())) {
        throw new MojoExecutionException("the project depends on tropo4j " + artifact.getBaseVersion()
            + " and the plugin is tropo4j-maven-plugin " + plugin.getVersion() + ": give both one version");
      }
    }
  }

  /** The AWS clients of the SDK's own settings, made only when a goal reaches AWS. */
  private static final class ClientsFromEnvironment implements Supplier<AwsClients> {
    @Override
    public AwsClients get() {
      return AwsClients.fromEnvironment();
    }
  }

  private List<String> classpath() throws MojoExecutionException {
    try {
      return project.getRuntimeClasspathElements();
    } catch (DependencyResolutionRequiredException e) {
      throw new MojoExecutionException("the project's class path is not resolved: " + e.getMessage(), e);
    }
  }

  /** A stream that hands each line to the log as it ends. */
  private static PrintStream lines(Consumer<String> log) {
    return new PrintStream(new OutputStream() {
      private final java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();

      @Override
      public void write(int b) {
        if (b == '\n') {
          flush();
        } else {
          line.write(b);
        }
      }

      @Override
      public void flush() {
        if (line.size() > 0) {
          log.accept(line.toString(StandardCharsets.UTF_8));
          line.reset();
        }
      }

      @Override
      public void close() {
        flush();
      }
    }, true, StandardCharsets.UTF_8);
  }
}
