// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.backup;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.kms.Key;
import io.tropo4j.resources.sns.Topic;
import java.util.List;
import java.util.Map;

/**
 * Creates a logical container where backups are stored. A <code>CreateBackupVault</code> request
 * includes a name, optionally one or more resource tags, an encryption key, and a request ID.
 *
 * <p>Do not include sensitive data, such as passport numbers, in the name of a backup vault.
 *
 * <p>For a sample CloudFormation template, see the <a
 * href="https://docs.aws.amazon.com/aws-backup/latest/devguide/assigning-resources.html#assigning-resources-cfn">AWS
 * Backup Developer Guide</a> .
 *
 * <p>CloudFormation type {@code AWS::Backup::BackupVault}.
 *
 * <p>It holds data: validation asks for a DeletionPolicy and an UpdateReplacePolicy, e.g. {@code
 * retainData()}.
 */
public final class BackupVault extends Resource<BackupVault> {
  private static final Schema SCHEMA = Schema.builder("AWS::Backup::BackupVault")
      .required("BackupVaultName")
      .constrain("BackupVaultName", Constraint.of().pattern("^[a-zA-Z0-9\\-\\_]{2,50}$"))
      .references("EncryptionKeyArn", "AWS::KMS::Key.Arn")
      .refYields("BackupVaultName")
      .attributes("BackupVaultArn", "BackupVaultName")
      .stateful()
      .tags("BackupVaultTags", Schema.TagForm.MAP)
      .build();

