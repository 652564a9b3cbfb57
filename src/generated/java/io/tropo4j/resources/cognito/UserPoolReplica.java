// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.cognito;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.Map;

/**
 * Resource Type definition for AWS::Cognito::UserPoolReplica
 *
 * <p>CloudFormation type {@code AWS::Cognito::UserPoolReplica}.
 */
public final class UserPoolReplica extends Resource<UserPoolReplica> {
  private static final Schema SCHEMA = Schema.builder("AWS::Cognito::UserPoolReplica")
      .required("RegionName", "UserPoolId")
      .constrain("RegionName", Constraint.of().minLength(5).maxLength(32))
      .constrain("UserPoolId", Constraint.of().pattern("^[\\w-]+_[0-9a-zA-Z]+$").minLength(1).maxLength(55))
      .tags("UserPoolTagsAtCreate", Schema.TagForm.MAP)
      .build();

  public UserPoolReplica(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Required. Changing it replaces the resource. Length: 5 to 32 characters. CloudFormation
   * property {@code RegionName}.
   */
  public UserPoolReplica regionName(String value) {
    return set("RegionName", Value.of(value));
  }

  /** Sets {@code RegionName} to this value; see {@link #regionName(String)}. */
  public UserPoolReplica regionName(Value<String> value) {
    return set("RegionName", value);
  }

  /**
   * Required. Changing it replaces the resource. Length: 1 to 55 characters. Pattern: {@code
   * ^[&#92;w-]+_[0-9a-zA-Z]+$}. CloudFormation property {@code UserPoolId}.
   */
  public UserPoolReplica userPoolId(String value) {
    return set("UserPoolId", Value.of(value));
  }

  /** Sets {@code UserPoolId} to this value; see {@link #userPoolId(String)}. */
  public UserPoolReplica userPoolId(Value<String> value) {
    return set("UserPoolId", value);
  }

  /** Changing it replaces the resource. CloudFormation property {@code UserPoolTagsAtCreate}. */
  public UserPoolReplica userPoolTagsAtCreate(Map<String, String> value) {
    return set("UserPoolTagsAtCreate", Value.mapOf(value));
  }

  /** Sets {@code UserPoolTagsAtCreate} to this value; see {@link #userPoolTagsAtCreate(Map)}. */
  public UserPoolReplica userPoolTagsAtCreate(Value<Map<String, String>> value) {
    return set("UserPoolTagsAtCreate", value);
  }

  /**
   * Sets {@code UserPoolTagsAtCreate} to the tags, as a map of key to value; see {@link
   * #userPoolTagsAtCreate(Map)}.
   */
  public UserPoolReplica userPoolTagsAtCreate(Tags tags) {
    return set("UserPoolTagsAtCreate", tags.asMap());
  }
}
