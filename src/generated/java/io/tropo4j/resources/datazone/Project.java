// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.datazone;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * The <code>AWS::DataZone::Project</code> resource specifies an Amazon DataZone project. Projects
 * enable a group of users to collaborate on various business use cases that involve publishing,
 * discovering, subscribing to, and consuming data in the Amazon DataZone catalog. Project members
 * consume assets from the Amazon DataZone catalog and produce new assets using one or more
 * analytical workflows.
 *
 * <p>CloudFormation type {@code AWS::DataZone::Project}.
 */
public final class Project extends Resource<Project> {
  private static final Schema SCHEMA = Schema.builder("AWS::DataZone::Project")
      .required("DomainIdentifier", "Name")
      .constrain("Description", Constraint.of().maxLength(2048))
      .constrain("DomainIdentifier", Constraint.of().pattern("^dzd[-_][a-zA-Z0-9_-]{1,36}$"))
      .constrain("DomainUnitId", Constraint.of().pattern("^[a-z0-9_\\-]+$").minLength(1).maxLength(256))
      .constrain("GlossaryTerms", Constraint.of().pattern("^[a-zA-Z0-9_-]{1,36}$"))
      .constrain("Name", Constraint.of().pattern("^[\\w -]+$").minLength(1).maxLength(64))
      .constrain("ProjectExecutionRole", Constraint.of().pattern("^arn:aws[^:]*:iam::\\d{12}:role/[\\w+=,.@/-]+$"))
      .constrain("ProjectProfileId", Constraint.of().pattern("^[a-zA-Z0-9_-]{1,36}$"))
      .attributes("CreatedAt", "CreatedBy", "DomainId", "Id", "LastUpdatedAt", "ProjectStatus")
      .build();

  public Project(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * The description of a project.
   *
   * <p>Length: at most 2048 characters. CloudFormation property {@code Description}.
   */
  public Project description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Project description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The identifier of a Amazon DataZone domain where the project exists.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code ^dzd[-_][a-zA-Z0-9_-]{1,36}$}.
   * CloudFormation property {@code DomainIdentifier}.
   */
  public Project domainIdentifier(String value) {
    return set("DomainIdentifier", Value.of(value));
  }

  /** Sets {@code DomainIdentifier} to this value; see {@link #domainIdentifier(String)}. */
  public Project domainIdentifier(Value<String> value) {
    return set("DomainIdentifier", value);
  }

  /**
   * The ID of the domain unit. This parameter is not required and if it is not specified, then the
   * project is created at the root domain unit level.
   *
   * <p>Length: 1 to 256 characters. Pattern: {@code ^[a-z0-9_&#92;-]+$}. CloudFormation property
   * {@code DomainUnitId}.
   */
  public Project domainUnitId(String value) {
    return set("DomainUnitId", Value.of(value));
  }

  /** Sets {@code DomainUnitId} to this value; see {@link #domainUnitId(String)}. */
  public Project domainUnitId(Value<String> value) {
    return set("DomainUnitId", value);
  }

  /**
   * The glossary terms that can be used in this Amazon DataZone project.
   *
   * <p>Pattern: {@code ^[a-zA-Z0-9_-]{1,36}$}. CloudFormation property {@code GlossaryTerms}.
   */
  public Project glossaryTerms(List<String> value) {
    return set("GlossaryTerms", Value.listOf(value));
  }

  /** Sets {@code GlossaryTerms} to this value; see {@link #glossaryTerms(List)}. */
  public Project glossaryTerms(Value<List<String>> value) {
    return set("GlossaryTerms", value);
  }

  /**
   * The project membership assignments.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code MembershipAssignments}.
   */
  public Project membershipAssignments(List<ProjectMembershipAssignment> value) {
    return set("MembershipAssignments", Value.listOf(value));
  }

  /** Sets {@code MembershipAssignments} to this value; see {@link #membershipAssignments(List)}. */
  public Project membershipAssignments(Value<List<ProjectMembershipAssignment>> value) {
    return set("MembershipAssignments", value);
  }

  /**
   * Sets {@code MembershipAssignments} to a list of these; see {@link
   * #membershipAssignments(List)}.
   */
  public Project membershipAssignments(ProjectMembershipAssignment... values) {
    return set("MembershipAssignments", Value.list(values));
  }

