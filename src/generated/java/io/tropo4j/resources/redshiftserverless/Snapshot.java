// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.redshiftserverless;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * A snapshot object that contains databases.
 *
 * <p>CloudFormation type {@code AWS::RedshiftServerless::Snapshot}.
 */
public final class Snapshot extends Resource<Snapshot> {
  private static final Schema SCHEMA = Schema.builder("AWS::RedshiftServerless::Snapshot")
      .required("SnapshotName")
      .constrain("NamespaceName", Constraint.of().pattern("^(?=^[a-z0-9-]+$).{3,64}$").minLength(3).maxLength(64))
      .constrain("SnapshotName", Constraint.of().pattern("^(?=^[a-z0-9-]+$).{3,64}$").minLength(3).maxLength(64))
      .refYields("SnapshotName")
      .attributes("OwnerAccount", "Snapshot", "Snapshot.AdminUsername", "Snapshot.KmsKeyId",
          "Snapshot.NamespaceArn", "Snapshot.NamespaceName", "Snapshot.OwnerAccount",
          "Snapshot.RetentionPeriod", "Snapshot.SnapshotArn", "Snapshot.SnapshotCreateTime",
          "Snapshot.SnapshotName", "Snapshot.Status")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Snapshot(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The name of the namepsace.
   *
   * <p>Changing it replaces the resource. Length: 3 to 64 characters. Pattern: {@code
   * ^(?=^[a-z0-9-]+$).{3,64}$}. CloudFormation property {@code NamespaceName}.
   */
  public Snapshot namespaceName(String value) {
    return set("NamespaceName", Value.of(value));
  }

  /** Sets {@code NamespaceName} to this value; see {@link #namespaceName(String)}. */
  public Snapshot namespaceName(Value<String> value) {
    return set("NamespaceName", value);
  }

  /**
   * The retention period of the snapshot created by the scheduled action.
   *
   * <p>CloudFormation property {@code RetentionPeriod}.
   */
  public Snapshot retentionPeriod(int value) {
    return set("RetentionPeriod", Value.of(value));
  }

  /** Sets {@code RetentionPeriod} to this value; see {@link #retentionPeriod(int)}. */
  public Snapshot retentionPeriod(Value<Integer> value) {
    return set("RetentionPeriod", value);
  }

  /**
   * The name of the snapshot.
   *
   * <p>Required. Changing it replaces the resource. Length: 3 to 64 characters. Pattern: {@code
   * ^(?=^[a-z0-9-]+$).{3,64}$}. CloudFormation property {@code SnapshotName}.
   */
  public Snapshot snapshotName(String value) {
    return set("SnapshotName", Value.of(value));
  }

  /** Sets {@code SnapshotName} to this value; see {@link #snapshotName(String)}. */
  public Snapshot snapshotName(Value<String> value) {
    return set("SnapshotName", value);
  }

  /**
   * An array of <a
   * href="https://docs.aws.amazon.com/redshift-serverless/latest/APIReference/API_Tag.html">Tag
   * objects</a> to associate with the snapshot.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Tags}.
   */
  public Snapshot tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Snapshot tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Snapshot tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The owner AWS ; account of the snapshot.
   *
   * <p>{@code Fn::GetAtt} attribute {@code OwnerAccount}.
   */
  public Value<String> ownerAccount() {
    return getAtt("OwnerAccount");
  }

  /** {@code Fn::GetAtt} attribute {@code Snapshot}. */
  public Value<SnapshotProperty> snapshot() {
    return getAtt("Snapshot");
  }

  /**
   * The username of the database within a snapshot.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Snapshot.AdminUsername}.
   */
  public Value<String> snapshotAdminUsername() {
    return getAtt("Snapshot.AdminUsername");
  }

  /**
   * The unique identifier of the KMS key used to encrypt the snapshot.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Snapshot.KmsKeyId}.
   */
  public Value<String> snapshotKmsKeyId() {
    return getAtt("Snapshot.KmsKeyId");
  }

  /**
   * The Amazon Resource Name (ARN) of the namespace the snapshot was created from.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Snapshot.NamespaceArn}.
   */
  public Value<String> snapshotNamespaceArn() {
    return getAtt("Snapshot.NamespaceArn");
  }

  /**
   * The name of the namepsace.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Snapshot.NamespaceName}.
   */
  public Value<String> snapshotNamespaceName() {
    return getAtt("Snapshot.NamespaceName");
  }

  /**
   * The owner AWS ; account of the snapshot.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Snapshot.OwnerAccount}.
   */
  public Value<String> snapshotOwnerAccount() {
    return getAtt("Snapshot.OwnerAccount");
  }

  /**
   * The retention period of the snapshot created by the scheduled action.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Snapshot.RetentionPeriod}.
   */
  public Value<Integer> snapshotRetentionPeriod() {
    return getAtt("Snapshot.RetentionPeriod");
  }

  /**
   * The Amazon Resource Name (ARN) of the snapshot.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Snapshot.SnapshotArn}.
   */
  public Value<String> snapshotSnapshotArn() {
    return getAtt("Snapshot.SnapshotArn");
  }

  /**
   * The timestamp of when the snapshot was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Snapshot.SnapshotCreateTime}.
   */
  public Value<String> snapshotSnapshotCreateTime() {
    return getAtt("Snapshot.SnapshotCreateTime");
  }

  /**
   * The name of the snapshot.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Snapshot.SnapshotName}.
   */
  public Value<String> snapshotSnapshotName() {
    return getAtt("Snapshot.SnapshotName");
  }

  /**
   * The status of the snapshot.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Snapshot.Status}.
   */
  public Value<String> snapshotStatus() {
    return getAtt("Snapshot.Status");
  }

  /**
   * A snapshot object that contains databases.
   *
   * <p>Property type {@code AWS::RedshiftServerless::Snapshot.Snapshot}.
   */
  public static final class SnapshotProperty extends Struct<SnapshotProperty> {
    private static final Schema SCHEMA = Schema.builder("AWS::RedshiftServerless::Snapshot.Snapshot")
        .allowed("Status", "AVAILABLE", "CREATING", "DELETED", "CANCELLED", "FAILED", "COPYING")
        .build();

    public SnapshotProperty() {
      super(SCHEMA);
    }

    /**
     * The username of the database within a snapshot.
     *
     * <p>CloudFormation property {@code AdminUsername}.
     */
    public SnapshotProperty adminUsername(String value) {
      return set("AdminUsername", Value.of(value));
    }

    /** Sets {@code AdminUsername} to this value; see {@link #adminUsername(String)}. */
    public SnapshotProperty adminUsername(Value<String> value) {
      return set("AdminUsername", value);
    }

    /**
     * The unique identifier of the KMS key used to encrypt the snapshot.
     *
     * <p>CloudFormation property {@code KmsKeyId}.
     */
    public SnapshotProperty kmsKeyId(String value) {
      return set("KmsKeyId", Value.of(value));
    }

    /** Sets {@code KmsKeyId} to this value; see {@link #kmsKeyId(String)}. */
    public SnapshotProperty kmsKeyId(Value<String> value) {
      return set("KmsKeyId", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the namespace the snapshot was created from.
     *
     * <p>CloudFormation property {@code NamespaceArn}.
     */
    public SnapshotProperty namespaceArn(String value) {
      return set("NamespaceArn", Value.of(value));
    }

    /** Sets {@code NamespaceArn} to this value; see {@link #namespaceArn(String)}. */
    public SnapshotProperty namespaceArn(Value<String> value) {
      return set("NamespaceArn", value);
    }

    /**
     * The name of the namepsace.
     *
     * <p>CloudFormation property {@code NamespaceName}.
     */
    public SnapshotProperty namespaceName(String value) {
      return set("NamespaceName", Value.of(value));
    }

    /** Sets {@code NamespaceName} to this value; see {@link #namespaceName(String)}. */
    public SnapshotProperty namespaceName(Value<String> value) {
      return set("NamespaceName", value);
    }

    /**
     * The owner AWS ; account of the snapshot.
     *
     * <p>CloudFormation property {@code OwnerAccount}.
     */
    public SnapshotProperty ownerAccount(String value) {
      return set("OwnerAccount", Value.of(value));
    }

    /** Sets {@code OwnerAccount} to this value; see {@link #ownerAccount(String)}. */
    public SnapshotProperty ownerAccount(Value<String> value) {
      return set("OwnerAccount", value);
    }

    /**
     * The retention period of the snapshot created by the scheduled action.
     *
     * <p>CloudFormation property {@code RetentionPeriod}.
     */
    public SnapshotProperty retentionPeriod(int value) {
      return set("RetentionPeriod", Value.of(value));
    }

    /** Sets {@code RetentionPeriod} to this value; see {@link #retentionPeriod(int)}. */
    public SnapshotProperty retentionPeriod(Value<Integer> value) {
      return set("RetentionPeriod", value);
    }

    /**
     * The Amazon Resource Name (ARN) of the snapshot.
     *
     * <p>CloudFormation property {@code SnapshotArn}.
     */
    public SnapshotProperty snapshotArn(String value) {
      return set("SnapshotArn", Value.of(value));
    }

    /** Sets {@code SnapshotArn} to this value; see {@link #snapshotArn(String)}. */
    public SnapshotProperty snapshotArn(Value<String> value) {
      return set("SnapshotArn", value);
    }

    /**
     * The timestamp of when the snapshot was created.
     *
     * <p>CloudFormation property {@code SnapshotCreateTime}.
     */
    public SnapshotProperty snapshotCreateTime(String value) {
      return set("SnapshotCreateTime", Value.of(value));
    }

    /** Sets {@code SnapshotCreateTime} to this value; see {@link #snapshotCreateTime(String)}. */
    public SnapshotProperty snapshotCreateTime(Value<String> value) {
      return set("SnapshotCreateTime", value);
    }

    /**
     * The name of the snapshot.
     *
     * <p>CloudFormation property {@code SnapshotName}.
     */
    public SnapshotProperty snapshotName(String value) {
      return set("SnapshotName", Value.of(value));
    }

    /** Sets {@code SnapshotName} to this value; see {@link #snapshotName(String)}. */
    public SnapshotProperty snapshotName(Value<String> value) {
      return set("SnapshotName", value);
    }

    /**
     * The status of the snapshot.
     *
     * <p>Allowed values: {@code AVAILABLE}, {@code CREATING}, {@code DELETED}, {@code CANCELLED},
     * {@code FAILED}, {@code COPYING}. CloudFormation property {@code Status}.
     */
    public SnapshotProperty status(String value) {
      return set("Status", Value.of(value));
    }

    /** Sets {@code Status} to this value; see {@link #status(String)}. */
    public SnapshotProperty status(Value<String> value) {
      return set("Status", value);
    }
  }
}
