// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.identitystore;

import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;

/**
 * Creates a relationship between a member and a group. The following identifiers must be specified:
 * <code>GroupId</code> , <code>IdentityStoreId</code> , and <code>MemberId</code> .
 *
 * <p>CloudFormation type {@code AWS::IdentityStore::GroupMembership}.
 */
public final class GroupMembership extends Resource<GroupMembership> {
  private static final Schema SCHEMA = Schema.builder("AWS::IdentityStore::GroupMembership")
      .required("GroupId", "IdentityStoreId", "MemberId")
      .attributes("MembershipId")
      .build();

  public GroupMembership(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The identifier for a group in the identity store.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code GroupId}.
   */
  public GroupMembership groupId(String value) {
    return set("GroupId", Value.of(value));
  }

  /** Sets {@code GroupId} to this value; see {@link #groupId(String)}. */
  public GroupMembership groupId(Value<String> value) {
    return set("GroupId", value);
  }

  /**
   * The globally unique identifier for the identity store.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * IdentityStoreId}.
   */
  public GroupMembership identityStoreId(String value) {
    return set("IdentityStoreId", Value.of(value));
  }

  /** Sets {@code IdentityStoreId} to this value; see {@link #identityStoreId(String)}. */
  public GroupMembership identityStoreId(Value<String> value) {
    return set("IdentityStoreId", value);
  }

  /**
   * An object containing the identifier of a group member. Setting the <code>MemberId</code> 's
   * <code>UserId</code> field to a specific User's ID indicates that user is a member of the group.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code MemberId}.
   */
  public GroupMembership memberId(Value<MemberId> value) {
    return set("MemberId", value);
  }

  /**
   * The identifier for a <code>GroupMembership</code> in the identity store.
   *
   * <p>{@code Fn::GetAtt} attribute {@code MembershipId}.
   */
  public Value<String> membershipId() {
    return getAtt("MembershipId");
  }

  /**
   * An object that contains the identifier of a group member. Setting the <code>UserID</code> field
   * to the specific identifier for a user indicates that the user is a member of the group.
   *
   * <p>Property type {@code AWS::IdentityStore::GroupMembership.MemberId}.
   */
  public static final class MemberId extends Struct<MemberId> {
    private static final Schema SCHEMA = Schema.builder("AWS::IdentityStore::GroupMembership.MemberId")
        .required("UserId")
        .build();

    public MemberId() {
      super(SCHEMA);
    }

    /**
     * An object containing the identifiers of resources that can be members.
     *
     * <p>Required. CloudFormation property {@code UserId}.
     */
    public MemberId userId(String value) {
      return set("UserId", Value.of(value));
    }

    /** Sets {@code UserId} to this value; see {@link #userId(String)}. */
    public MemberId userId(Value<String> value) {
      return set("UserId", value);
    }
  }
}
