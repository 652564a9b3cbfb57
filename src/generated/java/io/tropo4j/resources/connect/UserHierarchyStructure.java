// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.connect;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;

/**
 * Contains information about a hierarchy structure.
 *
 * <p>CloudFormation type {@code AWS::Connect::UserHierarchyStructure}.
 */
public final class UserHierarchyStructure extends Resource<UserHierarchyStructure> {
  private static final Schema SCHEMA = Schema.builder("AWS::Connect::UserHierarchyStructure")
      .required("InstanceArn")
      .constrain("InstanceArn", Constraint.of().pattern("^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*$"))
      .refYields("UserHierarchyStructureArn")
      .attributes("UserHierarchyStructureArn")
      .build();

  public UserHierarchyStructure(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The Amazon Resource Name (ARN) of the instance.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code
   * ^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*$}. CloudFormation
   * property {@code InstanceArn}.
   */
  public UserHierarchyStructure instanceArn(String value) {
    return set("InstanceArn", Value.of(value));
  }

  /** Sets {@code InstanceArn} to this value; see {@link #instanceArn(String)}. */
  public UserHierarchyStructure instanceArn(Value<String> value) {
    return set("InstanceArn", value);
  }

  /**
   * Contains information about a hierarchy structure.
   *
   * <p>CloudFormation property {@code UserHierarchyStructure}.
   */
  public UserHierarchyStructure userHierarchyStructure(Value<UserHierarchyStructureProperty> value) {
    return set("UserHierarchyStructure", value);
  }

  /**
   * The identifier for the user hierarchy structure.
   *
   * <p>{@code Fn::GetAtt} attribute {@code UserHierarchyStructureArn}.
   */
  public Value<String> userHierarchyStructureArn() {
    return getAtt("UserHierarchyStructureArn");
  }

  /**
   * The update for level five.
   *
   * <p>Property type {@code AWS::Connect::UserHierarchyStructure.LevelFive}.
   */
  public static final class LevelFive extends Struct<LevelFive> {
    private static final Schema SCHEMA = Schema.builder("AWS::Connect::UserHierarchyStructure.LevelFive")
        .required("Name")
        .constrain("HierarchyLevelArn", Constraint.of().pattern("^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*/agent-group-level/[-0-9]*$"))
        .build();

    public LevelFive() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the hierarchy level.
     *
     * <p>Pattern: {@code
     * ^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*&#47;agent-group-level/[-0-9]*$}.
     * CloudFormation property {@code HierarchyLevelArn}.
     */
    public LevelFive hierarchyLevelArn(String value) {
      return set("HierarchyLevelArn", Value.of(value));
    }

    /** Sets {@code HierarchyLevelArn} to this value; see {@link #hierarchyLevelArn(String)}. */
    public LevelFive hierarchyLevelArn(Value<String> value) {
      return set("HierarchyLevelArn", value);
    }

    /**
     * The identifier of the hierarchy level.
     *
     * <p>CloudFormation property {@code HierarchyLevelId}.
     */
    public LevelFive hierarchyLevelId(String value) {
      return set("HierarchyLevelId", Value.of(value));
    }

    /** Sets {@code HierarchyLevelId} to this value; see {@link #hierarchyLevelId(String)}. */
    public LevelFive hierarchyLevelId(Value<String> value) {
      return set("HierarchyLevelId", value);
    }

    /**
     * The name of the hierarchy level.
     *
     * <p>Required. CloudFormation property {@code Name}.
     */
    public LevelFive name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public LevelFive name(Value<String> value) {
      return set("Name", value);
    }
  }

  /**
   * The update for level four.
   *
   * <p>Property type {@code AWS::Connect::UserHierarchyStructure.LevelFour}.
   */
  public static final class LevelFour extends Struct<LevelFour> {
    private static final Schema SCHEMA = Schema.builder("AWS::Connect::UserHierarchyStructure.LevelFour")
        .required("Name")
        .constrain("HierarchyLevelArn", Constraint.of().pattern("^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*/agent-group-level/[-0-9]*$"))
        .build();

