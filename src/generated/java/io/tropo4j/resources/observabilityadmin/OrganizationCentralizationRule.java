// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.observabilityadmin;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Defines how telemetry data should be centralized across an AWS Organization, including source and
 * destination configurations.
 *
 * <p>CloudFormation type {@code AWS::ObservabilityAdmin::OrganizationCentralizationRule}.
 */
public final class OrganizationCentralizationRule extends Resource<OrganizationCentralizationRule> {
  private static final Schema SCHEMA = Schema.builder("AWS::ObservabilityAdmin::OrganizationCentralizationRule")
      .required("Rule", "RuleName")
      .constrain("RuleName", Constraint.of().pattern("^[0-9A-Za-z-]+$").minLength(1).maxLength(100))
      .refYields("RuleArn")
      .attributes("RuleArn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public OrganizationCentralizationRule(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /** Required. CloudFormation property {@code Rule}. */
  public OrganizationCentralizationRule rule(Value<CentralizationRule> value) {
    return set("Rule", value);
  }

  /**
   * The name of the organization centralization rule.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 100 characters. Pattern: {@code
   * ^[0-9A-Za-z-]+$}. CloudFormation property {@code RuleName}.
   */
  public OrganizationCentralizationRule ruleName(String value) {
    return set("RuleName", Value.of(value));
  }

  /** Sets {@code RuleName} to this value; see {@link #ruleName(String)}. */
  public OrganizationCentralizationRule ruleName(Value<String> value) {
    return set("RuleName", value);
  }

  /**
   * A key-value pair to filter resources based on tags associated with the resource. For more
   * information about tags, see <a
   * href="https://docs.aws.amazon.com/whitepapers/latest/tagging-best-practices/what-are-tags.html">What
   * are tags?</a>
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public OrganizationCentralizationRule tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public OrganizationCentralizationRule tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public OrganizationCentralizationRule tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the organization centralization rule.
   *
   * <p>{@code Fn::GetAtt} attribute {@code RuleArn}.
   */
  public Value<String> ruleArn() {
    return getAtt("RuleArn");
  }

  /**
   * Defines how telemetry data should be centralized across an AWS Organization, including source
   * and destination configurations.
   *
   * <p>Property type {@code
   * AWS::ObservabilityAdmin::OrganizationCentralizationRule.CentralizationRule}.
   */
  public static final class CentralizationRule extends Struct<CentralizationRule> {
    private static final Schema SCHEMA = Schema.builder("AWS::ObservabilityAdmin::OrganizationCentralizationRule.CentralizationRule")
        .required("Destination", "Source")
        .build();

    public CentralizationRule() {
      super(SCHEMA);
    }

    /**
     * Configuration determining where the telemetry data should be centralized, backed up, as well
     * as encryption configuration for the primary and backup destinations.
     *
     * <p>Required. CloudFormation property {@code Destination}.
     */
    public CentralizationRule destination(Value<CentralizationRuleDestination> value) {
      return set("Destination", value);
    }

    /**
     * Configuration determining the source of the telemetry data to be centralized.
     *
     * <p>Required. CloudFormation property {@code Source}.
     */
    public CentralizationRule source(Value<CentralizationRuleSource> value) {
      return set("Source", value);
    }
  }

  /**
   * Configuration specifying the primary destination for centralized telemetry data.
   *
   * <p>Property type {@code
   * AWS::ObservabilityAdmin::OrganizationCentralizationRule.CentralizationRuleDestination}.
   */
  public static final class CentralizationRuleDestination extends Struct<CentralizationRuleDestination> {
    private static final Schema SCHEMA = Schema.builder("AWS::ObservabilityAdmin::OrganizationCentralizationRule.CentralizationRuleDestination")
        .required("Region")
        .constrain("Account", Constraint.of().pattern("^[0-9]{12}$").minLength(12).maxLength(12))
        .constrain("Region", Constraint.of().minLength(1))
        .build();

    public CentralizationRuleDestination() {
      super(SCHEMA);
    }

    /**
     * The destination account (within the organization) to which the telemetry data should be
     * centralized.
     *
     * <p>Length: 12 to 12 characters. Pattern: {@code ^[0-9]{12}$}. CloudFormation property {@code
     * Account}.
     */
    public CentralizationRuleDestination account(String value) {
      return set("Account", Value.of(value));
    }

    /** Sets {@code Account} to this value; see {@link #account(String)}. */
    public CentralizationRuleDestination account(Value<String> value) {
      return set("Account", value);
    }

    /**
     * Log specific configuration for centralization destination log groups.
     *
     * <p>CloudFormation property {@code DestinationLogsConfiguration}.
     */
    public CentralizationRuleDestination destinationLogsConfiguration(Value<DestinationLogsConfiguration> value) {
      return set("DestinationLogsConfiguration", value);
    }

    /** CloudFormation property {@code DestinationMetricsConfiguration}. */
    public CentralizationRuleDestination destinationMetricsConfiguration(Value<DestinationMetricsConfiguration> value) {
      return set("DestinationMetricsConfiguration", value);
    }

    /**
     * The primary destination region to which telemetry data should be centralized.
     *
     * <p>Required. Length: at least 1 characters. CloudFormation property {@code Region}.
     */
    public CentralizationRuleDestination region(String value) {
      return set("Region", Value.of(value));
    }

    /** Sets {@code Region} to this value; see {@link #region(String)}. */
    public CentralizationRuleDestination region(Value<String> value) {
      return set("Region", value);
    }
  }

  /**
   * Configuration specifying the source of telemetry data to be centralized.
   *
   * <p>Property type {@code
   * AWS::ObservabilityAdmin::OrganizationCentralizationRule.CentralizationRuleSource}.
   */
  public static final class CentralizationRuleSource extends Struct<CentralizationRuleSource> {
    private static final Schema SCHEMA = Schema.builder("AWS::ObservabilityAdmin::OrganizationCentralizationRule.CentralizationRuleSource")
        .required("Regions")
        .constrain("Regions", Constraint.of().minLength(1))
        .constrain("Scope", Constraint.of().minLength(1).maxLength(2000))
        .build();

    public CentralizationRuleSource() {
      super(SCHEMA);
    }

    /**
     * The list of source regions from which telemetry data should be centralized.
     *
     * <p>Required. Length: at least 1 characters. CloudFormation property {@code Regions}.
     */
    public CentralizationRuleSource regions(List<String> value) {
      return set("Regions", Value.listOf(value));
    }

    /** Sets {@code Regions} to this value; see {@link #regions(List)}. */
    public CentralizationRuleSource regions(Value<List<String>> value) {
      return set("Regions", value);
    }

    /**
     * The organizational scope from which telemetry data should be centralized, specified using
     * organization id, accounts or organizational unit ids.
     *
     * <p>Length: 1 to 2000 characters. CloudFormation property {@code Scope}.
     */
    public CentralizationRuleSource scope(String value) {
      return set("Scope", Value.of(value));
    }

    /** Sets {@code Scope} to this value; see {@link #scope(String)}. */
    public CentralizationRuleSource scope(Value<String> value) {
      return set("Scope", value);
    }

    /**
     * Log specific configuration for centralization source log groups.
     *
     * <p>CloudFormation property {@code SourceLogsConfiguration}.
     */
    public CentralizationRuleSource sourceLogsConfiguration(Value<SourceLogsConfiguration> value) {
      return set("SourceLogsConfiguration", value);
    }

    /** CloudFormation property {@code SourceMetricsConfiguration}. */
    public CentralizationRuleSource sourceMetricsConfiguration(Value<SourceMetricsConfiguration> value) {
      return set("SourceMetricsConfiguration", value);
    }
  }

  /**
   * Configuration for centralization destination log groups, including encryption and backup
   * settings.
   *
   * <p>Property type {@code
   * AWS::ObservabilityAdmin::OrganizationCentralizationRule.DestinationLogsConfiguration}.
   */
  public static final class DestinationLogsConfiguration extends Struct<DestinationLogsConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::ObservabilityAdmin::OrganizationCentralizationRule.DestinationLogsConfiguration");

    public DestinationLogsConfiguration() {
      super(SCHEMA);
    }

    /**
     * Configuration defining the backup region and an optional KMS key for the backup destination.
     *
     * <p>CloudFormation property {@code BackupConfiguration}.
     */
    public DestinationLogsConfiguration backupConfiguration(Value<LogsBackupConfiguration> value) {
      return set("BackupConfiguration", value);
    }

    /** CloudFormation property {@code LogGroupNameConfiguration}. */
    public DestinationLogsConfiguration logGroupNameConfiguration(Value<LogGroupNameConfiguration> value) {
      return set("LogGroupNameConfiguration", value);
    }

    /**
     * The encryption configuration for centralization destination log groups.
     *
     * <p>CloudFormation property {@code LogsEncryptionConfiguration}.
     */
    public DestinationLogsConfiguration logsEncryptionConfiguration(Value<LogsEncryptionConfiguration> value) {
      return set("LogsEncryptionConfiguration", value);
    }

    /** CloudFormation property {@code TagPropagationConfiguration}. */
    public DestinationLogsConfiguration tagPropagationConfiguration(Value<TagPropagationConfiguration> value) {
      return set("TagPropagationConfiguration", value);
    }
  }

