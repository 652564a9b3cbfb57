package io.tropo4j.deploy.cloudformation;

import io.tropo4j.core.Parameter;
import java.util.Optional;

/**
 * How an update keeps the value a parameter has now: by reference ({@code UsePreviousValue}), as
 * {@code aws cloudformation deploy} keeps every parameter it is not given. It is the one form that
 * keeps every value as it is, NoEcho values (which cannot be read back) and SSM-typed parameters (whose
 * name, not their resolved value, is the parameter's value) included. Internal.
 */
public final class PreviousValues {
  private PreviousValues() {}

  /**
   * What to send for a declared parameter the user gave no value for and the stack has now.
   *
   * @param previous the parameter as DescribeStacks reports it on the stack now
   */
  public static Optional<software.amazon.awssdk.services.cloudformation.model.Parameter> keep(Parameter<?> declared,
      software.amazon.awssdk.services.cloudformation.model.Parameter previous) {
    return Optional.of(software.amazon.awssdk.services.cloudformation.model.Parameter.builder()
        .parameterKey(declared.logicalId()).usePreviousValue(true).build());
  }
}
