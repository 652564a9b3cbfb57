// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.identitystore;

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
      .attributes("GroupId")
      .build();

  public Group(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A string containing the description of the group.
   *
   * <p>CloudFormation property {@code Description}.
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
   * <p>Required. CloudFormation property {@code DisplayName}.
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
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * IdentityStoreId}.
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
