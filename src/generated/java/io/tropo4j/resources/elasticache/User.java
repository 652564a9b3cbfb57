// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.elasticache;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * For Valkey 7.2 and onwards, or Redis OSS engine version 6.0 and onwards: Creates user. For more
 * information, see <a
 * href="https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/Clusters.RBAC.html">Using Role
 * Based Access Control (RBAC)</a> .
 *
 * <p>CloudFormation type {@code AWS::ElastiCache::User}.
 */
public final class User extends Resource<User> {
  private static final Schema SCHEMA = Schema.builder("AWS::ElastiCache::User")
      .required("Engine", "UserId", "UserName")
      .constrain("AccessString", Constraint.of().pattern("\\S"))
      .allowed("Engine", "redis", "valkey")
      .constrain("UserId", Constraint.of().pattern("[a-z][a-z0-9\\\\-]*").minLength(1))
      .constrain("UserName", Constraint.of().minLength(1))
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
   * Specifies the authentication mode to use. Below is an example of the possible JSON values:
   *
   * <p>``` { Passwords: ["***<b>", "</b>****"] // If Type is password. } ```
   *
   * <p>CloudFormation property {@code AuthenticationMode}.
   */
  public User authenticationMode(Value<AuthenticationMode> value) {
    return set("AuthenticationMode", value);
  }

  /**
   * The current supported values are valkey and redis.
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code redis}, {@code valkey}.
   * CloudFormation property {@code Engine}.
   */
  public User engine(String value) {
    return set("Engine", Value.of(value));
  }

  /** Sets {@code Engine} to this value; see {@link #engine(String)}. */
  public User engine(Value<String> value) {
    return set("Engine", value);
  }

  /**
   * Indicates a password is not required for this user.
   *
   * <p>CloudFormation property {@code NoPasswordRequired}.
   */
  public User noPasswordRequired(boolean value) {
    return set("NoPasswordRequired", Value.of(value));
  }

  /** Sets {@code NoPasswordRequired} to this value; see {@link #noPasswordRequired(boolean)}. */
  public User noPasswordRequired(Value<Boolean> value) {
    return set("NoPasswordRequired", value);
  }

  /**
   * Passwords used for this user. You can create up to two passwords for each user.
   *
   * <p>CloudFormation property {@code Passwords}.
   */
  public User passwords(List<String> value) {
    return set("Passwords", Value.listOf(value));
  }

  /** Sets {@code Passwords} to this value; see {@link #passwords(List)}. */
  public User passwords(Value<List<String>> value) {
    return set("Passwords", value);
  }

  /**
   * The list of tags.
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
   * The ID of the user.
   *
   * <p>Required. Changing it replaces the resource. Length: at least 1 characters. Pattern: {@code
   * [a-z][a-z0-9&#92;&#92;-]*}. CloudFormation property {@code UserId}.
   */
  public User userId(String value) {
    return set("UserId", Value.of(value));
  }

  /** Sets {@code UserId} to this value; see {@link #userId(String)}. */
  public User userId(Value<String> value) {
    return set("UserId", value);
  }

  /**
   * The username of the user.
   *
   * <p>Required. Changing it replaces the resource. Length: at least 1 characters. CloudFormation
   * property {@code UserName}.
   */
  public User userName(String value) {
    return set("UserName", Value.of(value));
  }

  /** Sets {@code UserName} to this value; see {@link #userName(String)}. */
  public User userName(Value<String> value) {
    return set("UserName", value);
  }

  /**
   * The Amazon Resource Name (ARN) of the user.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Arn}.
   */
  public Value<String> arn() {
    return getAtt("Arn");
  }

  /**
   * Indicates the user status. Can be "active", "modifying" or "deleting".
   *
   * <p>{@code Fn::GetAtt} attribute {@code Status}.
   */
  public Value<String> status() {
    return getAtt("Status");
  }

  /**
   * Specifies the authentication mode to use.
   *
   * <p>Property type {@code AWS::ElastiCache::User.AuthenticationMode}.
   */
  public static final class AuthenticationMode extends Struct<AuthenticationMode> {
    private static final Schema SCHEMA = Schema.builder("AWS::ElastiCache::User.AuthenticationMode")
        .required("Type")
        .allowed("Type", "password", "no-password-required", "iam")
        .build();

    public AuthenticationMode() {
      super(SCHEMA);
    }

    /**
     * Specifies the passwords to use for authentication if <code>Type</code> is set to
     * <code>password</code> .
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
     * Specifies the authentication type. Possible options are IAM authentication, password and no
     * password.
     *
     * <p>Required. Allowed values: {@code password}, {@code no-password-required}, {@code iam}.
     * CloudFormation property {@code Type}.
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
