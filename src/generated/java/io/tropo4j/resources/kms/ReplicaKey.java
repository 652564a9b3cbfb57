// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.kms;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Json;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::KMS::ReplicaKey</code> resource specifies a multi-Region replica key that is based
 * on a multi-Region primary key.
 *
 * <p><em>Multi-Region keys</em> are an AWS feature that lets you create multiple interoperable KMS
 * keys in different AWS Regions . Because these KMS keys have the same key ID, key material, and
 * other metadata, you can use them to encrypt data in one AWS Region and decrypt it in a different
 * AWS Region without making a cross-Region call or exposing the plaintext data. For more
 * information, see <a
 * href="https://docs.aws.amazon.com/kms/latest/developerguide/multi-region-keys-overview.html">Multi-Region
 * keys</a> in the <em>AWS Key Management Service Developer Guide</em> .
 *
 * <p>A multi-Region <em>primary key</em> is a fully functional symmetric encryption KMS key, HMAC
 * KMS key, or asymmetric KMS key that is also the model for replica keys in other AWS Regions . To
 * create a multi-Region primary key, add an <a
 * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-kms-key.html">AWS::KMS::Key</a>
 * resource to your CloudFormation stack. Set its <code>MultiRegion</code> property to true.
 *
 * <p>A multi-Region <em>replica key</em> is a fully functional KMS key that has the same key ID and
 * key material as a multi-Region primary key, but is located in a different AWS Region of the same
 * AWS partition. There can be multiple replicas of a primary key, but each must be in a different
 * AWS Region .
 *
 * <p>When you create a replica key in CloudFormation , the replica key is created in the AWS Region
 * represented by the endpoint you use for the request. If you try to replicate a multi-Region key
 * into a Region in which the key type is not supported, the request will fail.
 *
 * <p>A primary key and its replicas have the same key ID and key material. They also have the same
 * key spec, key usage, key material origin, and automatic key rotation status. These properties are
 * known as <em>shared properties</em> . If they change, AWS synchronizes the change to all related
 * multi-Region keys. All other properties of a replica key can differ, including its key policy,
 * tags, aliases, and key state. AWS does not synchronize these properties.
 *
 * <p><em>Regions</em>
 *
 * <p>AWS CloudFormation resources are available in all AWS Regions in which AWS and CloudFormation
 * are supported. You can use the <code>AWS::KMS::ReplicaKey</code> resource to create replica keys
 * in all Regions that support multi-Region KMS keys. For details, see <a
 * href="https://docs.aws.amazon.com/kms/latest/developerguide/multi-region-keys-overview.html">Multi-Region
 * keys in AWS</a> in the ** .
 *
 * <p>CloudFormation type {@code AWS::KMS::ReplicaKey}.
 */
