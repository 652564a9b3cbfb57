// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.mediapackagev2;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Specifies the configuration parameters of a policy associated with a MediaPackage V2 origin
 * endpoint.
 *
 * <p>CloudFormation type {@code AWS::MediaPackageV2::OriginEndpointPolicy}.
 */
public final class OriginEndpointPolicy extends Resource<OriginEndpointPolicy> {
  private static final Schema SCHEMA = Schema.builder("AWS::MediaPackageV2::OriginEndpointPolicy")
      .required("ChannelGroupName", "ChannelName", "OriginEndpointName", "Policy")
      .constrain("ChannelGroupName", Constraint.of().pattern("^[a-zA-Z0-9_-]+$").minLength(1).maxLength(256))
      .constrain("ChannelName", Constraint.of().pattern("^[a-zA-Z0-9_-]+$").minLength(1).maxLength(256))
      .constrain("OriginEndpointName", Constraint.of().pattern("^[a-zA-Z0-9_-]+$").minLength(1).maxLength(256))
      .constrain("Policy", Constraint.of().maxLength(6144))
      .build();

  public OriginEndpointPolicy(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The settings to enable CDN authorization headers in MediaPackage.
   *
   * <p>CloudFormation property {@code CdnAuthConfiguration}.
   */
  public OriginEndpointPolicy cdnAuthConfiguration(Value<CdnAuthConfiguration> value) {
    return set("CdnAuthConfiguration", value);
  }

  /**
   * The name of the channel group associated with the origin endpoint policy.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 256 characters. Pattern: {@code
   * ^[a-zA-Z0-9_-]+$}. CloudFormation property {@code ChannelGroupName}.
   */
  public OriginEndpointPolicy channelGroupName(String value) {
    return set("ChannelGroupName", Value.of(value));
  }

  /** Sets {@code ChannelGroupName} to this value; see {@link #channelGroupName(String)}. */
  public OriginEndpointPolicy channelGroupName(Value<String> value) {
    return set("ChannelGroupName", value);
  }

  /**
   * The channel name associated with the origin endpoint policy.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 256 characters. Pattern: {@code
   * ^[a-zA-Z0-9_-]+$}. CloudFormation property {@code ChannelName}.
   */
  public OriginEndpointPolicy channelName(String value) {
    return set("ChannelName", Value.of(value));
  }

  /** Sets {@code ChannelName} to this value; see {@link #channelName(String)}. */
  public OriginEndpointPolicy channelName(Value<String> value) {
    return set("ChannelName", value);
  }

  /**
   * The name of the origin endpoint associated with the origin endpoint policy.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 256 characters. Pattern: {@code
   * ^[a-zA-Z0-9_-]+$}. CloudFormation property {@code OriginEndpointName}.
   */
  public OriginEndpointPolicy originEndpointName(String value) {
    return set("OriginEndpointName", Value.of(value));
  }

  /** Sets {@code OriginEndpointName} to this value; see {@link #originEndpointName(String)}. */
  public OriginEndpointPolicy originEndpointName(Value<String> value) {
    return set("OriginEndpointName", value);
  }

  /**
   * The policy associated with the origin endpoint.
   *
   * <p>Required. Length: at most 6144 characters. CloudFormation property {@code Policy}.
   */
  public OriginEndpointPolicy policy(String value) {
    return set("Policy", Value.of(value));
  }

  /** Sets {@code Policy} to this value; see {@link #policy(String)}. */
  public OriginEndpointPolicy policy(Value<String> value) {
    return set("Policy", value);
  }

  /** Sets {@code Policy} to this value; see {@link #policy(String)}. */
  public OriginEndpointPolicy policy(Json value) {
    return set("Policy", value);
  }

  /**
   * The settings to enable CDN authorization headers in MediaPackage.
   *
   * <p>Property type {@code AWS::MediaPackageV2::OriginEndpointPolicy.CdnAuthConfiguration}.
   */
  public static final class CdnAuthConfiguration extends Struct<CdnAuthConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::MediaPackageV2::OriginEndpointPolicy.CdnAuthConfiguration")
        .required("CdnIdentifierSecretArns", "SecretsRoleArn")
        .constrain("CdnIdentifierSecretArns", Constraint.of().minLength(20).maxLength(2048))
        .constrain("SecretsRoleArn", Constraint.of().minLength(20).maxLength(2048).format("AWS::IAM::Role.Arn"))
        .build();

    public CdnAuthConfiguration() {
      super(SCHEMA);
    }

    /**
     * The ARN for the secret in Secrets Manager that your CDN uses for authorization to access the
     * endpoint.
     *
     * <p>Required. Length: 20 to 2048 characters. CloudFormation property {@code
     * CdnIdentifierSecretArns}.
     */
    public CdnAuthConfiguration cdnIdentifierSecretArns(List<String> value) {
      return set("CdnIdentifierSecretArns", Value.listOf(value));
    }

    /**
     * Sets {@code CdnIdentifierSecretArns} to this value; see {@link
     * #cdnIdentifierSecretArns(List)}.
     */
    public CdnAuthConfiguration cdnIdentifierSecretArns(Value<List<String>> value) {
      return set("CdnIdentifierSecretArns", value);
    }

    /**
     * The ARN for the IAM role that gives MediaPackage read access to Secrets Manager and AWS for
     * CDN authorization.
     *
     * <p>Required. Length: 20 to 2048 characters. Format: {@code AWS::IAM::Role.Arn}.
     * CloudFormation property {@code SecretsRoleArn}.
     */
    public CdnAuthConfiguration secretsRoleArn(String value) {
      return set("SecretsRoleArn", Value.of(value));
    }

    /** Sets {@code SecretsRoleArn} to this value; see {@link #secretsRoleArn(String)}. */
    public CdnAuthConfiguration secretsRoleArn(Value<String> value) {
      return set("SecretsRoleArn", value);
    }
  }
}
