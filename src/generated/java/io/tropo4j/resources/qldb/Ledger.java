// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.qldb;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::QLDB::Ledger</code> resource specifies a new Amazon Quantum Ledger Database
 * (Amazon QLDB) ledger in your AWS account . Amazon QLDB is a fully managed ledger database that
 * provides a transparent, immutable, and cryptographically verifiable transaction log owned by a
 * central trusted authority. You can use QLDB to track all application data changes, and maintain a
 * complete and verifiable history of changes over time.
 *
 * <p>For more information, see <a
 * href="https://docs.aws.amazon.com/qldb/latest/developerguide/API_CreateLedger.html">CreateLedger</a>
 * in the <em>Amazon QLDB API Reference</em> .
 *
 * <p>CloudFormation type {@code AWS::QLDB::Ledger}.
 *
 * <p>It holds data: validation asks for a DeletionPolicy and an UpdateReplacePolicy, e.g. {@code
 * retainData()}.
 */
public final class Ledger extends Resource<Ledger> {
  private static final Schema SCHEMA = Schema.builder("AWS::QLDB::Ledger")
      .required("PermissionsMode")
      .refYields("Id")
      .attributes("Id")
      .stateful()
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Ledger(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Specifies whether the ledger is protected from being deleted by any user. If not defined during
   * ledger creation, this feature is enabled ( <code>true</code> ) by default.
   *
   * <p>If deletion protection is enabled, you must first disable it before you can delete the
   * ledger. You can disable it by calling the <code>UpdateLedger</code> operation to set this
   * parameter to <code>false</code> .
   *
   * <p>CloudFormation property {@code DeletionProtection}.
   */
  public Ledger deletionProtection(boolean value) {
    return set("DeletionProtection", Value.of(value));
  }

  /** Sets {@code DeletionProtection} to this value; see {@link #deletionProtection(boolean)}. */
  public Ledger deletionProtection(Value<Boolean> value) {
    return set("DeletionProtection", value);
  }

  /**
   * The key in AWS Key Management Service ( AWS ) to use for encryption of data at rest in the
   * ledger. For more information, see <a
   * href="https://docs.aws.amazon.com/qldb/latest/developerguide/encryption-at-rest.html">Encryption
   * at rest</a> in the <em>Amazon QLDB Developer Guide</em> .
   *
   * <p>Use one of the following options to specify this parameter:
   *
   * <ul> <li><code>AWS_OWNED_KMS_KEY</code> : Use an AWS key that is owned and managed by AWS on
   * your behalf. <li><em>Undefined</em> : By default, use an AWS owned KMS key. <li><em>A valid
   * symmetric customer managed KMS key</em> : Use the specified symmetric encryption KMS key in
   * your account that you create, own, and manage. </ul>
   *
   * <p>Amazon QLDB does not support asymmetric keys. For more information, see <a
   * href="https://docs.aws.amazon.com/kms/latest/developerguide/symmetric-asymmetric.html">Using
   * symmetric and asymmetric keys</a> in the <em>AWS Key Management Service Developer Guide</em> .
   *
   * <p>To specify a customer managed KMS key, you can use its key ID, Amazon Resource Name (ARN),
   * alias name, or alias ARN. When using an alias name, prefix it with <code>"alias/"</code> . To
   * specify a key in a different AWS account , you must use the key ARN or alias ARN.
   *
   * <p>For example:
   *
   * <ul> <li>Key ID: <code>1234abcd-12ab-34cd-56ef-1234567890ab</code> <li>Key ARN:
   * <code>arn:aws:kms:us-east-2:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab</code>
   * <li>Alias name: <code>alias/ExampleAlias</code> <li>Alias ARN:
   * <code>arn:aws:kms:us-east-2:111122223333:alias/ExampleAlias</code> </ul>
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#key-id">Key
   * identifiers (KeyId)</a> in the <em>AWS Key Management Service Developer Guide</em> .
   *
   * <p>CloudFormation property {@code KmsKey}.
   */
  public Ledger kmsKey(String value) {
    return set("KmsKey", Value.of(value));
  }

  /** Sets {@code KmsKey} to this value; see {@link #kmsKey(String)}. */
  public Ledger kmsKey(Value<String> value) {
    return set("KmsKey", value);
  }

  /**
   * The name of the ledger that you want to create. The name must be unique among all of the
   * ledgers in your AWS account in the current Region.
   *
   * <p>Naming constraints for ledger names are defined in <a
   * href="https://docs.aws.amazon.com/qldb/latest/developerguide/limits.html#limits.naming">Quotas
   * in Amazon QLDB</a> in the <em>Amazon QLDB Developer Guide</em> .
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code Name}.
   */
  public Ledger name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Ledger name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The permissions mode to assign to the ledger that you want to create. This parameter can have
   * one of the following values:
   *
   * <ul> <li><code>ALLOW_ALL</code> : A legacy permissions mode that enables access control with
   * API-level granularity for ledgers. </ul>
   *
   * <p>This mode allows users who have the <code>SendCommand</code> API permission for this ledger
   * to run all PartiQL commands (hence, <code>ALLOW_ALL</code> ) on any tables in the specified
   * ledger. This mode disregards any table-level or command-level IAM permissions policies that you
   * create for the ledger.
   *
   * <ul> <li><code>STANDARD</code> : ( <em>Recommended</em> ) A permissions mode that enables
   * access control with finer granularity for ledgers, tables, and PartiQL commands. </ul>
   *
   * <p>By default, this mode denies all user requests to run any PartiQL commands on any tables in
   * this ledger. To allow PartiQL commands to run, you must create IAM permissions policies for
   * specific table resources and PartiQL actions, in addition to the <code>SendCommand</code> API
   * permission for the ledger. For information, see <a
   * href="https://docs.aws.amazon.com/qldb/latest/developerguide/getting-started-standard-mode.html">Getting
   * started with the standard permissions mode</a> in the <em>Amazon QLDB Developer Guide</em> .
   *
   * <p>We strongly recommend using the <code>STANDARD</code> permissions mode to maximize the
   * security of your ledger data.
   *
   * <p>Required. CloudFormation property {@code PermissionsMode}.
   */
  public Ledger permissionsMode(String value) {
    return set("PermissionsMode", Value.of(value));
  }

  /** Sets {@code PermissionsMode} to this value; see {@link #permissionsMode(String)}. */
  public Ledger permissionsMode(Value<String> value) {
    return set("PermissionsMode", value);
  }

  /**
   * An array of key-value pairs to apply to this resource.
   *
   * <p>For more information, see <a
   * href="https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-resource-tags.html">Tag</a>
   * .
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Ledger tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Ledger tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Ledger tags(Tags tags) {
    return set("Tags", tags);
  }

  /** {@code Fn::GetAtt} attribute {@code Id}. */
  public Value<String> id() {
    return getAtt("Id");
  }
}
