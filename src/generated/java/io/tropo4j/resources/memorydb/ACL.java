// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.memorydb;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Specifies an Access Control List. For more information, see <a
 * href="https://docs.aws.amazon.com/memorydb/latest/devguide/clusters.acls.html">Authenticating
 * users with Access Contol Lists (ACLs)</a> .
 *
 * <p>CloudFormation type {@code AWS::MemoryDB::ACL}.
 */
public final class ACL extends Resource<ACL> {
  private static final Schema SCHEMA = Schema.builder("AWS::MemoryDB::ACL")
      .required("ACLName")
      .constrain("ACLName", Constraint.of().pattern("[a-z][a-z0-9\\\\-]*"))
      .constrain("UserNames", Constraint.of().pattern("^[a-zA-Z][a-zA-Z0-9\\-]*$").minLength(1))
      .refYields("ACLName")
      .attributes("Arn", "Status")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public ACL(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The name of the Access Control List.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code [a-z][a-z0-9&#92;&#92;-]*}.
   * CloudFormation property {@code ACLName}.
   */
  public ACL aclName(String value) {
    return set("ACLName", Value.of(value));
  }

  /** Sets {@code ACLName} to this value; see {@link #aclName(String)}. */
  public ACL aclName(Value<String> value) {
    return set("ACLName", value);
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
  public ACL tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public ACL tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public ACL tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The list of users that belong to the Access Control List.
   *
   * <p>Length: at least 1 characters. Pattern: {@code ^[a-zA-Z][a-zA-Z0-9&#92;-]*$}. CloudFormation
   * property {@code UserNames}.
   */
  public ACL userNames(List<String> value) {
    return set("UserNames", Value.listOf(value));
  }

  /** Sets {@code UserNames} to this value; see {@link #userNames(List)}. */
  public ACL userNames(Value<List<String>> value) {
    return set("UserNames", value);
  }

  /**
   * When you pass the logical ID of this resource to the intrinsic <code>Ref</code> function, Ref
   * returns the ARN of the Access Control List, such as
   * <code>arn:aws:memorydb:us-east-1:123456789012:acl/my-acl</code>
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * Indicates ACL status.
   *
   * <p><em>Valid values</em> : <code>creating</code> | <code>active</code> | <code>modifying</code>
   * | <code>deleting</code>
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }
}
