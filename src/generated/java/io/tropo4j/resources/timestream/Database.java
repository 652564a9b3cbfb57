// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.timestream;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import io.tropo4j.resources.kms.Key;
import java.util.List;

/**
 * Creates a new Timestream database. If the AWS key is not specified, the database will be
 * encrypted with a Timestream managed AWS key located in your account. Refer to <a
 * href="https://docs.aws.amazon.com/kms/latest/developerguide/concepts.html#aws-managed-cmk">AWS
 * managed AWS keys</a> for more info. <a
 * href="https://docs.aws.amazon.com/timestream/latest/developerguide/ts-limits.html">Service quotas
 * apply</a> . See <a
 * href="https://docs.aws.amazon.com/timestream/latest/developerguide/code-samples.create-db.html">code
 * sample</a> for details.
 *
 * <p>CloudFormation type {@code AWS::Timestream::Database}.
 */
public final class Database extends Resource<Database> {
  private static final Schema SCHEMA = Schema.builder("AWS::Timestream::Database")
      .constrain("DatabaseName", Constraint.of().pattern("^[a-zA-Z0-9_.-]{3,256}$"))
      .references("KmsKeyId", "AWS::KMS::Key.Ref")
      .refYields("DatabaseName")
      .attributes("Arn")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Database(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The name of the Timestream database.
   *
   * <p><em>Length Constraints</em> : Minimum length of 3 bytes. Maximum length of 256 bytes.
   *
   * <p>Changing it replaces the resource. Pattern: {@code ^[a-zA-Z0-9_.-]{3,256}$}. CloudFormation
   * property {@code DatabaseName}.
   */
  public Database databaseName(String value) {
    return set("DatabaseName", Value.of(value));
  }

  /** Sets {@code DatabaseName} to this value; see {@link #databaseName(String)}. */
  public Database databaseName(Value<String> value) {
    return set("DatabaseName", value);
  }

  /**
   * The identifier of the AWS key used to encrypt the data stored in the database.
   *
   * <p>CloudFormation property {@code KmsKeyId}.
   */
  public Database kmsKeyId(String value) {
    return set("KmsKeyId", Value.of(value));
  }

  /** Sets {@code KmsKeyId} to this value; see {@link #kmsKeyId(String)}. */
  public Database kmsKeyId(Value<String> value) {
    return set("KmsKeyId", value);
  }

  /** Sets {@code KmsKeyId} to the Ref of {@code AWS::KMS::Key}; see {@link #kmsKeyId(String)}. */
  public Database kmsKeyId(Key resource) {
    return set("KmsKeyId", resource.ref());
  }

  /**
   * The tags to add to the database.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Database tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Database tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Database tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The <code>arn</code> of the database.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }
}
