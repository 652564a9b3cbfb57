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
 * Creates a logical container to where backups may be copied.
 *
 * <p>This request includes a name, the Region, the maximum number of retention days, the minimum
 * number of retention days, and optionally can include tags and a creator request ID.
 *
 * <p>Do not include sensitive data, such as passport numbers, in the name of a backup vault.
 *
 * <p>CloudFormation type {@code AWS::Backup::LogicallyAirGappedBackupVault}.
 */
public final class LogicallyAirGappedBackupVault extends Resource<LogicallyAirGappedBackupVault> {
  private static final Schema SCHEMA = Schema.builder("AWS::Backup::LogicallyAirGappedBackupVault")
      .required("BackupVaultName", "MaxRetentionDays", "MinRetentionDays")
      .constrain("BackupVaultName", Constraint.of().pattern("^[a-zA-Z0-9\\-\\_]{2,50}$"))
      .refYields("BackupVaultName")
      .attributes("BackupVaultArn", "VaultState", "VaultType")
      .tags("BackupVaultTags", Schema.TagForm.MAP)
      .build();

  public LogicallyAirGappedBackupVault(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The backup vault access policy document in JSON format.
   *
   * <p>CloudFormation property {@code AccessPolicy}.
   */
  public LogicallyAirGappedBackupVault accessPolicy(String value) {
    return set("AccessPolicy", Value.of(value));
  }

  /** Sets {@code AccessPolicy} to this value; see {@link #accessPolicy(String)}. */
  public LogicallyAirGappedBackupVault accessPolicy(Value<String> value) {
    return set("AccessPolicy", value);
  }

  /** Sets {@code AccessPolicy} to this value; see {@link #accessPolicy(String)}. */
  public LogicallyAirGappedBackupVault accessPolicy(Json value) {
    return set("AccessPolicy", value);
  }

  /**
   * The name of a logical container where backups are stored. Logically air-gapped backup vaults
   * are identified by names that are unique to the account used to create them and the Region where
   * they are created.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code
   * ^[a-zA-Z0-9&#92;-&#92;_]{2,50}$}. CloudFormation property {@code BackupVaultName}.
   */
  public LogicallyAirGappedBackupVault backupVaultName(String value) {
    return set("BackupVaultName", Value.of(value));
  }

  /** Sets {@code BackupVaultName} to this value; see {@link #backupVaultName(String)}. */
  public LogicallyAirGappedBackupVault backupVaultName(Value<String> value) {
    return set("BackupVaultName", value);
  }

  /**
   * The tags to assign to the vault.
   *
   * <p>CloudFormation property {@code BackupVaultTags}.
   */
  public LogicallyAirGappedBackupVault backupVaultTags(Map<String, String> value) {
    return set("BackupVaultTags", Value.mapOf(value));
  }

  /** Sets {@code BackupVaultTags} to this value; see {@link #backupVaultTags(Map)}. */
  public LogicallyAirGappedBackupVault backupVaultTags(Value<Map<String, String>> value) {
    return set("BackupVaultTags", value);
  }

  /**
   * Sets {@code BackupVaultTags} to the tags, as a map of key to value; see {@link
   * #backupVaultTags(Map)}.
   */
  public LogicallyAirGappedBackupVault backupVaultTags(Tags tags) {
    return set("BackupVaultTags", tags.asMap());
  }

  /**
   * The server-side encryption key that is used to protect your backups; for example,
   * <code>arn:aws:kms:us-west-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab</code> .
   *
   * <p>If this field is left blank, AWS Backup will create an AWS owned key to be used to encrypt
   * the content of the logically air-gapped vault. The ARN of this created key will be available as
   * <code>Fn::GetAtt</code> output.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code EncryptionKeyArn}.
   */
  public LogicallyAirGappedBackupVault encryptionKeyArn(String value) {
    return set("EncryptionKeyArn", Value.of(value));
  }

  /** Sets {@code EncryptionKeyArn} to this value; see {@link #encryptionKeyArn(String)}. */
  public LogicallyAirGappedBackupVault encryptionKeyArn(Value<String> value) {
    return set("EncryptionKeyArn", value);
  }

  /**
   * The maximum retention period that the vault retains its recovery points.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * MaxRetentionDays}.
   */
  public LogicallyAirGappedBackupVault maxRetentionDays(int value) {
    return set("MaxRetentionDays", Value.of(value));
  }

  /** Sets {@code MaxRetentionDays} to this value; see {@link #maxRetentionDays(int)}. */
  public LogicallyAirGappedBackupVault maxRetentionDays(Value<Integer> value) {
    return set("MaxRetentionDays", value);
  }

  /**
   * This setting specifies the minimum retention period that the vault retains its recovery points.
   *
   * <p>The minimum value accepted is 7 days.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * MinRetentionDays}.
   */
  public LogicallyAirGappedBackupVault minRetentionDays(int value) {
    return set("MinRetentionDays", Value.of(value));
  }

  /** Sets {@code MinRetentionDays} to this value; see {@link #minRetentionDays(int)}. */
  public LogicallyAirGappedBackupVault minRetentionDays(Value<Integer> value) {
    return set("MinRetentionDays", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the MPA approval team to associate with the backup vault.
   * This cannot be changed after it is set from the CloudFormation template.
   *
   * <p>CloudFormation property {@code MpaApprovalTeamArn}.
   */
  public LogicallyAirGappedBackupVault mpaApprovalTeamArn(String value) {
    return set("MpaApprovalTeamArn", Value.of(value));
  }

  /** Sets {@code MpaApprovalTeamArn} to this value; see {@link #mpaApprovalTeamArn(String)}. */
  public LogicallyAirGappedBackupVault mpaApprovalTeamArn(Value<String> value) {
    return set("MpaApprovalTeamArn", value);
  }

  /**
   * Returns event notifications for the specified backup vault.
   *
   * <p>CloudFormation property {@code Notifications}.
   */
  public LogicallyAirGappedBackupVault notifications(Value<NotificationObjectType> value) {
    return set("Notifications", value);
  }

  /**
   * The ARN of the backup vault.
   *
   * <p>{@code Fn::GetAtt} attribute {@code BackupVaultArn}.
   */
  public Value<String> backupVaultArn() {
    return getAtt("BackupVaultArn");
  }

  /**
   * The vault state. The possible values are <code>CREATING</code> , <code>AVAILABLE</code> , and
   * <code>FAILED</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code VaultState}.
   */
  public Value<String> vaultState() {
    return getAtt("VaultState");
  }

  /**
   * The vault type. The possible values are <code>BACKUP_VAULT</code> and
   * <code>LOGICALLY_AIR_GAPPED_BACKUP_VAULT</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code VaultType}.
   */
  public Value<String> vaultType() {
    return getAtt("VaultType");
  }

  /** Property type {@code AWS::Backup::LogicallyAirGappedBackupVault.NotificationObjectType}. */
  public static final class NotificationObjectType extends Struct<NotificationObjectType> {
    private static final Schema SCHEMA = Schema.builder("AWS::Backup::LogicallyAirGappedBackupVault.NotificationObjectType")
        .required("BackupVaultEvents", "SNSTopicArn")
        .constrain("SNSTopicArn", Constraint.of().format("AWS::SNS::Topic.Arn"))
        .build();

    public NotificationObjectType() {
      super(SCHEMA);
    }

    /**
     * An array of events that indicate the status of jobs to back up resources to the backup vault.
     *
     * <p>Required. CloudFormation property {@code BackupVaultEvents}.
     */
    public NotificationObjectType backupVaultEvents(List<String> value) {
      return set("BackupVaultEvents", Value.listOf(value));
    }

    /** Sets {@code BackupVaultEvents} to this value; see {@link #backupVaultEvents(List)}. */
    public NotificationObjectType backupVaultEvents(Value<List<String>> value) {
      return set("BackupVaultEvents", value);
    }

    /**
     * The Amazon Resource Name (ARN) that specifies the topic for a backup vault’s events; for
     * example, <code>arn:aws:sns:us-west-2:111122223333:MyVaultTopic</code> .
     *
     * <p>Required. Format: {@code AWS::SNS::Topic.Arn}. CloudFormation property {@code
     * SNSTopicArn}.
     */
    public NotificationObjectType snsTopicArn(String value) {
      return set("SNSTopicArn", Value.of(value));
    }

    /** Sets {@code SNSTopicArn} to this value; see {@link #snsTopicArn(String)}. */
    public NotificationObjectType snsTopicArn(Value<String> value) {
      return set("SNSTopicArn", value);
    }
  }
}