  /**
   * The name of a project.
   *
   * <p>Required. Length: 1 to 64 characters. Pattern: {@code ^[&#92;w -]+$}. CloudFormation
   * property {@code Name}.
   */
  public Project name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Project name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The project category.
   *
   * <p>Changing it replaces the resource. CloudFormation property {@code ProjectCategory}.
   */
  public Project projectCategory(String value) {
    return set("ProjectCategory", Value.of(value));
  }

  /** Sets {@code ProjectCategory} to this value; see {@link #projectCategory(String)}. */
  public Project projectCategory(Value<String> value) {
    return set("ProjectCategory", value);
  }

  /**
   * The project execution role ARN.
   *
   * <p>Changing it replaces the resource. Pattern: {@code
   * ^arn:aws[^:]*:iam::&#92;d{12}:role/[&#92;w+=,.&#64;/-]+$}. CloudFormation property {@code
   * ProjectExecutionRole}.
   */
  public Project projectExecutionRole(String value) {
    return set("ProjectExecutionRole", Value.of(value));
  }

  /** Sets {@code ProjectExecutionRole} to this value; see {@link #projectExecutionRole(String)}. */
  public Project projectExecutionRole(Value<String> value) {
    return set("ProjectExecutionRole", value);
  }

  /**
   * The ID of the project profile.
   *
   * <p>Changing it replaces the resource. Pattern: {@code ^[a-zA-Z0-9_-]{1,36}$}. CloudFormation
   * property {@code ProjectProfileId}.
   */
  public Project projectProfileId(String value) {
    return set("ProjectProfileId", Value.of(value));
  }

  /** Sets {@code ProjectProfileId} to this value; see {@link #projectProfileId(String)}. */
  public Project projectProfileId(Value<String> value) {
    return set("ProjectProfileId", value);
  }

  /**
   * The project profile version to which the project should be updated. You can only specify the
   * following string for this parameter: <code>latest</code> .
   *
   * <p>CloudFormation property {@code ProjectProfileVersion}.
   */
  public Project projectProfileVersion(String value) {
    return set("ProjectProfileVersion", Value.of(value));
  }

  /**
   * Sets {@code ProjectProfileVersion} to this value; see {@link #projectProfileVersion(String)}.
   */
  public Project projectProfileVersion(Value<String> value) {
    return set("ProjectProfileVersion", value);
  }

  /**
   * The resource tags of the project.
   *
   * <p>CloudFormation property {@code ResourceTags}.
   */
  public Project resourceTags(List<ResourceTag> value) {
    return set("ResourceTags", Value.listOf(value));
  }

  /** Sets {@code ResourceTags} to this value; see {@link #resourceTags(List)}. */
  public Project resourceTags(Value<List<ResourceTag>> value) {
    return set("ResourceTags", value);
  }

  /** Sets {@code ResourceTags} to a list of these; see {@link #resourceTags(List)}. */
  public Project resourceTags(ResourceTag... values) {
    return set("ResourceTags", Value.list(values));
  }

  /**
   * The user parameters of the project.
   *
   * <p>CloudFormation property {@code UserParameters}.
   */
  public Project userParameters(List<EnvironmentConfigurationUserParameter> value) {
    return set("UserParameters", Value.listOf(value));
  }

  /** Sets {@code UserParameters} to this value; see {@link #userParameters(List)}. */
  public Project userParameters(Value<List<EnvironmentConfigurationUserParameter>> value) {
    return set("UserParameters", value);
  }

  /** Sets {@code UserParameters} to a list of these; see {@link #userParameters(List)}. */
  public Project userParameters(EnvironmentConfigurationUserParameter... values) {
    return set("UserParameters", Value.list(values));
  }

  /**
   * The timestamp of when a project was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedAt}.
   */
  public Value<String> createdAt() {
    return getAtt("CreatedAt");
  }

  /**
   * The Amazon DataZone user who created the project.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedBy}.
   */
  public Value<String> createdBy() {
    return getAtt("CreatedBy");
  }

