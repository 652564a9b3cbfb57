package io.tropo4j.fn;

import java.util.Objects;

/**
 * {@code Fn::GetStackOutput}: an output of another stack, read by the stack's and the output's names, in
 * this account and region or, with {@link #inRegion} and {@link #assumingRole}, in another; no export
 * is needed, and none is locked by it. CloudFormation takes it in resource properties and Outputs, alone
 * or inside Fn::Join, Fn::If, Fn::Select, Fn::Sub and Fn::Base64; validation refuses it elsewhere.
 * Immutable: each refinement is a new value.
 */
public final class GetStackOutput extends Intrinsic<String> {
  private final Value<String> stackName;
  private final Value<String> outputName;
  private final Value<String> region;
  private final Value<String> roleArn;

  GetStackOutput(Value<String> stackName, Value<String> outputName, Value<String> region, Value<String> roleArn) {
    super("Fn::GetStackOutput");
    this.stackName = Objects.requireNonNull(stackName, "stackName");
    this.outputName = Objects.requireNonNull(outputName, "outputName");
    this.region = region;
    this.roleArn = roleArn;
  }

  /** The same output of a stack in that region. */
  public GetStackOutput inRegion(String name) {
    return inRegion(Value.of(name));
  }

  public GetStackOutput inRegion(Value<String> name) {
    return new GetStackOutput(stackName, outputName, Objects.requireNonNull(name, "region"), roleArn);
  }

  /** The same output, read with that IAM role: how a stack in another account is read. */
  public GetStackOutput assumingRole(String arn) {
    return assumingRole(Value.of(arn));
  }

  public GetStackOutput assumingRole(Value<String> arn) {
    return new GetStackOutput(stackName, outputName, region, Objects.requireNonNull(arn, "roleArn"));
  }

  @Override
  public void writeArgument(Sink out) {
    out.beginObject();
    out.key("StackName");
    stackName.writeTo(out);
    out.key("OutputName");
    outputName.writeTo(out);
    if (region != null) {
      out.key("Region");
      region.writeTo(out);
    }
    if (roleArn != null) {
      out.key("RoleArn");
      roleArn.writeTo(out);
    }
    out.endObject();
  }
}
