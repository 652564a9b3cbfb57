// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.codestarconnections;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Information about the repository link resource, such as the repository link ARN, the associated
 * connection ARN, encryption key ARN, and owner ID.
 *
 * <p>CloudFormation type {@code AWS::CodeStarConnections::RepositoryLink}.
 */
public final class RepositoryLink extends Resource<RepositoryLink> {
  private static final Schema SCHEMA = Schema.builder("AWS::CodeStarConnections::RepositoryLink")
      .required("ConnectionArn", "OwnerId", "RepositoryName")
      .constrain("ConnectionArn", Constraint.of().pattern("arn:(aws|aws-us-gov|aws-cn):.+:.+:[0-9]{12}:.+").minLength(0).maxLength(256))
      .constrain("EncryptionKeyArn", Constraint.of().pattern("arn:(aws|aws-us-gov|aws-cn):.+:.+:[0-9]{12}:.+").minLength(1).maxLength(1024))
      .constrain("OwnerId", Constraint.of().pattern("[a-za-z0-9_\\.-]+").minLength(1).maxLength(255))
      .constrain("RepositoryName", Constraint.of().pattern("[a-za-z0-9_\\.-]+").minLength(1).maxLength(128))
      .refYields("RepositoryLinkArn")
      .attributes("ProviderType", "RepositoryLinkArn", "RepositoryLinkId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public RepositoryLink(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The Amazon Resource Name (ARN) of the connection associated with the repository link.
   *
   * <p>Required. Length: 0 to 256 characters. Pattern: {@code
   * arn:(aws|aws-us-gov|aws-cn):.+:.+:[0-9]{12}:.+}. CloudFormation property {@code ConnectionArn}.
   */
  public RepositoryLink connectionArn(String value) {
    return set("ConnectionArn", Value.of(value));
  }

  /** Sets {@code ConnectionArn} to this value; see {@link #connectionArn(String)}. */
  public RepositoryLink connectionArn(Value<String> value) {
    return set("ConnectionArn", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the encryption key for the repository associated with the
   * repository link.
   *
   * <p>Length: 1 to 1024 characters. Pattern: {@code
   * arn:(aws|aws-us-gov|aws-cn):.+:.+:[0-9]{12}:.+}. CloudFormation property {@code
   * EncryptionKeyArn}.
   */
  public RepositoryLink encryptionKeyArn(String value) {
    return set("EncryptionKeyArn", Value.of(value));
  }

  /** Sets {@code EncryptionKeyArn} to this value; see {@link #encryptionKeyArn(String)}. */
  public RepositoryLink encryptionKeyArn(Value<String> value) {
    return set("EncryptionKeyArn", value);
  }

  /**
   * The owner ID for the repository associated with the repository link, such as the owner ID in
   * GitHub.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 255 characters. Pattern: {@code
   * [a-za-z0-9_&#92;.-]+}. CloudFormation property {@code OwnerId}.
   */
  public RepositoryLink ownerId(String value) {
    return set("OwnerId", Value.of(value));
  }

  /** Sets {@code OwnerId} to this value; see {@link #ownerId(String)}. */
  public RepositoryLink ownerId(Value<String> value) {
    return set("OwnerId", value);
  }

  /**
   * The name of the repository associated with the repository link.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 128 characters. Pattern: {@code
   * [a-za-z0-9_&#92;.-]+}. CloudFormation property {@code RepositoryName}.
   */
  public RepositoryLink repositoryName(String value) {
    return set("RepositoryName", Value.of(value));
  }

  /** Sets {@code RepositoryName} to this value; see {@link #repositoryName(String)}. */
  public RepositoryLink repositoryName(Value<String> value) {
    return set("RepositoryName", value);
  }

  /**
   * The tags for the repository to be associated with the repository link.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public RepositoryLink tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public RepositoryLink tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public RepositoryLink tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The name of the external provider where your third-party code repository is configured.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ProviderType}.
   */
  public Value<String> providerType() {
    return getAtt("ProviderType");
  }

  /**
   * A unique Amazon Resource Name (ARN) to designate the repository link.
   *
   * <p>{@code Fn::GetAtt} attribute {@code RepositoryLinkArn}.
   */
  public Value<String> repositoryLinkArn() {
    return getAtt("RepositoryLinkArn");
  }

  /**
   * A UUID that uniquely identifies the RepositoryLink.
   *
   * <p>{@code Fn::GetAtt} attribute {@code RepositoryLinkId}.
   */
  public Value<String> repositoryLinkId() {
    return getAtt("RepositoryLinkId");
  }
}
