// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.imagebuilder;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.ec2.LaunchTemplate;
import java.util.List;
import java.util.Map;

/**
 * A distribution configuration allows you to specify the name and description of your output AMI,
 * authorize other AWS account s to launch the AMI, and replicate the AMI to other AWS Regions . It
 * also allows you to export the AMI to Amazon S3 .
 *
 * <p>CloudFormation type {@code AWS::ImageBuilder::DistributionConfiguration}.
 */
public final class DistributionConfiguration extends Resource<DistributionConfiguration> {
  private static final Schema SCHEMA = Schema.builder("AWS::ImageBuilder::DistributionConfiguration")
      .required("Distributions", "Name")
      .constrain("Description", Constraint.of().minLength(1).maxLength(1024))
      .constrain("Name", Constraint.of().pattern("^[-_A-Za-z-0-9][-_A-Za-z0-9 ]{1,126}[-_A-Za-z-0-9]$"))
      .refYields("Arn")
      .attributes("Arn", "Name")
      .tags("Tags", Schema.TagForm.MAP)
      .build();

  public DistributionConfiguration(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The description of this distribution configuration.
   *
   * <p>Length: 1 to 1024 characters. CloudFormation property {@code Description}.
   */
  public DistributionConfiguration description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public DistributionConfiguration description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The distributions of this distribution configuration formatted as an array of Distribution
   * objects.
   *
   * <p>Required. CloudFormation property {@code Distributions}.
   */
  public DistributionConfiguration distributions(List<Distribution> value) {
    return set("Distributions", Value.listOf(value));
  }

  /** Sets {@code Distributions} to this value; see {@link #distributions(List)}. */
  public DistributionConfiguration distributions(Value<List<Distribution>> value) {
    return set("Distributions", value);
  }

  /** Sets {@code Distributions} to a list of these; see {@link #distributions(List)}. */
  public DistributionConfiguration distributions(Distribution... values) {
    return set("Distributions", Value.list(values));
  }

  /**
   * The name of this distribution configuration.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code ^[-_A-Za-z-0-9][-_A-Za-z0-9
   * ]{1,126}[-_A-Za-z-0-9]$}. CloudFormation property {@code Name}.
   */
  public DistributionConfiguration name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public DistributionConfiguration name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The tags of this distribution configuration.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public DistributionConfiguration tags(Map<String, String> value) {
    return set("Tags", Value.mapOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(Map)}. */
  public DistributionConfiguration tags(Value<Map<String, String>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a map of key to value; see {@link #tags(Map)}. */
  public DistributionConfiguration tags(Tags tags) {
    return set("Tags", tags.asMap());
  }

  /**
   * Returns the Amazon Resource Name (ARN) of this distribution configuration. The following
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
   * Returns the name of the distribution configuration.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Name}.
   */
  public Value<String> name() {
    return getAtt("Name");
  }

  /**
   * Define and configure the output AMIs of the pipeline.
   *
   * <p>Property type {@code
   * AWS::ImageBuilder::DistributionConfiguration.AmiDistributionConfiguration}.
   */
  public static final class AmiDistributionConfiguration extends Struct<AmiDistributionConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::ImageBuilder::DistributionConfiguration.AmiDistributionConfiguration")
        .constrain("Description", Constraint.of().minLength(1).maxLength(1024))
        .constrain("Name", Constraint.of().pattern("^[-_A-Za-z0-9{][-_A-Za-z0-9\\s:{}\\.]+[-_A-Za-z0-9}]$").minLength(1).maxLength(127))
        .constrain("TargetAccountIds", Constraint.of().pattern("^[0-9]{12}$"))
        .build();

    public AmiDistributionConfiguration() {
      super(SCHEMA);
    }

    /**
     * The tags to apply to AMIs distributed to this Region.
     *
     * <p>CloudFormation property {@code AmiTags}.
     */
    public AmiDistributionConfiguration amiTags(Map<String, String> value) {
      return set("AmiTags", Value.mapOf(value));
    }

    /** Sets {@code AmiTags} to this value; see {@link #amiTags(Map)}. */
    public AmiDistributionConfiguration amiTags(Value<Map<String, String>> value) {
      return set("AmiTags", value);
    }

    /**
     * The description of the AMI distribution configuration. Minimum and maximum length are in
     * characters.
     *
     * <p>Length: 1 to 1024 characters. CloudFormation property {@code Description}.
     */
    public AmiDistributionConfiguration description(String value) {
      return set("Description", Value.of(value));
    }

    /** Sets {@code Description} to this value; see {@link #description(String)}. */
    public AmiDistributionConfiguration description(Value<String> value) {
      return set("Description", value);
    }

    /**
     * The Amazon Resource Name (ARN) that uniquely identifies the KMS key used to encrypt the
     * distributed image. This can be either the Key ARN or the Alias ARN. For more information, see
     * <a
     * href="https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#key-id-key-ARN">Key
     * identifiers (KeyId)</a> in the <em>AWS Key Management Service Developer Guide</em> .
     *
     * <p>CloudFormation property {@code KmsKeyId}.
     */
    public AmiDistributionConfiguration kmsKeyId(String value) {
      return set("KmsKeyId", Value.of(value));
    }

    /** Sets {@code KmsKeyId} to this value; see {@link #kmsKeyId(String)}. */
    public AmiDistributionConfiguration kmsKeyId(Value<String> value) {
      return set("KmsKeyId", value);
    }

    /**
     * Launch permissions can be used to configure which AWS account s can use the AMI to launch
     * instances.
     *
     * <p>CloudFormation property {@code LaunchPermissionConfiguration}.
     */
    public AmiDistributionConfiguration launchPermissionConfiguration(Value<LaunchPermissionConfiguration> value) {
      return set("LaunchPermissionConfiguration", value);
    }

    /**
     * The name of the output AMI.
     *
     * <p>Length: 1 to 127 characters. Pattern: {@code
     * ^[-_A-Za-z0-9{][-_A-Za-z0-9&#92;s:{}&#92;.]+[-_A-Za-z0-9}]$}. CloudFormation property {@code
     * Name}.
     */
    public AmiDistributionConfiguration name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public AmiDistributionConfiguration name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The ID of an account to which you want to distribute an image.
     *
     * <p>Pattern: {@code ^[0-9]{12}$}. CloudFormation property {@code TargetAccountIds}.
     */
    public AmiDistributionConfiguration targetAccountIds(List<String> value) {
      return set("TargetAccountIds", Value.listOf(value));
    }

    /** Sets {@code TargetAccountIds} to this value; see {@link #targetAccountIds(List)}. */
    public AmiDistributionConfiguration targetAccountIds(Value<List<String>> value) {
      return set("TargetAccountIds", value);
    }
  }

  /**
   * Container distribution settings for encryption, licensing, and sharing in a specific Region.
   *
   * <p>Property type {@code
   * AWS::ImageBuilder::DistributionConfiguration.ContainerDistributionConfiguration}.
   */
  public static final class ContainerDistributionConfiguration extends Struct<ContainerDistributionConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::ImageBuilder::DistributionConfiguration.ContainerDistributionConfiguration")
        .constrain("ContainerTags", Constraint.of().minLength(1).maxLength(1024))
        .constrain("Description", Constraint.of().minLength(1).maxLength(1024))
        .build();

    public ContainerDistributionConfiguration() {
      super(SCHEMA);
    }

    /**
     * Tags that are attached to the container distribution configuration.
     *
     * <p>Length: 1 to 1024 characters. CloudFormation property {@code ContainerTags}.
     */
    public ContainerDistributionConfiguration containerTags(List<String> value) {
      return set("ContainerTags", Value.listOf(value));
    }

    /** Sets {@code ContainerTags} to this value; see {@link #containerTags(List)}. */
    public ContainerDistributionConfiguration containerTags(Value<List<String>> value) {
      return set("ContainerTags", value);
    }

    /**
     * The description of the container distribution configuration.
     *
     * <p>Length: 1 to 1024 characters. CloudFormation property {@code Description}.
     */
    public ContainerDistributionConfiguration description(String value) {
      return set("Description", Value.of(value));
    }

    /** Sets {@code Description} to this value; see {@link #description(String)}. */
    public ContainerDistributionConfiguration description(Value<String> value) {
      return set("Description", value);
    }

    /**
     * The destination repository for the container distribution configuration.
     *
     * <p>CloudFormation property {@code TargetRepository}.
     */
    public ContainerDistributionConfiguration targetRepository(Value<TargetContainerRepository> value) {
      return set("TargetRepository", value);
    }
  }

  /**
   * The distribution configuration distribution defines the settings for a specific Region in the
   * Distribution Configuration. You must specify whether the distribution is for an AMI or a
   * container image. To do so, include exactly one of the following data types for your
   * distribution:
   *
   * <ul> <li>amiDistributionConfiguration <li>containerDistributionConfiguration </ul>
   *
   * <p>Property type {@code AWS::ImageBuilder::DistributionConfiguration.Distribution}.
   */
  public static final class Distribution extends Struct<Distribution> {
    private static final Schema SCHEMA = Schema.builder("AWS::ImageBuilder::DistributionConfiguration.Distribution")
        .required("Region")
        .constrain("LicenseConfigurationArns", Constraint.of().pattern("^arn:aws[^:]*:license-manager:[^:]+:[0-9]{12}:license-configuration:lic-[a-z0-9-_]{32}$"))
        .constrain("Region", Constraint.of().minLength(1).maxLength(1024))
        .build();

    public Distribution() {
      super(SCHEMA);
    }

    /**
     * The specific AMI settings, such as launch permissions and AMI tags. For details, see example
     * schema below.
     *
     * <p>CloudFormation property {@code AmiDistributionConfiguration}.
     */
    public Distribution amiDistributionConfiguration(Value<AmiDistributionConfiguration> value) {
      return set("AmiDistributionConfiguration", value);
    }

    /**
     * Container distribution settings for encryption, licensing, and sharing in a specific Region.
     * For details, see example schema below.
     *
     * <p>CloudFormation property {@code ContainerDistributionConfiguration}.
     */
    public Distribution containerDistributionConfiguration(Value<ContainerDistributionConfiguration> value) {
      return set("ContainerDistributionConfiguration", value);
    }

    /**
     * The Windows faster-launching configurations to use for AMI distribution.
     *
     * <p>CloudFormation property {@code FastLaunchConfigurations}.
     */
    public Distribution fastLaunchConfigurations(List<FastLaunchConfiguration> value) {
      return set("FastLaunchConfigurations", Value.listOf(value));
    }

    /**
     * Sets {@code FastLaunchConfigurations} to this value; see {@link
     * #fastLaunchConfigurations(List)}.
     */
    public Distribution fastLaunchConfigurations(Value<List<FastLaunchConfiguration>> value) {
      return set("FastLaunchConfigurations", value);
    }

    /**
     * Sets {@code FastLaunchConfigurations} to a list of these; see {@link
     * #fastLaunchConfigurations(List)}.
     */
    public Distribution fastLaunchConfigurations(FastLaunchConfiguration... values) {
      return set("FastLaunchConfigurations", Value.list(values));
    }

    /**
     * A group of launchTemplateConfiguration settings that apply to image distribution for
     * specified accounts.
     *
     * <p>CloudFormation property {@code LaunchTemplateConfigurations}.
     */
    public Distribution launchTemplateConfigurations(List<LaunchTemplateConfiguration> value) {
      return set("LaunchTemplateConfigurations", Value.listOf(value));
    }

    /**
     * Sets {@code LaunchTemplateConfigurations} to this value; see {@link
     * #launchTemplateConfigurations(List)}.
     */
    public Distribution launchTemplateConfigurations(Value<List<LaunchTemplateConfiguration>> value) {
      return set("LaunchTemplateConfigurations", value);
    }

    /**
     * Sets {@code LaunchTemplateConfigurations} to a list of these; see {@link
     * #launchTemplateConfigurations(List)}.
     */
    public Distribution launchTemplateConfigurations(LaunchTemplateConfiguration... values) {
      return set("LaunchTemplateConfigurations", Value.list(values));
    }

    /**
     * The License Manager Configuration to associate with the AMI in the specified Region. For more
     * information, see the <a
     * href="https://docs.aws.amazon.com/license-manager/latest/APIReference/API_LicenseConfiguration.html">LicenseConfiguration
     * API</a> .
     *
     * <p>Pattern: {@code
     * ^arn:aws[^:]*:license-manager:[^:]+:[0-9]{12}:license-configuration:lic-[a-z0-9-_]{32}$}.
     * CloudFormation property {@code LicenseConfigurationArns}.
     */
    public Distribution licenseConfigurationArns(List<String> value) {
      return set("LicenseConfigurationArns", Value.listOf(value));
    }

    /**
     * Sets {@code LicenseConfigurationArns} to this value; see {@link
     * #licenseConfigurationArns(List)}.
     */
    public Distribution licenseConfigurationArns(Value<List<String>> value) {
      return set("LicenseConfigurationArns", value);
    }

    /**
     * The target Region for the Distribution Configuration. For example, <code>eu-west-1</code> .
     *
     * <p>Required. Length: 1 to 1024 characters. CloudFormation property {@code Region}.
     */
    public Distribution region(String value) {
      return set("Region", Value.of(value));
    }

    /** Sets {@code Region} to this value; see {@link #region(String)}. */
    public Distribution region(Value<String> value) {
      return set("Region", value);
    }

    /**
     * Contains settings to update AWS Systems Manager (SSM) Parameter Store Parameters with output
     * AMI IDs from the build by target Region.
     *
     * <p>CloudFormation property {@code SsmParameterConfigurations}.
     */
    public Distribution ssmParameterConfigurations(List<SsmParameterConfiguration> value) {
      return set("SsmParameterConfigurations", Value.listOf(value));
    }

    /**
     * Sets {@code SsmParameterConfigurations} to this value; see {@link
     * #ssmParameterConfigurations(List)}.
     */
    public Distribution ssmParameterConfigurations(Value<List<SsmParameterConfiguration>> value) {
      return set("SsmParameterConfigurations", value);
    }

    /**
     * Sets {@code SsmParameterConfigurations} to a list of these; see {@link
     * #ssmParameterConfigurations(List)}.
     */
    public Distribution ssmParameterConfigurations(SsmParameterConfiguration... values) {
      return set("SsmParameterConfigurations", Value.list(values));
    }
  }

  /**
   * Define and configure faster launching for output Windows AMIs.
   *
   * <p>Property type {@code AWS::ImageBuilder::DistributionConfiguration.FastLaunchConfiguration}.
   */
  public static final class FastLaunchConfiguration extends Struct<FastLaunchConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::ImageBuilder::DistributionConfiguration.FastLaunchConfiguration")
        .constrain("AccountId", Constraint.of().pattern("^[0-9]{12}$"))
        .constrain("MaxParallelLaunches", Constraint.of().minimum(1))
        .build();

    public FastLaunchConfiguration() {
      super(SCHEMA);
    }

    /**
     * The owner account ID for the fast-launch enabled Windows AMI.
     *
     * <p>Pattern: {@code ^[0-9]{12}$}. CloudFormation property {@code AccountId}.
     */
    public FastLaunchConfiguration accountId(String value) {
      return set("AccountId", Value.of(value));
    }

    /** Sets {@code AccountId} to this value; see {@link #accountId(String)}. */
    public FastLaunchConfiguration accountId(Value<String> value) {
      return set("AccountId", value);
    }

    /**
     * A Boolean that represents the current state of faster launching for the Windows AMI. Set to
     * <code>true</code> to start using Windows faster launching, or <code>false</code> to stop
     * using it.
     *
     * <p>CloudFormation property {@code Enabled}.
     */
    public FastLaunchConfiguration enabled(boolean value) {
      return set("Enabled", Value.of(value));
    }

    /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
    public FastLaunchConfiguration enabled(Value<Boolean> value) {
      return set("Enabled", value);
    }

    /**
     * The launch template that the fast-launch enabled Windows AMI uses when it launches Windows
     * instances to create pre-provisioned snapshots.
     *
     * <p>CloudFormation property {@code LaunchTemplate}.
     */
    public FastLaunchConfiguration launchTemplate(Value<FastLaunchLaunchTemplateSpecification> value) {
      return set("LaunchTemplate", value);
    }

    /**
     * The maximum number of parallel instances that are launched for creating resources.
     *
     * <p>Range: at least 1. CloudFormation property {@code MaxParallelLaunches}.
     */
    public FastLaunchConfiguration maxParallelLaunches(int value) {
      return set("MaxParallelLaunches", Value.of(value));
    }

    /** Sets {@code MaxParallelLaunches} to this value; see {@link #maxParallelLaunches(int)}. */
    public FastLaunchConfiguration maxParallelLaunches(Value<Integer> value) {
      return set("MaxParallelLaunches", value);
    }

    /**
     * Configuration settings for managing the number of snapshots that are created from
     * pre-provisioned instances for the Windows AMI when faster launching is enabled.
     *
     * <p>CloudFormation property {@code SnapshotConfiguration}.
     */
    public FastLaunchConfiguration snapshotConfiguration(Value<FastLaunchSnapshotConfiguration> value) {
      return set("SnapshotConfiguration", value);
    }
  }

  /**
   * Identifies the launch template that the associated Windows AMI uses for launching an instance
   * when faster launching is enabled.
   *
   * <p>You can specify either the <code>launchTemplateName</code> or the
   * <code>launchTemplateId</code> , but not both.
   *
   * <p>Property type {@code
   * AWS::ImageBuilder::DistributionConfiguration.FastLaunchLaunchTemplateSpecification}.
   */
  public static final class FastLaunchLaunchTemplateSpecification extends Struct<FastLaunchLaunchTemplateSpecification> {
    private static final Schema SCHEMA = Schema.builder("AWS::ImageBuilder::DistributionConfiguration.FastLaunchLaunchTemplateSpecification")
        .constrain("LaunchTemplateId", Constraint.of().pattern("^lt-[a-z0-9-_]{17}$"))
        .constrain("LaunchTemplateName", Constraint.of().minLength(1).maxLength(1024))
        .constrain("LaunchTemplateVersion", Constraint.of().minLength(1).maxLength(1024))
        .build();

    public FastLaunchLaunchTemplateSpecification() {
      super(SCHEMA);
    }

    /**
     * The ID of the launch template to use for faster launching for a Windows AMI.
     *
     * <p>Pattern: {@code ^lt-[a-z0-9-_]{17}$}. CloudFormation property {@code LaunchTemplateId}.
     */
    public FastLaunchLaunchTemplateSpecification launchTemplateId(String value) {
      return set("LaunchTemplateId", Value.of(value));
    }

    /** Sets {@code LaunchTemplateId} to this value; see {@link #launchTemplateId(String)}. */
    public FastLaunchLaunchTemplateSpecification launchTemplateId(Value<String> value) {
      return set("LaunchTemplateId", value);
    }

    /**
     * The name of the launch template to use for faster launching for a Windows AMI.
     *
     * <p>Length: 1 to 1024 characters. CloudFormation property {@code LaunchTemplateName}.
     */
    public FastLaunchLaunchTemplateSpecification launchTemplateName(String value) {
      return set("LaunchTemplateName", Value.of(value));
    }

    /** Sets {@code LaunchTemplateName} to this value; see {@link #launchTemplateName(String)}. */
    public FastLaunchLaunchTemplateSpecification launchTemplateName(Value<String> value) {
      return set("LaunchTemplateName", value);
    }

    /**
     * The version of the launch template to use for faster launching for a Windows AMI.
     *
     * <p>Length: 1 to 1024 characters. CloudFormation property {@code LaunchTemplateVersion}.
     */
    public FastLaunchLaunchTemplateSpecification launchTemplateVersion(String value) {
      return set("LaunchTemplateVersion", Value.of(value));
    }

    /**
     * Sets {@code LaunchTemplateVersion} to this value; see {@link #launchTemplateVersion(String)}.
     */
    public FastLaunchLaunchTemplateSpecification launchTemplateVersion(Value<String> value) {
      return set("LaunchTemplateVersion", value);
    }
  }

  /**
   * Configuration settings for creating and managing pre-provisioned snapshots for a fast-launch
   * enabled Windows AMI.
   *
   * <p>Property type {@code
   * AWS::ImageBuilder::DistributionConfiguration.FastLaunchSnapshotConfiguration}.
   */
  public static final class FastLaunchSnapshotConfiguration extends Struct<FastLaunchSnapshotConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::ImageBuilder::DistributionConfiguration.FastLaunchSnapshotConfiguration")
        .constrain("TargetResourceCount", Constraint.of().minimum(1).maximum(10000))
        .build();

    public FastLaunchSnapshotConfiguration() {
      super(SCHEMA);
    }

    /**
     * The number of pre-provisioned snapshots to keep on hand for a fast-launch enabled Windows
     * AMI.
     *
     * <p>Range: 1 to 10000. CloudFormation property {@code TargetResourceCount}.
     */
    public FastLaunchSnapshotConfiguration targetResourceCount(int value) {
      return set("TargetResourceCount", Value.of(value));
    }

    /** Sets {@code TargetResourceCount} to this value; see {@link #targetResourceCount(int)}. */
    public FastLaunchSnapshotConfiguration targetResourceCount(Value<Integer> value) {
      return set("TargetResourceCount", value);
    }
  }