    public LevelFour() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the hierarchy level.
     *
     * <p>Pattern: {@code
     * ^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*&#47;agent-group-level/[-0-9]*$}.
     * CloudFormation property {@code HierarchyLevelArn}.
     */
    public LevelFour hierarchyLevelArn(String value) {
      return set("HierarchyLevelArn", Value.of(value));
    }

    /** Sets {@code HierarchyLevelArn} to this value; see {@link #hierarchyLevelArn(String)}. */
    public LevelFour hierarchyLevelArn(Value<String> value) {
      return set("HierarchyLevelArn", value);
    }

    /**
     * The identifier of the hierarchy level.
     *
     * <p>CloudFormation property {@code HierarchyLevelId}.
     */
    public LevelFour hierarchyLevelId(String value) {
      return set("HierarchyLevelId", Value.of(value));
    }

    /** Sets {@code HierarchyLevelId} to this value; see {@link #hierarchyLevelId(String)}. */
    public LevelFour hierarchyLevelId(Value<String> value) {
      return set("HierarchyLevelId", value);
    }

    /**
     * The name of the hierarchy level.
     *
     * <p>Required. CloudFormation property {@code Name}.
     */
    public LevelFour name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public LevelFour name(Value<String> value) {
      return set("Name", value);
    }
  }

  /**
   * Information about level one.
   *
   * <p>Property type {@code AWS::Connect::UserHierarchyStructure.LevelOne}.
   */
  public static final class LevelOne extends Struct<LevelOne> {
    private static final Schema SCHEMA = Schema.builder("AWS::Connect::UserHierarchyStructure.LevelOne")
        .required("Name")
        .constrain("HierarchyLevelArn", Constraint.of().pattern("^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*/agent-group-level/[-0-9]*$"))
        .build();

    public LevelOne() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the hierarchy level.
     *
     * <p>Pattern: {@code
     * ^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*&#47;agent-group-level/[-0-9]*$}.
     * CloudFormation property {@code HierarchyLevelArn}.
     */
    public LevelOne hierarchyLevelArn(String value) {
      return set("HierarchyLevelArn", Value.of(value));
    }

    /** Sets {@code HierarchyLevelArn} to this value; see {@link #hierarchyLevelArn(String)}. */
    public LevelOne hierarchyLevelArn(Value<String> value) {
      return set("HierarchyLevelArn", value);
    }

    /**
     * The identifier of the hierarchy level.
     *
     * <p>CloudFormation property {@code HierarchyLevelId}.
     */
    public LevelOne hierarchyLevelId(String value) {
      return set("HierarchyLevelId", Value.of(value));
    }

    /** Sets {@code HierarchyLevelId} to this value; see {@link #hierarchyLevelId(String)}. */
    public LevelOne hierarchyLevelId(Value<String> value) {
      return set("HierarchyLevelId", value);
    }

    /**
     * The name of the hierarchy level.
     *
     * <p>Required. CloudFormation property {@code Name}.
     */
    public LevelOne name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public LevelOne name(Value<String> value) {
      return set("Name", value);
    }
  }

  /**
   * The update for level three.
   *
   * <p>Property type {@code AWS::Connect::UserHierarchyStructure.LevelThree}.
   */
  public static final class LevelThree extends Struct<LevelThree> {
    private static final Schema SCHEMA = Schema.builder("AWS::Connect::UserHierarchyStructure.LevelThree")
        .required("Name")
        .constrain("HierarchyLevelArn", Constraint.of().pattern("^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*/agent-group-level/[-0-9]*$"))
        .build();

    public LevelThree() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the hierarchy level.
     *
     * <p>Pattern: {@code
     * ^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*&#47;agent-group-level/[-0-9]*$}.
     * CloudFormation property {@code HierarchyLevelArn}.
     */
    public LevelThree hierarchyLevelArn(String value) {
      return set("HierarchyLevelArn", Value.of(value));
    }

    /** Sets {@code HierarchyLevelArn} to this value; see {@link #hierarchyLevelArn(String)}. */
    public LevelThree hierarchyLevelArn(Value<String> value) {
      return set("HierarchyLevelArn", value);
    }

    /**
     * The identifier of the hierarchy level.
     *
     * <p>CloudFormation property {@code HierarchyLevelId}.
     */
    public LevelThree hierarchyLevelId(String value) {
      return set("HierarchyLevelId", Value.of(value));
    }

    /** Sets {@code HierarchyLevelId} to this value; see {@link #hierarchyLevelId(String)}. */
    public LevelThree hierarchyLevelId(Value<String> value) {
      return set("HierarchyLevelId", value);
    }

    /**
     * The name of the hierarchy level.
     *
     * <p>Required. CloudFormation property {@code Name}.
     */
    public LevelThree name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public LevelThree name(Value<String> value) {
      return set("Name", value);
    }
  }

