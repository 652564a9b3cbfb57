// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.identitystore;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.fn.Value;

/**
 * A group object, which contains a specified group’s metadata and attributes.
 *
 * <p>CloudFormation type {@code AWS::IdentityStore::Group}.
 */
public final class Group extends Resource<Group> {
  private static final Schema SCHEMA = Schema.builder("AWS::IdentityStore::Group")
      .required("DisplayName", "IdentityStoreId")
      .constrain("Description", Constraint.of().pattern("^[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}\\t\\n\\r  \u3000]+$").minLength(1).maxLength(1024))
      .constrain("DisplayName", Constraint.of().pattern("^[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}\\t\\n\\r  ]+$").minLength(1).maxLength(1024))
      .constrain("IdentityStoreId", Constraint.of().pattern("^d-[0-9a-f]{10}$|^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$").minLength(1).maxLength(36))
      .attributes("GroupId")
      .build();

  public Group(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A string containing the description of the group.
   *
   * <p>Length: 1 to 1024 characters. Pattern: {@code
   * ^[&#92;p{L}&#92;p{M}&#92;p{S}&#92;p{N}&#92;p{P}&#92;t&#92;n&#92;r 　]+$}. CloudFormation
   * property {@code Description}.
   */
  public Group description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Group description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The display name value for the group. The length limit is 1,024 characters. This value can
   * consist of letters, accented characters, symbols, numbers, punctuation, tab, new line, carriage
   * return, space, and nonbreaking space in this attribute. This value is specified at the time the
   * group is created and stored as an attribute of the group object in the identity store.
   *
   * <p>Prefix search supports a maximum of 1,000 characters for the string.
   *
   * <p>Required. Length: 1 to 1024 characters. Pattern: {@code
   * ^[&#92;p{L}&#92;p{M}&#92;p{S}&#92;p{N}&#92;p{P}&#92;t&#92;n&#92;r ]+$}. CloudFormation property
   * {@code DisplayName}.
   */
  public Group displayName(String value) {
    return set("DisplayName", Value.of(value));
  }

  /** Sets {@code DisplayName} to this value; see {@link #displayName(String)}. */
  public Group displayName(Value<String> value) {
    return set("DisplayName", value);
  }

  /**
   * The globally unique identifier for the identity store.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 36 characters. Pattern: {@code
   * ^d-[0-9a-f]{10}$|^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$}.
   * CloudFormation property {@code IdentityStoreId}.
   */
  public Group identityStoreId(String value) {
    return set("IdentityStoreId", Value.of(value));
  }

  /** Sets {@code IdentityStoreId} to this value; see {@link #identityStoreId(String)}. */
  public Group identityStoreId(Value<String> value) {
    return set("IdentityStoreId", value);
  }

  /**
   * The identifier of the newly created group in the identity store.
   *
   * <p>{@code Fn::GetAtt} attribute {@code GroupId}.
   */
  public Value<String> groupId() {
    return getAtt("GroupId");
  }
}
