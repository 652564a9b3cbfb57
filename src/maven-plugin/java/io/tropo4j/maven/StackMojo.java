package io.tropo4j.maven;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * A goal on one deployed stack. AWS settings are the SDK's own (AWS_PROFILE, AWS_REGION, the credentials
 * chain, AWS_ENDPOINT_URL); parameter values come from the environment variable TROPO4J_PARAMS
 * ({@code Key=Value Key2=Value2}), or a parameters file, never the pom, where a secret would be kept.
 */
abstract class StackMojo extends ToolMojo {
  /** The stack, by the name it has in the project's catalog. */
  @Parameter(property = "tropo4j.stack", required = true)
  String stack;

  /** Its name in CloudFormation (default: the stack's). */
  @Parameter(property = "tropo4j.stackName")
  String stackName;

  /** CloudFormation's parameters-file JSON (relative to the project's folder). */
  @Parameter(property = "tropo4j.paramsFile")
  File paramsFile;

  /** Release this commit (id, tag, branch; default HEAD). */
  @Parameter(property = "tropo4j.commit")
  String commit;

  /** Release HEAD although what the release carries has uncommitted changes. */
  @Parameter(property = "tropo4j.allowDirty", defaultValue = "false")
  boolean allowDirty;

  /** Resources holding data that this update may replace or remove, for this update only. */
  @Parameter(property = "tropo4j.allowReplace")
  List<String> allowReplace;

  /** An update that also puts back what drifted. */
  @Parameter(property = "tropo4j.revertDrift", defaultValue = "false")
  boolean revertDrift;

  /** CloudFormation's express mode. */
  @Parameter(property = "tropo4j.express", defaultValue = "false")
  boolean express;

  /** Minutes to wait for AWS before giving up waiting (CloudFormation goes on). */
  @Parameter(property = "tropo4j.timeout", defaultValue = "60")
  int timeout;

  @Override
  List<String> arguments() {
    List<String> args = new ArrayList<>(List.of(stack, "--timeout", String.valueOf(timeout)));
    if (stackName != null) {
      args.addAll(List.of("--stack-name", stackName));
    }
    if (paramsFile != null) {
      args.addAll(List.of("--params-file", paramsFile.getPath()));
    }
    if (commit != null) {
      args.addAll(List.of("--commit", commit));
    }
    if (allowDirty) {
      args.add("--allow-dirty");
    }
    if (allowReplace != null && !allowReplace.isEmpty()) {
      args.addAll(List.of("--allow-replace", String.join(",", allowReplace)));
    }
    if (revertDrift) {
      args.add("--revert-drift");
    }
    if (express) {
      args.add("--express");
    }
    return args;
  }
}
