package io.tropo4j.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Creates or updates the stack through a change set, as {@code tropo4j create} and {@code update} do:
 * progress in the log, the change set shown before it runs, the stack's safeguards kept.
 */
@Execute(phase = LifecyclePhase.PROCESS_CLASSES)
@Mojo(name = "deploy", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class DeployMojo extends StackMojo {
  /** create (the first time) or update. */
  @Parameter(property = "tropo4j.action", defaultValue = "update")
  String action;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (!action.equals("create") && !action.equals("update")) {
      throw new MojoFailureException("tropo4j.action is create or update, not '" + action + "'");
    }
    super.execute();
  }

  @Override
  String command() {
    return action;
  }

  @Override
  String failure(int status) {
    return "tropo4j " + action + " of stack " + stack + " failed: see above";
  }
}
