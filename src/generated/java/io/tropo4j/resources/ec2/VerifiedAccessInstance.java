// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.ec2;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * An AWS Verified Access instance is a regional entity that evaluates application requests and
 * grants access only when your security requirements are met.
 *
 * <p>CloudFormation type {@code AWS::EC2::VerifiedAccessInstance}.
 */
public final class VerifiedAccessInstance extends Resource<VerifiedAccessInstance> {
  private static final Schema SCHEMA = Schema.builder("AWS::EC2::VerifiedAccessInstance")
      .refYields("VerifiedAccessInstanceId")
      .attributes("CidrEndpointsCustomSubDomainNameServers", "CreationTime", "LastUpdatedTime",
          "VerifiedAccessInstanceId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public VerifiedAccessInstance(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The custom subdomain.
   *
   * <p>CloudFormation property {@code CidrEndpointsCustomSubDomain}.
   */
  public VerifiedAccessInstance cidrEndpointsCustomSubDomain(String value) {
    return set("CidrEndpointsCustomSubDomain", Value.of(value));
  }

  /**
   * Sets {@code CidrEndpointsCustomSubDomain} to this value; see {@link
   * #cidrEndpointsCustomSubDomain(String)}.
   */
  public VerifiedAccessInstance cidrEndpointsCustomSubDomain(Value<String> value) {
    return set("CidrEndpointsCustomSubDomain", value);
  }

  /**
   * A description for the AWS Verified Access instance.
   *
   * <p>CloudFormation property {@code Description}.
   */
  public VerifiedAccessInstance description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public VerifiedAccessInstance description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * Indicates whether support for Federal Information Processing Standards (FIPS) is enabled on the
   * instance.
   *
   * <p>CloudFormation property {@code FipsEnabled}.
   */
  public VerifiedAccessInstance fipsEnabled(boolean value) {
    return set("FipsEnabled", Value.of(value));
  }

  /** Sets {@code FipsEnabled} to this value; see {@link #fipsEnabled(boolean)}. */
  public VerifiedAccessInstance fipsEnabled(Value<Boolean> value) {
    return set("FipsEnabled", value);
  }

  /**
   * The logging configuration for the Verified Access instances.
   *
   * <p>CloudFormation property {@code LoggingConfigurations}.
   */
  public VerifiedAccessInstance loggingConfigurations(Value<VerifiedAccessLogs> value) {
    return set("LoggingConfigurations", value);
  }

  /**
   * The tags.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public VerifiedAccessInstance tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public VerifiedAccessInstance tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public VerifiedAccessInstance tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The IDs of the AWS Verified Access trust providers.
   *
   * <p>CloudFormation property {@code VerifiedAccessTrustProviderIds}.
   */
  public VerifiedAccessInstance verifiedAccessTrustProviderIds(List<String> value) {
    return set("VerifiedAccessTrustProviderIds", Value.listOf(value));
  }

  /**
   * Sets {@code VerifiedAccessTrustProviderIds} to this value; see {@link
   * #verifiedAccessTrustProviderIds(List)}.
   */
  public VerifiedAccessInstance verifiedAccessTrustProviderIds(Value<List<String>> value) {
    return set("VerifiedAccessTrustProviderIds", value);
  }

  /**
   * The IDs of the AWS Verified Access trust providers.
   *
   * <p>CloudFormation property {@code VerifiedAccessTrustProviders}.
   */
  public VerifiedAccessInstance verifiedAccessTrustProviders(List<VerifiedAccessTrustProvider> value) {
    return set("VerifiedAccessTrustProviders", Value.listOf(value));
  }

  /**
   * Sets {@code VerifiedAccessTrustProviders} to this value; see {@link
   * #verifiedAccessTrustProviders(List)}.
   */
  public VerifiedAccessInstance verifiedAccessTrustProviders(Value<List<VerifiedAccessTrustProvider>> value) {
    return set("VerifiedAccessTrustProviders", value);
  }

  /**
   * Sets {@code VerifiedAccessTrustProviders} to a list of these; see {@link
   * #verifiedAccessTrustProviders(List)}.
   */
  public VerifiedAccessInstance verifiedAccessTrustProviders(VerifiedAccessTrustProvider... values) {
    return set("VerifiedAccessTrustProviders", Value.list(values));
  }

  /**
   * The name servers.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CidrEndpointsCustomSubDomainNameServers}.
   */
  public Value<List<String>> cidrEndpointsCustomSubDomainNameServers() {
    return getAtt("CidrEndpointsCustomSubDomainNameServers");
  }

  /**
   * The creation time.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreationTime}.
   */
  public Value<String> creationTime() {
    return getAtt("CreationTime");
  }

  /**
   * The last updated time.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastUpdatedTime}.
   */
  public Value<String> lastUpdatedTime() {
    return getAtt("LastUpdatedTime");
  }

  /**
   * The ID of the Verified Access instance.
   *
   * <p>{@code Fn::GetAtt} attribute {@code VerifiedAccessInstanceId}.
   */
  public Value<String> verifiedAccessInstanceId() {
    return getAtt("VerifiedAccessInstanceId");
  }

  /**
   * Options for CloudWatch Logs as a logging destination.
   *
   * <p>Property type {@code AWS::EC2::VerifiedAccessInstance.CloudWatchLogs}.
   */
  public static final class CloudWatchLogs extends Struct<CloudWatchLogs> {
    private static final Schema SCHEMA = Schema.of("AWS::EC2::VerifiedAccessInstance.CloudWatchLogs");

    public CloudWatchLogs() {
      super(SCHEMA);
    }

    /**
     * Indicates whether logging is enabled.
     *
     * <p>CloudFormation property {@code Enabled}.
     */
    public CloudWatchLogs enabled(boolean value) {
      return set("Enabled", Value.of(value));
    }

    /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
    public CloudWatchLogs enabled(Value<Boolean> value) {
      return set("Enabled", value);
    }

    /**
     * The ID of the CloudWatch Logs log group.
     *
     * <p>CloudFormation property {@code LogGroup}.
     */
    public CloudWatchLogs logGroup(String value) {
      return set("LogGroup", Value.of(value));
    }

    /** Sets {@code LogGroup} to this value; see {@link #logGroup(String)}. */
    public CloudWatchLogs logGroup(Value<String> value) {
      return set("LogGroup", value);
    }
  }

  /**
   * Options for Kinesis as a logging destination.
   *
   * <p>Property type {@code AWS::EC2::VerifiedAccessInstance.KinesisDataFirehose}.
   */
  public static final class KinesisDataFirehose extends Struct<KinesisDataFirehose> {
    private static final Schema SCHEMA = Schema.of("AWS::EC2::VerifiedAccessInstance.KinesisDataFirehose");

    public KinesisDataFirehose() {
      super(SCHEMA);
    }

    /**
     * The ID of the delivery stream.
     *
     * <p>CloudFormation property {@code DeliveryStream}.
     */
    public KinesisDataFirehose deliveryStream(String value) {
      return set("DeliveryStream", Value.of(value));
    }

    /** Sets {@code DeliveryStream} to this value; see {@link #deliveryStream(String)}. */
    public KinesisDataFirehose deliveryStream(Value<String> value) {
      return set("DeliveryStream", value);
    }

    /**
     * Indicates whether logging is enabled.
     *
     * <p>CloudFormation property {@code Enabled}.
     */
    public KinesisDataFirehose enabled(boolean value) {
      return set("Enabled", Value.of(value));
    }

    /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
    public KinesisDataFirehose enabled(Value<Boolean> value) {
      return set("Enabled", value);
    }
  }

  /**
   * Options for Amazon S3 as a logging destination.
   *
   * <p>Property type {@code AWS::EC2::VerifiedAccessInstance.S3}.
   */
  public static final class S3 extends Struct<S3> {
    private static final Schema SCHEMA = Schema.builder("AWS::EC2::VerifiedAccessInstance.S3")
        .constrain("BucketName", Constraint.of().format("AWS::S3::Bucket.Name"))
        .build();

    public S3() {
      super(SCHEMA);
    }

    /**
     * The bucket name.
     *
     * <p>Format: {@code AWS::S3::Bucket.Name}. CloudFormation property {@code BucketName}.
     */
    public S3 bucketName(String value) {
      return set("BucketName", Value.of(value));
    }

    /** Sets {@code BucketName} to this value; see {@link #bucketName(String)}. */
    public S3 bucketName(Value<String> value) {
      return set("BucketName", value);
    }

    /**
     * The AWS account number that owns the bucket.
     *
     * <p>CloudFormation property {@code BucketOwner}.
     */
    public S3 bucketOwner(String value) {
      return set("BucketOwner", Value.of(value));
    }

    /** Sets {@code BucketOwner} to this value; see {@link #bucketOwner(String)}. */
    public S3 bucketOwner(Value<String> value) {
      return set("BucketOwner", value);
    }

    /**
     * Indicates whether logging is enabled.
     *
     * <p>CloudFormation property {@code Enabled}.
     */
    public S3 enabled(boolean value) {
      return set("Enabled", Value.of(value));
    }

    /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
    public S3 enabled(Value<Boolean> value) {
      return set("Enabled", value);
    }

    /**
     * The bucket prefix.
     *
     * <p>CloudFormation property {@code Prefix}.
     */
    public S3 prefix(String value) {
      return set("Prefix", Value.of(value));
    }

    /** Sets {@code Prefix} to this value; see {@link #prefix(String)}. */
    public S3 prefix(Value<String> value) {
      return set("Prefix", value);
    }
  }

  /**
   * Describes the options for Verified Access logs.
   *
   * <p>Property type {@code AWS::EC2::VerifiedAccessInstance.VerifiedAccessLogs}.
   */
  public static final class VerifiedAccessLogs extends Struct<VerifiedAccessLogs> {
    private static final Schema SCHEMA = Schema.of("AWS::EC2::VerifiedAccessInstance.VerifiedAccessLogs");

    public VerifiedAccessLogs() {
      super(SCHEMA);
    }

    /**
     * CloudWatch Logs logging destination.
     *
     * <p>CloudFormation property {@code CloudWatchLogs}.
     */
    public VerifiedAccessLogs cloudWatchLogs(Value<CloudWatchLogs> value) {
      return set("CloudWatchLogs", value);
    }

    /**
     * Indicates whether to include trust data sent by trust providers in the logs.
     *
     * <p>CloudFormation property {@code IncludeTrustContext}.
     */
    public VerifiedAccessLogs includeTrustContext(boolean value) {
      return set("IncludeTrustContext", Value.of(value));
    }

    /**
     * Sets {@code IncludeTrustContext} to this value; see {@link #includeTrustContext(boolean)}.
     */
    public VerifiedAccessLogs includeTrustContext(Value<Boolean> value) {
      return set("IncludeTrustContext", value);
    }

    /**
     * Kinesis logging destination.
     *
     * <p>CloudFormation property {@code KinesisDataFirehose}.
     */
    public VerifiedAccessLogs kinesisDataFirehose(Value<KinesisDataFirehose> value) {
      return set("KinesisDataFirehose", value);
    }

    /**
     * The logging version.
     *
     * <p>Valid values: <code>ocsf-0.1</code> | <code>ocsf-1.0.0-rc.2</code>
     *
     * <p>CloudFormation property {@code LogVersion}.
     */
    public VerifiedAccessLogs logVersion(String value) {
      return set("LogVersion", Value.of(value));
    }

    /** Sets {@code LogVersion} to this value; see {@link #logVersion(String)}. */
    public VerifiedAccessLogs logVersion(Value<String> value) {
      return set("LogVersion", value);
    }

    /**
     * Amazon S3 logging options.
     *
     * <p>CloudFormation property {@code S3}.
     */
    public VerifiedAccessLogs s3(Value<S3> value) {
      return set("S3", value);
    }
  }

  /**
   * A trust provider is a third-party entity that creates, maintains, and manages identity
   * information for users and devices. When an application request is made, the identity
   * information sent by the trust provider is evaluated by Verified Access before allowing or
   * denying the application request.
   *
   * <p>Property type {@code AWS::EC2::VerifiedAccessInstance.VerifiedAccessTrustProvider}.
   */
  public static final class VerifiedAccessTrustProvider extends Struct<VerifiedAccessTrustProvider> {
    private static final Schema SCHEMA = Schema.of("AWS::EC2::VerifiedAccessInstance.VerifiedAccessTrustProvider");

    public VerifiedAccessTrustProvider() {
      super(SCHEMA);
    }

    /**
     * A description for the AWS Verified Access trust provider.
     *
     * <p>CloudFormation property {@code Description}.
     */
    public VerifiedAccessTrustProvider description(String value) {
      return set("Description", Value.of(value));
    }

    /** Sets {@code Description} to this value; see {@link #description(String)}. */
    public VerifiedAccessTrustProvider description(Value<String> value) {
      return set("Description", value);
    }

    /**
     * The type of device-based trust provider.
     *
     * <p>CloudFormation property {@code DeviceTrustProviderType}.
     */
    public VerifiedAccessTrustProvider deviceTrustProviderType(String value) {
      return set("DeviceTrustProviderType", Value.of(value));
    }

    /**
     * Sets {@code DeviceTrustProviderType} to this value; see {@link
     * #deviceTrustProviderType(String)}.
     */
    public VerifiedAccessTrustProvider deviceTrustProviderType(Value<String> value) {
      return set("DeviceTrustProviderType", value);
    }

    /**
     * The type of Verified Access trust provider.
     *
     * <p>CloudFormation property {@code TrustProviderType}.
     */
    public VerifiedAccessTrustProvider trustProviderType(String value) {
      return set("TrustProviderType", Value.of(value));
    }

    /** Sets {@code TrustProviderType} to this value; see {@link #trustProviderType(String)}. */
    public VerifiedAccessTrustProvider trustProviderType(Value<String> value) {
      return set("TrustProviderType", value);
    }

    /**
     * The type of user-based trust provider.
     *
     * <p>CloudFormation property {@code UserTrustProviderType}.
     */
    public VerifiedAccessTrustProvider userTrustProviderType(String value) {
      return set("UserTrustProviderType", Value.of(value));
    }

    /**
     * Sets {@code UserTrustProviderType} to this value; see {@link #userTrustProviderType(String)}.
     */
    public VerifiedAccessTrustProvider userTrustProviderType(Value<String> value) {
      return set("UserTrustProviderType", value);
    }

    /**
     * The ID of the AWS Verified Access trust provider.
     *
     * <p>CloudFormation property {@code VerifiedAccessTrustProviderId}.
     */
    public VerifiedAccessTrustProvider verifiedAccessTrustProviderId(String value) {
      return set("VerifiedAccessTrustProviderId", Value.of(value));
    }

    /**
     * Sets {@code VerifiedAccessTrustProviderId} to this value; see {@link
     * #verifiedAccessTrustProviderId(String)}.
     */
    public VerifiedAccessTrustProvider verifiedAccessTrustProviderId(Value<String> value) {
      return set("VerifiedAccessTrustProviderId", value);
    }
  }
}