  public BackupVault(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A resource-based policy that is used to manage access permissions on the target backup vault.
   *
   * <p>CloudFormation property {@code AccessPolicy}.
   */
  public BackupVault accessPolicy(String value) {
    return set("AccessPolicy", Value.of(value));
  }

  /** Sets {@code AccessPolicy} to this value; see {@link #accessPolicy(String)}. */
  public BackupVault accessPolicy(Value<String> value) {
    return set("AccessPolicy", value);
  }

  /** Sets {@code AccessPolicy} to this value; see {@link #accessPolicy(String)}. */
  public BackupVault accessPolicy(Json value) {
    return set("AccessPolicy", value);
  }

  /**
   * The name of a logical container where backups are stored. Backup vaults are identified by names
   * that are unique to the account used to create them and the AWS Region where they are created.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code
   * ^[a-zA-Z0-9&#92;-&#92;_]{2,50}$}. CloudFormation property {@code BackupVaultName}.
   */
  public BackupVault backupVaultName(String value) {
    return set("BackupVaultName", Value.of(value));
  }

  /** Sets {@code BackupVaultName} to this value; see {@link #backupVaultName(String)}. */
  public BackupVault backupVaultName(Value<String> value) {
    return set("BackupVaultName", value);
  }

  /**
   * The tags to assign to the backup vault.
   *
   * <p>CloudFormation property {@code BackupVaultTags}.
   */
  public BackupVault backupVaultTags(Map<String, String> value) {
    return set("BackupVaultTags", Value.mapOf(value));
  }

  /** Sets {@code BackupVaultTags} to this value; see {@link #backupVaultTags(Map)}. */
  public BackupVault backupVaultTags(Value<Map<String, String>> value) {
    return set("BackupVaultTags", value);
  }

  /**
   * Sets {@code BackupVaultTags} to the tags, as a map of key to value; see {@link
   * #backupVaultTags(Map)}.
   */
  public BackupVault backupVaultTags(Tags tags) {
    return set("BackupVaultTags", tags.asMap());
  }

  /**
   * A server-side encryption key you can specify to encrypt your backups from services that support
   * full AWS Backup management; for example,
   * <code>arn:aws:kms:us-west-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab</code> . If
   * you specify a key, you must specify its ARN, not its alias. If you do not specify a key, AWS
   * Backup creates a KMS key for you by default.
   *
   * <p>To learn which AWS Backup services support full AWS Backup management and how AWS Backup
   * handles encryption for backups from services that do not yet support full AWS Backup , see <a
   * href="https://docs.aws.amazon.com/aws-backup/latest/devguide/encryption.html">Encryption for
   * backups in AWS Backup</a>
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code EncryptionKeyArn}.
   */
  public BackupVault encryptionKeyArn(String value) {
    return set("EncryptionKeyArn", Value.of(value));
  }

  /** Sets {@code EncryptionKeyArn} to this value; see {@link #encryptionKeyArn(String)}. */
  public BackupVault encryptionKeyArn(Value<String> value) {
    return set("EncryptionKeyArn", value);
  }

  /**
   * Sets {@code EncryptionKeyArn} to the Arn of {@code AWS::KMS::Key}; see {@link
   * #encryptionKeyArn(String)}.
   */
  public BackupVault encryptionKeyArn(Key resource) {
    return set("EncryptionKeyArn", resource.arn());
  }

  /**
   * Configuration for <a
   * href="https://docs.aws.amazon.com/aws-backup/latest/devguide/vault-lock.html">AWS Backup Vault
   * Lock</a> .
   *
   * <p>CloudFormation property {@code LockConfiguration}.
   */
  public BackupVault lockConfiguration(Value<LockConfigurationType> value) {
    return set("LockConfiguration", value);
  }

  /**
   * The SNS event notifications for the specified backup vault.
   *
   * <p>CloudFormation property {@code Notifications}.
   */
  public BackupVault notifications(Value<NotificationObjectType> value) {
    return set("Notifications", value);
  }

  /**
   * An Amazon Resource Name (ARN) that uniquely identifies a backup vault; for example,
   * <code>arn:aws:backup:us-east-1:123456789012:backup-vault:aBackupVault</code> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code BackupVaultArn}.
   */
  public Value<String> backupVaultArn() {
    return getAtt("BackupVaultArn");
  }

  /**
   * The name of a logical container where backups are stored. Backup vaults are identified by names
   * that are unique to the account used to create them and the Region where they are created. They
   * consist of lowercase and uppercase letters, numbers, and hyphens.
   *
   * <p>{@code Fn::GetAtt} attribute {@code BackupVaultName}.
   */
  public Value<String> backupVaultName() {
    return getAtt("BackupVaultName");
  }

  /**
   * The <code>LockConfigurationType</code> property type specifies configuration for <a
   * href="https://docs.aws.amazon.com/aws-backup/latest/devguide/vault-lock.html">AWS Backup Vault
   * Lock</a> .
   *
   * <p>Property type {@code AWS::Backup::BackupVault.LockConfigurationType}.
   */
  public static final class LockConfigurationType extends Struct<LockConfigurationType> {
    private static final Schema SCHEMA = Schema.builder("AWS::Backup::BackupVault.LockConfigurationType")
        .required("MinRetentionDays")
        .build();

    public LockConfigurationType() {
      super(SCHEMA);
    }

    /**
     * The AWS Backup Vault Lock configuration that specifies the number of days before the lock
     * date. For example, setting <code>ChangeableForDays</code> to 30 on Jan. 1, 2022 at 8pm UTC
     * will set the lock date to Jan. 31, 2022 at 8pm UTC.
     *
     * <p>AWS Backup enforces a 72-hour cooling-off period before Vault Lock takes effect and
     * becomes immutable. Therefore, you must set <code>ChangeableForDays</code> to 3 or greater.
     *
     * <p>Before the lock date, you can delete Vault Lock from the vault using
     * <code>DeleteBackupVaultLockConfiguration</code> or change the Vault Lock configuration using
     * <code>PutBackupVaultLockConfiguration</code> . On and after the lock date, the Vault Lock
     * becomes immutable and cannot be changed or deleted.
     *
     * <p>If this parameter is not specified, you can delete Vault Lock from the vault using
     * <code>DeleteBackupVaultLockConfiguration</code> or change the Vault Lock configuration using
     * <code>PutBackupVaultLockConfiguration</code> at any time.
     *
     * <p>CloudFormation property {@code ChangeableForDays}.
     */
    public LockConfigurationType changeableForDays(int value) {
      return set("ChangeableForDays", Value.of(value));
    }

    /** Sets {@code ChangeableForDays} to this value; see {@link #changeableForDays(int)}. */
    public LockConfigurationType changeableForDays(Value<Integer> value) {
      return set("ChangeableForDays", value);
    }

    /**
     * The AWS Backup Vault Lock configuration that specifies the maximum retention period that the
     * vault retains its recovery points. This setting can be useful if, for example, your
     * organization's policies require you to destroy certain data after retaining it for four years
     * (1460 days).
     *
     * <p>If this parameter is not included, Vault Lock does not enforce a maximum retention period
     * on the recovery points in the vault. If this parameter is included without a value, Vault
     * Lock will not enforce a maximum retention period.
     *
     * <p>If this parameter is specified, any backup or copy job to the vault must have a lifecycle
     * policy with a retention period equal to or shorter than the maximum retention period. If the
     * job's retention period is longer than that maximum retention period, then the vault fails the
     * backup or copy job, and you should either modify your lifecycle settings or use a different
     * vault. Recovery points already saved in the vault prior to Vault Lock are not affected.
     *
     * <p>CloudFormation property {@code MaxRetentionDays}.
     */
    public LockConfigurationType maxRetentionDays(int value) {
      return set("MaxRetentionDays", Value.of(value));
    }

    /** Sets {@code MaxRetentionDays} to this value; see {@link #maxRetentionDays(int)}. */
    public LockConfigurationType maxRetentionDays(Value<Integer> value) {
      return set("MaxRetentionDays", value);
    }

    /**
     * The AWS Backup Vault Lock configuration that specifies the minimum retention period that the
     * vault retains its recovery points. This setting can be useful if, for example, your
     * organization's policies require you to retain certain data for at least seven years (2555
     * days).
     *
     * <p>If this parameter is not specified, Vault Lock will not enforce a minimum retention
     * period.
     *
     * <p>If this parameter is specified, any backup or copy job to the vault must have a lifecycle
     * policy with a retention period equal to or longer than the minimum retention period. If the
     * job's retention period is shorter than that minimum retention period, then the vault fails
     * that backup or copy job, and you should either modify your lifecycle settings or use a
     * different vault. Recovery points already saved in the vault prior to Vault Lock are not
     * affected.
     *
     * <p>Required. CloudFormation property {@code MinRetentionDays}.
     */
    public LockConfigurationType minRetentionDays(int value) {
      return set("MinRetentionDays", Value.of(value));
    }

    /** Sets {@code MinRetentionDays} to this value; see {@link #minRetentionDays(int)}. */
    public LockConfigurationType minRetentionDays(Value<Integer> value) {
      return set("MinRetentionDays", value);
    }
  }

  /**
   * Specifies an object containing SNS event notification properties for the target backup vault.
   *
   * <p>Property type {@code AWS::Backup::BackupVault.NotificationObjectType}.
   */
  public static final class NotificationObjectType extends Struct<NotificationObjectType> {
    private static final Schema SCHEMA = Schema.builder("AWS::Backup::BackupVault.NotificationObjectType")
        .required("BackupVaultEvents", "SNSTopicArn")
        .constrain("SNSTopicArn", Constraint.of().format("AWS::SNS::Topic.Arn"))
        .references("SNSTopicArn", "AWS::SNS::Topic.Ref")
        .build();

    public NotificationObjectType() {
      super(SCHEMA);
    }

    /**
     * An array of events that indicate the status of jobs to back up resources to the backup vault.
     * For valid events, see <a
     * href="https://docs.aws.amazon.com/aws-backup/latest/devguide/API_PutBackupVaultNotifications.html#API_PutBackupVaultNotifications_RequestSyntax">BackupVaultEvents</a>
     * in the <em>AWS Backup API Guide</em> .
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
     * An ARN that uniquely identifies an Amazon Simple Notification Service (Amazon SNS) topic; for
     * example, <code>arn:aws:sns:us-west-2:111122223333:MyTopic</code> .
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

    /**
     * Sets {@code SNSTopicArn} to the Ref of {@code AWS::SNS::Topic}; see {@link
     * #snsTopicArn(String)}.
     */
    public NotificationObjectType snsTopicArn(Topic resource) {
      return set("SNSTopicArn", resource.ref());
    }
  }
}
