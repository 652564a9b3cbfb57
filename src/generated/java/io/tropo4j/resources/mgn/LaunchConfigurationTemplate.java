// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.mgn;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;
import java.util.Map;

/**
 * Account level Launch Configuration Template for AWS Application Migration Service.
 *
 * <p>CloudFormation type {@code AWS::MGN::LaunchConfigurationTemplate}.
 */
public final class LaunchConfigurationTemplate extends Resource<LaunchConfigurationTemplate> {
  private static final Schema SCHEMA = Schema.builder("AWS::MGN::LaunchConfigurationTemplate")
      .allowed("BootMode", "LEGACY_BIOS", "UEFI", "USE_SOURCE")
      .allowed("LaunchDisposition", "STOPPED", "STARTED")
      .constrain("MapAutoTaggingMpeID", Constraint.of().minLength(0).maxLength(256))
      .constrain("ParametersEncryptionKey", Constraint.of().pattern("^((arn:[\\w-]+:kms:([a-z]{2}-(gov-)?[a-z]+-\\d{1})?:(\\d{12})?:((alias|key)/[a-zA-Z0-9:/_-]{1,256}))|())$").minLength(20).maxLength(276))
      .constrain("SmallVolumeMaxSize", Constraint.of().minimum(0))
      .allowed("TargetInstanceTypeRightSizingMethod", "NONE", "BASIC")
      .refYields("Arn")
      .attributes("Arn", "Ec2LaunchTemplateID", "LaunchConfigurationTemplateID")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public LaunchConfigurationTemplate(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Whether to associate a public IP address with the launched instance.
   *
   * <p>CloudFormation property {@code AssociatePublicIpAddress}.
   */
  public LaunchConfigurationTemplate associatePublicIpAddress(boolean value) {
    return set("AssociatePublicIpAddress", Value.of(value));
  }

  /**
   * Sets {@code AssociatePublicIpAddress} to this value; see {@link
   * #associatePublicIpAddress(boolean)}.
   */
  public LaunchConfigurationTemplate associatePublicIpAddress(Value<Boolean> value) {
    return set("AssociatePublicIpAddress", value);
  }

  /**
   * Launch configuration template boot mode.
   *
   * <p>Allowed values: {@code LEGACY_BIOS}, {@code UEFI}, {@code USE_SOURCE}. CloudFormation
   * property {@code BootMode}.
   */
  public LaunchConfigurationTemplate bootMode(String value) {
    return set("BootMode", Value.of(value));
  }

  /** Sets {@code BootMode} to this value; see {@link #bootMode(String)}. */
  public LaunchConfigurationTemplate bootMode(Value<String> value) {
    return set("BootMode", value);
  }

  /**
   * Whether to copy the private IP of the source server.
   *
   * <p>CloudFormation property {@code CopyPrivateIp}.
   */
  public LaunchConfigurationTemplate copyPrivateIp(boolean value) {
    return set("CopyPrivateIp", Value.of(value));
  }

  /** Sets {@code CopyPrivateIp} to this value; see {@link #copyPrivateIp(boolean)}. */
  public LaunchConfigurationTemplate copyPrivateIp(Value<Boolean> value) {
    return set("CopyPrivateIp", value);
  }

  /**
   * Whether to copy the tags of the source server.
   *
   * <p>CloudFormation property {@code CopyTags}.
   */
  public LaunchConfigurationTemplate copyTags(boolean value) {
    return set("CopyTags", Value.of(value));
  }

  /** Sets {@code CopyTags} to this value; see {@link #copyTags(boolean)}. */
  public LaunchConfigurationTemplate copyTags(Value<Boolean> value) {
    return set("CopyTags", value);
  }

  /**
   * Whether to enable map auto tagging.
   *
   * <p>CloudFormation property {@code EnableMapAutoTagging}.
   */
  public LaunchConfigurationTemplate enableMapAutoTagging(boolean value) {
    return set("EnableMapAutoTagging", Value.of(value));
  }

  /**
   * Sets {@code EnableMapAutoTagging} to this value; see {@link #enableMapAutoTagging(boolean)}.
   */
  public LaunchConfigurationTemplate enableMapAutoTagging(Value<Boolean> value) {
    return set("EnableMapAutoTagging", value);
  }

  /**
   * Whether to enable encryption of the AWS Systems Manager parameters used by post launch actions.
   *
   * <p>CloudFormation property {@code EnableParametersEncryption}.
   */
  public LaunchConfigurationTemplate enableParametersEncryption(boolean value) {
    return set("EnableParametersEncryption", Value.of(value));
  }

  /**
   * Sets {@code EnableParametersEncryption} to this value; see {@link
   * #enableParametersEncryption(boolean)}.
   */
  public LaunchConfigurationTemplate enableParametersEncryption(Value<Boolean> value) {
    return set("EnableParametersEncryption", value);
  }

  /**
   * Launch template disk configuration.
   *
   * <p>CloudFormation property {@code LargeVolumeConf}.
   */
  public LaunchConfigurationTemplate largeVolumeConf(Value<LaunchTemplateDiskConf> value) {
    return set("LargeVolumeConf", value);
  }

  /**
   * Launch disposition.
   *
   * <p>Allowed values: {@code STOPPED}, {@code STARTED}. CloudFormation property {@code
   * LaunchDisposition}.
   */
  public LaunchConfigurationTemplate launchDisposition(String value) {
    return set("LaunchDisposition", Value.of(value));
  }

  /** Sets {@code LaunchDisposition} to this value; see {@link #launchDisposition(String)}. */
  public LaunchConfigurationTemplate launchDisposition(Value<String> value) {
    return set("LaunchDisposition", value);
  }

  /**
   * Configuration of a machine's license.
   *
   * <p>CloudFormation property {@code Licensing}.
   */
  public LaunchConfigurationTemplate licensing(Value<Licensing> value) {
    return set("Licensing", value);
  }

  /**
   * Launch configuration template map auto tagging MPE ID.
   *
   * <p>Length: 0 to 256 characters. CloudFormation property {@code MapAutoTaggingMpeID}.
   */
  public LaunchConfigurationTemplate mapAutoTaggingMpeID(String value) {
    return set("MapAutoTaggingMpeID", Value.of(value));
  }

  /** Sets {@code MapAutoTaggingMpeID} to this value; see {@link #mapAutoTaggingMpeID(String)}. */
  public LaunchConfigurationTemplate mapAutoTaggingMpeID(Value<String> value) {
    return set("MapAutoTaggingMpeID", value);
  }

  /**
   * ARN of the KMS key used to encrypt the AWS Systems Manager parameters used by post launch
   * actions.
   *
   * <p>Length: 20 to 276 characters. Pattern: {@code
   * ^((arn:[&#92;w-]+:kms:([a-z]{2}-(gov-)?[a-z]+-&#92;d{1})?:(&#92;d{12})?:((alias|key)/[a-zA-Z0-9:/_-]{1,256}))|())$}.
   * CloudFormation property {@code ParametersEncryptionKey}.
   */
  public LaunchConfigurationTemplate parametersEncryptionKey(String value) {
    return set("ParametersEncryptionKey", Value.of(value));
  }

  /**
   * Sets {@code ParametersEncryptionKey} to this value; see {@link
   * #parametersEncryptionKey(String)}.
   */
  public LaunchConfigurationTemplate parametersEncryptionKey(Value<String> value) {
    return set("ParametersEncryptionKey", value);
  }

  /**
   * Post launch actions to execute on the Test or Cutover instance.
   *
   * <p>CloudFormation property {@code PostLaunchActions}.
   */
  public LaunchConfigurationTemplate postLaunchActions(Value<PostLaunchActions> value) {
    return set("PostLaunchActions", value);
  }

  /**
   * Launch template disk configuration.
   *
   * <p>CloudFormation property {@code SmallVolumeConf}.
   */
  public LaunchConfigurationTemplate smallVolumeConf(Value<LaunchTemplateDiskConf> value) {
    return set("SmallVolumeConf", value);
  }

  /**
   * Small volume maximum size, in GiB.
   *
   * <p>Range: at least 0. CloudFormation property {@code SmallVolumeMaxSize}.
   */
  public LaunchConfigurationTemplate smallVolumeMaxSize(int value) {
    return set("SmallVolumeMaxSize", Value.of(value));
  }

  /** Sets {@code SmallVolumeMaxSize} to this value; see {@link #smallVolumeMaxSize(int)}. */
  public LaunchConfigurationTemplate smallVolumeMaxSize(Value<Integer> value) {
    return set("SmallVolumeMaxSize", value);
  }

  /**
   * A set of tags to be associated with the Launch Configuration Template.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Tags}.
   */
  public LaunchConfigurationTemplate tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public LaunchConfigurationTemplate tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public LaunchConfigurationTemplate tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * Target instance type right-sizing method.
   *
   * <p>Allowed values: {@code NONE}, {@code BASIC}. CloudFormation property {@code
   * TargetInstanceTypeRightSizingMethod}.
   */
  public LaunchConfigurationTemplate targetInstanceTypeRightSizingMethod(String value) {
    return set("TargetInstanceTypeRightSizingMethod", Value.of(value));
  }

  /**
   * Sets {@code TargetInstanceTypeRightSizingMethod} to this value; see {@link
   * #targetInstanceTypeRightSizingMethod(String)}.
   */
  public LaunchConfigurationTemplate targetInstanceTypeRightSizingMethod(Value<String> value) {
    return set("TargetInstanceTypeRightSizingMethod", value);
  }

  /**
   * ARN of the Launch Configuration Template.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * ID of the EC2 launch template backing the Launch Configuration Template.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Ec2LaunchTemplateID}.
   */
  public Value<String> ec2LaunchTemplateID() {
    return getAtt("Ec2LaunchTemplateID");
  }

  /**
   * ID of the Launch Configuration Template.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LaunchConfigurationTemplateID}.
   */
  public Value<String> launchConfigurationTemplateID() {
    return getAtt("LaunchConfigurationTemplateID");
  }

  /**
   * Launch template disk configuration.
   *
   * <p>Property type {@code AWS::MGN::LaunchConfigurationTemplate.LaunchTemplateDiskConf}.
   */
  public static final class LaunchTemplateDiskConf extends Struct<LaunchTemplateDiskConf> {
    private static final Schema SCHEMA = Schema.builder("AWS::MGN::LaunchConfigurationTemplate.LaunchTemplateDiskConf")
        .constrain("Iops", Constraint.of().minimum(100).maximum(64000))
        .constrain("Throughput", Constraint.of().minimum(125).maximum(1000))
        .allowed("VolumeType", "io1", "io2", "gp3", "gp2", "st1", "sc1", "standard")
        .build();

    public LaunchTemplateDiskConf() {
      super(SCHEMA);
    }

    /**
     * Launch template disk IOPS configuration.
     *
     * <p>Range: 100 to 64000. CloudFormation property {@code Iops}.
     */
    public LaunchTemplateDiskConf iops(int value) {
      return set("Iops", Value.of(value));
    }

    /** Sets {@code Iops} to this value; see {@link #iops(int)}. */
    public LaunchTemplateDiskConf iops(Value<Integer> value) {
      return set("Iops", value);
    }

    /**
     * Launch template disk throughput configuration, in MiB/s.
     *
     * <p>Range: 125 to 1000. CloudFormation property {@code Throughput}.
     */
    public LaunchTemplateDiskConf throughput(int value) {
      return set("Throughput", Value.of(value));
    }

    /** Sets {@code Throughput} to this value; see {@link #throughput(int)}. */
    public LaunchTemplateDiskConf throughput(Value<Integer> value) {
      return set("Throughput", value);
    }

    /**
     * Launch template disk volume type configuration.
     *
     * <p>Allowed values: {@code io1}, {@code io2}, {@code gp3}, {@code gp2}, {@code st1}, {@code
     * sc1}, {@code standard}. CloudFormation property {@code VolumeType}.
     */
    public LaunchTemplateDiskConf volumeType(String value) {
      return set("VolumeType", Value.of(value));
    }

    /** Sets {@code VolumeType} to this value; see {@link #volumeType(String)}. */
    public LaunchTemplateDiskConf volumeType(Value<String> value) {
      return set("VolumeType", value);
    }
  }

  /**
   * Configuration of a machine's license.
   *
   * <p>Property type {@code AWS::MGN::LaunchConfigurationTemplate.Licensing}.
   */
  public static final class Licensing extends Struct<Licensing> {
    private static final Schema SCHEMA = Schema.of("AWS::MGN::LaunchConfigurationTemplate.Licensing");

    public Licensing() {
      super(SCHEMA);
    }

    /**
     * Whether to configure BYOL OS licensing.
     *
     * <p>CloudFormation property {@code OsByol}.
     */
    public Licensing osByol(boolean value) {
      return set("OsByol", Value.of(value));
    }

    /** Sets {@code OsByol} to this value; see {@link #osByol(boolean)}. */
    public Licensing osByol(Value<Boolean> value) {
      return set("OsByol", value);
    }
  }

  /**
   * Post launch actions to execute on the Test or Cutover instance.
   *
   * <p>Property type {@code AWS::MGN::LaunchConfigurationTemplate.PostLaunchActions}.
   */
  public static final class PostLaunchActions extends Struct<PostLaunchActions> {
    private static final Schema SCHEMA = Schema.builder("AWS::MGN::LaunchConfigurationTemplate.PostLaunchActions")
        .constrain("CloudWatchLogGroupName", Constraint.of().pattern("^[\\.\\-_/#A-Za-z0-9]+$").minLength(1).maxLength(512))
        .allowed("Deployment", "TEST_AND_CUTOVER", "CUTOVER_ONLY", "TEST_ONLY")
        .constrain("S3LogBucket", Constraint.of().minLength(3).maxLength(63))
        .constrain("S3OutputKeyPrefix", Constraint.of().minLength(0).maxLength(256))
        .build();

    public PostLaunchActions() {
      super(SCHEMA);
    }

    /**
     * AWS Systems Manager Command's CloudWatch log group name.
     *
     * <p>Length: 1 to 512 characters. Pattern: {@code ^[&#92;.&#92;-_/#A-Za-z0-9]+$}.
     * CloudFormation property {@code CloudWatchLogGroupName}.
     */
    public PostLaunchActions cloudWatchLogGroupName(String value) {
      return set("CloudWatchLogGroupName", Value.of(value));
    }

    /**
     * Sets {@code CloudWatchLogGroupName} to this value; see {@link
     * #cloudWatchLogGroupName(String)}.
     */
    public PostLaunchActions cloudWatchLogGroupName(Value<String> value) {
      return set("CloudWatchLogGroupName", value);
    }

    /**
     * Deployment type in which AWS Systems Manager Documents will be executed.
     *
     * <p>Allowed values: {@code TEST_AND_CUTOVER}, {@code CUTOVER_ONLY}, {@code TEST_ONLY}.
     * CloudFormation property {@code Deployment}.
     */
    public PostLaunchActions deployment(String value) {
      return set("Deployment", Value.of(value));
    }

    /** Sets {@code Deployment} to this value; see {@link #deployment(String)}. */
    public PostLaunchActions deployment(Value<String> value) {
      return set("Deployment", value);
    }

    /**
     * AWS Systems Manager Command's logs S3 log bucket.
     *
     * <p>Length: 3 to 63 characters. CloudFormation property {@code S3LogBucket}.
     */
    public PostLaunchActions s3LogBucket(String value) {
      return set("S3LogBucket", Value.of(value));
    }

    /** Sets {@code S3LogBucket} to this value; see {@link #s3LogBucket(String)}. */
    public PostLaunchActions s3LogBucket(Value<String> value) {
      return set("S3LogBucket", value);
    }

    /**
     * AWS Systems Manager Command's logs S3 output key prefix.
     *
     * <p>Length: 0 to 256 characters. CloudFormation property {@code S3OutputKeyPrefix}.
     */
    public PostLaunchActions s3OutputKeyPrefix(String value) {
      return set("S3OutputKeyPrefix", Value.of(value));
    }

    /** Sets {@code S3OutputKeyPrefix} to this value; see {@link #s3OutputKeyPrefix(String)}. */
    public PostLaunchActions s3OutputKeyPrefix(Value<String> value) {
      return set("S3OutputKeyPrefix", value);
    }

    /**
     * AWS Systems Manager Documents to execute, in order.
     *
     * <p>CloudFormation property {@code SsmDocuments}.
     */
    public PostLaunchActions ssmDocuments(List<SsmDocument> value) {
      return set("SsmDocuments", Value.listOf(value));
    }

    /** Sets {@code SsmDocuments} to this value; see {@link #ssmDocuments(List)}. */
    public PostLaunchActions ssmDocuments(Value<List<SsmDocument>> value) {
      return set("SsmDocuments", value);
    }

    /** Sets {@code SsmDocuments} to a list of these; see {@link #ssmDocuments(List)}. */
    public PostLaunchActions ssmDocuments(SsmDocument... values) {
      return set("SsmDocuments", Value.list(values));
    }
  }

  /**
   * An AWS Systems Manager Document to execute as a post launch action.
   *
   * <p>Property type {@code AWS::MGN::LaunchConfigurationTemplate.SsmDocument}.
   */
  public static final class SsmDocument extends Struct<SsmDocument> {
    private static final Schema SCHEMA = Schema.builder("AWS::MGN::LaunchConfigurationTemplate.SsmDocument")
        .required("ActionName", "SsmDocumentName")
        .constrain("ActionName", Constraint.of().minLength(0).maxLength(256))
        .constrain("SsmDocumentName", Constraint.of().pattern("^([A-Za-z0-9/:_\\.-])+$").minLength(3).maxLength(172))
        .constrain("TimeoutSeconds", Constraint.of().minimum(1))
        .build();

    public SsmDocument() {
      super(SCHEMA);
    }

    /**
     * User-friendly name for the AWS Systems Manager Document.
     *
     * <p>Required. Length: 0 to 256 characters. CloudFormation property {@code ActionName}.
     */
    public SsmDocument actionName(String value) {
      return set("ActionName", Value.of(value));
    }

    /** Sets {@code ActionName} to this value; see {@link #actionName(String)}. */
    public SsmDocument actionName(Value<String> value) {
      return set("ActionName", value);
    }

    /**
     * AWS Systems Manager Document external parameters.
     *
     * <p>CloudFormation property {@code ExternalParameters}.
     */
    public SsmDocument externalParameters(Map<String, SsmExternalParameter> value) {
      return set("ExternalParameters", Value.mapOf(value));
    }

    /** Sets {@code ExternalParameters} to this value; see {@link #externalParameters(Map)}. */
    public SsmDocument externalParameters(Value<Map<String, SsmExternalParameter>> value) {
      return set("ExternalParameters", value);
    }

    /**
     * Whether Cutover is blocked when the document has failed.
     *
     * <p>CloudFormation property {@code MustSucceedForCutover}.
     */
    public SsmDocument mustSucceedForCutover(boolean value) {
      return set("MustSucceedForCutover", Value.of(value));
    }

    /**
     * Sets {@code MustSucceedForCutover} to this value; see {@link
     * #mustSucceedForCutover(boolean)}.
     */
    public SsmDocument mustSucceedForCutover(Value<Boolean> value) {
      return set("MustSucceedForCutover", value);
    }

    /**
     * AWS Systems Manager Document parameters, each resolved from AWS Systems Manager Parameter
     * Store.
     *
     * <p>CloudFormation property {@code Parameters}.
     */
    public SsmDocument parameters(Map<String, List<SsmParameterStoreParameter>> value) {
      return set("Parameters", Value.mapOf(value));
    }

    /** Sets {@code Parameters} to this value; see {@link #parameters(Map)}. */
    public SsmDocument parameters(Value<Map<String, List<SsmParameterStoreParameter>>> value) {
      return set("Parameters", value);
    }

    /**
     * AWS Systems Manager Document name or full ARN.
     *
     * <p>Required. Length: 3 to 172 characters. Pattern: {@code ^([A-Za-z0-9/:_&#92;.-])+$}.
     * CloudFormation property {@code SsmDocumentName}.
     */
    public SsmDocument ssmDocumentName(String value) {
      return set("SsmDocumentName", Value.of(value));
    }

    /** Sets {@code SsmDocumentName} to this value; see {@link #ssmDocumentName(String)}. */
    public SsmDocument ssmDocumentName(Value<String> value) {
      return set("SsmDocumentName", value);
    }

    /**
     * AWS Systems Manager Document timeout, in seconds.
     *
     * <p>Range: at least 1. CloudFormation property {@code TimeoutSeconds}.
     */
    public SsmDocument timeoutSeconds(int value) {
      return set("TimeoutSeconds", Value.of(value));
    }

    /** Sets {@code TimeoutSeconds} to this value; see {@link #timeoutSeconds(int)}. */
    public SsmDocument timeoutSeconds(Value<Integer> value) {
      return set("TimeoutSeconds", value);
    }
  }

  /**
   * An AWS Systems Manager Document external parameter.
   *
   * <p>Property type {@code AWS::MGN::LaunchConfigurationTemplate.SsmExternalParameter}.
   */
  public static final class SsmExternalParameter extends Struct<SsmExternalParameter> {
    private static final Schema SCHEMA = Schema.builder("AWS::MGN::LaunchConfigurationTemplate.SsmExternalParameter")
        .required("DynamicPath")
        .build();

    public SsmExternalParameter() {
      super(SCHEMA);
    }

    /**
     * AWS Systems Manager Document external parameter dynamic path.
     *
     * <p>Required. CloudFormation property {@code DynamicPath}.
     */
    public SsmExternalParameter dynamicPath(String value) {
      return set("DynamicPath", Value.of(value));
    }

    /** Sets {@code DynamicPath} to this value; see {@link #dynamicPath(String)}. */
    public SsmExternalParameter dynamicPath(Value<String> value) {
      return set("DynamicPath", value);
    }
  }

  /**
   * An AWS Systems Manager Parameter Store parameter.
   *
   * <p>Property type {@code AWS::MGN::LaunchConfigurationTemplate.SsmParameterStoreParameter}.
   */
  public static final class SsmParameterStoreParameter extends Struct<SsmParameterStoreParameter> {
    private static final Schema SCHEMA = Schema.builder("AWS::MGN::LaunchConfigurationTemplate.SsmParameterStoreParameter")
        .required("ParameterName", "ParameterType")
        .allowed("ParameterType", "STRING", "SECURE_STRING")
        .build();

    public SsmParameterStoreParameter() {
      super(SCHEMA);
    }

    /**
     * AWS Systems Manager Parameter Store parameter name.
     *
     * <p>Required. CloudFormation property {@code ParameterName}.
     */
    public SsmParameterStoreParameter parameterName(String value) {
      return set("ParameterName", Value.of(value));
    }

    /** Sets {@code ParameterName} to this value; see {@link #parameterName(String)}. */
    public SsmParameterStoreParameter parameterName(Value<String> value) {
      return set("ParameterName", value);
    }

    /**
     * AWS Systems Manager Parameter Store parameter type.
     *
     * <p>Required. Allowed values: {@code STRING}, {@code SECURE_STRING}. CloudFormation property
     * {@code ParameterType}.
     */
    public SsmParameterStoreParameter parameterType(String value) {
      return set("ParameterType", Value.of(value));
    }

    /** Sets {@code ParameterType} to this value; see {@link #parameterType(String)}. */
    public SsmParameterStoreParameter parameterType(Value<String> value) {
      return set("ParameterType", value);
    }
  }
}
