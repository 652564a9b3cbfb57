// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ecr;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * The <code>AWS::ECR::PullThroughCacheRule</code> resource creates or updates a pull through cache
 * rule. A pull through cache rule provides a way to cache images from an upstream registry in your
 * Amazon ECR private registry.
 *
 * <p>CloudFormation type {@code AWS::ECR::PullThroughCacheRule}.
 */
public final class PullThroughCacheRule extends Resource<PullThroughCacheRule> {
  private static final Schema SCHEMA = Schema.builder("AWS::ECR::PullThroughCacheRule")
      .constrain("CredentialArn", Constraint.of().pattern("^arn:[a-zA-Z-]+:secretsmanager:[a-zA-Z0-9-:]+:secret:ecr\\-pullthroughcache\\/[a-zA-Z0-9\\/_+=.@-]+$").minLength(50).maxLength(612))
      .constrain("CustomRoleArn", Constraint.of().minLength(0).maxLength(2048).format("AWS::IAM::Role.Arn"))
      .constrain("EcrRepositoryPrefix", Constraint.of().pattern("^([a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*(\\/[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*)*\\/?|ROOT)$").minLength(2).maxLength(30))
      .allowed("UpstreamRegistry", "azure-container-registry", "chainguard", "docker-hub", "ecr",
          "ecr-public", "github-container-registry", "gitlab-container-registry", "k8s", "quay")
      .constrain("UpstreamRepositoryPrefix", Constraint.of().pattern("^([a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*(\\/[a-z0-9]+((\\.|_|__|-+)[a-z0-9]+)*)*\\/?|ROOT)$").minLength(2).maxLength(30))
      .refYields("EcrRepositoryPrefix")
      .build();

  public PullThroughCacheRule(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The ARN of the Secrets Manager secret associated with the pull through cache rule.
   *
   * <p>Changing it replaces the resource. Length: 50 to 612 characters. Pattern: {@code
   * ^arn:[a-zA-Z-]+:secretsmanager:[a-zA-Z0-9-:]+:secret:ecr&#92;-pullthroughcache&#92;/[a-zA-Z0-9&#92;/_+=.&#64;-]+$}.
   * CloudFormation property {@code CredentialArn}.
   */
  public PullThroughCacheRule credentialArn(String value) {
    return set("CredentialArn", Value.of(value));
  }

  /** Sets {@code CredentialArn} to this value; see {@link #credentialArn(String)}. */
  public PullThroughCacheRule credentialArn(Value<String> value) {
    return set("CredentialArn", value);
  }

  /**
   * The ARN of the IAM role associated with the pull through cache rule.
   *
   * <p>Changing it replaces the resource. Length: 0 to 2048 characters. Format: {@code
   * AWS::IAM::Role.Arn}. CloudFormation property {@code CustomRoleArn}.
   */
  public PullThroughCacheRule customRoleArn(String value) {
    return set("CustomRoleArn", Value.of(value));
  }

  /** Sets {@code CustomRoleArn} to this value; see {@link #customRoleArn(String)}. */
  public PullThroughCacheRule customRoleArn(Value<String> value) {
    return set("CustomRoleArn", value);
  }

  /**
   * The Amazon ECR repository prefix associated with the pull through cache rule.
   *
   * <p>Changing it replaces the resource. Length: 2 to 30 characters. Pattern: {@code
   * ^([a-z0-9]+((&#92;.|_|__|-+)[a-z0-9]+)*(&#92;/[a-z0-9]+((&#92;.|_|__|-+)[a-z0-9]+)*)*&#92;/?|ROOT)$}.
   * CloudFormation property {@code EcrRepositoryPrefix}.
   */
  public PullThroughCacheRule ecrRepositoryPrefix(String value) {
    return set("EcrRepositoryPrefix", Value.of(value));
  }

  /** Sets {@code EcrRepositoryPrefix} to this value; see {@link #ecrRepositoryPrefix(String)}. */
  public PullThroughCacheRule ecrRepositoryPrefix(Value<String> value) {
    return set("EcrRepositoryPrefix", value);
  }

  /**
   * The name of the upstream source registry associated with the pull through cache rule.
   *
   * <p>Changing it replaces the resource. Allowed values: {@code azure-container-registry}, {@code
   * chainguard}, {@code docker-hub}, {@code ecr}, {@code ecr-public}, {@code
   * github-container-registry}, {@code gitlab-container-registry}, {@code k8s}, {@code quay}.
   * CloudFormation property {@code UpstreamRegistry}.
   */
  public PullThroughCacheRule upstreamRegistry(String value) {
    return set("UpstreamRegistry", Value.of(value));
  }

  /** Sets {@code UpstreamRegistry} to this value; see {@link #upstreamRegistry(String)}. */
  public PullThroughCacheRule upstreamRegistry(Value<String> value) {
    return set("UpstreamRegistry", value);
  }

  /**
   * The upstream registry URL associated with the pull through cache rule.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code UpstreamRegistryUrl}.
   */
  public PullThroughCacheRule upstreamRegistryUrl(String value) {
    return set("UpstreamRegistryUrl", Value.of(value));
  }

  /** Sets {@code UpstreamRegistryUrl} to this value; see {@link #upstreamRegistryUrl(String)}. */
  public PullThroughCacheRule upstreamRegistryUrl(Value<String> value) {
    return set("UpstreamRegistryUrl", value);
  }

  /**
   * The upstream repository prefix associated with the pull through cache rule.
   *
   * <p>Changing it replaces the resource. Length: 2 to 30 characters. Pattern: {@code
   * ^([a-z0-9]+((&#92;.|_|__|-+)[a-z0-9]+)*(&#92;/[a-z0-9]+((&#92;.|_|__|-+)[a-z0-9]+)*)*&#92;/?|ROOT)$}.
   * CloudFormation property {@code UpstreamRepositoryPrefix}.
   */
  public PullThroughCacheRule upstreamRepositoryPrefix(String value) {
    return set("UpstreamRepositoryPrefix", Value.of(value));
  }

  /**
   * Sets {@code UpstreamRepositoryPrefix} to this value; see {@link
   * #upstreamRepositoryPrefix(String)}.
   */
  public PullThroughCacheRule upstreamRepositoryPrefix(Value<String> value) {
    return set("UpstreamRepositoryPrefix", value);
  }
}
