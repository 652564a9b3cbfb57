// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.memorydb;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Specifies a MemoryDB user. For more information, see <a
 * href="https://docs.aws.amazon.com/memorydb/latest/devguide/clusters.acls.html">Authenticating
 * users with Access Contol Lists (ACLs)</a> .
 *
 * <p>CloudFormation type {@code AWS::MemoryDB::User}.
 */
public final class User extends Resource<User> {
  private static final Schema SCHEMA = Schema.builder("AWS::MemoryDB::User")
      .required("UserName")
      .constrain("AccessString", Constraint.of().pattern("\\S"))
      .constrain("UserName", Constraint.of().pattern("[a-z][a-z0-9\\\\-]*").minLength(1))
      .refYields("UserName")
      .attributes("Arn", "Status")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public User(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Access permissions string used for this user.
   *
   * <p>Pattern: {@code &#92;S}. CloudFormation property {@code AccessString}.
   */
  public User accessString(String value) {
    return set("AccessString", Value.of(value));
  }

  /** Sets {@code AccessString} to this value; see {@link #accessString(String)}. */
  public User accessString(Value<String> value) {
    return set("AccessString", value);
  }

  /**
   * Denotes whether the user requires a password to authenticate.
   *
   * <p><em>Example:</em>
   *
   * <p><code>mynewdbuser: Type: AWS::MemoryDB::User Properties: AccessString: on ~* &amp;*
   * +&#64;all AuthenticationMode: Passwords: '1234567890123456' Type: password UserName:
   * mynewdbuser AuthenticationMode: { "Passwords": ["1234567890123456"], "Type": "Password"
   * }</code>
   *
   * <p>CloudFormation property {@code AuthenticationMode}.
   */
  public User authenticationMode(Value<AuthenticationMode> value) {
    return set("AuthenticationMode", value);
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
  public User tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public User tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public User tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The name of the user.
   *
   * <p>Required. Changing it replaces the resource. Length: at least 1 characters. Pattern: {@code
   * [a-z][a-z0-9&#92;&#92;-]*}. CloudFormation property {@code UserName}.
   */
  public User userName(String value) {
    return set("UserName", Value.of(value));
  }

  /** Sets {@code UserName} to this value; see {@link #userName(String)}. */
  public User userName(Value<String> value) {
    return set("UserName", value);
  }

  /**
   * When you pass the logical ID of this resource to the intrinsic <code>Ref</code> function, Ref
   * returns the ARN of the user, such as
   * <code>arn:aws:memorydb:us-east-1:123456789012:user/user1</code>
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * Indicates the user status.
   *
   * <p><em>Valid values</em> : <code>active</code> | <code>modifying</code> | <code>deleting</code>
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }

  /**
   * Denotes the user's authentication properties, such as whether it requires a password to
   * authenticate. Used in output responses.
   *
   * <p>Property type {@code AWS::MemoryDB::User.AuthenticationMode}.
   */
  public static final class AuthenticationMode extends Struct<AuthenticationMode> {
    private static final Schema SCHEMA = Schema.builder("AWS::MemoryDB::User.AuthenticationMode")
        .allowed("Type", "password", "iam")
        .build();

    public AuthenticationMode() {
      super(SCHEMA);
    }

    /**
     * The password(s) used for authentication
     *
     * <p>CloudFormation property {@code Passwords}.
     */
    public AuthenticationMode passwords(List<String> value) {
      return set("Passwords", Value.listOf(value));
    }

    /** Sets {@code Passwords} to this value; see {@link #passwords(List)}. */
    public AuthenticationMode passwords(Value<List<String>> value) {
      return set("Passwords", value);
    }

    /**
     * Indicates whether the user requires a password to authenticate. All newly-created users
     * require a password.
     *
     * <p>Allowed values: {@code password}, {@code iam}. CloudFormation property {@code Type}.
     */
    public AuthenticationMode type(String value) {
      return set("Type", Value.of(value));
    }

    /** Sets {@code Type} to this value; see {@link #type(String)}. */
    public AuthenticationMode type(Value<String> value) {
      return set("Type", value);
    }
  }
}
