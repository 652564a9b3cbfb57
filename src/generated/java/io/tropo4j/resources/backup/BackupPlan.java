// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.backup;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;
import java.util.List;
import java.util.Map;

/**
 * Contains an optional backup plan display name and an array of <code>BackupRule</code> objects,
 * each of which specifies a backup rule. Each rule in a backup plan is a separate scheduled task
 * and can back up a different selection of AWS resources.
 *
 * <p>For a sample CloudFormation template, see the <a
 * href="https://docs.aws.amazon.com/aws-backup/latest/devguide/assigning-resources.html#assigning-resources-cfn">AWS
 * Backup Developer Guide</a> .
 *
 * <p>CloudFormation type {@code AWS::Backup::BackupPlan}.
 */
public final class BackupPlan extends Resource<BackupPlan> {
  private static final Schema SCHEMA = Schema.builder("AWS::Backup::BackupPlan")
      .required("BackupPlan")
      .refYields("BackupPlanId")
      .attributes("BackupPlanArn", "BackupPlanId", "VersionId")
      .tags("BackupPlanTags", Schema.TagForm.MAP)
      .build();

  public BackupPlan(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Uniquely identifies the backup plan to be associated with the selection of resources.
   *
   * <p>Required. CloudFormation property {@code BackupPlan}.
   */
  public BackupPlan backupPlan(Value<BackupPlanResourceType> value) {
    return set("BackupPlan", value);
  }

  /**
   * The tags to assign to the backup plan.
   *
   * <p>CloudFormation property {@code BackupPlanTags}.
   */
  public BackupPlan backupPlanTags(Map<String, String> value) {
    return set("BackupPlanTags", Value.mapOf(value));
  }

  /** Sets {@code BackupPlanTags} to this value; see {@link #backupPlanTags(Map)}. */
  public BackupPlan backupPlanTags(Value<Map<String, String>> value) {
    return set("BackupPlanTags", value);
  }

  /**
   * Sets {@code BackupPlanTags} to the tags, as a map of key to value; see {@link
   * #backupPlanTags(Map)}.
   */
  public BackupPlan backupPlanTags(Tags tags) {
    return set("BackupPlanTags", tags.asMap());
  }

  /**
   * An Amazon Resource Name (ARN) that uniquely identifies a backup plan; for example,
   * <code>arn:aws:backup:us-east-1:123456789012:plan:8F81F553-3A74-4A3F-B93D-B3360DC80C50</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code BackupPlanArn}.
   */
  public Value<String> backupPlanArn() {
    return getAtt("BackupPlanArn");
  }

  /**
   * Uniquely identifies a backup plan.
   *
   * <p>{@code Fn::GetAtt} attribute {@code BackupPlanId}.
   */
  public Value<String> backupPlanId() {
    return getAtt("BackupPlanId");
  }

  /**
   * Unique, randomly generated, Unicode, UTF-8 encoded strings that are at most 1,024 bytes long.
   * Version Ids cannot be edited.
   *
   * <p>{@code Fn::GetAtt} attribute {@code VersionId}.
   */
  public Value<String> versionId() {
    return getAtt("VersionId");
  }

  /**
   * Specifies an object containing resource type and backup options. This is only supported for
   * Windows VSS backups.
   *
   * <p>Property type {@code AWS::Backup::BackupPlan.AdvancedBackupSettingResourceType}.
   */
  public static final class AdvancedBackupSettingResourceType extends Struct<AdvancedBackupSettingResourceType> {
    private static final Schema SCHEMA = Schema.builder("AWS::Backup::BackupPlan.AdvancedBackupSettingResourceType")
        .required("BackupOptions", "ResourceType")
        .constrain("BackupOptions", Constraint.of().format("json"))
        .constrain("ResourceType", Constraint.of().pattern("^[a-zA-Z0-9\\-\\_\\.]{1,50}$"))
        .build();

    public AdvancedBackupSettingResourceType() {
      super(SCHEMA);
    }

    /**
     * The backup option for the resource. Each option is a key-value pair. This option is only
     * available for Windows VSS backup jobs.
     *
     * <p>Valid values:
     *
     * <p>Set to <code>"WindowsVSS":"enabled"</code> to enable the <code>WindowsVSS</code> backup
     * option and create a Windows VSS backup.
     *
     * <p>Set to <code>"WindowsVSS":"disabled"</code> to create a regular backup. The
     * <code>WindowsVSS</code> option is not enabled by default.
     *
     * <p>If you specify an invalid option, you get an <code>InvalidParameterValueException</code>
     * exception.
     *
     * <p>For more information about Windows VSS backups, see <a
     * href="https://docs.aws.amazon.com/aws-backup/latest/devguide/windows-backups.html">Creating a
     * VSS-Enabled Windows Backup</a> .
     *
     * <p>Required. Format: {@code json}. CloudFormation property {@code BackupOptions}.
     */
    public AdvancedBackupSettingResourceType backupOptions(Value<Json> value) {
      return set("BackupOptions", value);
    }

    /**
     * The name of a resource type. The only supported resource type is EC2.
     *
     * <p>Required. Pattern: {@code ^[a-zA-Z0-9&#92;-&#92;_&#92;.]{1,50}$}. CloudFormation property
     * {@code ResourceType}.
     */
    public AdvancedBackupSettingResourceType resourceType(String value) {
      return set("ResourceType", Value.of(value));
    }

    /** Sets {@code ResourceType} to this value; see {@link #resourceType(String)}. */
    public AdvancedBackupSettingResourceType resourceType(Value<String> value) {
      return set("ResourceType", value);
    }
  }

  /**
   * Specifies an object containing properties used to create a backup plan.
   *
   * <p>Property type {@code AWS::Backup::BackupPlan.BackupPlanResourceType}.
   */
  public static final class BackupPlanResourceType extends Struct<BackupPlanResourceType> {
    private static final Schema SCHEMA = Schema.builder("AWS::Backup::BackupPlan.BackupPlanResourceType")
        .required("BackupPlanName", "BackupPlanRule")
        .build();

    public BackupPlanResourceType() {
      super(SCHEMA);
    }

    /**
     * A list of backup options for each resource type.
     *
     * <p>CloudFormation property {@code AdvancedBackupSettings}.
     */
    public BackupPlanResourceType advancedBackupSettings(List<AdvancedBackupSettingResourceType> value) {
      return set("AdvancedBackupSettings", Value.listOf(value));
    }

    /**
     * Sets {@code AdvancedBackupSettings} to this value; see {@link #advancedBackupSettings(List)}.
     */
    public BackupPlanResourceType advancedBackupSettings(Value<List<AdvancedBackupSettingResourceType>> value) {
      return set("AdvancedBackupSettings", value);
    }

    /**
     * Sets {@code AdvancedBackupSettings} to a list of these; see {@link
     * #advancedBackupSettings(List)}.
     */
    public BackupPlanResourceType advancedBackupSettings(AdvancedBackupSettingResourceType... values) {
      return set("AdvancedBackupSettings", Value.list(values));
    }

    /**
     * The display name of a backup plan.
     *
     * <p>Required. CloudFormation property {@code BackupPlanName}.
     */
    public BackupPlanResourceType backupPlanName(String value) {
      return set("BackupPlanName", Value.of(value));
    }

    /** Sets {@code BackupPlanName} to this value; see {@link #backupPlanName(String)}. */
    public BackupPlanResourceType backupPlanName(Value<String> value) {
      return set("BackupPlanName", value);
    }

    /**
     * An array of <code>BackupRule</code> objects, each of which specifies a scheduled task that is
     * used to back up a selection of resources.
     *
     * <p>Required. CloudFormation property {@code BackupPlanRule}.
     */
    public BackupPlanResourceType backupPlanRule(List<BackupRuleResourceType> value) {
      return set("BackupPlanRule", Value.listOf(value));
    }

    /** Sets {@code BackupPlanRule} to this value; see {@link #backupPlanRule(List)}. */
    public BackupPlanResourceType backupPlanRule(Value<List<BackupRuleResourceType>> value) {
      return set("BackupPlanRule", value);
    }

    /** Sets {@code BackupPlanRule} to a list of these; see {@link #backupPlanRule(List)}. */
    public BackupPlanResourceType backupPlanRule(BackupRuleResourceType... values) {
      return set("BackupPlanRule", Value.list(values));
    }

    /** CloudFormation property {@code ScanSettings}. */
    public BackupPlanResourceType scanSettings(List<ScanSettingResourceType> value) {
      return set("ScanSettings", Value.listOf(value));
    }

    /** Sets {@code ScanSettings} to this value; see {@link #scanSettings(List)}. */
    public BackupPlanResourceType scanSettings(Value<List<ScanSettingResourceType>> value) {
      return set("ScanSettings", value);
    }

    /** Sets {@code ScanSettings} to a list of these; see {@link #scanSettings(List)}. */
    public BackupPlanResourceType scanSettings(ScanSettingResourceType... values) {
      return set("ScanSettings", Value.list(values));
    }
  }

  /**
   * Specifies an object containing properties used to schedule a task to back up a selection of
   * resources.
   *
   * <p>Property type {@code AWS::Backup::BackupPlan.BackupRuleResourceType}.
   */
  public static final class BackupRuleResourceType extends Struct<BackupRuleResourceType> {
    private static final Schema SCHEMA = Schema.builder("AWS::Backup::BackupPlan.BackupRuleResourceType")
        .required("RuleName", "TargetBackupVault")
        .references("TargetBackupVault", "AWS::Backup::BackupVault.Ref")
        .build();

    public BackupRuleResourceType() {
      super(SCHEMA);
    }

    /**
     * A value in minutes after a backup job is successfully started before it must be completed or
     * it is canceled by AWS Backup .
     *
     * <p>CloudFormation property {@code CompletionWindowMinutes}.
     */
    public BackupRuleResourceType completionWindowMinutes(double value) {
      return set("CompletionWindowMinutes", Value.of(value));
    }

    /**
     * Sets {@code CompletionWindowMinutes} to this value; see {@link
     * #completionWindowMinutes(double)}.
     */
    public BackupRuleResourceType completionWindowMinutes(Value<Double> value) {
      return set("CompletionWindowMinutes", value);
    }

    /**
     * An array of CopyAction objects, which contains the details of the copy operation.
     *
     * <p>CloudFormation property {@code CopyActions}.
     */
    public BackupRuleResourceType copyActions(List<CopyActionResourceType> value) {
      return set("CopyActions", Value.listOf(value));
    }

    /** Sets {@code CopyActions} to this value; see {@link #copyActions(List)}. */
    public BackupRuleResourceType copyActions(Value<List<CopyActionResourceType>> value) {
      return set("CopyActions", value);
    }

    /** Sets {@code CopyActions} to a list of these; see {@link #copyActions(List)}. */
    public BackupRuleResourceType copyActions(CopyActionResourceType... values) {
      return set("CopyActions", Value.list(values));
    }

    /**
     * Enables continuous backup and point-in-time restores (PITR).
     *
     * <p>CloudFormation property {@code EnableContinuousBackup}.
     */
    public BackupRuleResourceType enableContinuousBackup(boolean value) {
      return set("EnableContinuousBackup", Value.of(value));
    }

    /**
     * Sets {@code EnableContinuousBackup} to this value; see {@link
     * #enableContinuousBackup(boolean)}.
     */
    public BackupRuleResourceType enableContinuousBackup(Value<Boolean> value) {
      return set("EnableContinuousBackup", value);
    }

    /**
     * There can up to one IndexAction in each BackupRule, as each backup can have 0 or 1 backup
     * index associated with it.
     *
     * <p>Within the array is ResourceTypes. Only 1 resource type will be accepted for each
     * BackupRule. Valid values:
     *
     * <ul> <li><code>EBS</code> for Amazon Elastic Block Store <li><code>S3</code> for Amazon
     * Simple Storage Service (Amazon S3) </ul>
     *
     * <p>CloudFormation property {@code IndexActions}.
     */
    public BackupRuleResourceType indexActions(List<IndexActionsResourceType> value) {
      return set("IndexActions", Value.listOf(value));
    }

    /** Sets {@code IndexActions} to this value; see {@link #indexActions(List)}. */
    public BackupRuleResourceType indexActions(Value<List<IndexActionsResourceType>> value) {
      return set("IndexActions", value);
    }

    /** Sets {@code IndexActions} to a list of these; see {@link #indexActions(List)}. */
    public BackupRuleResourceType indexActions(IndexActionsResourceType... values) {
      return set("IndexActions", Value.list(values));
    }

    /**
     * The lifecycle defines when a protected resource is transitioned to cold storage and when it
     * expires. AWS Backup transitions and expires backups automatically according to the lifecycle
     * that you define.
     *
     * <p>CloudFormation property {@code Lifecycle}.
     */
    public BackupRuleResourceType lifecycle(Value<LifecycleResourceType> value) {
      return set("Lifecycle", value);
    }

    /**
     * The tags to assign to the resources.
     *
     * <p>CloudFormation property {@code RecoveryPointTags}.
     */
    public BackupRuleResourceType recoveryPointTags(Map<String, String> value) {
      return set("RecoveryPointTags", Value.mapOf(value));
    }

    /** Sets {@code RecoveryPointTags} to this value; see {@link #recoveryPointTags(Map)}. */
    public BackupRuleResourceType recoveryPointTags(Value<Map<String, String>> value) {
      return set("RecoveryPointTags", value);
    }

    /**
     * A display name for a backup rule.
     *
     * <p>Required. CloudFormation property {@code RuleName}.
     */
    public BackupRuleResourceType ruleName(String value) {
      return set("RuleName", Value.of(value));
    }

    /** Sets {@code RuleName} to this value; see {@link #ruleName(String)}. */
    public BackupRuleResourceType ruleName(Value<String> value) {
      return set("RuleName", value);
    }

    /** CloudFormation property {@code ScanActions}. */
    public BackupRuleResourceType scanActions(List<ScanActionResourceType> value) {
      return set("ScanActions", Value.listOf(value));
    }

    /** Sets {@code ScanActions} to this value; see {@link #scanActions(List)}. */
    public BackupRuleResourceType scanActions(Value<List<ScanActionResourceType>> value) {
      return set("ScanActions", value);
    }

    /** Sets {@code ScanActions} to a list of these; see {@link #scanActions(List)}. */
    public BackupRuleResourceType scanActions(ScanActionResourceType... values) {
      return set("ScanActions", Value.list(values));
    }

    /**
     * A CRON expression specifying when AWS Backup initiates a backup job.
     *
     * <p>CloudFormation property {@code ScheduleExpression}.
     */
    public BackupRuleResourceType scheduleExpression(String value) {
      return set("ScheduleExpression", Value.of(value));
    }

    /** Sets {@code ScheduleExpression} to this value; see {@link #scheduleExpression(String)}. */
    public BackupRuleResourceType scheduleExpression(Value<String> value) {
      return set("ScheduleExpression", value);
    }

    /**
     * This is the timezone in which the schedule expression is set. By default, ScheduleExpressions
     * are in UTC. You can modify this to a specified timezone.
     *
     * <p>CloudFormation property {@code ScheduleExpressionTimezone}.
     */
    public BackupRuleResourceType scheduleExpressionTimezone(String value) {
      return set("ScheduleExpressionTimezone", Value.of(value));
    }

    /**
     * Sets {@code ScheduleExpressionTimezone} to this value; see {@link
     * #scheduleExpressionTimezone(String)}.
     */
    public BackupRuleResourceType scheduleExpressionTimezone(Value<String> value) {
      return set("ScheduleExpressionTimezone", value);
    }

    /**
     * An optional value that specifies a period of time in minutes after a backup is scheduled
     * before a job is canceled if it doesn't start successfully.
     *
     * <p>If this value is included, it must be at least 60 minutes to avoid errors.
     *
     * <p>CloudFormation property {@code StartWindowMinutes}.
     */
    public BackupRuleResourceType startWindowMinutes(double value) {
      return set("StartWindowMinutes", Value.of(value));
    }

    /** Sets {@code StartWindowMinutes} to this value; see {@link #startWindowMinutes(double)}. */
    public BackupRuleResourceType startWindowMinutes(Value<Double> value) {
      return set("StartWindowMinutes", value);
    }

    /**
     * The name of a logical container where backups are stored. Backup vaults are identified by
     * names that are unique to the account used to create them and the AWS Region where they are
     * created. They consist of letters, numbers, and hyphens.
     *
     * <p>Required. CloudFormation property {@code TargetBackupVault}.
     */
    public BackupRuleResourceType targetBackupVault(String value) {
      return set("TargetBackupVault", Value.of(value));
    }

    /** Sets {@code TargetBackupVault} to this value; see {@link #targetBackupVault(String)}. */
    public BackupRuleResourceType targetBackupVault(Value<String> value) {
      return set("TargetBackupVault", value);
    }

    /**
     * Sets {@code TargetBackupVault} to the Ref of {@code AWS::Backup::BackupVault}; see {@link
     * #targetBackupVault(String)}.
     */
    public BackupRuleResourceType targetBackupVault(BackupVault resource) {
      return set("TargetBackupVault", resource.ref());
    }

    /**
     * The ARN of a logically air-gapped vault. ARN must be in the same account and Region. If
     * provided, supported fully managed resources back up directly to logically air-gapped vault,
     * while other supported resources create a temporary (billable) snapshot in backup vault, then
     * copy it to logically air-gapped vault. Unsupported resources only back up to the specified
     * backup vault.
     *
     * <p>CloudFormation property {@code TargetLogicallyAirGappedBackupVaultArn}.
     */
    public BackupRuleResourceType targetLogicallyAirGappedBackupVaultArn(String value) {
      return set("TargetLogicallyAirGappedBackupVaultArn", Value.of(value));
    }

    /**
     * Sets {@code TargetLogicallyAirGappedBackupVaultArn} to this value; see {@link
     * #targetLogicallyAirGappedBackupVaultArn(String)}.
     */
    public BackupRuleResourceType targetLogicallyAirGappedBackupVaultArn(Value<String> value) {
      return set("TargetLogicallyAirGappedBackupVaultArn", value);
    }
  }

  /**
   * Copies backups created by a backup rule to another vault.
   *
   * <p>Property type {@code AWS::Backup::BackupPlan.CopyActionResourceType}.
   */
  public static final class CopyActionResourceType extends Struct<CopyActionResourceType> {
    private static final Schema SCHEMA = Schema.builder("AWS::Backup::BackupPlan.CopyActionResourceType")
        .required("DestinationBackupVaultArn")
        .references("DestinationBackupVaultArn", "AWS::Backup::BackupVault.BackupVaultArn")
        .build();

    public CopyActionResourceType() {
      super(SCHEMA);
    }

    /**
     * An Amazon Resource Name (ARN) that uniquely identifies the destination backup vault for the
     * copied backup. For example,
     * <code>arn:aws:backup:us-east-1:123456789012:vault:aBackupVault.</code>
     *
     * <p>Required. CloudFormation property {@code DestinationBackupVaultArn}.
     */
    public CopyActionResourceType destinationBackupVaultArn(String value) {
      return set("DestinationBackupVaultArn", Value.of(value));
    }

    /**
     * Sets {@code DestinationBackupVaultArn} to this value; see {@link
     * #destinationBackupVaultArn(String)}.
     */
    public CopyActionResourceType destinationBackupVaultArn(Value<String> value) {
      return set("DestinationBackupVaultArn", value);
    }

    /**
     * Sets {@code DestinationBackupVaultArn} to the BackupVaultArn of {@code
     * AWS::Backup::BackupVault}; see {@link #destinationBackupVaultArn(String)}.
     */
    public CopyActionResourceType destinationBackupVaultArn(BackupVault resource) {
      return set("DestinationBackupVaultArn", resource.backupVaultArn());
    }

    /**
     * Defines when a protected resource is transitioned to cold storage and when it expires. AWS
     * Backup transitions and expires backups automatically according to the lifecycle that you
     * define. If you do not specify a lifecycle, AWS Backup applies the lifecycle policy of the
     * source backup to the destination backup.
     *
     * <p>Backups transitioned to cold storage must be stored in cold storage for a minimum of 90
     * days.
     *
     * <p>CloudFormation property {@code Lifecycle}.
     */
    public CopyActionResourceType lifecycle(Value<LifecycleResourceType> value) {
      return set("Lifecycle", value);
    }
  }

  /**
   * Specifies index actions.
   *
   * <p>Property type {@code AWS::Backup::BackupPlan.IndexActionsResourceType}.
   */
  public static final class IndexActionsResourceType extends Struct<IndexActionsResourceType> {
    private static final Schema SCHEMA = Schema.builder("AWS::Backup::BackupPlan.IndexActionsResourceType")
        .constrain("ResourceTypes", Constraint.of().pattern("^[a-zA-Z0-9\\-\\_\\.]{1,50}$"))
        .build();

    public IndexActionsResourceType() {
      super(SCHEMA);
    }

    /**
     * 0 or 1 index action will be accepted for each BackupRule.
     *
     * <p>Valid values:
     *
     * <ul> <li><code>EBS</code> for Amazon Elastic Block Store <li><code>S3</code> for Amazon
     * Simple Storage Service (Amazon S3) </ul>
     *
     * <p>Pattern: {@code ^[a-zA-Z0-9&#92;-&#92;_&#92;.]{1,50}$}. CloudFormation property {@code
     * ResourceTypes}.
     */
    public IndexActionsResourceType resourceTypes(List<String> value) {
      return set("ResourceTypes", Value.listOf(value));
    }

    /** Sets {@code ResourceTypes} to this value; see {@link #resourceTypes(List)}. */
    public IndexActionsResourceType resourceTypes(Value<List<String>> value) {
      return set("ResourceTypes", value);
    }
  }

  /**
   * Specifies an object containing an array of <code>Transition</code> objects that determine how
   * long in days before a recovery point transitions to cold storage or is deleted.
   *
   * <p>Property type {@code AWS::Backup::BackupPlan.LifecycleResourceType}.
   */
  public static final class LifecycleResourceType extends Struct<LifecycleResourceType> {
    private static final Schema SCHEMA = Schema.of("AWS::Backup::BackupPlan.LifecycleResourceType");

    public LifecycleResourceType() {
      super(SCHEMA);
    }

    /**
     * The number of days after creation that a recovery point is deleted. This value must be at
     * least 90 days after the number of days specified in <code>MoveToColdStorageAfterDays</code> .
     *
     * <p>CloudFormation property {@code DeleteAfterDays}.
     */
    public LifecycleResourceType deleteAfterDays(double value) {
      return set("DeleteAfterDays", Value.of(value));
    }

    /** Sets {@code DeleteAfterDays} to this value; see {@link #deleteAfterDays(double)}. */
    public LifecycleResourceType deleteAfterDays(Value<Double> value) {
      return set("DeleteAfterDays", value);
    }

    /**
     * The number of days after creation that a recovery point is moved to cold storage.
     *
     * <p>CloudFormation property {@code MoveToColdStorageAfterDays}.
     */
    public LifecycleResourceType moveToColdStorageAfterDays(double value) {
      return set("MoveToColdStorageAfterDays", Value.of(value));
    }

    /**
     * Sets {@code MoveToColdStorageAfterDays} to this value; see {@link
     * #moveToColdStorageAfterDays(double)}.
     */
    public LifecycleResourceType moveToColdStorageAfterDays(Value<Double> value) {
      return set("MoveToColdStorageAfterDays", value);
    }

    /**
     * If the value is true, your backup plan transitions supported resources to archive (cold)
     * storage tier in accordance with your lifecycle settings.
     *
     * <p>CloudFormation property {@code OptInToArchiveForSupportedResources}.
     */
    public LifecycleResourceType optInToArchiveForSupportedResources(boolean value) {
      return set("OptInToArchiveForSupportedResources", Value.of(value));
    }

    /**
     * Sets {@code OptInToArchiveForSupportedResources} to this value; see {@link
     * #optInToArchiveForSupportedResources(boolean)}.
     */
    public LifecycleResourceType optInToArchiveForSupportedResources(Value<Boolean> value) {
      return set("OptInToArchiveForSupportedResources", value);
    }
  }

  /** Property type {@code AWS::Backup::BackupPlan.ScanActionResourceType}. */
  public static final class ScanActionResourceType extends Struct<ScanActionResourceType> {
    private static final Schema SCHEMA = Schema.builder("AWS::Backup::BackupPlan.ScanActionResourceType")
        .allowed("MalwareScanner", "GUARDDUTY")
        .allowed("ScanMode", "FULL_SCAN", "INCREMENTAL_SCAN")
        .build();

    public ScanActionResourceType() {
      super(SCHEMA);
    }

    /** Allowed values: {@code GUARDDUTY}. CloudFormation property {@code MalwareScanner}. */
    public ScanActionResourceType malwareScanner(String value) {
      return set("MalwareScanner", Value.of(value));
    }

    /** Sets {@code MalwareScanner} to this value; see {@link #malwareScanner(String)}. */
    public ScanActionResourceType malwareScanner(Value<String> value) {
      return set("MalwareScanner", value);
    }

    /**
     * Allowed values: {@code FULL_SCAN}, {@code INCREMENTAL_SCAN}. CloudFormation property {@code
     * ScanMode}.
     */
    public ScanActionResourceType scanMode(String value) {
      return set("ScanMode", Value.of(value));
    }

    /** Sets {@code ScanMode} to this value; see {@link #scanMode(String)}. */
    public ScanActionResourceType scanMode(Value<String> value) {
      return set("ScanMode", value);
    }
  }

  /** Property type {@code AWS::Backup::BackupPlan.ScanSettingResourceType}. */
  public static final class ScanSettingResourceType extends Struct<ScanSettingResourceType> {
    private static final Schema SCHEMA = Schema.builder("AWS::Backup::BackupPlan.ScanSettingResourceType")
        .allowed("MalwareScanner", "GUARDDUTY")
        .constrain("ResourceTypes", Constraint.of().pattern("^[a-zA-Z0-9\\-\\_\\.]{1,50}$"))
        .constrain("ScannerRoleArn", Constraint.of().format("AWS::IAM::Role.Arn"))
        .build();

    public ScanSettingResourceType() {
      super(SCHEMA);
    }

    /** Allowed values: {@code GUARDDUTY}. CloudFormation property {@code MalwareScanner}. */
    public ScanSettingResourceType malwareScanner(String value) {
      return set("MalwareScanner", Value.of(value));
    }

    /** Sets {@code MalwareScanner} to this value; see {@link #malwareScanner(String)}. */
    public ScanSettingResourceType malwareScanner(Value<String> value) {
      return set("MalwareScanner", value);
    }

    /**
     * Pattern: {@code ^[a-zA-Z0-9&#92;-&#92;_&#92;.]{1,50}$}. CloudFormation property {@code
     * ResourceTypes}.
     */
    public ScanSettingResourceType resourceTypes(List<String> value) {
      return set("ResourceTypes", Value.listOf(value));
    }

    /** Sets {@code ResourceTypes} to this value; see {@link #resourceTypes(List)}. */
    public ScanSettingResourceType resourceTypes(Value<List<String>> value) {
      return set("ResourceTypes", value);
    }

    /** Format: {@code AWS::IAM::Role.Arn}. CloudFormation property {@code ScannerRoleArn}. */
    public ScanSettingResourceType scannerRoleArn(String value) {
      return set("ScannerRoleArn", Value.of(value));
    }

    /** Sets {@code ScannerRoleArn} to this value; see {@link #scannerRoleArn(String)}. */
    public ScanSettingResourceType scannerRoleArn(Value<String> value) {
      return set("ScannerRoleArn", value);
    }
  }
}
