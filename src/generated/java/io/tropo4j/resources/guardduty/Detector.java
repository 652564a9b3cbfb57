// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.guardduty;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::GuardDuty::Detector</code> resource specifies a new GuardDuty detector. A detector
 * is an object that represents the GuardDuty service. A detector is required for GuardDuty to
 * become operational.
 *
 * <p>Make sure you use either <code>DataSources</code> or <code>Features</code> in a one request,
 * and not both.
 *
 * <p>CloudFormation type {@code AWS::GuardDuty::Detector}.
 */
public final class Detector extends Resource<Detector> {
  private static final Schema SCHEMA = Schema.builder("AWS::GuardDuty::Detector")
      .required("Enable")
      .allowed("FindingPublishingFrequency", "FIFTEEN_MINUTES", "ONE_HOUR", "SIX_HOURS")
      .refYields("Id")
      .attributes("Id")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Detector(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Describes which data sources will be enabled for the detector.
   *
   * <p>CloudFormation property {@code DataSources}.
   */
  public Detector dataSources(Value<CFNDataSourceConfigurations> value) {
    return set("DataSources", value);
  }

  /**
   * Specifies whether the detector is to be enabled on creation.
   *
   * <p>Required. CloudFormation property {@code Enable}.
   */
  public Detector enable(boolean value) {
    return set("Enable", Value.of(value));
  }

  /** Sets {@code Enable} to this value; see {@link #enable(boolean)}. */
  public Detector enable(Value<Boolean> value) {
    return set("Enable", value);
  }

  /**
   * A list of features that will be configured for the detector.
   *
   * <p>CloudFormation property {@code Features}.
   */
  public Detector features(List<CFNFeatureConfiguration> value) {
    return set("Features", Value.listOf(value));
  }

  /** Sets {@code Features} to this value; see {@link #features(List)}. */
  public Detector features(Value<List<CFNFeatureConfiguration>> value) {
    return set("Features", value);
  }

  /** Sets {@code Features} to a list of these; see {@link #features(List)}. */
  public Detector features(CFNFeatureConfiguration... values) {
    return set("Features", Value.list(values));
  }

  /**
   * Specifies how frequently updated findings are exported.
   *
   * <p>Allowed values: {@code FIFTEEN_MINUTES}, {@code ONE_HOUR}, {@code SIX_HOURS}. CloudFormation
   * property {@code FindingPublishingFrequency}.
   */
  public Detector findingPublishingFrequency(String value) {
    return set("FindingPublishingFrequency", Value.of(value));
  }

  /**
   * Sets {@code FindingPublishingFrequency} to this value; see {@link
   * #findingPublishingFrequency(String)}.
   */
  public Detector findingPublishingFrequency(Value<String> value) {
    return set("FindingPublishingFrequency", value);
  }

  /**
   * Specifies tags added to a new detector resource. Each tag consists of a key and an optional
   * value, both of which you define.
   *
   * <p>Currently, support is available only for creating and deleting a tag. No support exists for
   * updating the tags.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-resource-tags.html">Tag</a>
   * .
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Detector tags(List<TagItem> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Detector tags(Value<List<TagItem>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to a list of these; see {@link #tags(List)}. */
  public Detector tags(TagItem... values) {
    return set("Tags", Value.list(values));
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Detector tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The unique ID of the detector.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * Describes whether S3 data event logs, Kubernetes audit logs, or Malware Protection will be
   * enabled as a data source when the detector is created.
   *
   * <p>Property type {@code AWS::GuardDuty::Detector.CFNDataSourceConfigurations}.
   */
  public static final class CFNDataSourceConfigurations extends Struct<CFNDataSourceConfigurations> {
    private static final Schema SCHEMA = Schema.of("AWS::GuardDuty::Detector.CFNDataSourceConfigurations");

    public CFNDataSourceConfigurations() {
      super(SCHEMA);
    }

    /**
     * Describes which Kubernetes data sources are enabled for a detector.
     *
     * <p>CloudFormation property {@code Kubernetes}.
     */
    public CFNDataSourceConfigurations kubernetes(Value<CFNKubernetesConfiguration> value) {
      return set("Kubernetes", value);
    }

    /**
     * Describes whether Malware Protection will be enabled as a data source.
     *
     * <p>CloudFormation property {@code MalwareProtection}.
     */
    public CFNDataSourceConfigurations malwareProtection(Value<CFNMalwareProtectionConfiguration> value) {
      return set("MalwareProtection", value);
    }

    /**
     * Describes whether S3 data event logs are enabled as a data source.
     *
     * <p>CloudFormation property {@code S3Logs}.
     */
    public CFNDataSourceConfigurations s3Logs(Value<CFNS3LogsConfiguration> value) {
      return set("S3Logs", value);
    }
  }

  /**
   * Information about the additional configuration of a feature in your account.
   *
   * <p>Property type {@code AWS::GuardDuty::Detector.CFNFeatureAdditionalConfiguration}.
   */
  public static final class CFNFeatureAdditionalConfiguration extends Struct<CFNFeatureAdditionalConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::GuardDuty::Detector.CFNFeatureAdditionalConfiguration")
        .allowed("Name", "EC2_AGENT_MANAGEMENT", "ECS_FARGATE_AGENT_MANAGEMENT",
            "EKS_ADDON_MANAGEMENT", "RDS_DATA_RISK")
        .constrain("Name", Constraint.of().minLength(1).maxLength(256))
        .allowed("Status", "DISABLED", "ENABLED")
        .constrain("Status", Constraint.of().minLength(1).maxLength(128))
        .build();

    public CFNFeatureAdditionalConfiguration() {
      super(SCHEMA);
    }

    /**
     * Name of the additional configuration.
     *
     * <p>Allowed values: {@code EC2_AGENT_MANAGEMENT}, {@code ECS_FARGATE_AGENT_MANAGEMENT}, {@code
     * EKS_ADDON_MANAGEMENT}, {@code RDS_DATA_RISK}. Length: 1 to 256 characters. CloudFormation
     * property {@code Name}.
     */
    public CFNFeatureAdditionalConfiguration name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public CFNFeatureAdditionalConfiguration name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * Status of the additional configuration.
     *
     * <p>Allowed values: {@code DISABLED}, {@code ENABLED}. Length: 1 to 128 characters.
     * CloudFormation property {@code Status}.
     */
    public CFNFeatureAdditionalConfiguration status(String value) {
      return set("Status", Value.of(value));
    }

    /** Sets {@code Status} to this value; see {@link #status(String)}. */
    public CFNFeatureAdditionalConfiguration status(Value<String> value) {
      return set("Status", value);
    }
  }

  /**
   * Information about the configuration of a feature in your account.
   *
   * <p>Property type {@code AWS::GuardDuty::Detector.CFNFeatureConfiguration}.
   */
  public static final class CFNFeatureConfiguration extends Struct<CFNFeatureConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::GuardDuty::Detector.CFNFeatureConfiguration")
        .required("Name", "Status")
        .allowed("Name", "AI_ANALYST", "AI_PROTECTION", "EBS_MALWARE_PROTECTION", "EKS_AUDIT_LOGS",
            "EKS_RUNTIME_MONITORING", "LAMBDA_NETWORK_LOGS", "RDS_LOGIN_EVENTS",
            "RUNTIME_MONITORING", "S3_DATA_EVENTS")
        .constrain("Name", Constraint.of().maxLength(128))
        .allowed("Status", "ENABLED", "DISABLED")
        .build();

    public CFNFeatureConfiguration() {
      super(SCHEMA);
    }

    /**
     * Information about the additional configuration of a feature in your account.
     *
     * <p>CloudFormation property {@code AdditionalConfiguration}.
     */
    public CFNFeatureConfiguration additionalConfiguration(List<CFNFeatureAdditionalConfiguration> value) {
      return set("AdditionalConfiguration", Value.listOf(value));
    }

    /**
     * Sets {@code AdditionalConfiguration} to this value; see {@link
     * #additionalConfiguration(List)}.
     */
    public CFNFeatureConfiguration additionalConfiguration(Value<List<CFNFeatureAdditionalConfiguration>> value) {
      return set("AdditionalConfiguration", value);
    }

    /**
     * Sets {@code AdditionalConfiguration} to a list of these; see {@link
     * #additionalConfiguration(List)}.
     */
    public CFNFeatureConfiguration additionalConfiguration(CFNFeatureAdditionalConfiguration... values) {
      return set("AdditionalConfiguration", Value.list(values));
    }

    /**
     * Name of the feature. For a list of allowed values, see <a
     * href="https://docs.aws.amazon.com/guardduty/latest/APIReference/API_DetectorFeatureConfiguration.html#guardduty-Type-DetectorFeatureConfiguration-name">DetectorFeatureConfiguration</a>
     * in the <em>GuardDuty API Reference</em> .
     *
     * <p>Required. Allowed values: {@code AI_ANALYST}, {@code AI_PROTECTION}, {@code
     * EBS_MALWARE_PROTECTION}, {@code EKS_AUDIT_LOGS}, {@code EKS_RUNTIME_MONITORING}, {@code
     * LAMBDA_NETWORK_LOGS}, {@code RDS_LOGIN_EVENTS}, {@code RUNTIME_MONITORING}, {@code
     * S3_DATA_EVENTS}. Length: at most 128 characters. CloudFormation property {@code Name}.
     */
    public CFNFeatureConfiguration name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public CFNFeatureConfiguration name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * Status of the feature configuration.
     *
     * <p>Required. Allowed values: {@code ENABLED}, {@code DISABLED}. CloudFormation property
     * {@code Status}.
     */
    public CFNFeatureConfiguration status(String value) {
      return set("Status", Value.of(value));
    }

    /** Sets {@code Status} to this value; see {@link #status(String)}. */
    public CFNFeatureConfiguration status(Value<String> value) {
      return set("Status", value);
    }
  }

