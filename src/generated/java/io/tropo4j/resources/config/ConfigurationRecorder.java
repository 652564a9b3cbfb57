// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.config;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::Config::ConfigurationRecorder</code> resource type describes the AWS resource
 * types that AWS Config records for configuration changes.
 *
 * <p>The configuration recorder stores the configuration changes of the specified resources in your
 * account as configuration items.
 *
 * <p>To enable AWS Config , you must create a configuration recorder and a delivery channel. AWS
 * Config uses the delivery channel to deliver the configuration changes to your Amazon S3 bucket or
 * Amazon topic. For more information, see <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-config-deliverychannel.html">AWS::Config::DeliveryChannel</a>
 * .
 *
 * <p>AWS CloudFormation starts the recorder as soon as the delivery channel is available.
 *
 * <p>To stop the recorder and delete it, delete the configuration recorder from your stack. To stop
 * the recorder without deleting it, call the <a
 * href="https://docs.aws.amazon.com/config/latest/APIReference/API_StopConfigurationRecorder.html">StopConfigurationRecorder</a>
 * action of the AWS Config API directly.
 *
 * <p>For more information, see <a
 * href="https://docs.aws.amazon.com/config/latest/developerguide/config-concepts.html#config-recorder">Configuration
 * Recorder</a> in the AWS Config Developer Guide.
 *
 * <p>CloudFormation type {@code AWS::Config::ConfigurationRecorder}.
 */
public final class ConfigurationRecorder extends Resource<ConfigurationRecorder> {
  private static final Schema SCHEMA = Schema.builder("AWS::Config::ConfigurationRecorder")
      .required("RoleARN")
      .constrain("RoleARN", Constraint.of().pattern("arn:(aws|aws-cn|aws-us-gov):iam::[0-9]*:(role)\\/.*").format("AWS::IAM::Role.Arn"))
      .refYields("Name")
      .attributes("Id", "ResourceARN")
      .build();

  public ConfigurationRecorder(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The name of the configuration recorder. AWS Config automatically assigns the name of "default"
   * when creating the configuration recorder.
   *
   * <p>You cannot change the name of the configuration recorder after it has been created. To
   * change the configuration recorder name, you must delete it and create a new configuration
   * recorder with a new name.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Name}.
   */
  public ConfigurationRecorder name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public ConfigurationRecorder name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * Specifies which resource types AWS Config records for configuration changes.
   *
   * <p><em>High Number of AWS Config Evaluations</em> You may notice increased activity in your
   * account during your initial month recording with AWS Config when compared to subsequent months.
   * During the initial bootstrapping process, AWS Config runs evaluations on all the resources in
   * your account that you have selected for AWS Config to record. If you are running ephemeral
   * workloads, you may see increased activity from AWS Config as it records configuration changes
   * associated with creating and deleting these temporary resources. An <em>ephemeral workload</em>
   * is a temporary use of computing resources that are loaded and run when needed. Examples include
   * Amazon Elastic Compute Cloud ( Amazon EC2 ) Spot Instances, Amazon EMR jobs, and AWS Auto
   * Scaling . If you want to avoid the increased activity from running ephemeral workloads, you can
   * run these types of workloads in a separate account with AWS Config turned off to avoid
   * increased configuration recording and rule evaluations.
   *
   * <p>CloudFormation property {@code RecordingGroup}.
   */
  public ConfigurationRecorder recordingGroup(Value<RecordingGroup> value) {
    return set("RecordingGroup", value);
  }

  /**
   * Specifies the default recording frequency for the configuration recorder. AWS Config supports
   * <em>Continuous recording</em> and <em>Daily recording</em> .
   *
   * <ul> <li>Continuous recording allows you to record configuration changes continuously whenever
   * a change occurs. <li>Daily recording allows you to receive a configuration item (CI)
   * representing the most recent state of your resources over the last 24-hour period, only if it’s
   * different from the previous CI recorded. </ul>
   *
   * <p><em>Some resource types require continuous recording</em> AWS Firewall Manager depends on
   * continuous recording to monitor your resources. If you are using Firewall Manager, it is
   * recommended that you set the recording frequency to Continuous.
   *
   * <p>You can also override the recording frequency for specific resource types.
   *
   * <p>CloudFormation property {@code RecordingMode}.
   */
  public ConfigurationRecorder recordingMode(Value<RecordingMode> value) {
    return set("RecordingMode", value);
  }

