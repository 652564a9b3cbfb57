// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.kms;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * The <code>AWS::KMS::Alias</code> resource specifies a display name for a <a
 * href="https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#kms_keys">KMS key</a> .
 * You can use an alias to identify a KMS key in the AWS console, in the <a
 * href="https://docs.aws.amazon.com/kms/latest/APIReference/API_DescribeKey.html">DescribeKey</a>
 * operation, and in <a
 * href="https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#cryptographic-operations">cryptographic
 * operations</a> , such as <a
 * href="https://docs.aws.amazon.com/kms/latest/APIReference/API_Decrypt.html">Decrypt</a> and <a
 * href="https://docs.aws.amazon.com/kms/latest/APIReference/API_GenerateDataKey.html">GenerateDataKey</a>
 * .
 *
 * <p>Adding, deleting, or updating an alias can allow or deny permission to the KMS key. For
 * details, see <a href="https://docs.aws.amazon.com/kms/latest/developerguide/abac.html">ABAC for
 * AWS</a> in the <em>AWS Key Management Service Developer Guide</em> .
 *
 * <p>Using an alias to refer to a KMS key can help you simplify key management. For example, an
 * alias in your code can be associated with different KMS keys in different AWS Regions . For more
 * information, see <a
 * href="https://docs.aws.amazon.com/kms/latest/developerguide/kms-alias.html">Using aliases</a> in
 * the <em>AWS Key Management Service Developer Guide</em> .
 *
 * <p>When specifying an alias, observe the following rules.
 *
 * <ul> <li>Each alias is associated with one KMS key, but multiple aliases can be associated with
 * the same KMS key. <li>The alias and its associated KMS key must be in the same AWS account and
 * Region. <li>The alias name must be unique in the AWS account and Region. However, you can create
 * aliases with the same name in different AWS Regions . For example, you can have an
 * <code>alias/projectKey</code> in multiple Regions, each of which is associated with a KMS key in
 * its Region. <li>Each alias name must begin with <code>alias/</code> followed by a name, such as
 * <code>alias/exampleKey</code> . The alias name can contain only alphanumeric characters, forward
 * slashes (/), underscores (_), and dashes (-). Alias names cannot begin with
 * <code>alias/aws/</code> . That alias name prefix is reserved for <a
 * href="https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#aws-managed-cmk">AWS
 * managed keys</a> . </ul>
 *
 * <p><em>Regions</em>
 *
 * <p>AWS CloudFormation resources are available in all AWS Regions in which AWS and CloudFormation
 * are supported.
 *
 * <p>CloudFormation type {@code AWS::KMS::Alias}.
 */
public final class Alias extends Resource<Alias> {
  private static final Schema SCHEMA = Schema.builder("AWS::KMS::Alias")
      .required("AliasName", "TargetKeyId")
      .constrain("AliasName", Constraint.of().pattern("^(alias/)[a-zA-Z0-9:/_-]+$").minLength(1).maxLength(256).format("AWS::KMS::Alias.AliasName"))
      .constrain("TargetKeyId", Constraint.of().minLength(1).maxLength(256))
      .references("TargetKeyId", "AWS::KMS::Key.Arn", "AWS::KMS::Key.Ref",
          "AWS::KMS::ReplicaKey.Ref", "AWS::KMS::ReplicaKey.Arn")
      .refYields("AliasName")
      .build();

  public Alias(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Specifies the alias name. This value must begin with <code>alias/</code> followed by a name,
   * such as <code>alias/ExampleAlias</code> .
   *
   * <p>If you change the value of the <code>AliasName</code> property, the existing alias is
   * deleted and a new alias is created for the specified KMS key. This change can disrupt
   * applications that use the alias. It can also allow or deny access to a KMS key affected by
   * attribute-based access control (ABAC).
   *
   * <p>The alias must be string of 1-256 characters. It can contain only alphanumeric characters,
   * forward slashes (/), underscores (_), and dashes (-). The alias name cannot begin with
   * <code>alias/aws/</code> . The <code>alias/aws/</code> prefix is reserved for <a
   * href="https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#aws-managed-cmk">AWS
   * managed keys</a> .
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 256 characters. Pattern: {@code
   * ^(alias/)[a-zA-Z0-9:/_-]+$}. Format: {@code AWS::KMS::Alias.AliasName}. CloudFormation property
   * {@code AliasName}.
   */
  public Alias aliasName(String value) {
    return set("AliasName", Value.of(value));
  }

  /** Sets {@code AliasName} to this value; see {@link #aliasName(String)}. */
  public Alias aliasName(Value<String> value) {
    return set("AliasName", value);
  }

  /**
   * Associates the alias with the specified <a
   * href="https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#customer-cmk">customer
   * managed key</a> . The KMS key must be in the same AWS account and Region.
   *
   * <p>A valid key ID is required. If you supply a null or empty string value, this operation
   * returns an error.
   *
   * <p>For help finding the key ID and ARN, see <a
   * href="https://docs.aws.amazon.com/kms/latest/developerguide/viewing-keys.html#find-cmk-id-arn">Finding
   * the key ID and ARN</a> in the <em>AWS Key Management Service Developer Guide</em> .
   *
   * <p>Specify the key ID or the key ARN of the KMS key.
   *
   * <p>For example:
   *
   * <ul> <li>Key ID: <code>1234abcd-12ab-34cd-56ef-1234567890ab</code> <li>Key ARN:
   * <code>arn:aws:kms:us-east-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab</code> </ul>
   *
   * <p>To get the key ID and key ARN for a KMS key, use <a
   * href="https://docs.aws.amazon.com/kms/latest/APIReference/API_ListKeys.html">ListKeys</a> or <a
   * href="https://docs.aws.amazon.com/kms/latest/APIReference/API_DescribeKey.html">DescribeKey</a>
   * .
   *
   * <p>Required. Length: 1 to 256 characters. CloudFormation property {@code TargetKeyId}.
   */
  public Alias targetKeyId(String value) {
    return set("TargetKeyId", Value.of(value));
  }

  /** Sets {@code TargetKeyId} to this value; see {@link #targetKeyId(String)}. */
  public Alias targetKeyId(Value<String> value) {
    return set("TargetKeyId", value);
  }

  /**
   * Sets {@code TargetKeyId} to the Arn of {@code AWS::KMS::Key}; see {@link #targetKeyId(String)}.
   */
  public Alias targetKeyId(Key resource) {
    return set("TargetKeyId", resource.arn());
  }

  /**
   * Sets {@code TargetKeyId} to the Ref of {@code AWS::KMS::ReplicaKey}; see {@link
   * #targetKeyId(String)}.
   */
  public Alias targetKeyId(ReplicaKey resource) {
    return set("TargetKeyId", resource.ref());
  }
}