  /**
   * Describes which optional data sources are enabled for a detector.
   *
   * <p>Property type {@code AWS::GuardDuty::Detector.CFNKubernetesAuditLogsConfiguration}.
   */
  public static final class CFNKubernetesAuditLogsConfiguration extends Struct<CFNKubernetesAuditLogsConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::GuardDuty::Detector.CFNKubernetesAuditLogsConfiguration")
        .required("Enable")
        .build();

    public CFNKubernetesAuditLogsConfiguration() {
      super(SCHEMA);
    }

    /**
     * Describes whether Kubernetes audit logs are enabled as a data source for the detector.
     *
     * <p>Required. CloudFormation property {@code Enable}.
     */
    public CFNKubernetesAuditLogsConfiguration enable(boolean value) {
      return set("Enable", Value.of(value));
    }

    /** Sets {@code Enable} to this value; see {@link #enable(boolean)}. */
    public CFNKubernetesAuditLogsConfiguration enable(Value<Boolean> value) {
      return set("Enable", value);
    }
  }

  /**
   * Describes which Kubernetes protection data sources are enabled for the detector.
   *
   * <p>Property type {@code AWS::GuardDuty::Detector.CFNKubernetesConfiguration}.
   */
  public static final class CFNKubernetesConfiguration extends Struct<CFNKubernetesConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::GuardDuty::Detector.CFNKubernetesConfiguration")
        .required("AuditLogs")
        .build();

    public CFNKubernetesConfiguration() {
      super(SCHEMA);
    }

    /**
     * Describes whether Kubernetes audit logs are enabled as a data source for the detector.
     *
     * <p>Required. CloudFormation property {@code AuditLogs}.
     */
    public CFNKubernetesConfiguration auditLogs(Value<CFNKubernetesAuditLogsConfiguration> value) {
      return set("AuditLogs", value);
    }
  }

  /**
   * Describes whether Malware Protection will be enabled as a data source.
   *
   * <p>Property type {@code AWS::GuardDuty::Detector.CFNMalwareProtectionConfiguration}.
   */
  public static final class CFNMalwareProtectionConfiguration extends Struct<CFNMalwareProtectionConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::GuardDuty::Detector.CFNMalwareProtectionConfiguration");

    public CFNMalwareProtectionConfiguration() {
      super(SCHEMA);
    }

    /**
     * Describes the configuration of Malware Protection for EC2 instances with findings.
     *
     * <p>CloudFormation property {@code ScanEc2InstanceWithFindings}.
     */
    public CFNMalwareProtectionConfiguration scanEc2InstanceWithFindings(Value<CFNScanEc2InstanceWithFindingsConfiguration> value) {
      return set("ScanEc2InstanceWithFindings", value);
    }
  }

  /**
   * Describes whether S3 data event logs will be enabled as a data source when the detector is
   * created.
   *
   * <p>Property type {@code AWS::GuardDuty::Detector.CFNS3LogsConfiguration}.
   */
  public static final class CFNS3LogsConfiguration extends Struct<CFNS3LogsConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::GuardDuty::Detector.CFNS3LogsConfiguration")
        .required("Enable")
        .build();

    public CFNS3LogsConfiguration() {
      super(SCHEMA);
    }

    /**
     * The status of S3 data event logs as a data source.
     *
     * <p>Required. CloudFormation property {@code Enable}.
     */
    public CFNS3LogsConfiguration enable(boolean value) {
      return set("Enable", Value.of(value));
    }

    /** Sets {@code Enable} to this value; see {@link #enable(boolean)}. */
    public CFNS3LogsConfiguration enable(Value<Boolean> value) {
      return set("Enable", value);
    }
  }

  /**
   * Describes whether Malware Protection for EC2 instances with findings will be enabled as a data
   * source.
   *
   * <p>Property type {@code AWS::GuardDuty::Detector.CFNScanEc2InstanceWithFindingsConfiguration}.
   */
  public static final class CFNScanEc2InstanceWithFindingsConfiguration extends Struct<CFNScanEc2InstanceWithFindingsConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::GuardDuty::Detector.CFNScanEc2InstanceWithFindingsConfiguration");

    public CFNScanEc2InstanceWithFindingsConfiguration() {
      super(SCHEMA);
    }

    /**
     * Describes the configuration for scanning EBS volumes as data source.
     *
     * <p>CloudFormation property {@code EbsVolumes}.
     */
    public CFNScanEc2InstanceWithFindingsConfiguration ebsVolumes(boolean value) {
      return set("EbsVolumes", Value.of(value));
    }

    /** Sets {@code EbsVolumes} to this value; see {@link #ebsVolumes(boolean)}. */
    public CFNScanEc2InstanceWithFindingsConfiguration ebsVolumes(Value<Boolean> value) {
      return set("EbsVolumes", value);
    }
  }

  /**
   * Describes a tag.
   *
   * <p>Property type {@code AWS::GuardDuty::Detector.TagItem}.
   */
  public static final class TagItem extends Struct<TagItem> {
    private static final Schema SCHEMA = Schema.builder("AWS::GuardDuty::Detector.TagItem")
        .required("Key", "Value")
        .constrain("Key", Constraint.of().minLength(1).maxLength(128))
        .constrain("Value", Constraint.of().minLength(0).maxLength(256))
        .build();

    public TagItem() {
      super(SCHEMA);
    }

    /**
     * The tag key.
     *
     * <p>Required. Length: 1 to 128 characters. CloudFormation property {@code Key}.
     */
    public TagItem key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public TagItem key(Value<String> value) {
      return set("Key", value);
    }

    /**
     * The tag value.
     *
     * <p>Required. Length: 0 to 256 characters. CloudFormation property {@code Value}.
     */
    public TagItem value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public TagItem value(Value<String> value) {
      return set("Value", value);
    }
  }
}