  /**
   * Amazon Resource Name (ARN) of the IAM role assumed by AWS Config and used by the configuration
   * recorder. For more information, see <a
   * href="https://docs.aws.amazon.com/config/latest/developerguide/iamrole-permissions.html">Permissions
   * for the IAM Role Assigned</a> to AWS Config in the AWS Config Developer Guide.
   *
   * <p><em>Pre-existing AWS Config role</em> If you have used an AWS service that uses AWS Config ,
   * such as AWS Security Hub CSPM or AWS Control Tower , and an AWS Config role has already been
   * created, make sure that the IAM role that you use when setting up AWS Config keeps the same
   * minimum permissions as the already created AWS Config role. You must do this so that the other
   * AWS service continues to run as expected. For example, if AWS Control Tower has an IAM role
   * that allows AWS Config to read Amazon Simple Storage Service ( Amazon S3 ) objects, make sure
   * that the same permissions are granted within the IAM role you use when setting up AWS Config .
   * Otherwise, it may interfere with how AWS Control Tower operates. For more information about IAM
   * roles for AWS Config , see <a
   * href="https://docs.aws.amazon.com/config/latest/developerguide/security-iam.html"><em>Identity
   * and Access Management for AWS Config</em></a> in the <em>AWS Config Developer Guide</em> .
   *
   * <p>Required. Pattern: {@code arn:(aws|aws-cn|aws-us-gov):iam::[0-9]*:(role)&#92;/.*}. Format:
   * {@code AWS::IAM::Role.Arn}. CloudFormation property {@code RoleARN}.
   */
  public ConfigurationRecorder roleARN(String value) {
    return set("RoleARN", Value.of(value));
  }

  /** Sets {@code RoleARN} to this value; see {@link #roleARN(String)}. */
  public ConfigurationRecorder roleARN(Value<String> value) {
    return set("RoleARN", value);
  }

  /**
   * Defaults to 'true'. Controls whether the recorder starts recording after the create operation.
   * Set this to 'false' for development and testing purposes.
   *
   * <p>Changing it replaces the resource. Default: {@code true}. CloudFormation property {@code
   * StartedOnCreate}.
   */
  public ConfigurationRecorder startedOnCreate(boolean value) {
    return set("StartedOnCreate", Value.of(value));
  }

  /** Sets {@code StartedOnCreate} to this value; see {@link #startedOnCreate(boolean)}. */
  public ConfigurationRecorder startedOnCreate(Value<Boolean> value) {
    return set("StartedOnCreate", value);
  }