  /**
   * The identifier of a Amazon DataZone domain where the project exists.
   *
   * <p>{@code Fn::GetAtt} attribute {@code DomainId}.
   */
  public Value<String> domainId() {
    return getAtt("DomainId");
  }

  /**
   * The identifier of a project.
   *
   * <p>{@code Fn::GetAtt} attribute {@code Id}.
   */
  public Value<String> id() {
    return getAtt("Id");
  }

  /**
   * The timestamp of when the project was last updated.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastUpdatedAt}.
   */
  public Value<String> lastUpdatedAt() {
    return getAtt("LastUpdatedAt");
  }

  /**
   * The status of the project.
   *
   * <p>{@code Fn::GetAtt} attribute {@code ProjectStatus}.
   */
  public Value<String> projectStatus() {
    return getAtt("ProjectStatus");
  }

  /**
   * The environment configuration user parameters.
   *
   * <p>Property type {@code AWS::DataZone::Project.EnvironmentConfigurationUserParameter}.
   */
  public static final class EnvironmentConfigurationUserParameter extends Struct<EnvironmentConfigurationUserParameter> {
    private static final Schema SCHEMA = Schema.builder("AWS::DataZone::Project.EnvironmentConfigurationUserParameter")
        .constrain("EnvironmentConfigurationName", Constraint.of().pattern("^[\\w -]+$").minLength(1).maxLength(64))
        .constrain("EnvironmentId", Constraint.of().pattern("^[a-zA-Z0-9_-]{1,36}$"))
        .build();

    public EnvironmentConfigurationUserParameter() {
      super(SCHEMA);
    }

    /**
     * The environment configuration name.
     *
     * <p>Length: 1 to 64 characters. Pattern: {@code ^[&#92;w -]+$}. CloudFormation property {@code
     * EnvironmentConfigurationName}.
     */
    public EnvironmentConfigurationUserParameter environmentConfigurationName(String value) {
      return set("EnvironmentConfigurationName", Value.of(value));
    }

    /**
     * Sets {@code EnvironmentConfigurationName} to this value; see {@link
     * #environmentConfigurationName(String)}.
     */
    public EnvironmentConfigurationUserParameter environmentConfigurationName(Value<String> value) {
      return set("EnvironmentConfigurationName", value);
    }

    /**
     * The ID of the environment.
     *
     * <p>Pattern: {@code ^[a-zA-Z0-9_-]{1,36}$}. CloudFormation property {@code EnvironmentId}.
     */
    public EnvironmentConfigurationUserParameter environmentId(String value) {
      return set("EnvironmentId", Value.of(value));
    }

    /** Sets {@code EnvironmentId} to this value; see {@link #environmentId(String)}. */
    public EnvironmentConfigurationUserParameter environmentId(Value<String> value) {
      return set("EnvironmentId", value);
    }

    /**
     * The environment parameters.
     *
     * <p>CloudFormation property {@code EnvironmentParameters}.
     */
    public EnvironmentConfigurationUserParameter environmentParameters(List<EnvironmentParameter> value) {
      return set("EnvironmentParameters", Value.listOf(value));
    }

    /**
     * Sets {@code EnvironmentParameters} to this value; see {@link #environmentParameters(List)}.
     */
    public EnvironmentConfigurationUserParameter environmentParameters(Value<List<EnvironmentParameter>> value) {
      return set("EnvironmentParameters", value);
    }

    /**
     * Sets {@code EnvironmentParameters} to a list of these; see {@link
     * #environmentParameters(List)}.
     */
    public EnvironmentConfigurationUserParameter environmentParameters(EnvironmentParameter... values) {
      return set("EnvironmentParameters", Value.list(values));
    }
  }

  /**
   * The parameter details of an evironment profile.
   *
   * <p>Property type {@code AWS::DataZone::Project.EnvironmentParameter}.
   */
  public static final class EnvironmentParameter extends Struct<EnvironmentParameter> {
    private static final Schema SCHEMA = Schema.of("AWS::DataZone::Project.EnvironmentParameter");

    public EnvironmentParameter() {
      super(SCHEMA);
    }

