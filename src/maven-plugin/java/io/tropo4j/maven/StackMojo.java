package io.tropo4j.maven;

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

  /** CloudFormation's parameters-file JSON. */
  @Parameter(property = "tropo4j.paramsFile")
  String paramsFile;

  @Override
  List<String> arguments() {
    List<String> args = new ArrayList<>(List.of(stack));
    if (stackName != null) {
      args.addAll(List.of("--stack-name", stackName));
    }
    if (paramsFile != null) {
      args.addAll(List.of("--params-file", paramsFile));
    }
    return args;
  }
}
