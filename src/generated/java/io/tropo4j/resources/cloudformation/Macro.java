// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.cloudformation;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * The <code>AWS::CloudFormation::Macro</code> resource is a CloudFormation resource type that
 * creates a CloudFormation macro to perform custom processing on CloudFormation templates.
 *
 * <p>For more information, see <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/template-macros.html">Perform
 * custom processing on CloudFormation templates with template macros</a> in the <em>CloudFormation
 * User Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::CloudFormation::Macro}.
 */
public final class Macro extends Resource<Macro> {
  private static final Schema SCHEMA = Schema.builder("AWS::CloudFormation::Macro")
      .required("FunctionName", "Name")
      .constrain("LogGroupName", Constraint.of().format("AWS::Logs::LogGroup.Name"))
      .constrain("LogRoleARN", Constraint.of().format("AWS::IAM::Role.Arn"))
      .refYields("Id")
      .attributes("Id")
      .build();

  public Macro(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A description of the macro.
   *
   * <p>CloudFormation property {@code Description}.
   */
  public Macro description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Macro description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the underlying Lambda function that you want CloudFormation
   * to invoke when the macro is run.
   *
   * <p>Required. CloudFormation property {@code FunctionName}.
   */
  public Macro functionName(String value) {
    return set("FunctionName", Value.of(value));
  }

  /** Sets {@code FunctionName} to this value; see {@link #functionName(String)}. */
  public Macro functionName(Value<String> value) {
    return set("FunctionName", value);
  }

  /**
   * The CloudWatch Logs group to which CloudFormation sends error logging information when invoking
   * the macro's underlying Lambda function.
   *
   * <p>This will be an existing CloudWatch Logs LogGroup. Neither CloudFormation or Lambda will
   * create the group.
   *
   * <p>Format: {@code AWS::Logs::LogGroup.Name}. CloudFormation property {@code LogGroupName}.
   */
  public Macro logGroupName(String value) {
    return set("LogGroupName", Value.of(value));
  }

  /** Sets {@code LogGroupName} to this value; see {@link #logGroupName(String)}. */
  public Macro logGroupName(Value<String> value) {
    return set("LogGroupName", value);
  }

  /**
   * The ARN of the role CloudFormation should assume when sending log entries to CloudWatch Logs .
   *
   * <p>Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code LogRoleARN}.
   */
  public Macro logRoleARN(String value) {
    return set("LogRoleARN", Value.of(value));
  }

  /** Sets {@code LogRoleARN} to this value; see {@link #logRoleARN(String)}. */
  public Macro logRoleARN(Value<String> value) {
    return set("LogRoleARN", value);
  }

  /**
   * The name of the macro. The name of the macro must be unique across all macros in the account.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code Name}.
   */
  public Macro name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Macro name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * Returns a unique identifier for the resource.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }
}