  /**
   * Describes the configuration for a launch permission. The launch permission modification request
   * is sent to the <a
   * href="https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ModifyImageAttribute.html">Amazon
   * EC2 ModifyImageAttribute</a> API on behalf of the user for each Region they have selected to
   * distribute the AMI. To make an AMI public, set the launch permission authorized accounts to
   * <code>all</code> . See the examples for making an AMI public at <a
   * href="https://docs.aws.amazon.com/AWSEC2/latest/APIReference/API_ModifyImageAttribute.html">Amazon
   * EC2 ModifyImageAttribute</a> .
   *
   * <p>Property type {@code
   * AWS::ImageBuilder::DistributionConfiguration.LaunchPermissionConfiguration}.
   */
  public static final class LaunchPermissionConfiguration extends Struct<LaunchPermissionConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::ImageBuilder::DistributionConfiguration.LaunchPermissionConfiguration");

    public LaunchPermissionConfiguration() {
      super(SCHEMA);
    }

    /**
     * The ARN for an AWS Organization that you want to share your AMI with. For more information,
     * see <a
     * href="https://docs.aws.amazon.com/organizations/latest/userguide/orgs_introduction.html">What
     * is AWS Organizations ?</a> .
     *
     * <p>CloudFormation property {@code OrganizationArns}.
     */
    public LaunchPermissionConfiguration organizationArns(List<String> value) {
      return set("OrganizationArns", Value.listOf(value));
    }