  /**
   * The update for level two.
   *
   * <p>Property type {@code AWS::Connect::UserHierarchyStructure.LevelTwo}.
   */
  public static final class LevelTwo extends Struct<LevelTwo> {
    private static final Schema SCHEMA = Schema.builder("AWS::Connect::UserHierarchyStructure.LevelTwo")
        .required("Name")
        .constrain("HierarchyLevelArn", Constraint.of().pattern("^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*/agent-group-level/[-0-9]*$"))
        .build();

    public LevelTwo() {
      super(SCHEMA);
    }

    /**
     * The Amazon Resource Name (ARN) of the hierarchy level.
     *
     * <p>Pattern: {@code
     * ^arn:aws[-a-z0-9]*:connect:[-a-z0-9]*:[0-9]{12}:instance/[-a-zA-Z0-9]*&#47;agent-group-level/[-0-9]*$}.
     * CloudFormation property {@code HierarchyLevelArn}.
     */
    public LevelTwo hierarchyLevelArn(String value) {
      return set("HierarchyLevelArn", Value.of(value));
    }

    /** Sets {@code HierarchyLevelArn} to this value; see {@link #hierarchyLevelArn(String)}. */
    public LevelTwo hierarchyLevelArn(Value<String> value) {
      return set("HierarchyLevelArn", value);
    }

    /**
     * The identifier of the hierarchy level.
     *
     * <p>CloudFormation property {@code HierarchyLevelId}.
     */
    public LevelTwo hierarchyLevelId(String value) {
      return set("HierarchyLevelId", Value.of(value));
    }

    /** Sets {@code HierarchyLevelId} to this value; see {@link #hierarchyLevelId(String)}. */
    public LevelTwo hierarchyLevelId(Value<String> value) {
      return set("HierarchyLevelId", value);
    }

    /**
     * The name of the hierarchy level.
     *
     * <p>Required. CloudFormation property {@code Name}.
     */
    public LevelTwo name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public LevelTwo name(Value<String> value) {
      return set("Name", value);
    }
  }

  /**
   * Contains information about a hierarchy structure.
   *
   * <p>Property type {@code AWS::Connect::UserHierarchyStructure.UserHierarchyStructure}.
   */
  public static final class UserHierarchyStructureProperty extends Struct<UserHierarchyStructureProperty> {
    private static final Schema SCHEMA = Schema.of("AWS::Connect::UserHierarchyStructure.UserHierarchyStructure");

    public UserHierarchyStructureProperty() {
      super(SCHEMA);
    }

    /**
     * Information about level five.
     *
     * <p>CloudFormation property {@code LevelFive}.
     */
    public UserHierarchyStructureProperty levelFive(Value<LevelFive> value) {
      return set("LevelFive", value);
    }

    /**
     * The update for level four.
     *
     * <p>CloudFormation property {@code LevelFour}.
     */
    public UserHierarchyStructureProperty levelFour(Value<LevelFour> value) {
      return set("LevelFour", value);
    }

    /**
     * The update for level one.
     *
     * <p>CloudFormation property {@code LevelOne}.
     */
    public UserHierarchyStructureProperty levelOne(Value<LevelOne> value) {
      return set("LevelOne", value);
    }

    /**
     * The update for level three.
     *
     * <p>CloudFormation property {@code LevelThree}.
     */
    public UserHierarchyStructureProperty levelThree(Value<LevelThree> value) {
      return set("LevelThree", value);
    }

    /**
     * The update for level two.
     *
     * <p>CloudFormation property {@code LevelTwo}.
     */
    public UserHierarchyStructureProperty levelTwo(Value<LevelTwo> value) {
      return set("LevelTwo", value);
    }
  }
}