    /**
     * The name of an environment profile parameter.
     *
     * <p>CloudFormation property {@code Name}.
     */
    public EnvironmentParameter name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public EnvironmentParameter name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * The value of an environment profile parameter.
     *
     * <p>CloudFormation property {@code Value}.
     */
    public EnvironmentParameter value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public EnvironmentParameter value(Value<String> value) {
      return set("Value", value);
    }
  }

  /**
   * The member of the project.
   *
   * <p>Property type {@code AWS::DataZone::Project.Member}.
   */
  public static final class Member extends Struct<Member> {
    private static final Schema SCHEMA = Schema.of("AWS::DataZone::Project.Member");

    public Member() {
      super(SCHEMA);
    }

    /** CloudFormation property {@code GroupIdentifier}. */
    public Member groupIdentifier(String value) {
      return set("GroupIdentifier", Value.of(value));
    }

    /** Sets {@code GroupIdentifier} to this value; see {@link #groupIdentifier(String)}. */
    public Member groupIdentifier(Value<String> value) {
      return set("GroupIdentifier", value);
    }

    /** CloudFormation property {@code UserIdentifier}. */
    public Member userIdentifier(String value) {
      return set("UserIdentifier", Value.of(value));
    }

    /** Sets {@code UserIdentifier} to this value; see {@link #userIdentifier(String)}. */
    public Member userIdentifier(Value<String> value) {
      return set("UserIdentifier", value);
    }
  }

  /**
   * The project membership assignment.
   *
   * <p>Property type {@code AWS::DataZone::Project.ProjectMembershipAssignment}.
   */
  public static final class ProjectMembershipAssignment extends Struct<ProjectMembershipAssignment> {
    private static final Schema SCHEMA = Schema.builder("AWS::DataZone::Project.ProjectMembershipAssignment")
        .required("Designation", "Member")
        .allowed("Designation", "PROJECT_OWNER", "PROJECT_CONTRIBUTOR")
        .constrain("Designation", Constraint.of().pattern("^[a-zA-Z0-9_-]{1,36}$"))
        .build();

    public ProjectMembershipAssignment() {
      super(SCHEMA);
    }

    /**
     * Required. Allowed values: {@code PROJECT_OWNER}, {@code PROJECT_CONTRIBUTOR}. Pattern: {@code
     * ^[a-zA-Z0-9_-]{1,36}$}. CloudFormation property {@code Designation}.
     */
    public ProjectMembershipAssignment designation(String value) {
      return set("Designation", Value.of(value));
    }

    /** Sets {@code Designation} to this value; see {@link #designation(String)}. */
    public ProjectMembershipAssignment designation(Value<String> value) {
      return set("Designation", value);
    }

    /**
     * The member of the project.
     *
     * <p>Required. CloudFormation property {@code Member}.
     */
    public ProjectMembershipAssignment member(Value<Member> value) {
      return set("Member", value);
    }
  }

  /** Property type {@code AWS::DataZone::Project.ResourceTag}. */
  public static final class ResourceTag extends Struct<ResourceTag> {
    private static final Schema SCHEMA = Schema.builder("AWS::DataZone::Project.ResourceTag")
        .required("Key", "Value")
        .constrain("Key", Constraint.of().pattern("^[\\w \\.:/=+@-]+$").minLength(1).maxLength(128))
        .constrain("Value", Constraint.of().pattern("^[\\w \\.:/=+@-]*$").minLength(0).maxLength(256))
        .build();

    public ResourceTag() {
      super(SCHEMA);
    }

    /**
     * Required. Length: 1 to 128 characters. Pattern: {@code ^[&#92;w &#92;.:/=+&#64;-]+$}.
     * CloudFormation property {@code Key}.
     */
    public ResourceTag key(String value) {
      return set("Key", Value.of(value));
    }

    /** Sets {@code Key} to this value; see {@link #key(String)}. */
    public ResourceTag key(Value<String> value) {
      return set("Key", value);
    }

    /**
     * Required. Length: 0 to 256 characters. Pattern: {@code ^[&#92;w &#92;.:/=+&#64;-]*$}.
     * CloudFormation property {@code Value}.
     */
    public ResourceTag value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public ResourceTag value(Value<String> value) {
      return set("Value", value);
    }
  }
}
