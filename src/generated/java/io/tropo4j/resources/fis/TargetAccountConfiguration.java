// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.fis;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * Creates a target account configuration for the experiment template. A target account
 * configuration is required when <code>accountTargeting</code> of <code>experimentOptions</code> is
 * set to <code>multi-account</code> . For more information, see <a
 * href="https://docs.aws.amazon.com/fis/latest/userguide/experiment-options.html">experiment
 * options</a> in the <em>AWS Fault Injection Service User Guide</em> .
 *
 * <p>CloudFormation type {@code AWS::FIS::TargetAccountConfiguration}.
 */
public final class TargetAccountConfiguration extends Resource<TargetAccountConfiguration> {
  private static final Schema SCHEMA = Schema.builder("AWS::FIS::TargetAccountConfiguration")
      .required("AccountId", "ExperimentTemplateId", "RoleArn")
      .constrain("AccountId", Constraint.of().pattern("^[\\S]+$").minLength(12).maxLength(512))
      .constrain("Description", Constraint.of().pattern("^[\\s\\S]*$").minLength(0).maxLength(512))
      .constrain("ExperimentTemplateId", Constraint.of().pattern("^[\\S]+$").minLength(0).maxLength(64))
      .constrain("RoleArn", Constraint.of().pattern("^[\\S]+$").minLength(20).maxLength(1224).format("AWS::IAM::Role.Arn"))
      .build();

  public TargetAccountConfiguration(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The AWS account ID of the target account.
   *
   * <p>Required. Changing it replaces the resource. Length: 12 to 512 characters. Pattern: {@code
   * ^[&#92;S]+$}. CloudFormation property {@code AccountId}.
   */
  public TargetAccountConfiguration accountId(String value) {
    return set("AccountId", Value.of(value));
  }

  /** Sets {@code AccountId} to this value; see {@link #accountId(String)}. */
  public TargetAccountConfiguration accountId(Value<String> value) {
    return set("AccountId", value);
  }

  /**
   * The description of the target account.
   *
   * <p>Length: 0 to 512 characters. Pattern: {@code ^[&#92;s&#92;S]*$}. CloudFormation property
   * {@code Description}.
   */
  public TargetAccountConfiguration description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public TargetAccountConfiguration description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The ID of the experiment template.
   *
   * <p>Required. Changing it replaces the resource. Length: 0 to 64 characters. Pattern: {@code
   * ^[&#92;S]+$}. CloudFormation property {@code ExperimentTemplateId}.
   */
  public TargetAccountConfiguration experimentTemplateId(String value) {
    return set("ExperimentTemplateId", Value.of(value));
  }

  /** Sets {@code ExperimentTemplateId} to this value; see {@link #experimentTemplateId(String)}. */
  public TargetAccountConfiguration experimentTemplateId(Value<String> value) {
    return set("ExperimentTemplateId", value);
  }

  /**
   * The Amazon Resource Name (ARN) of an IAM role for the target account.
   *
   * <p>Required. Length: 20 to 1224 characters. Pattern: {@code ^[&#92;S]+$}. Format: {@code
   * AWS::IAM::Role.Arn}. CloudFormation property {@code RoleArn}.
   */
  public TargetAccountConfiguration roleArn(String value) {
    return set("RoleArn", Value.of(value));
  }

  /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
  public TargetAccountConfiguration roleArn(Value<String> value) {
    return set("RoleArn", value);
  }
}
