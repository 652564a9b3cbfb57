// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.identitystore;

import io.tropo4j.core.Constraint;
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
      .constrain("GroupId", Constraint.of().pattern("^([0-9a-f]{10}-|)[A-Fa-f0-9]{8}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{12}$").minLength(1).maxLength(47))
      .constrain("IdentityStoreId", Constraint.of().pattern("^d-[0-9a-f]{10}$|^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$").minLength(1).maxLength(36))
      .attributes("MembershipId")
      .build();

  public GroupMembership(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The identifier for a group in the identity store.
   *
   * <p>Required. Changing it replaces the resource. Length: 1 to 47 characters. Pattern: {@code
   * ^([0-9a-f]{10}-|)[A-Fa-f0-9]{8}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{12}$}.
   * CloudFormation property {@code GroupId}.
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
   * <p>Required. Changing it replaces the resource. Length: 1 to 36 characters. Pattern: {@code
   * ^d-[0-9a-f]{10}$|^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$}.
   * CloudFormation property {@code IdentityStoreId}.
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
        .constrain("UserId", Constraint.of().pattern("^([0-9a-f]{10}-|)[A-Fa-f0-9]{8}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{12}$").minLength(1).maxLength(47))
        .build();

    public MemberId() {
      super(SCHEMA);
    }

    /**
     * An object containing the identifiers of resources that can be members.
     *
     * <p>Required. Length: 1 to 47 characters. Pattern: {@code
     * ^([0-9a-f]{10}-|)[A-Fa-f0-9]{8}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{4}-[A-Fa-f0-9]{12}$}.
     * CloudFormation property {@code UserId}.
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
