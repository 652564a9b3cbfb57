// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.codeconnections;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * A resource that is used to connect third-party source providers with services like CodePipeline.
 *
 * <p>Note: A connection created through CloudFormation , the CLI, or the SDK is in
 * <code>PENDING</code> status by default. You can make its status <code>AVAILABLE</code> by
 * updating the connection in the console.
 *
 * <p>CloudFormation type {@code AWS::CodeConnections::Connection}.
 */
public final class Connection extends Resource<Connection> {
  private static final Schema SCHEMA = Schema.builder("AWS::CodeConnections::Connection")
      .required("ConnectionName")
      .constrain("ConnectionName", Constraint.of().pattern("^[\\s\\S]*$").minLength(1).maxLength(32))
      .constrain("HostArn", Constraint.of().pattern("arn:aws(-[\\w]+)*:.+:.+:[0-9]{12}:.+").minLength(0).maxLength(256))
      .allowed("ProviderType", "AzureDevOps", "Bitbucket", "GitHub", "GitHubEnterpriseServer",
          "GitLab", "GitLabSelfManaged")
      .refYields("ConnectionArn")
      .attributes("ConnectionArn", "ConnectionStatus", "OwnerAccountId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Connection(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The name of the connection. Connection names must be unique in an AWS account .
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 32 characters. Pattern: {@code
   * ^[&#92;s&#92;S]*$}. CloudFormation property {@code ConnectionName}.
   */
  public Connection connectionName(String value) {
    return set("ConnectionName", Value.of(value));
  }

  /** Sets {@code ConnectionName} to this value; see {@link #connectionName(String)}. */
  public Connection connectionName(Value<String> value) {
    return set("ConnectionName", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the host associated with the connection.
   *
   * <p>Changing it replaces the resource. Length: 0 to 256 characters. Pattern: {@code
   * arn:aws(-[&#92;w]+)*:.+:.+:[0-9]{12}:.+}. CloudFormation property {@code HostArn}.
   */
  public Connection hostArn(String value) {
    return set("HostArn", Value.of(value));
  }

  /** Sets {@code HostArn} to this value; see {@link #hostArn(String)}. */
  public Connection hostArn(Value<String> value) {
    return set("HostArn", value);
  }

  /**
   * The name of the external provider where your third-party code repository is configured.
   *
   * <p>Changing it replaces the resource. Allowed values: {@code AzureDevOps}, {@code Bitbucket},
   * {@code GitHub}, {@code GitHubEnterpriseServer}, {@code GitLab}, {@code GitLabSelfManaged}.
   * CloudFormation property {@code ProviderType}.
   */
  public Connection providerType(String value) {
    return set("ProviderType", Value.of(value));
  }

  /** Sets {@code ProviderType} to this value; see {@link #providerType(String)}. */
  public Connection providerType(Value<String> value) {
    return set("ProviderType", value);
  }

  /**
   * Specifies the tags applied to a connection.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Connection tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Connection tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Connection tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the connection. The ARN is used as the connection reference
   * when the connection is shared between AWS services .
   *
   * <p>The ARN is never reused if the connection is deleted.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ConnectionArn}.
   */
  public Value<String> connectionArn() {
    return getAtt("ConnectionArn");
  }

  /**
   * The current status of the connection.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ConnectionStatus}.
   */
  public Value<String> connectionStatus() {
    return getAtt("ConnectionStatus");
  }

  /**
   * The identifier of the external provider where your third-party code repository is configured.
   * For Bitbucket, this is the account ID of the owner of the Bitbucket repository.
   *
   * <p>{@code Fn::GetAtt} attribute {@code OwnerAccountId}.
   */
  public Value<String> ownerAccountId() {
    return getAtt("OwnerAccountId");
  }
}