public final class ReplicaKey extends Resource<ReplicaKey> {
  private static final Schema SCHEMA = Schema.builder("AWS::KMS::ReplicaKey")
      .required("KeyPolicy", "PrimaryKeyArn")
      .constrain("Description", Constraint.of().minLength(0).maxLength(8192))
      .constrain("PendingWindowInDays", Constraint.of().minimum(7).maximum(30))
      .constrain("PrimaryKeyArn", Constraint.of().minLength(1).maxLength(256))
      .refYields("KeyId")
      .attributes("Arn", "KeyId")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public ReplicaKey(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A description of the KMS key.
   *
   * <p>The default value is an empty string (no description).
   *
   * <p>The description is not a shared property of multi-Region keys. You can specify the same
   * description or a different description for each key in a set of related multi-Region keys. AWS
   * Key Management Service does not synchronize this property.
   *
   * <p>Length: 0 to 8192 characters. CloudFormation property {@code Description}.
   */
  public ReplicaKey description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public ReplicaKey description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * Specifies whether the replica key is enabled. Disabled KMS keys cannot be used in cryptographic
   * operations.
   *
   * <p>When <code>Enabled</code> is <code>true</code> , the <em>key state</em> of the KMS key is
   * <code>Enabled</code> . When <code>Enabled</code> is <code>false</code> , the key state of the
   * KMS key is <code>Disabled</code> . The default value is <code>true</code> .
   *
   * <p>The actual key state of the replica might be affected by actions taken outside of
   * CloudFormation, such as running the <a
   * href="https://docs.aws.amazon.com/kms/latest/APIReference/API_EnableKey.html">EnableKey</a> ,
   * <a
   * href="https://docs.aws.amazon.com/kms/latest/APIReference/API_DisableKey.html">DisableKey</a> ,
   * or <a
   * href="https://docs.aws.amazon.com/kms/latest/APIReference/API_ScheduleKeyDeletion.html">ScheduleKeyDeletion</a>
   * operations. Also, while the replica key is being created, its key state is
   * <code>Creating</code> . When the process is complete, the key state of the replica key changes
   * to <code>Enabled</code> .
   *
   * <p>For information about the key states of a KMS key, see <a
   * href="https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html">Key state: Effect
   * on your KMS key</a> in the <em>AWS Key Management Service Developer Guide</em> .
   *
   * <p>CloudFormation property {@code Enabled}.
   */
  public ReplicaKey enabled(boolean value) {
    return set("Enabled", Value.of(value));
  }

  /** Sets {@code Enabled} to this value; see {@link #enabled(boolean)}. */
  public ReplicaKey enabled(Value<Boolean> value) {
    return set("Enabled", value);
  }

  /**
   * The key policy that authorizes use of the replica key.
   *
   * <p>The key policy is not a shared property of multi-Region keys. You can specify the same key
   * policy or a different key policy for each key in a set of related multi-Region keys. AWS does
   * not synchronize this property.
   *
   * <p>The key policy must conform to the following rules.
   *
   * <ul> <li>The key policy must give the caller <a
   * href="https://docs.aws.amazon.com/kms/latest/APIReference/API_PutKeyPolicy.html">PutKeyPolicy</a>
   * permission on the KMS key. This reduces the risk that the KMS key becomes unmanageable. For
   * more information, refer to the scenario in the <a
   * href="https://docs.aws.amazon.com/kms/latest/developerguide/key-policies.html#key-policy-default-allow-root-enable-iam">Default
   * key policy</a> section of the <b>AWS Key Management Service Developer Guide</b> . <li>Each
   * statement in the key policy must contain one or more principals. The principals in the key
   * policy must exist and be visible to AWS . When you create a new AWS principal (for example, an
   * IAM user or role), you might need to enforce a delay before including the new principal in a
   * key policy because the new principal might not be immediately visible to AWS . For more
   * information, see <a
   * href="https://docs.aws.amazon.com/IAM/latest/UserGuide/troubleshoot_general.html#troubleshoot_general_eventual-consistency">Changes
   * that I make are not always immediately visible</a> in the <em>AWS Identity and Access
   * Management User Guide</em> . </ul>
   *
   * <p>A key policy document can include only the following characters:
   *
   * <ul> <li>Printable ASCII characters from the space character ( <code>&#92;u0020</code> )
   * through the end of the ASCII character range. <li>Printable characters in the Basic Latin and
   * Latin-1 Supplement character set (through <code>&#92;u00FF</code> ). <li>The tab (
   * <code>&#92;u0009</code> ), line feed ( <code>&#92;u000A</code> ), and carriage return (
   * <code>&#92;u000D</code> ) special characters </ul>
   *
   * <p><em>Minimum</em> : <code>1</code>
   *
   * <p><em>Maximum</em> : <code>32768</code>
   *
   * <p>Required. CloudFormation property {@code KeyPolicy}.
   */
  public ReplicaKey keyPolicy(String value) {
    return set("KeyPolicy", Value.of(value));
  }

  /** Sets {@code KeyPolicy} to this value; see {@link #keyPolicy(String)}. */
  public ReplicaKey keyPolicy(Value<String> value) {
    return set("KeyPolicy", value);
  }

  /** Sets {@code KeyPolicy} to this value; see {@link #keyPolicy(String)}. */
  public ReplicaKey keyPolicy(Json value) {
    return set("KeyPolicy", value);
  }

  /**
   * Specifies the number of days in the waiting period before AWS deletes a replica key that has
   * been removed from a CloudFormation stack. Enter a value between 7 and 30 days. The default
   * value is 30 days.
   *
   * <p>When you remove a replica key from a CloudFormation stack, AWS schedules the replica key for
   * deletion and starts the mandatory waiting period. The <code>PendingWindowInDays</code> property
   * determines the length of waiting period. During the waiting period, the key state of replica
   * key is <code>Pending Deletion</code> , which prevents it from being used in cryptographic
   * operations. When the waiting period expires, AWS permanently deletes the replica key.
   *
   * <p>If the KMS key is a multi-Region primary key with replica keys, the waiting period begins
   * when the last of its replica keys is deleted. Otherwise, the waiting period begins immediately.
   *
   * <p>You cannot use a CloudFormation template to cancel deletion of the replica after you remove
   * it from the stack, regardless of the waiting period. However, if you specify a replica key in
   * your template that is based on the same primary key as the original replica key, CloudFormation
   * creates a new replica key with the same key ID, key material, and other shared properties of
   * the original replica key. This new replica key can decrypt ciphertext that was encrypted under
   * the original replica key, or any related multi-Region key.
   *
   * <p>For detailed information about deleting multi-Region keys, see <a
   * href="https://docs.aws.amazon.com/kms/latest/developerguide/multi-region-keys-delete.html">Deleting
   * multi-Region keys</a> in the <em>AWS Key Management Service Developer Guide</em> .
   *
   * <p>For information about the <code>PendingDeletion</code> key state, see <a
   * href="https://docs.aws.amazon.com/kms/latest/developerguide/key-state.html">Key state: Effect
   * on your KMS key</a> in the <em>AWS Key Management Service Developer Guide</em> . For more
   * information about deleting KMS keys, see the <a
   * href="https://docs.aws.amazon.com/kms/latest/APIReference/API_ScheduleKeyDeletion.html">ScheduleKeyDeletion</a>
   * operation in the <em>AWS Key Management Service API Reference</em> and <a
   * href="https://docs.aws.amazon.com/kms/latest/developerguide/deleting-keys.html">Deleting KMS
   * keys</a> in the <em>AWS Key Management Service Developer Guide</em> .
   *
   * <p>Range: 7 to 30. CloudFormation property {@code PendingWindowInDays}.
   */
  public ReplicaKey pendingWindowInDays(int value) {
    return set("PendingWindowInDays", Value.of(value));
  }

  /** Sets {@code PendingWindowInDays} to this value; see {@link #pendingWindowInDays(int)}. */
  public ReplicaKey pendingWindowInDays(Value<Integer> value) {
    return set("PendingWindowInDays", value);
  }

  /**
   * Specifies the multi-Region primary key to replicate. The primary key must be in a different AWS
   * Region of the same AWS partition. You can create only one replica of a given primary key in
   * each AWS Region .
   *
   * <p>If you change the <code>PrimaryKeyArn</code> value of a replica key, the existing replica
   * key is scheduled for deletion and a new replica key is created based on the specified primary
   * key. While it is scheduled for deletion, the existing replica key becomes unusable. You can
   * cancel the scheduled deletion of the key outside of CloudFormation. However, if you
   * inadvertently delete a replica key, you can decrypt ciphertext encrypted by that replica key by
   * using any related multi-Region key. If necessary, you can recreate the replica in the same
   * Region after the previous one is completely deleted. For details, see <a
   * href="https://docs.aws.amazon.com/kms/latest/developerguide/multi-region-keys-delete.html">Deleting
   * multi-Region keys</a> in the <em>AWS Key Management Service Developer Guide</em>
   *
   * <p>Specify the key ARN of an existing multi-Region primary key. For example,
   * <code>arn:aws:kms:us-east-2:111122223333:key/mrk-1234abcd12ab34cd56ef1234567890ab</code> .
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 256 characters. CloudFormation
   * property {@code PrimaryKeyArn}.
   */
  public ReplicaKey primaryKeyArn(String value) {
    return set("PrimaryKeyArn", Value.of(value));
  }

  /** Sets {@code PrimaryKeyArn} to this value; see {@link #primaryKeyArn(String)}. */
  public ReplicaKey primaryKeyArn(Value<String> value) {
    return set("PrimaryKeyArn", value);
  }

  /**
   * Assigns one or more tags to the replica key.
   *
   * <p>Tagging or untagging a KMS key can allow or deny permission to the KMS key. For details, see
   * <a href="https://docs.aws.amazon.com/kms/latest/developerguide/abac.html">ABAC for AWS</a> in
   * the <em>AWS Key Management Service Developer Guide</em> .
   *
   * <p>Tags are not a shared property of multi-Region keys. You can specify the same tags or
   * different tags for each key in a set of related multi-Region keys. AWS does not synchronize
   * this property.
   *
   * <p>Each tag consists of a tag key and a tag value. Both the tag key and the tag value are
   * required, but the tag value can be an empty (null) string. You cannot have more than one tag on
   * a KMS key with the same tag key. If you specify an existing tag key with a different tag value,
   * AWS replaces the current tag value with the specified one.
   *
   * <p>When you assign tags to an AWS resource, AWS generates a cost allocation report with usage
   * and costs aggregated by tags. Tags can also be used to control access to a KMS key. For
   * details, see <a
   * href="https://docs.aws.amazon.com/kms/latest/developerguide/tagging-keys.html">Tagging keys</a>
   * .
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public ReplicaKey tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public ReplicaKey tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public ReplicaKey tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The Amazon Resource Name (ARN) of the replica key, such as
   * <code>arn:aws:kms:us-west-2:111122223333:key/mrk-1234abcd12ab34cd56ef1234567890ab</code> .
   *
   * <p>The key ARNs of related multi-Region keys differ only in the Region value. For information
   * about the key ARNs of multi-Region keys, see <a
   * href="https://docs.aws.amazon.com/kms/latest/developerguide/multi-region-keys-overview.html#mrk-how-it-works">How
   * multi-Region keys work</a> in the <em>AWS Key Management Service Developer Guide</em> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * The key ID of the replica key, such as <code>mrk-1234abcd12ab34cd56ef1234567890ab</code> .
   *
   * <p>Related multi-Region keys have the same key ID. For information about the key IDs of
   * multi-Region keys, see <a
   * href="https://docs.aws.amazon.com/kms/latest/developerguide/multi-region-keys-overview.html#mrk-how-it-works">How
   * multi-Region keys work</a> in the <em>AWS Key Management Service Developer Guide</em> .
   *
   * <p>{@code Fn::GetAtt} attribute {@code KeyId}.
   */
  public Value<String> keyId() {
    return getAtt("KeyId");
  }
}
