// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.imagebuilder;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.iam.InstanceProfile;
import io.tropo4j.resources.s3.Bucket;
import io.tropo4j.resources.sns.Topic;
import java.util.List;
import java.util.Map;

/**
 * Creates a new infrastructure configuration. An infrastructure configuration defines the
 * environment in which your image will be built and tested.
 *
 * <p>CloudFormation type {@code AWS::ImageBuilder::InfrastructureConfiguration}.
 */
public final class InfrastructureConfiguration extends Resource<InfrastructureConfiguration> {
  private static final Schema SCHEMA = Schema.builder("AWS::ImageBuilder::InfrastructureConfiguration")
      .required("InstanceProfileName", "Name")
      .constrain("Description", Constraint.of().minLength(1).maxLength(1024))
      .constrain("InstanceProfileName", Constraint.of().pattern("^[\\w+=,.@-]+$").minLength(1).maxLength(256))
      .references("InstanceProfileName", "AWS::IAM::InstanceProfile.Ref")
      .constrain("KeyPair", Constraint.of().minLength(1).maxLength(1024))
      .constrain("Name", Constraint.of().pattern("^[-_A-Za-z-0-9][-_A-Za-z0-9 ]{1,126}[-_A-Za-z-0-9]$"))
      .constrain("SecurityGroupIds", Constraint.of().minLength(1).maxLength(1024).format("AWS::EC2::SecurityGroup.Id"))
      .constrain("SnsTopicArn", Constraint.of().pattern("^arn:aws[^:]*:sns:[^:]+:[0-9]{12}:[a-zA-Z0-9-_]{1,256}$").format("AWS::SNS::Topic.Arn"))
      .references("SnsTopicArn", "AWS::SNS::Topic.Ref")
      .constrain("SubnetId", Constraint.of().minLength(1).maxLength(1024).format("AWS::EC2::Subnet.Id"))
      .refYields("Arn")
      .attributes("Arn", "Name")
      .tags("Tags", Schema.TagForm.MAP)
      .build();