    /** Sets {@code OrganizationArns} to this value; see {@link #organizationArns(List)}. */
    public LaunchPermissionConfiguration organizationArns(Value<List<String>> value) {
      return set("OrganizationArns", value);
    }

    /**
     * The ARN for an AWS Organizations organizational unit (OU) that you want to share your AMI
     * with. For more information about key concepts for AWS Organizations , see <a
     * href="https://docs.aws.amazon.com/organizations/latest/userguide/orgs_getting-started_concepts.html">AWS
     * Organizations terminology and concepts</a> .
     *
     * <p>CloudFormation property {@code OrganizationalUnitArns}.
     */
    public LaunchPermissionConfiguration organizationalUnitArns(List<String> value) {
      return set("OrganizationalUnitArns", Value.listOf(value));
    }

    /**
     * Sets {@code OrganizationalUnitArns} to this value; see {@link #organizationalUnitArns(List)}.
     */
    public LaunchPermissionConfiguration organizationalUnitArns(Value<List<String>> value) {
      return set("OrganizationalUnitArns", value);
    }

    /**
     * The name of the group.
     *
     * <p>CloudFormation property {@code UserGroups}.
     */
    public LaunchPermissionConfiguration userGroups(List<String> value) {
      return set("UserGroups", Value.listOf(value));
    }

