package io.tropo4j.maven;

import org.apache.maven.plugins.annotations.Execute;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** What an update of the deployed stack would change, value by value; changes nothing. */
@Execute(phase = LifecyclePhase.PROCESS_CLASSES)
@Mojo(name = "diff", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class DiffMojo extends StackMojo {
  /** Fail the build when the stack differs, as a CI gate. */
  @Parameter(property = "tropo4j.failOnDifference", defaultValue = "false")
  boolean failOnDifference;

  @Override
  String command() {
    return "diff";
  }

  @Override
  String failure(int status) {
    if (status == 2) {
      return failOnDifference ? "stack " + stack + " differs from the project's template" : null;
    }
    return "tropo4j diff failed: see above";
  }
}
