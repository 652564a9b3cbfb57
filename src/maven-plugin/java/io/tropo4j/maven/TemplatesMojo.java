package io.tropo4j.maven;

import java.io.File;
import java.util.List;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** Writes each of the project's stacks' templates, JSON and YAML, to target/cloudformation/. */
@Mojo(name = "templates", defaultPhase = LifecyclePhase.PACKAGE, requiresDependencyResolution = ResolutionScope.RUNTIME,
    threadSafe = true)
public class TemplatesMojo extends ToolMojo {
  /** Where the templates go. */
  @Parameter(property = "tropo4j.out", defaultValue = "${project.build.directory}/cloudformation")
  File out;

  /** json, yaml or both. */
  @Parameter(property = "tropo4j.format", defaultValue = "both")
  String format;

  @Override
  String command() {
    return "templates";
  }

  @Override
  List<String> arguments() {
    return List.of("--out", out.getPath(), "--format", format);
  }

  @Override
  String failure(int status) {
    return "tropo4j templates failed: see the problems above";
  }
}