    /** Sets {@code UserGroups} to this value; see {@link #userGroups(List)}. */
    public LaunchPermissionConfiguration userGroups(Value<List<String>> value) {
      return set("UserGroups", value);
    }

    /**
     * The AWS account ID.
     *
     * <p>CloudFormation property {@code UserIds}.
     */
    public LaunchPermissionConfiguration userIds(List<String> value) {
      return set("UserIds", Value.listOf(value));
    }

    /** Sets {@code UserIds} to this value; see {@link #userIds(List)}. */
    public LaunchPermissionConfiguration userIds(Value<List<String>> value) {
      return set("UserIds", value);
    }
  }

  /**
   * Identifies an Amazon EC2 launch template to use for a specific account.
   *
   * <p>Property type {@code
   * AWS::ImageBuilder::DistributionConfiguration.LaunchTemplateConfiguration}.
   */
  public static final class LaunchTemplateConfiguration extends Struct<LaunchTemplateConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::ImageBuilder::DistributionConfiguration.LaunchTemplateConfiguration")
        .constrain("AccountId", Constraint.of().pattern("^[0-9]{12}$"))
        .constrain("LaunchTemplateId", Constraint.of().pattern("^lt-[a-z0-9-_]{17}$"))
        .references("LaunchTemplateId", "AWS::EC2::LaunchTemplate.Ref")
        .build();

    public LaunchTemplateConfiguration() {
      super(SCHEMA);
    }

    /**
     * The account ID that this configuration applies to.
     *
     * <p>Pattern: {@code ^[0-9]{12}$}. CloudFormation property {@code AccountId}.
     */
    public LaunchTemplateConfiguration accountId(String value) {
      return set("AccountId", Value.of(value));
    }

    /** Sets {@code AccountId} to this value; see {@link #accountId(String)}. */
    public LaunchTemplateConfiguration accountId(Value<String> value) {
      return set("AccountId", value);
    }

    /**
     * Identifies the Amazon EC2 launch template to use.
     *
     * <p>Pattern: {@code ^lt-[a-z0-9-_]{17}$}. CloudFormation property {@code LaunchTemplateId}.
     */
    public LaunchTemplateConfiguration launchTemplateId(String value) {
      return set("LaunchTemplateId", Value.of(value));
    }

    /** Sets {@code LaunchTemplateId} to this value; see {@link #launchTemplateId(String)}. */
    public LaunchTemplateConfiguration launchTemplateId(Value<String> value) {
      return set("LaunchTemplateId", value);
    }

    /**
     * Sets {@code LaunchTemplateId} to the Ref of {@code AWS::EC2::LaunchTemplate}; see {@link
     * #launchTemplateId(String)}.
     */
    public LaunchTemplateConfiguration launchTemplateId(LaunchTemplate resource) {
      return set("LaunchTemplateId", resource.ref());
    }

    /**
     * Set the specified Amazon EC2 launch template as the default launch template for the specified
     * account.
     *
     * <p>CloudFormation property {@code SetDefaultVersion}.
     */
    public LaunchTemplateConfiguration setDefaultVersion(boolean value) {
      return set("SetDefaultVersion", Value.of(value));
    }

    /** Sets {@code SetDefaultVersion} to this value; see {@link #setDefaultVersion(boolean)}. */
    public LaunchTemplateConfiguration setDefaultVersion(Value<Boolean> value) {
      return set("SetDefaultVersion", value);
    }
  }

  /**
   * Configuration for a single Parameter in the AWS Systems Manager (SSM) Parameter Store in a
   * given Region.
   *
   * <p>Property type {@code
   * AWS::ImageBuilder::DistributionConfiguration.SsmParameterConfiguration}.
   */
  public static final class SsmParameterConfiguration extends Struct<SsmParameterConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::ImageBuilder::DistributionConfiguration.SsmParameterConfiguration")
        .required("ParameterName")
        .constrain("AmiAccountId", Constraint.of().pattern("^[0-9]{12}$"))
        .allowed("DataType", "text", "aws:ec2:image")
        .constrain("ParameterName", Constraint.of().pattern("^[a-zA-Z0-9_.\\-\\/]+$").minLength(1).maxLength(1011))
        .build();

    public SsmParameterConfiguration() {
      super(SCHEMA);
    }

    /**
     * Specify the account that will own the Parameter in a given Region. During distribution, this
     * account must be specified in distribution settings as a target account for the Region.
     *
     * <p>Pattern: {@code ^[0-9]{12}$}. CloudFormation property {@code AmiAccountId}.
     */
    public SsmParameterConfiguration amiAccountId(String value) {
      return set("AmiAccountId", Value.of(value));
    }

    /** Sets {@code AmiAccountId} to this value; see {@link #amiAccountId(String)}. */
    public SsmParameterConfiguration amiAccountId(Value<String> value) {
      return set("AmiAccountId", value);
    }

    /**
     * The data type specifies what type of value the Parameter contains. We recommend that you use
     * data type <code>aws:ec2:image</code> .
     *
     * <p>Allowed values: {@code text}, {@code aws:ec2:image}. CloudFormation property {@code
     * DataType}.
     */
    public SsmParameterConfiguration dataType(String value) {
      return set("DataType", Value.of(value));
    }

    /** Sets {@code DataType} to this value; see {@link #dataType(String)}. */
    public SsmParameterConfiguration dataType(Value<String> value) {
      return set("DataType", value);
    }

    /**
     * This is the name of the Parameter in the target Region or account. The image distribution
     * creates the Parameter if it doesn't already exist. Otherwise, it updates the parameter.
     *
     * <p>Required. Length: 1 to 1011 characters. Pattern: {@code ^[a-zA-Z0-9_.&#92;-&#92;/]+$}.
     * CloudFormation property {@code ParameterName}.
     */
    public SsmParameterConfiguration parameterName(String value) {
      return set("ParameterName", Value.of(value));
    }

    /** Sets {@code ParameterName} to this value; see {@link #parameterName(String)}. */
    public SsmParameterConfiguration parameterName(Value<String> value) {
      return set("ParameterName", value);
    }
  }

  /**
   * The container repository where the output container image is stored.
   *
   * <p>Property type {@code
   * AWS::ImageBuilder::DistributionConfiguration.TargetContainerRepository}.
   */
  public static final class TargetContainerRepository extends Struct<TargetContainerRepository> {
    private static final Schema SCHEMA = Schema.builder("AWS::ImageBuilder::DistributionConfiguration.TargetContainerRepository")
        .constrain("RepositoryName", Constraint.of().minLength(1).maxLength(1024))
        .allowed("Service", "ECR")
        .build();

    public TargetContainerRepository() {
      super(SCHEMA);
    }

    /**
     * The name of the container repository where the output container image is stored. This name is
     * prefixed by the repository location. For example, <code>&lt;repository location
     * url&gt;/repository_name</code> .
     *
     * <p>Length: 1 to 1024 characters. CloudFormation property {@code RepositoryName}.
     */
    public TargetContainerRepository repositoryName(String value) {
      return set("RepositoryName", Value.of(value));
    }

    /** Sets {@code RepositoryName} to this value; see {@link #repositoryName(String)}. */
    public TargetContainerRepository repositoryName(Value<String> value) {
      return set("RepositoryName", value);
    }

    /**
     * Specifies the service in which this image was registered.
     *
     * <p>Allowed values: {@code ECR}. CloudFormation property {@code Service}.
     */
    public TargetContainerRepository service(String value) {
      return set("Service", Value.of(value));
    }

    /** Sets {@code Service} to this value; see {@link #service(String)}. */
    public TargetContainerRepository service(Value<String> value) {
      return set("Service", value);
    }
  }
}