  public InfrastructureConfiguration(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The description of the infrastructure configuration.
   *
   * <p>Length: 1 to 1024 characters. CloudFormation property {@code Description}.
   */
  public InfrastructureConfiguration description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public InfrastructureConfiguration description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The instance metadata options that you can set for the HTTP requests that pipeline builds use
   * to launch EC2 build and test instances.
   *
   * <p>CloudFormation property {@code InstanceMetadataOptions}.
   */
  public InfrastructureConfiguration instanceMetadataOptions(Value<InstanceMetadataOptions> value) {
    return set("InstanceMetadataOptions", value);
  }

  /**
   * The instance profile to associate with the instance used to customize your Amazon EC2 AMI.
   *
   * <p>Required. Length: 1 to 256 characters. Pattern: {@code ^[&#92;w+=,.&#64;-]+$}.
   * CloudFormation property {@code InstanceProfileName}.
   */
  public InfrastructureConfiguration instanceProfileName(String value) {
    return set("InstanceProfileName", Value.of(value));
  }

  /** Sets {@code InstanceProfileName} to this value; see {@link #instanceProfileName(String)}. */
  public InfrastructureConfiguration instanceProfileName(Value<String> value) {
    return set("InstanceProfileName", value);
  }

  /**
   * Sets {@code InstanceProfileName} to the Ref of {@code AWS::IAM::InstanceProfile}; see {@link
   * #instanceProfileName(String)}.
   */
  public InfrastructureConfiguration instanceProfileName(InstanceProfile resource) {
    return set("InstanceProfileName", resource.ref());
  }

  /**
   * The instance types of the infrastructure configuration. You can specify one or more instance
   * types to use for this build. The service will pick one of these instance types based on
   * availability.
   *
   * <p>CloudFormation property {@code InstanceTypes}.
   */
  public InfrastructureConfiguration instanceTypes(List<String> value) {
    return set("InstanceTypes", Value.listOf(value));
  }

  /** Sets {@code InstanceTypes} to this value; see {@link #instanceTypes(List)}. */
  public InfrastructureConfiguration instanceTypes(Value<List<String>> value) {
    return set("InstanceTypes", value);
  }

  /**
   * The key pair of the infrastructure configuration. You can use this to log on to and debug the
   * instance used to create your image.
   *
   * <p>Length: 1 to 1024 characters. CloudFormation property {@code KeyPair}.
   */
  public InfrastructureConfiguration keyPair(String value) {
    return set("KeyPair", Value.of(value));
  }

  /** Sets {@code KeyPair} to this value; see {@link #keyPair(String)}. */
  public InfrastructureConfiguration keyPair(Value<String> value) {
    return set("KeyPair", value);
  }

  /**
   * The logging configuration of the infrastructure configuration.
   *
   * <p>CloudFormation property {@code Logging}.
   */
  public InfrastructureConfiguration logging(Value<Logging> value) {
    return set("Logging", value);
  }

  /**
   * The name of the infrastructure configuration.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code ^[-_A-Za-z-0-9][-_A-Za-z0-9
   * ]{1,126}[-_A-Za-z-0-9]$}. CloudFormation property {@code Name}.
   */
  public InfrastructureConfiguration name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public InfrastructureConfiguration name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The instance placement settings that define where the instances that are launched from your
   * image will run.
   *
   * <p>CloudFormation property {@code Placement}.
   */
  public InfrastructureConfiguration placement(Value<Placement> value) {
    return set("Placement", value);
  }

  /**
   * The metadata tags to assign to the Amazon EC2 instance that Image Builder launches during the
   * build process. Tags are formatted as key value pairs.
   *
   * <p>CloudFormation property {@code ResourceTags}.
   */
  public InfrastructureConfiguration resourceTags(Map<String, String> value) {
    return set("ResourceTags", Value.mapOf(value));
  }

  /** Sets {@code ResourceTags} to this value; see {@link #resourceTags(Map)}. */
  public InfrastructureConfiguration resourceTags(Value<Map<String, String>> value) {
    return set("ResourceTags", value);
  }

  /**
   * The security group IDs to associate with the instance used to customize your Amazon EC2 AMI.
   *
   * <p>Length: 1 to 1024 characters. Format: {@code AWS::EC2::SecurityGroup.Id}. CloudFormation
   * property {@code SecurityGroupIds}.
   */
  public InfrastructureConfiguration securityGroupIds(List<String> value) {
    return set("SecurityGroupIds", Value.listOf(value));
  }

  /** Sets {@code SecurityGroupIds} to this value; see {@link #securityGroupIds(List)}. */
  public InfrastructureConfiguration securityGroupIds(Value<List<String>> value) {
    return set("SecurityGroupIds", value);
  }

  /**
   * The Amazon Resource Name (ARN) for the SNS topic to which we send image build event
   * notifications.
   *
   * <p>EC2 Image Builder is unable to send notifications to SNS topics that are encrypted using
   * keys from other accounts. The key that is used to encrypt the SNS topic must reside in the
   * account that the Image Builder service runs under.
   *
   * <p>Pattern: {@code ^arn:aws[^:]*:sns:[^:]+:[0-9]{12}:[a-zA-Z0-9-_]{1,256}$}. Format: {@code
   * AWS::SNS::Topic.Arn}. CloudFormation property {@code SnsTopicArn}.
   */
  public InfrastructureConfiguration snsTopicArn(String value) {
    return set("SnsTopicArn", Value.of(value));
  }

  /** Sets {@code SnsTopicArn} to this value; see {@link #snsTopicArn(String)}. */
  public InfrastructureConfiguration snsTopicArn(Value<String> value) {
    return set("SnsTopicArn", value);
  }

  /**
   * Sets {@code SnsTopicArn} to the Ref of {@code AWS::SNS::Topic}; see {@link
   * #snsTopicArn(String)}.
   */
  public InfrastructureConfiguration snsTopicArn(Topic resource) {
    return set("SnsTopicArn", resource.ref());
  }

  /**
   * The subnet ID in which to place the instance used to customize your Amazon EC2 AMI.
   *
   * <p>Length: 1 to 1024 characters. Format: {@code AWS::EC2::Subnet.Id}. CloudFormation property
   * {@code SubnetId}.
   */
  public InfrastructureConfiguration subnetId(String value) {
    return set("SubnetId", Value.of(value));
  }

  /** Sets {@code SubnetId} to this value; see {@link #subnetId(String)}. */
  public InfrastructureConfiguration subnetId(Value<String> value) {
    return set("SubnetId", value);
  }

  /**
   * The metadata tags to assign to the infrastructure configuration resource that Image Builder
   * creates as output. Tags are formatted as key value pairs.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public InfrastructureConfiguration tags(Map<String, String> value) {
    return set("Tags", Value.mapOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(Map)}. */
  public InfrastructureConfiguration tags(Value<Map<String, String>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a map of key to value; see {@link #tags(Map)}. */
  public InfrastructureConfiguration tags(Tags tags) {
    return set("Tags", tags.asMap());
  }

  /**
   * The terminate instance on failure setting of the infrastructure configuration. Set to false if
   * you want Image Builder to retain the instance used to configure your AMI if the build or test
   * phase of your workflow fails.
   *
   * <p>CloudFormation property {@code TerminateInstanceOnFailure}.
   */
  public InfrastructureConfiguration terminateInstanceOnFailure(boolean value) {
    return set("TerminateInstanceOnFailure", Value.of(value));
  }

  /**
   * Sets {@code TerminateInstanceOnFailure} to this value; see {@link
   * #terminateInstanceOnFailure(boolean)}.
   */
  public InfrastructureConfiguration terminateInstanceOnFailure(Value<Boolean> value) {
    return set("TerminateInstanceOnFailure", value);
  }

  /**
   * Returns the Amazon Resource Name (ARN) of the infrastructure configuration. The following
   * pattern is applied:
   * <code>^arn:aws[^:]*:imagebuilder:[^:]+:(?:&#92;d{12}|aws):(?:image-recipe|infrastructure-configuration|distribution-configuration|component|image|image-pipeline)/[a-z0-9-_]+(?:/(?:(?:x|&#92;d+)&#92;.(?:x|&#92;d+)&#92;.(?:x|&#92;d+))(?:/&#92;d+)?)?$</code>
   * .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The name of the infrastructure configuration.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Name}.
   */
  public Value<String> name() {
    return getAtt("Name");
  }

  /**
   * The instance metadata options that apply to the HTTP requests that pipeline builds use to
   * launch EC2 build and test instances. For more information about instance metadata options, see
   * <a
   * href="https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-instance-metadata-options.html">Configure
   * the instance metadata options</a> in the <b>Amazon EC2 User Guide</b> for Linux instances, or
   * <a
   * href="https://docs.aws.amazon.com/AWSEC2/latest/WindowsGuide/configuring-instance-metadata-options.html">Configure
   * the instance metadata options</a> in the <b>Amazon EC2 Windows Guide</b> for Windows instances.
   *
   * <p>Property type {@code
   * AWS::ImageBuilder::InfrastructureConfiguration.InstanceMetadataOptions}.
   */
  public static final class InstanceMetadataOptions extends Struct<InstanceMetadataOptions> {
    private static final Schema SCHEMA = Schema.builder("AWS::ImageBuilder::InfrastructureConfiguration.InstanceMetadataOptions")
        .constrain("HttpPutResponseHopLimit", Constraint.of().minimum(1).maximum(64))
        .allowed("HttpTokens", "required", "optional")
        .build();

    public InstanceMetadataOptions() {
      super(SCHEMA);
    }

    /**
     * Limit the number of hops that an instance metadata request can traverse to reach its
     * destination. The default is one hop. However, if HTTP tokens are required, container image
     * builds need a minimum of two hops.
     *
     * <p>Range: 1 to 64. CloudFormation property {@code HttpPutResponseHopLimit}.
     */
    public InstanceMetadataOptions httpPutResponseHopLimit(int value) {
      return set("HttpPutResponseHopLimit", Value.of(value));
    }

    /**
     * Sets {@code HttpPutResponseHopLimit} to this value; see {@link
     * #httpPutResponseHopLimit(int)}.
     */
    public InstanceMetadataOptions httpPutResponseHopLimit(Value<Integer> value) {
      return set("HttpPutResponseHopLimit", value);
    }

    /**
     * Indicates whether a signed token header is required for instance metadata retrieval requests.
     * The values affect the response as follows:
     *
     * <ul> <li><em>required</em> – When you retrieve the IAM role credentials, version 2.0
     * credentials are returned in all cases. <li><em>optional</em> – You can include a signed token
     * header in your request to retrieve instance metadata, or you can leave it out. If you include
     * it, version 2.0 credentials are returned for the IAM role. Otherwise, version 1.0 credentials
     * are returned. </ul>
     *
     * <p>The default setting is <em>optional</em> .
     *
     * <p>Allowed values: {@code required}, {@code optional}. CloudFormation property {@code
     * HttpTokens}.
     */
    public InstanceMetadataOptions httpTokens(String value) {
      return set("HttpTokens", Value.of(value));
    }

    /** Sets {@code HttpTokens} to this value; see {@link #httpTokens(String)}. */
    public InstanceMetadataOptions httpTokens(Value<String> value) {
      return set("HttpTokens", value);
    }
  }

  /**
   * Logging configuration defines where Image Builder uploads your logs.
   *
   * <p>Property type {@code AWS::ImageBuilder::InfrastructureConfiguration.Logging}.
   */
  public static final class Logging extends Struct<Logging> {
    private static final Schema SCHEMA = Schema.of("AWS::ImageBuilder::InfrastructureConfiguration.Logging");

    public Logging() {
      super(SCHEMA);
    }

    /**
     * The Amazon S3 logging configuration.
     *
     * <p>CloudFormation property {@code S3Logs}.
     */
    public Logging s3Logs(Value<S3Logs> value) {
      return set("S3Logs", value);
    }
  }

  /**
   * By default, EC2 instances run on shared tenancy hardware. This means that multiple AWS accounts
   * might share the same physical hardware. When you use dedicated hardware, the physical server
   * that hosts your instances is dedicated to your AWS account . Instance placement settings
   * contain the details for the physical hardware where instances that Image Builder launches
   * during image creation will run.
   *
   * <p>Property type {@code AWS::ImageBuilder::InfrastructureConfiguration.Placement}.
   */
  public static final class Placement extends Struct<Placement> {
    private static final Schema SCHEMA = Schema.builder("AWS::ImageBuilder::InfrastructureConfiguration.Placement")
        .constrain("AvailabilityZone", Constraint.of().minLength(1).maxLength(1024))
        .constrain("HostId", Constraint.of().minLength(1).maxLength(1024))
        .constrain("HostResourceGroupArn", Constraint.of().minLength(1).maxLength(1024))
        .allowed("Tenancy", "default", "dedicated", "host")
        .build();

    public Placement() {
      super(SCHEMA);
    }

    /**
     * The Availability Zone where your build and test instances will launch.
     *
     * <p>Length: 1 to 1024 characters. CloudFormation property {@code AvailabilityZone}.
     */
    public Placement availabilityZone(String value) {
      return set("AvailabilityZone", Value.of(value));
    }

    /** Sets {@code AvailabilityZone} to this value; see {@link #availabilityZone(String)}. */
    public Placement availabilityZone(Value<String> value) {
      return set("AvailabilityZone", value);
    }

    /**
     * The ID of the Dedicated Host on which build and test instances run. This only applies if
     * <code>tenancy</code> is <code>host</code> . If you specify the host ID, you must not specify
     * the resource group ARN. If you specify both, Image Builder returns an error.
     *
     * <p>Length: 1 to 1024 characters. CloudFormation property {@code HostId}.
     */
    public Placement hostId(String value) {
      return set("HostId", Value.of(value));
    }

    /** Sets {@code HostId} to this value; see {@link #hostId(String)}. */
    public Placement hostId(Value<String> value) {
      return set("HostId", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the host resource group in which to launch build and test
     * instances. This only applies if <code>tenancy</code> is <code>host</code> . If you specify
     * the resource group ARN, you must not specify the host ID. If you specify both, Image Builder
     * returns an error.
     *
     * <p>Length: 1 to 1024 characters. CloudFormation property {@code HostResourceGroupArn}.
     */
    public Placement hostResourceGroupArn(String value) {
      return set("HostResourceGroupArn", Value.of(value));
    }

    /**
     * Sets {@code HostResourceGroupArn} to this value; see {@link #hostResourceGroupArn(String)}.
     */
    public Placement hostResourceGroupArn(Value<String> value) {
      return set("HostResourceGroupArn", value);
    }

    /**
     * The tenancy of the instance. An instance with a tenancy of <code>dedicated</code> runs on
     * single-tenant hardware. An instance with a tenancy of <code>host</code> runs on a Dedicated
     * Host.
     *
     * <p>If tenancy is set to <code>host</code> , then you can optionally specify one target for
     * placement – either host ID or host resource group ARN. If automatic placement is enabled for
     * your host, and you don't specify any placement target, Amazon EC2 will try to find an
     * available host for your build and test instances.
     *
     * <p>Allowed values: {@code default}, {@code dedicated}, {@code host}. CloudFormation property
     * {@code Tenancy}.
     */
    public Placement tenancy(String value) {
      return set("Tenancy", Value.of(value));
    }

    /** Sets {@code Tenancy} to this value; see {@link #tenancy(String)}. */
    public Placement tenancy(Value<String> value) {
      return set("Tenancy", value);
    }
  }

  /**
   * Amazon S3 logging configuration.
   *
   * <p>Property type {@code AWS::ImageBuilder::InfrastructureConfiguration.S3Logs}.
   */
  public static final class S3Logs extends Struct<S3Logs> {
    private static final Schema SCHEMA = Schema.builder("AWS::ImageBuilder::InfrastructureConfiguration.S3Logs")
        .constrain("S3BucketName", Constraint.of().minLength(1).maxLength(1024).format("AWS::S3::Bucket.Name"))
        .references("S3BucketName", "AWS::S3::Bucket.Ref")
        .constrain("S3KeyPrefix", Constraint.of().minLength(1).maxLength(1024))
        .build();

    public S3Logs() {
      super(SCHEMA);
    }

    /**
     * The S3 bucket in which to store the logs.
     *
     * <p>Length: 1 to 1024 characters. Format: {@code AWS::S3::Bucket.Name}. CloudFormation
     * property {@code S3BucketName}.
     */
    public S3Logs s3BucketName(String value) {
      return set("S3BucketName", Value.of(value));
    }

    /** Sets {@code S3BucketName} to this value; see {@link #s3BucketName(String)}. */
    public S3Logs s3BucketName(Value<String> value) {
      return set("S3BucketName", value);
    }

    /**
     * Sets {@code S3BucketName} to the Ref of {@code AWS::S3::Bucket}; see {@link
     * #s3BucketName(String)}.
     */
    public S3Logs s3BucketName(Bucket resource) {
      return set("S3BucketName", resource.ref());
    }

    /**
     * The Amazon S3 path to the bucket where the logs are stored.
     *
     * <p>Length: 1 to 1024 characters. CloudFormation property {@code S3KeyPrefix}.
     */
    public S3Logs s3KeyPrefix(String value) {
      return set("S3KeyPrefix", Value.of(value));
    }

    /** Sets {@code S3KeyPrefix} to this value; see {@link #s3KeyPrefix(String)}. */
    public S3Logs s3KeyPrefix(Value<String> value) {
      return set("S3KeyPrefix", value);
    }
  }
}
