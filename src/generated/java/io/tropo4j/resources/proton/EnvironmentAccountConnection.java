// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.proton;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Detailed data of an AWS Proton environment account connection resource.
 *
 * <p>CloudFormation type {@code AWS::Proton::EnvironmentAccountConnection}.
 */
public final class EnvironmentAccountConnection extends Resource<EnvironmentAccountConnection> {
  private static final Schema SCHEMA = Schema.builder("AWS::Proton::EnvironmentAccountConnection")
      .constrain("CodebuildRoleArn", Constraint.of().pattern("^arn:(aws|aws-cn|aws-us-gov):iam::\\d{12}:role/([\\w+=,.@-]{1,512}[/:])*([\\w+=,.@-]{1,64})$").minLength(1).maxLength(200).format("AWS::IAM::Role.Arn"))
      .constrain("ComponentRoleArn", Constraint.of().pattern("^arn:(aws|aws-cn|aws-us-gov):iam::\\d{12}:role/([\\w+=,.@-]{1,512}[/:])*([\\w+=,.@-]{1,64})$").minLength(1).maxLength(200).format("AWS::IAM::Role.Arn"))
      .constrain("EnvironmentAccountId", Constraint.of().pattern("^\\d{12}$"))
      .constrain("EnvironmentName", Constraint.of().pattern("^[0-9A-Za-z]+[0-9A-Za-z_\\-]*$").minLength(1).maxLength(100))
      .constrain("ManagementAccountId", Constraint.of().pattern("^\\d{12}$"))
      .constrain("RoleArn", Constraint.of().pattern("^arn:(aws|aws-cn|aws-us-gov):iam::\\d{12}:role/([\\w+=,.@-]{1,512}[/:])*([\\w+=,.@-]{1,64})$").minLength(1).maxLength(200).format("AWS::IAM::Role.Arn"))
      .refYields("Arn")
      .attributes("Arn", "Id", "Status")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public EnvironmentAccountConnection(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The Amazon Resource Name (ARN) of an IAM service role in the environment account. AWS Proton
   * uses this role to provision infrastructure resources using CodeBuild-based provisioning in the
   * associated environment account.
   *
   * <p>Length: 1 to 200 characters. Pattern: {@code
   * ^arn:(aws|aws-cn|aws-us-gov):iam::&#92;d{12}:role/([&#92;w+=,.&#64;-]{1,512}[/:])*([&#92;w+=,.&#64;-]{1,64})$}.
   * Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code CodebuildRoleArn}.
   */
  public EnvironmentAccountConnection codebuildRoleArn(String value) {
    return set("CodebuildRoleArn", Value.of(value));
  }

  /** Sets {@code CodebuildRoleArn} to this value; see {@link #codebuildRoleArn(String)}. */
  public EnvironmentAccountConnection codebuildRoleArn(Value<String> value) {
    return set("CodebuildRoleArn", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the IAM service role that AWS Proton uses when provisioning
   * directly defined components in the associated environment account. It determines the scope of
   * infrastructure that a component can provision in the account.
   *
   * <p>The environment account connection must have a <code>componentRoleArn</code> to allow
   * directly defined components to be associated with any environments running in the account.
   *
   * <p>For more information about components, see <a
   * href="https://docs.aws.amazon.com/proton/latest/userguide/ag-components.html">AWS Proton
   * components</a> in the <em>AWS Proton User Guide</em> .
   *
   * <p>Length: 1 to 200 characters. Pattern: {@code
   * ^arn:(aws|aws-cn|aws-us-gov):iam::&#92;d{12}:role/([&#92;w+=,.&#64;-]{1,512}[/:])*([&#92;w+=,.&#64;-]{1,64})$}.
   * Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code ComponentRoleArn}.
   */
  public EnvironmentAccountConnection componentRoleArn(String value) {
    return set("ComponentRoleArn", Value.of(value));
  }

  /** Sets {@code ComponentRoleArn} to this value; see {@link #componentRoleArn(String)}. */
  public EnvironmentAccountConnection componentRoleArn(Value<String> value) {
    return set("ComponentRoleArn", value);
  }

  /**
   * The environment account that's connected to the environment account connection.
   *
   * <p>Pattern: {@code ^&#92;d{12}$}. CloudFormation property {@code EnvironmentAccountId}.
   */
  public EnvironmentAccountConnection environmentAccountId(String value) {
    return set("EnvironmentAccountId", Value.of(value));
  }

  /** Sets {@code EnvironmentAccountId} to this value; see {@link #environmentAccountId(String)}. */
  public EnvironmentAccountConnection environmentAccountId(Value<String> value) {
    return set("EnvironmentAccountId", value);
  }

  /**
   * The name of the environment that's associated with the environment account connection.
   *
   * <p>Length: 1 to 100 characters. Pattern: {@code ^[0-9A-Za-z]+[0-9A-Za-z_&#92;-]*$}.
   * CloudFormation property {@code EnvironmentName}.
   */
  public EnvironmentAccountConnection environmentName(String value) {
    return set("EnvironmentName", Value.of(value));
  }

  /** Sets {@code EnvironmentName} to this value; see {@link #environmentName(String)}. */
  public EnvironmentAccountConnection environmentName(Value<String> value) {
    return set("EnvironmentName", value);
  }

  /**
   * The ID of the management account that's connected to the environment account connection.
   *
   * <p>Pattern: {@code ^&#92;d{12}$}. CloudFormation property {@code ManagementAccountId}.
   */
  public EnvironmentAccountConnection managementAccountId(String value) {
    return set("ManagementAccountId", Value.of(value));
  }

  /** Sets {@code ManagementAccountId} to this value; see {@link #managementAccountId(String)}. */
  public EnvironmentAccountConnection managementAccountId(Value<String> value) {
    return set("ManagementAccountId", value);
  }

  /**
   * The IAM service role that's associated with the environment account connection.
   *
   * <p>Length: 1 to 200 characters. Pattern: {@code
   * ^arn:(aws|aws-cn|aws-us-gov):iam::&#92;d{12}:role/([&#92;w+=,.&#64;-]{1,512}[/:])*([&#92;w+=,.&#64;-]{1,64})$}.
   * Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code RoleArn}.
   */
  public EnvironmentAccountConnection roleArn(String value) {
    return set("RoleArn", Value.of(value));
  }

  /** Sets {@code RoleArn} to this value; see {@link #roleArn(String)}. */
  public EnvironmentAccountConnection roleArn(Value<String> value) {
    return set("RoleArn", value);
  }

  /**
   * An optional list of metadata items that you can associate with the AWS Proton environment
   * account connection. A tag is a key-value pair.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/proton/latest/userguide/resources.html">AWS Proton resources
   * and tagging</a> in the <em>AWS Proton User Guide</em> .
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public EnvironmentAccountConnection tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public EnvironmentAccountConnection tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public EnvironmentAccountConnection tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * Returns the environment account connection ARN.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * Returns the environment account connection ID.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * Returns the environment account connection status.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }
}