  /** {@code Fn::GetAtt} attribute {@code Id}. */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * Returns the Amazon Resource Name (ARN) for the Configuration Recorder.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ResourceARN}.
   */
  public Value<String> resourceARN() {
    return getAtt("ResourceARN");
  }

  /**
   * Specifies whether the configuration recorder excludes certain resource types from being
   * recorded. Use the <code>ResourceTypes</code> field to enter a comma-separated list of resource
   * types you want to exclude from recording.
   *
   * <p>By default, when AWS Config adds support for a new resource type in the Region where you set
   * up the configuration recorder, including global resource types, AWS Config starts recording
   * resources of that type automatically.
   *
   * <p><em>How to use the exclusion recording strategy</em> To use this option, you must set the
   * <code>useOnly</code> field of <a
   * href="https://docs.aws.amazon.com/config/latest/APIReference/API_RecordingStrategy.html">RecordingStrategy</a>
   * to <code>EXCLUSION_BY_RESOURCE_TYPES</code> . AWS Config will then record configuration changes
   * for all supported resource types, except the resource types that you specify to exclude from
   * being recorded. <em>Global resource types and the exclusion recording strategy</em> Unless
   * specifically listed as exclusions, <code>AWS::RDS::GlobalCluster</code> will be recorded
   * automatically in all supported AWS Config Regions were the configuration recorder is enabled.
   * IAM users, groups, roles, and customer managed policies will be recorded in the Region where
   * you set up the configuration recorder if that is a Region where AWS Config was available before
   * February 2022. You cannot be record the global IAM resouce types in Regions supported by AWS
   * Config after February 2022. This list where you cannot record the global IAM resource types
   * includes the following Regions: - Asia Pacific (Hyderabad) - Asia Pacific (Melbourne) - Canada
   * West (Calgary) - Europe (Spain) - Europe (Zurich) - Israel (Tel Aviv) - Middle East (UAE)
   *
   * <p>Property type {@code AWS::Config::ConfigurationRecorder.ExclusionByResourceTypes}.
   */
  public static final class ExclusionByResourceTypes extends Struct<ExclusionByResourceTypes> {
    private static final Schema SCHEMA = Schema.builder("AWS::Config::ConfigurationRecorder.ExclusionByResourceTypes")
        .required("ResourceTypes")
        .build();

    public ExclusionByResourceTypes() {
      super(SCHEMA);
    }

    /**
     * A comma-separated list of resource types to exclude from recording by the configuration
     * recorder.
     *
     * <p>Required. CloudFormation property {@code ResourceTypes}.
     */
    public ExclusionByResourceTypes resourceTypes(List<String> value) {
      return set("ResourceTypes", Value.listOf(value));
    }

    /** Sets {@code ResourceTypes} to this value; see {@link #resourceTypes(List)}. */
    public ExclusionByResourceTypes resourceTypes(Value<List<String>> value) {
      return set("ResourceTypes", value);
    }
  }

  /**
   * Specifies which resource types AWS Config records for configuration changes. By default, AWS
   * Config records configuration changes for all current and future supported resource types in the
   * AWS Region where you have enabled AWS Config , excluding the global IAM resource types: IAM
   * users, groups, roles, and customer managed policies.
   *
   * <p>In the recording group, you specify whether you want to record all supported current and
   * future supported resource types or to include or exclude specific resources types. For a list
   * of supported resource types, see <a
   * href="https://docs.aws.amazon.com/config/latest/developerguide/resource-config-reference.html#supported-resources">Supported
   * Resource Types</a> in the <em>AWS Config developer guide</em> .
   *
   * <p>If you don't want AWS Config to record all current and future supported resource types
   * (excluding the global IAM resource types), use one of the following recording strategies:
   *
   * <ul> <li><em>Record all current and future resource types with exclusions</em> (
   * <code>EXCLUSION_BY_RESOURCE_TYPES</code> ), or <li><em>Record specific resource types</em> (
   * <code>INCLUSION_BY_RESOURCE_TYPES</code> ). </ul>
   *
   * <p>If you use the recording strategy to <em>Record all current and future resource types</em> (
   * <code>ALL_SUPPORTED_RESOURCE_TYPES</code> ), you can use the flag
   * <code>IncludeGlobalResourceTypes</code> to include the global IAM resource types in your
   * recording.
   *
   * <p><em>Aurora global clusters are recorded in all enabled Regions</em> The
   * <code>AWS::RDS::GlobalCluster</code> resource type will be recorded in all supported AWS Config
   * Regions where the configuration recorder is enabled. If you do not want to record
   * <code>AWS::RDS::GlobalCluster</code> in all enabled Regions, use the
   * <code>EXCLUSION_BY_RESOURCE_TYPES</code> or <code>INCLUSION_BY_RESOURCE_TYPES</code> recording
   * strategy.
   *
   * <p>Property type {@code AWS::Config::ConfigurationRecorder.RecordingGroup}.
   */
  public static final class RecordingGroup extends Struct<RecordingGroup> {
    private static final Schema SCHEMA = Schema.of("AWS::Config::ConfigurationRecorder.RecordingGroup");

    public RecordingGroup() {
      super(SCHEMA);
    }

    /**
     * Specifies whether AWS Config records configuration changes for all supported resource types,
     * excluding the global IAM resource types.
     *
     * <p>If you set this field to <code>true</code> , when AWS Config adds support for a new
     * resource type, AWS Config starts recording resources of that type automatically.
     *
     * <p>If you set this field to <code>true</code> , you cannot enumerate specific resource types
     * to record in the <code>resourceTypes</code> field of <a
     * href="https://docs.aws.amazon.com/config/latest/APIReference/API_RecordingGroup.html">RecordingGroup</a>
     * , or to exclude in the <code>resourceTypes</code> field of <a
     * href="https://docs.aws.amazon.com/config/latest/APIReference/API_ExclusionByResourceTypes.html">ExclusionByResourceTypes</a>
     * .
     *
     * <p><em>Region availability</em> Check <a
     * href="https://docs.aws.amazon.com/config/latest/developerguide/what-is-resource-config-coverage.html">Resource
     * Coverage by Region Availability</a> to see if a resource type is supported in the AWS Region
     * where you set up AWS Config .
     *
     * <p>CloudFormation property {@code AllSupported}.
     */
    public RecordingGroup allSupported(boolean value) {
      return set("AllSupported", Value.of(value));
    }

    /** Sets {@code AllSupported} to this value; see {@link #allSupported(boolean)}. */
    public RecordingGroup allSupported(Value<Boolean> value) {
      return set("AllSupported", value);
    }

    /**
     * An object that specifies how AWS Config excludes resource types from being recorded by the
     * configuration recorder.
     *
     * <p>To use this option, you must set the <code>useOnly</code> field of <a
     * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-config-configurationrecorder-recordingstrategy.html">AWS::Config::ConfigurationRecorder
     * RecordingStrategy</a> to <code>EXCLUSION_BY_RESOURCE_TYPES</code> .
     *
     * <p>CloudFormation property {@code ExclusionByResourceTypes}.
     */
    public RecordingGroup exclusionByResourceTypes(Value<ExclusionByResourceTypes> value) {
      return set("ExclusionByResourceTypes", value);
    }

    /**
     * This option is a bundle which only applies to the global IAM resource types: IAM users,
     * groups, roles, and customer managed policies. These global IAM resource types can only be
     * recorded by AWS Config in Regions where AWS Config was available before February 2022. You
     * cannot be record the global IAM resouce types in Regions supported by AWS Config after
     * February 2022. This list where you cannot record the global IAM resource types includes the
     * following Regions:
     *
     * <ul> <li>Asia Pacific (Hyderabad) <li>Asia Pacific (Melbourne) <li>Canada West (Calgary)
     * <li>Europe (Spain) <li>Europe (Zurich) <li>Israel (Tel Aviv) <li>Middle East (UAE) </ul>
     *
     * <p><em>Aurora global clusters are recorded in all enabled Regions</em> The
     * <code>AWS::RDS::GlobalCluster</code> resource type will be recorded in all supported AWS
     * Config Regions where the configuration recorder is enabled, even if
     * <code>IncludeGlobalResourceTypes</code> is set to <code>false</code> . The
     * <code>IncludeGlobalResourceTypes</code> option is a bundle which only applies to IAM users,
     * groups, roles, and customer managed policies. If you do not want to record
     * <code>AWS::RDS::GlobalCluster</code> in all enabled Regions, use one of the following
     * recording strategies: - <em>Record all current and future resource types with exclusions</em>
     * ( <code>EXCLUSION_BY_RESOURCE_TYPES</code> ), or - <em>Record specific resource types</em> (
     * <code>INCLUSION_BY_RESOURCE_TYPES</code> ). For more information, see <a
     * href="https://docs.aws.amazon.com/config/latest/developerguide/select-resources.html#select-resources-all">Selecting
     * Which Resources are Recorded</a> in the <em>AWS Config developer guide</em> . &gt;
     * <em>IncludeGlobalResourceTypes and the exclusion recording strategy</em> The
     * <code>IncludeGlobalResourceTypes</code> field has no impact on the
     * <code>EXCLUSION_BY_RESOURCE_TYPES</code> recording strategy. This means that the global IAM
     * resource types ( IAM users, groups, roles, and customer managed policies) will not be
     * automatically added as exclusions for <code>ExclusionByResourceTypes</code> when
     * <code>IncludeGlobalResourceTypes</code> is set to <code>false</code> . The
     * <code>IncludeGlobalResourceTypes</code> field should only be used to modify the
     * <code>AllSupported</code> field, as the default for the <code>AllSupported</code> field is to
     * record configuration changes for all supported resource types excluding the global IAM
     * resource types. To include the global IAM resource types when <code>AllSupported</code> is
     * set to <code>true</code> , make sure to set <code>IncludeGlobalResourceTypes</code> to
     * <code>true</code> . To exclude the global IAM resource types for the
     * <code>EXCLUSION_BY_RESOURCE_TYPES</code> recording strategy, you need to manually add them to
     * the <code>ResourceTypes</code> field of <code>ExclusionByResourceTypes</code> . &gt;
     * <em>Required and optional fields</em> Before you set this field to <code>true</code> , set
     * the <code>AllSupported</code> field of <a
     * href="https://docs.aws.amazon.com/config/latest/APIReference/API_RecordingGroup.html">RecordingGroup</a>
     * to <code>true</code> . Optionally, you can set the <code>useOnly</code> field of <a
     * href="https://docs.aws.amazon.com/config/latest/APIReference/API_RecordingStrategy.html">RecordingStrategy</a>
     * to <code>ALL_SUPPORTED_RESOURCE_TYPES</code> . &gt; <em>Overriding fields</em> If you set
     * this field to <code>false</code> but list global IAM resource types in the
     * <code>ResourceTypes</code> field of <a
     * href="https://docs.aws.amazon.com/config/latest/APIReference/API_RecordingGroup.html">RecordingGroup</a>
     * , AWS Config will still record configuration changes for those specified resource types
     * <em>regardless</em> of if you set the <code>IncludeGlobalResourceTypes</code> field to false.
     * If you do not want to record configuration changes to the global IAM resource types (IAM
     * users, groups, roles, and customer managed policies), make sure to not list them in the
     * <code>ResourceTypes</code> field in addition to setting the
     * <code>IncludeGlobalResourceTypes</code> field to false.
     *
     * <p>CloudFormation property {@code IncludeGlobalResourceTypes}.
     */
    public RecordingGroup includeGlobalResourceTypes(boolean value) {
      return set("IncludeGlobalResourceTypes", Value.of(value));
    }

    /**
     * Sets {@code IncludeGlobalResourceTypes} to this value; see {@link
     * #includeGlobalResourceTypes(boolean)}.
     */
    public RecordingGroup includeGlobalResourceTypes(Value<Boolean> value) {
      return set("IncludeGlobalResourceTypes", value);
    }

    /**
     * An object that specifies the recording strategy for the configuration recorder.
     *
     * <ul> <li>If you set the <code>useOnly</code> field of <a
     * href="https://docs.aws.amazon.com/config/latest/APIReference/API_RecordingStrategy.html">RecordingStrategy</a>
     * to <code>ALL_SUPPORTED_RESOURCE_TYPES</code> , AWS Config records configuration changes for
     * all supported resource types, excluding the global IAM resource types. You also must set the
     * <code>AllSupported</code> field of <a
     * href="https://docs.aws.amazon.com/config/latest/APIReference/API_RecordingGroup.html">RecordingGroup</a>
     * to <code>true</code> . When AWS Config adds support for a new resource type, AWS Config
     * automatically starts recording resources of that type. <li>If you set the
     * <code>useOnly</code> field of <a
     * href="https://docs.aws.amazon.com/config/latest/APIReference/API_RecordingStrategy.html">RecordingStrategy</a>
     * to <code>INCLUSION_BY_RESOURCE_TYPES</code> , AWS Config records configuration changes for
     * only the resource types you specify in the <code>ResourceTypes</code> field of <a
     * href="https://docs.aws.amazon.com/config/latest/APIReference/API_RecordingGroup.html">RecordingGroup</a>
     * . <li>If you set the <code>useOnly</code> field of <a
     * href="https://docs.aws.amazon.com/config/latest/APIReference/API_RecordingStrategy.html">RecordingStrategy</a>
     * to <code>EXCLUSION_BY_RESOURCE_TYPES</code> , AWS Config records configuration changes for
     * all supported resource types except the resource types that you specify to exclude from being
     * recorded in the <code>ResourceTypes</code> field of <a
     * href="https://docs.aws.amazon.com/config/latest/APIReference/API_ExclusionByResourceTypes.html">ExclusionByResourceTypes</a>
     * . </ul>
     *
     * <p><em>Required and optional fields</em> The <code>recordingStrategy</code> field is optional
     * when you set the <code>AllSupported</code> field of <a
     * href="https://docs.aws.amazon.com/config/latest/APIReference/API_RecordingGroup.html">RecordingGroup</a>
     * to <code>true</code> . The <code>recordingStrategy</code> field is optional when you list
     * resource types in the <code>ResourceTypes</code> field of <a
     * href="https://docs.aws.amazon.com/config/latest/APIReference/API_RecordingGroup.html">RecordingGroup</a>
     * . The <code>recordingStrategy</code> field is required if you list resource types to exclude
     * from recording in the <code>ResourceTypes</code> field of <a
     * href="https://docs.aws.amazon.com/config/latest/APIReference/API_ExclusionByResourceTypes.html">ExclusionByResourceTypes</a>
     * . &gt; <em>Overriding fields</em> If you choose <code>EXCLUSION_BY_RESOURCE_TYPES</code> for
     * the recording strategy, the <code>ExclusionByResourceTypes</code> field will override other
     * properties in the request. For example, even if you set
     * <code>IncludeGlobalResourceTypes</code> to false, global IAM resource types will still be
     * automatically recorded in this option unless those resource types are specifically listed as
     * exclusions in the <code>ResourceTypes</code> field of <code>ExclusionByResourceTypes</code> .
     * &gt; <em>Global resources types and the resource exclusion recording strategy</em> By
     * default, if you choose the <code>EXCLUSION_BY_RESOURCE_TYPES</code> recording strategy, when
     * AWS Config adds support for a new resource type in the Region where you set up the
     * configuration recorder, including global resource types, AWS Config starts recording
     * resources of that type automatically. Unless specifically listed as exclusions,
     * <code>AWS::RDS::GlobalCluster</code> will be recorded automatically in all supported AWS
     * Config Regions were the configuration recorder is enabled. IAM users, groups, roles, and
     * customer managed policies will be recorded in the Region where you set up the configuration
     * recorder if that is a Region where AWS Config was available before February 2022. You cannot
     * be record the global IAM resouce types in Regions supported by AWS Config after February
     * 2022. This list where you cannot record the global IAM resource types includes the following
     * Regions: - Asia Pacific (Hyderabad) - Asia Pacific (Melbourne) - Canada West (Calgary) -
     * Europe (Spain) - Europe (Zurich) - Israel (Tel Aviv) - Middle East (UAE)
     *
     * <p>CloudFormation property {@code RecordingStrategy}.
     */
    public RecordingGroup recordingStrategy(Value<RecordingStrategy> value) {
      return set("RecordingStrategy", value);
    }

    /**
     * A comma-separated list that specifies which resource types AWS Config records.
     *
     * <p>For a list of valid <code>ResourceTypes</code> values, see the <em>Resource Type
     * Value</em> column in <a
     * href="https://docs.aws.amazon.com/config/latest/developerguide/resource-config-reference.html#supported-resources">Supported
     * AWS resource Types</a> in the <em>AWS Config developer guide</em> .
     *
     * <p><em>Required and optional fields</em> Optionally, you can set the <code>useOnly</code>
     * field of <a
     * href="https://docs.aws.amazon.com/config/latest/APIReference/API_RecordingStrategy.html">RecordingStrategy</a>
     * to <code>INCLUSION_BY_RESOURCE_TYPES</code> . To record all configuration changes, set the
     * <code>AllSupported</code> field of <a
     * href="https://docs.aws.amazon.com/config/latest/APIReference/API_RecordingGroup.html">RecordingGroup</a>
     * to <code>true</code> , and either omit this field or don't specify any resource types in this
     * field. If you set the <code>AllSupported</code> field to <code>false</code> and specify
     * values for <code>ResourceTypes</code> , when AWS Config adds support for a new type of
     * resource, it will not record resources of that type unless you manually add that type to your
     * recording group. &gt; <em>Region availability</em> Before specifying a resource type for AWS
     * Config to track, check <a
     * href="https://docs.aws.amazon.com/config/latest/developerguide/what-is-resource-config-coverage.html">Resource
     * Coverage by Region Availability</a> to see if the resource type is supported in the AWS
     * Region where you set up AWS Config . If a resource type is supported by AWS Config in at
     * least one Region, you can enable the recording of that resource type in all Regions supported
     * by AWS Config , even if the specified resource type is not supported in the AWS Region where
     * you set up AWS Config .
     *
     * <p>CloudFormation property {@code ResourceTypes}.
     */
    public RecordingGroup resourceTypes(List<String> value) {
      return set("ResourceTypes", Value.listOf(value));
    }

    /** Sets {@code ResourceTypes} to this value; see {@link #resourceTypes(List)}. */
    public RecordingGroup resourceTypes(Value<List<String>> value) {
      return set("ResourceTypes", value);
    }
  }

  /**
   * Specifies the default recording frequency that AWS Config uses to record configuration changes.
   * AWS Config supports <em>Continuous recording</em> and <em>Daily recording</em> .
   *
   * <ul> <li>Continuous recording allows you to record configuration changes continuously whenever
   * a change occurs. <li>Daily recording allows you to receive a configuration item (CI)
   * representing the most recent state of your resources over the last 24-hour period, only if it’s
   * different from the previous CI recorded. </ul>
   *
   * <p>AWS Firewall Manager depends on continuous recording to monitor your resources. If you are
   * using Firewall Manager, it is recommended that you set the recording frequency to Continuous.
   *
   * <p>You can also override the recording frequency for specific resource types.
   *
   * <p>Property type {@code AWS::Config::ConfigurationRecorder.RecordingMode}.
   */
  public static final class RecordingMode extends Struct<RecordingMode> {
    private static final Schema SCHEMA = Schema.builder("AWS::Config::ConfigurationRecorder.RecordingMode")
        .required("RecordingFrequency")
        .build();

    public RecordingMode() {
      super(SCHEMA);
    }

    /**
     * The default recording frequency that AWS Config uses to record configuration changes.
     *
     * <p>Daily recording cannot be specified for the following resource types: -
     * <code>AWS::Config::ResourceCompliance</code> -
     * <code>AWS::Config::ConformancePackCompliance</code> -
     * <code>AWS::Config::ConfigurationRecorder</code> For the <em>allSupported</em> (
     * <code>ALL_SUPPORTED_RESOURCE_TYPES</code> ) recording strategy, these resource types will be
     * set to Continuous recording.
     *
     * <p>Required. CloudFormation property {@code RecordingFrequency}.
     */
    public RecordingMode recordingFrequency(String value) {
      return set("RecordingFrequency", Value.of(value));
    }

    /** Sets {@code RecordingFrequency} to this value; see {@link #recordingFrequency(String)}. */
    public RecordingMode recordingFrequency(Value<String> value) {
      return set("RecordingFrequency", value);
    }

    /**
     * An array of <code>recordingModeOverride</code> objects for you to specify your overrides for
     * the recording mode. The <code>recordingModeOverride</code> object in the
     * <code>recordingModeOverrides</code> array consists of three fields: a
     * <code>description</code> , the new <code>recordingFrequency</code> , and an array of
     * <code>resourceTypes</code> to override.
     *
     * <p>CloudFormation property {@code RecordingModeOverrides}.
     */
    public RecordingMode recordingModeOverrides(List<RecordingModeOverride> value) {
      return set("RecordingModeOverrides", Value.listOf(value));
    }

    /**
     * Sets {@code RecordingModeOverrides} to this value; see {@link #recordingModeOverrides(List)}.
     */
    public RecordingMode recordingModeOverrides(Value<List<RecordingModeOverride>> value) {
      return set("RecordingModeOverrides", value);
    }

    /**
     * Sets {@code RecordingModeOverrides} to a list of these; see {@link
     * #recordingModeOverrides(List)}.
     */
    public RecordingMode recordingModeOverrides(RecordingModeOverride... values) {
      return set("RecordingModeOverrides", Value.list(values));
    }
  }

  /**
   * An object for you to specify your overrides for the recording mode.
   *
   * <p>Property type {@code AWS::Config::ConfigurationRecorder.RecordingModeOverride}.
   */
  public static final class RecordingModeOverride extends Struct<RecordingModeOverride> {
    private static final Schema SCHEMA = Schema.builder("AWS::Config::ConfigurationRecorder.RecordingModeOverride")
        .required("RecordingFrequency", "ResourceTypes")
        .build();

    public RecordingModeOverride() {
      super(SCHEMA);
    }

    /**
     * A description that you provide for the override.
     *
     * <p>CloudFormation property {@code Description}.
     */
    public RecordingModeOverride description(String value) {
      return set("Description", Value.of(value));
    }

    /** Sets {@code Description} to this value; see {@link #description(String)}. */
    public RecordingModeOverride description(Value<String> value) {
      return set("Description", value);
    }

    /**
     * The recording frequency that will be applied to all the resource types specified in the
     * override.
     *
     * <ul> <li>Continuous recording allows you to record configuration changes continuously
     * whenever a change occurs. <li>Daily recording allows you to receive a configuration item (CI)
     * representing the most recent state of your resources over the last 24-hour period, only if
     * it’s different from the previous CI recorded. </ul>
     *
     * <p>AWS Firewall Manager depends on continuous recording to monitor your resources. If you are
     * using Firewall Manager, it is recommended that you set the recording frequency to Continuous.
     *
     * <p>Required. CloudFormation property {@code RecordingFrequency}.
     */
    public RecordingModeOverride recordingFrequency(String value) {
      return set("RecordingFrequency", Value.of(value));
    }

    /** Sets {@code RecordingFrequency} to this value; see {@link #recordingFrequency(String)}. */
    public RecordingModeOverride recordingFrequency(Value<String> value) {
      return set("RecordingFrequency", value);
    }

    /**
     * A comma-separated list that specifies which resource types AWS Config includes in the
     * override.
     *
     * <p>Daily recording cannot be specified for the following resource types: -
     * <code>AWS::Config::ResourceCompliance</code> -
     * <code>AWS::Config::ConformancePackCompliance</code> -
     * <code>AWS::Config::ConfigurationRecorder</code>
     *
     * <p>Required. CloudFormation property {@code ResourceTypes}.
     */
    public RecordingModeOverride resourceTypes(List<String> value) {
      return set("ResourceTypes", Value.listOf(value));
    }

    /** Sets {@code ResourceTypes} to this value; see {@link #resourceTypes(List)}. */
    public RecordingModeOverride resourceTypes(Value<List<String>> value) {
      return set("ResourceTypes", value);
    }
  }

  /**
   * Specifies the recording strategy of the configuration recorder.
   *
   * <p>Valid values include: <code>ALL_SUPPORTED_RESOURCE_TYPES</code> ,
   * <code>INCLUSION_BY_RESOURCE_TYPES</code> , and <code>EXCLUSION_BY_RESOURCE_TYPES</code> .
   *
   * <p>Property type {@code AWS::Config::ConfigurationRecorder.RecordingStrategy}.
   */
  public static final class RecordingStrategy extends Struct<RecordingStrategy> {
    private static final Schema SCHEMA = Schema.builder("AWS::Config::ConfigurationRecorder.RecordingStrategy")
        .required("UseOnly")
        .build();

    public RecordingStrategy() {
      super(SCHEMA);
    }

    /**
     * The recording strategy for the configuration recorder.
     *
     * <ul> <li>If you set this option to <code>ALL_SUPPORTED_RESOURCE_TYPES</code> , AWS Config
     * records configuration changes for all supported resource types, excluding the global IAM
     * resource types. You also must set the <code>AllSupported</code> field of <a
     * href="https://docs.aws.amazon.com/config/latest/APIReference/API_RecordingGroup.html">RecordingGroup</a>
     * to <code>true</code> . When AWS Config adds support for a new resource type, AWS Config
     * automatically starts recording resources of that type. For a list of supported resource
     * types, see <a
     * href="https://docs.aws.amazon.com/config/latest/developerguide/resource-config-reference.html#supported-resources">Supported
     * Resource Types</a> in the <em>AWS Config developer guide</em> . <li>If you set this option to
     * <code>INCLUSION_BY_RESOURCE_TYPES</code> , AWS Config records configuration changes for only
     * the resource types that you specify in the <code>ResourceTypes</code> field of <a
     * href="https://docs.aws.amazon.com/config/latest/APIReference/API_RecordingGroup.html">RecordingGroup</a>
     * . <li>If you set this option to <code>EXCLUSION_BY_RESOURCE_TYPES</code> , AWS Config records
     * configuration changes for all supported resource types, except the resource types that you
     * specify to exclude from being recorded in the <code>ResourceTypes</code> field of <a
     * href="https://docs.aws.amazon.com/config/latest/APIReference/API_ExclusionByResourceTypes.html">ExclusionByResourceTypes</a>
     * . </ul>
     *
     * <p><em>Required and optional fields</em> The <code>recordingStrategy</code> field is optional
     * when you set the <code>AllSupported</code> field of <a
     * href="https://docs.aws.amazon.com/config/latest/APIReference/API_RecordingGroup.html">RecordingGroup</a>
     * to <code>true</code> . The <code>recordingStrategy</code> field is optional when you list
     * resource types in the <code>ResourceTypes</code> field of <a
     * href="https://docs.aws.amazon.com/config/latest/APIReference/API_RecordingGroup.html">RecordingGroup</a>
     * . The <code>recordingStrategy</code> field is required if you list resource types to exclude
     * from recording in the <code>ResourceTypes</code> field of <a
     * href="https://docs.aws.amazon.com/config/latest/APIReference/API_ExclusionByResourceTypes.html">ExclusionByResourceTypes</a>
     * . &gt; <em>Overriding fields</em> If you choose <code>EXCLUSION_BY_RESOURCE_TYPES</code> for
     * the recording strategy, the <code>ExclusionByResourceTypes</code> field will override other
     * properties in the request. For example, even if you set
     * <code>IncludeGlobalResourceTypes</code> to false, global IAM resource types will still be
     * automatically recorded in this option unless those resource types are specifically listed as
     * exclusions in the <code>ResourceTypes</code> field of <code>ExclusionByResourceTypes</code> .
     * &gt; <em>Global resource types and the exclusion recording strategy</em> By default, if you
     * choose the <code>EXCLUSION_BY_RESOURCE_TYPES</code> recording strategy, when AWS Config adds
     * support for a new resource type in the Region where you set up the configuration recorder,
     * including global resource types, AWS Config starts recording resources of that type
     * automatically. Unless specifically listed as exclusions, <code>AWS::RDS::GlobalCluster</code>
     * will be recorded automatically in all supported AWS Config Regions were the configuration
     * recorder is enabled. IAM users, groups, roles, and customer managed policies will be recorded
     * in the Region where you set up the configuration recorder if that is a Region where AWS
     * Config was available before February 2022. You cannot be record the global IAM resouce types
     * in Regions supported by AWS Config after February 2022. This list where you cannot record the
     * global IAM resource types includes the following Regions: - Asia Pacific (Hyderabad) - Asia
     * Pacific (Melbourne) - Canada West (Calgary) - Europe (Spain) - Europe (Zurich) - Israel (Tel
     * Aviv) - Middle East (UAE)
     *
     * <p>Required. CloudFormation property {@code UseOnly}.
     */
    public RecordingStrategy useOnly(String value) {
      return set("UseOnly", Value.of(value));
    }

    /** Sets {@code UseOnly} to this value; see {@link #useOnly(String)}. */
    public RecordingStrategy useOnly(Value<String> value) {
      return set("UseOnly", value);
    }
  }
}