  /**
   * Property type {@code
   * AWS::ObservabilityAdmin::OrganizationCentralizationRule.DestinationMetricsConfiguration}.
   */
  public static final class DestinationMetricsConfiguration extends Struct<DestinationMetricsConfiguration> {
    private static final Schema SCHEMA = Schema.of("AWS::ObservabilityAdmin::OrganizationCentralizationRule.DestinationMetricsConfiguration");

    public DestinationMetricsConfiguration() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code BackupConfiguration}. */
    public DestinationMetricsConfiguration backupConfiguration(Value<MetricsBackupConfiguration> value) {
      return set("BackupConfiguration", value);
    }
  }

  /**
   * Property type {@code
   * AWS::ObservabilityAdmin::OrganizationCentralizationRule.LogGroupNameConfiguration}.
   */
  public static final class LogGroupNameConfiguration extends Struct<LogGroupNameConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::ObservabilityAdmin::OrganizationCentralizationRule.LogGroupNameConfiguration")
        .required("LogGroupNamePattern")
        .constrain("LogGroupNamePattern", Constraint.of().pattern("^(?:[\\._\\-/#A-Za-z0-9]+|\\$\\{[A-Za-z]+(?:\\.[A-Za-z]+){1,2}\\})+$").minLength(1).maxLength(512))
        .build();

    public LogGroupNameConfiguration() {
      super(SCHEMA);
    }

    /**
     * Required. Length: 1 to 512 characters. Pattern: {@code
     * ^(?:[&#92;._&#92;-/#A-Za-z0-9]+|&#92;$&#92;{[A-Za-z]+(?:&#92;.[A-Za-z]+){1,2}&#92;})+$}.
     * CloudFormation property {@code LogGroupNamePattern}.
     */
    public LogGroupNameConfiguration logGroupNamePattern(String value) {
      return set("LogGroupNamePattern", Value.of(value));
    }

    /** Sets {@code LogGroupNamePattern} to this value; see {@link #logGroupNamePattern(String)}. */
    public LogGroupNameConfiguration logGroupNamePattern(Value<String> value) {
      return set("LogGroupNamePattern", value);
    }
  }

  /**
   * Configuration for backing up centralized log data to a secondary region.
   *
   * <p>Property type {@code
   * AWS::ObservabilityAdmin::OrganizationCentralizationRule.LogsBackupConfiguration}.
   */
  public static final class LogsBackupConfiguration extends Struct<LogsBackupConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::ObservabilityAdmin::OrganizationCentralizationRule.LogsBackupConfiguration")
        .required("Region")
        .constrain("KmsKeyArn", Constraint.of().pattern("^arn:aws([a-z0-9\\-]+)?:([a-zA-Z0-9\\-]+):([a-z0-9\\-]+)?:([0-9]{12})?:(.+)$").minLength(1).maxLength(1011).format("AWS::KMS::Key.Arn"))
        .constrain("Region", Constraint.of().minLength(1))
        .build();

    public LogsBackupConfiguration() {
      super(SCHEMA);
    }

    /**
     * KMS Key ARN belonging to the primary destination account and backup region, to encrypt newly
     * created central log groups in the backup destination.
     *
     * <p>Length: 1 to 1011 characters. Pattern: {@code
     * ^arn:aws([a-z0-9&#92;-]+)?:([a-zA-Z0-9&#92;-]+):([a-z0-9&#92;-]+)?:([0-9]{12})?:(.+)$}.
     * Format: {@code AWS::KMS::Key.Arn}. CloudFormation property {@code KmsKeyArn}.
     */
    public LogsBackupConfiguration kmsKeyArn(String value) {
      return set("KmsKeyArn", Value.of(value));
    }

    /** Sets {@code KmsKeyArn} to this value; see {@link #kmsKeyArn(String)}. */
    public LogsBackupConfiguration kmsKeyArn(Value<String> value) {
      return set("KmsKeyArn", value);
    }

    /**
     * Logs specific backup destination region within the primary destination account to which log
     * data should be centralized.
     *
     * <p>Required. Length: at least 1 characters. CloudFormation property {@code Region}.
     */
    public LogsBackupConfiguration region(String value) {
      return set("Region", Value.of(value));
    }

    /** Sets {@code Region} to this value; see {@link #region(String)}. */
    public LogsBackupConfiguration region(Value<String> value) {
      return set("Region", value);
    }
  }

  /**
   * Configuration for encrypting centralized log groups. This configuration is only applied to
   * destination log groups for which the corresponding source log groups are encrypted using
   * Customer Managed KMS Keys.
   *
   * <p>Property type {@code
   * AWS::ObservabilityAdmin::OrganizationCentralizationRule.LogsEncryptionConfiguration}.
   */
  public static final class LogsEncryptionConfiguration extends Struct<LogsEncryptionConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::ObservabilityAdmin::OrganizationCentralizationRule.LogsEncryptionConfiguration")
        .required("EncryptionStrategy")
        .allowed("EncryptionConflictResolutionStrategy", "ALLOW", "SKIP")
        .allowed("EncryptionScope", "ENCRYPTED_SOURCE_ONLY", "NEW_DESTINATION_LOG_GROUPS")
        .allowed("EncryptionStrategy", "CUSTOMER_MANAGED", "AWS_OWNED")
        .constrain("KmsKeyArn", Constraint.of().pattern("^arn:aws([a-z0-9\\-]+)?:([a-zA-Z0-9\\-]+):([a-z0-9\\-]+)?:([0-9]{12})?:(.+)$").minLength(1).maxLength(1011).format("AWS::KMS::Key.Arn"))
        .build();

    public LogsEncryptionConfiguration() {
      super(SCHEMA);
    }

    /**
     * Conflict resolution strategy for centralization if the encryption strategy is set to
     * CUSTOMER_MANAGED and the destination log group is encrypted with an AWS_OWNED KMS Key. ALLOW
     * lets centralization go through while SKIP prevents centralization into the destination log
     * group.
     *
     * <p>Allowed values: {@code ALLOW}, {@code SKIP}. CloudFormation property {@code
     * EncryptionConflictResolutionStrategy}.
     */
    public LogsEncryptionConfiguration encryptionConflictResolutionStrategy(String value) {
      return set("EncryptionConflictResolutionStrategy", Value.of(value));
    }

    /**
     * Sets {@code EncryptionConflictResolutionStrategy} to this value; see {@link
     * #encryptionConflictResolutionStrategy(String)}.
     */
    public LogsEncryptionConfiguration encryptionConflictResolutionStrategy(Value<String> value) {
      return set("EncryptionConflictResolutionStrategy", value);
    }

    /**
     * Allowed values: {@code ENCRYPTED_SOURCE_ONLY}, {@code NEW_DESTINATION_LOG_GROUPS}.
     * CloudFormation property {@code EncryptionScope}.
     */
    public LogsEncryptionConfiguration encryptionScope(String value) {
      return set("EncryptionScope", Value.of(value));
    }

    /** Sets {@code EncryptionScope} to this value; see {@link #encryptionScope(String)}. */
    public LogsEncryptionConfiguration encryptionScope(Value<String> value) {
      return set("EncryptionScope", value);
    }

    /**
     * Configuration that determines the encryption strategy of the destination log groups.
     * CUSTOMER_MANAGED uses the configured KmsKeyArn to encrypt newly created destination log
     * groups.
     *
     * <p>Required. Allowed values: {@code CUSTOMER_MANAGED}, {@code AWS_OWNED}. CloudFormation
     * property {@code EncryptionStrategy}.
     */
    public LogsEncryptionConfiguration encryptionStrategy(String value) {
      return set("EncryptionStrategy", Value.of(value));
    }

    /** Sets {@code EncryptionStrategy} to this value; see {@link #encryptionStrategy(String)}. */
    public LogsEncryptionConfiguration encryptionStrategy(Value<String> value) {
      return set("EncryptionStrategy", value);
    }

    /**
     * KMS Key ARN belonging to the primary destination account and region, to encrypt newly created
     * central log groups in the primary destination.
     *
     * <p>Length: 1 to 1011 characters. Pattern: {@code
     * ^arn:aws([a-z0-9&#92;-]+)?:([a-zA-Z0-9&#92;-]+):([a-z0-9&#92;-]+)?:([0-9]{12})?:(.+)$}.
     * Format: {@code AWS::KMS::Key.Arn}. CloudFormation property {@code KmsKeyArn}.
     */
    public LogsEncryptionConfiguration kmsKeyArn(String value) {
      return set("KmsKeyArn", Value.of(value));
    }

    /** Sets {@code KmsKeyArn} to this value; see {@link #kmsKeyArn(String)}. */
    public LogsEncryptionConfiguration kmsKeyArn(Value<String> value) {
      return set("KmsKeyArn", value);
    }
  }

  /**
   * Property type {@code
   * AWS::ObservabilityAdmin::OrganizationCentralizationRule.MetricsBackupConfiguration}.
   */
  public static final class MetricsBackupConfiguration extends Struct<MetricsBackupConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::ObservabilityAdmin::OrganizationCentralizationRule.MetricsBackupConfiguration")
        .required("Region")
        .constrain("Region", Constraint.of().minLength(1))
        .build();

    public MetricsBackupConfiguration() {
      super(SCHEMA);
    }

    /** Required. Length: at least 1 characters. CloudFormation property {@code Region}. */
    public MetricsBackupConfiguration region(String value) {
      return set("Region", Value.of(value));
    }

    /** Sets {@code Region} to this value; see {@link #region(String)}. */
    public MetricsBackupConfiguration region(Value<String> value) {
      return set("Region", value);
    }
  }

  /**
   * Configuration for selecting and handling source log groups for centralization.
   *
   * <p>Property type {@code
   * AWS::ObservabilityAdmin::OrganizationCentralizationRule.SourceLogsConfiguration}.
   */
  public static final class SourceLogsConfiguration extends Struct<SourceLogsConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::ObservabilityAdmin::OrganizationCentralizationRule.SourceLogsConfiguration")
        .required("EncryptedLogGroupStrategy")
        .constrain("DataSourceSelectionCriteria", Constraint.of().minLength(1).maxLength(2000))
        .allowed("EncryptedLogGroupStrategy", "ALLOW", "SKIP")
        .constrain("LogGroupSelectionCriteria", Constraint.of().minLength(1).maxLength(2000))
        .build();

    public SourceLogsConfiguration() {
      super(SCHEMA);
    }

    /**
     * Length: 1 to 2000 characters. CloudFormation property {@code DataSourceSelectionCriteria}.
     */
    public SourceLogsConfiguration dataSourceSelectionCriteria(String value) {
      return set("DataSourceSelectionCriteria", Value.of(value));
    }

    /**
     * Sets {@code DataSourceSelectionCriteria} to this value; see {@link
     * #dataSourceSelectionCriteria(String)}.
     */
    public SourceLogsConfiguration dataSourceSelectionCriteria(Value<String> value) {
      return set("DataSourceSelectionCriteria", value);
    }

    /**
     * A strategy determining whether to centralize source log groups that are encrypted with
     * customer managed KMS keys (CMK). ALLOW will consider CMK encrypted source log groups for
     * centralization while SKIP will skip CMK encrypted source log groups from centralization.
     *
     * <p>Required. Allowed values: {@code ALLOW}, {@code SKIP}. CloudFormation property {@code
     * EncryptedLogGroupStrategy}.
     */
    public SourceLogsConfiguration encryptedLogGroupStrategy(String value) {
      return set("EncryptedLogGroupStrategy", Value.of(value));
    }

    /**
     * Sets {@code EncryptedLogGroupStrategy} to this value; see {@link
     * #encryptedLogGroupStrategy(String)}.
     */
    public SourceLogsConfiguration encryptedLogGroupStrategy(Value<String> value) {
      return set("EncryptedLogGroupStrategy", value);
    }

    /**
     * The selection criteria that specifies which source log groups to centralize. The selection
     * criteria uses the same format as OAM link filters.
     *
     * <p>Length: 1 to 2000 characters. CloudFormation property {@code LogGroupSelectionCriteria}.
     */
    public SourceLogsConfiguration logGroupSelectionCriteria(String value) {
      return set("LogGroupSelectionCriteria", Value.of(value));
    }

    /**
     * Sets {@code LogGroupSelectionCriteria} to this value; see {@link
     * #logGroupSelectionCriteria(String)}.
     */
    public SourceLogsConfiguration logGroupSelectionCriteria(Value<String> value) {
      return set("LogGroupSelectionCriteria", value);
    }
  }

  /**
   * Property type {@code
   * AWS::ObservabilityAdmin::OrganizationCentralizationRule.SourceMetricsConfiguration}.
   */
  public static final class SourceMetricsConfiguration extends Struct<SourceMetricsConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::ObservabilityAdmin::OrganizationCentralizationRule.SourceMetricsConfiguration")
        .constrain("MetricsSelectionCriteria", Constraint.of().minLength(1).maxLength(2000))
        .build();

    public SourceMetricsConfiguration() {
      super(SCHEMA);
    }

    /** Length: 1 to 2000 characters. CloudFormation property {@code MetricsSelectionCriteria}. */
    public SourceMetricsConfiguration metricsSelectionCriteria(String value) {
      return set("MetricsSelectionCriteria", Value.of(value));
    }

    /**
     * Sets {@code MetricsSelectionCriteria} to this value; see {@link
     * #metricsSelectionCriteria(String)}.
     */
    public SourceMetricsConfiguration metricsSelectionCriteria(Value<String> value) {
      return set("MetricsSelectionCriteria", value);
    }
  }

  /**
   * Property type {@code
   * AWS::ObservabilityAdmin::OrganizationCentralizationRule.TagPropagationConfiguration}.
   */
  public static final class TagPropagationConfiguration extends Struct<TagPropagationConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::ObservabilityAdmin::OrganizationCentralizationRule.TagPropagationConfiguration")
        .required("DestinationRoleArn")
        .constrain("DestinationRoleArn", Constraint.of().pattern("^arn:aws[a-zA-Z-]*:iam::\\d{12}:role/[\\w+=,.@/-]+$").minLength(20).maxLength(2048).format("AWS::IAM::Role.Arn"))
        .allowed("TagConflictResolutionStrategy", "IN_SYNC", "ADD_ONLY", "UPDATE_SYNC")
        .build();

    public TagPropagationConfiguration() {
      super(SCHEMA);
    }

    /**
     * The ARN of the destination account IAM role used for tag propagation.
     *
     * <p>Required. Length: 20 to 2048 characters. Pattern: {@code
     * ^arn:aws[a-zA-Z-]*:iam::&#92;d{12}:role/[&#92;w+=,.&#64;/-]+$}. Format: {@code
     * AWS::IAM::Role.Arn}. CloudFormation property {@code DestinationRoleArn}.
     */
    public TagPropagationConfiguration destinationRoleArn(String value) {
      return set("DestinationRoleArn", Value.of(value));
    }

    /** Sets {@code DestinationRoleArn} to this value; see {@link #destinationRoleArn(String)}. */
    public TagPropagationConfiguration destinationRoleArn(Value<String> value) {
      return set("DestinationRoleArn", value);
    }

    /**
     * The strategy to resolve tag conflicts during propagation.
     *
     * <p>Allowed values: {@code IN_SYNC}, {@code ADD_ONLY}, {@code UPDATE_SYNC}. CloudFormation
     * property {@code TagConflictResolutionStrategy}.
     */
    public TagPropagationConfiguration tagConflictResolutionStrategy(String value) {
      return set("TagConflictResolutionStrategy", Value.of(value));
    }

    /**
     * Sets {@code TagConflictResolutionStrategy} to this value; see {@link
     * #tagConflictResolutionStrategy(String)}.
     */
    public TagPropagationConfiguration tagConflictResolutionStrategy(Value<String> value) {
      return set("TagConflictResolutionStrategy", value);
    }
  }
}
