// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.datazone;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;

/**
 * The owner that you want to add to the entity.
 *
 * <p>CloudFormation type {@code AWS::DataZone::Owner}.
 */
public final class Owner extends Resource<Owner> {
  private static final Schema SCHEMA = Schema.builder("AWS::DataZone::Owner")
      .required("DomainIdentifier", "EntityIdentifier", "EntityType", "Owner")
      .constrain("DomainIdentifier", Constraint.of().pattern("^dzd[-_][a-zA-Z0-9_-]{1,36}$"))
      .allowed("EntityType", "DOMAIN_UNIT")
      .attributes("OwnerIdentifier", "OwnerType")
      .build();

  public Owner(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The ID of the domain in which you want to add the entity owner.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code ^dzd[-_][a-zA-Z0-9_-]{1,36}$}.
   * CloudFormation property {@code DomainIdentifier}.
   */
  public Owner domainIdentifier(String value) {
    return set("DomainIdentifier", Value.of(value));
  }

  /** Sets {@code DomainIdentifier} to this value; see {@link #domainIdentifier(String)}. */
  public Owner domainIdentifier(Value<String> value) {
    return set("DomainIdentifier", value);
  }

  /**
   * The ID of the entity to which you want to add an owner.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code
   * EntityIdentifier}.
   */
  public Owner entityIdentifier(String value) {
    return set("EntityIdentifier", Value.of(value));
  }

  /** Sets {@code EntityIdentifier} to this value; see {@link #entityIdentifier(String)}. */
  public Owner entityIdentifier(Value<String> value) {
    return set("EntityIdentifier", value);
  }

  /**
   * The type of an entity.
   *
   * <p>Required. Changing it replaces the resource. Allowed values: {@code DOMAIN_UNIT}.
   * CloudFormation property {@code EntityType}.
   */
  public Owner entityType(String value) {
    return set("EntityType", Value.of(value));
  }

  /** Sets {@code EntityType} to this value; see {@link #entityType(String)}. */
  public Owner entityType(Value<String> value) {
    return set("EntityType", value);
  }

  /**
   * The owner that you want to add to the entity.
   *
   * <p>Required. Changing it replaces the resource. CloudFormation property {@code Owner}.
   */
  public Owner owner(Value<OwnerProperties> value) {
    return set("Owner", value);
  }

  /**
   * The ID of the entity to which you want to add an owner.
   *
   * <p>{@code Fn::GetAtt} attribute {@code OwnerIdentifier}.
   */
  public Value<String> ownerIdentifier() {
    return getAtt("OwnerIdentifier");
  }

  /**
   * The owner that you want to add to the entity.
   *
   * <p>{@code Fn::GetAtt} attribute {@code OwnerType}.
   */
  public Value<String> ownerType() {
    return getAtt("OwnerType");
  }

  /**
   * The properties of the domain unit owners group.
   *
   * <p>Property type {@code AWS::DataZone::Owner.OwnerGroupProperties}.
   */
  public static final class OwnerGroupProperties extends Struct<OwnerGroupProperties> {
    private static final Schema SCHEMA = Schema.of("AWS::DataZone::Owner.OwnerGroupProperties");

    public OwnerGroupProperties() {
      super(SCHEMA);
    }

    /**
     * The ID of the domain unit owners group.
     *
     * <p>CloudFormation property {@code GroupIdentifier}.
     */
    public OwnerGroupProperties groupIdentifier(String value) {
      return set("GroupIdentifier", Value.of(value));
    }

    /** Sets {@code GroupIdentifier} to this value; see {@link #groupIdentifier(String)}. */
    public OwnerGroupProperties groupIdentifier(Value<String> value) {
      return set("GroupIdentifier", value);
    }
  }

  /**
   * The properties of a domain unit's owner.
   *
   * <p>Property type {@code AWS::DataZone::Owner.OwnerProperties}.
   */
  public static final class OwnerProperties extends Struct<OwnerProperties> {
    private static final Schema SCHEMA = Schema.of("AWS::DataZone::Owner.OwnerProperties");

    public OwnerProperties() {
      super(SCHEMA);
    }

    /**
     * Specifies that the domain unit owner is a group.
     *
     * <p>CloudFormation property {@code Group}.
     */
    public OwnerProperties group(Value<OwnerGroupProperties> value) {
      return set("Group", value);
    }

    /**
     * Specifies that the domain unit owner is a user.
     *
     * <p>CloudFormation property {@code User}.
     */
    public OwnerProperties user(Value<OwnerUserProperties> value) {
      return set("User", value);
    }
  }

  /**
   * The properties of the owner user.
   *
   * <p>Property type {@code AWS::DataZone::Owner.OwnerUserProperties}.
   */
  public static final class OwnerUserProperties extends Struct<OwnerUserProperties> {
    private static final Schema SCHEMA = Schema.of("AWS::DataZone::Owner.OwnerUserProperties");

    public OwnerUserProperties() {
      super(SCHEMA);
    }

    /**
     * The ID of the owner user.
     *
     * <p>CloudFormation property {@code UserIdentifier}.
     */
    public OwnerUserProperties userIdentifier(String value) {
      return set("UserIdentifier", Value.of(value));
    }

    /** Sets {@code UserIdentifier} to this value; see {@link #userIdentifier(String)}. */
    public OwnerUserProperties userIdentifier(Value<String> value) {
      return set("UserIdentifier", value);
    }
  }
}
