package io.tropo4j.maven;

import java.util.List;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** Builds and checks every stack of the project; fails the build listing every problem of every stack. */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.PROCESS_CLASSES,
    requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class ValidateMojo extends ToolMojo {
  @Override
  String command() {
    return "validate";
  }

  @Override
  List<String> arguments() {
    return List.of();
  }

  @Override
  String failure(int status) {
    return "tropo4j validate: the stacks have problems, listed above";
  }
}
