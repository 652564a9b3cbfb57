// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.sagemaker;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.core.Tag;
import io.tropo4j.core.Tags;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates a new work team for labeling your data. A work team is defined by one or more Amazon
 * Cognito user pools. You must first create the user pools before you can create a work team.
 *
 * <p>You cannot create more than 25 work teams in an account and region.
 *
 * <p>CloudFormation type {@code AWS::SageMaker::Workteam}.
 */
public final class Workteam extends Resource<Workteam> {
  private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::Workteam")
      .required("Description", "MemberDefinitions")
      .constrain("Description", Constraint.of().pattern("^.+$").minLength(1).maxLength(200))
      .constrain("WorkforceName", Constraint.of().pattern("^[a-zA-Z0-9]([a-zA-Z0-9\\-]){0,62}$").minLength(1).maxLength(63))
      .constrain("WorkteamName", Constraint.of().pattern("^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$").minLength(1).maxLength(63))
      .refYields("WorkteamArn")
      .attributes("WorkteamArn", "WorkteamName")
      .tags("Tags", Schema.TagForm.LIST)
      .build();

  public Workteam(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * A description of the work team.
   *
   * <p>Required. Length: 1 to 200 characters. Pattern: {@code ^.+$}. CloudFormation property {@code
   * Description}.
   */
  public Workteam description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Workteam description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * A list of <code>MemberDefinition</code> objects that contains objects that identify the workers
   * that make up the work team.
   *
   * <p>Workforces can be created using Amazon Cognito or your own OIDC Identity Provider (IdP). For
   * private workforces created using Amazon Cognito use <code>CognitoMemberDefinition</code> . For
   * workforces created using your own OIDC identity provider (IdP) use
   * <code>OidcMemberDefinition</code> .
   *
   * <p>Required. CloudFormation property {@code MemberDefinitions}.
   */
  public Workteam memberDefinitions(List<MemberDefinition> value) {
    return set("MemberDefinitions", Value.listOf(value));
  }

  /** Sets {@code MemberDefinitions} to this value; see {@link #memberDefinitions(List)}. */
  public Workteam memberDefinitions(Value<List<MemberDefinition>> value) {
    return set("MemberDefinitions", value);
  }

  /** Sets {@code MemberDefinitions} to a list of these; see {@link #memberDefinitions(List)}. */
  public Workteam memberDefinitions(MemberDefinition... values) {
    return set("MemberDefinitions", Value.list(values));
  }

  /**
   * Configures SNS notifications of available or expiring work items for work teams.
   *
   * <p>CloudFormation property {@code NotificationConfiguration}.
   */
  public Workteam notificationConfiguration(Value<NotificationConfiguration> value) {
    return set("NotificationConfiguration", value);
  }

  /**
   * An array of key-value pairs.
   *
   * <p>CloudFormation property {@code Tags}.
   */
  public Workteam tags(List<Tag> value) {
    return set("Tags", Value.listOf(value));
  }

  /** Sets {@code Tags} to this value; see {@link #tags(List)}. */
  public Workteam tags(Value<List<Tag>> value) {
    return set("Tags", value);
  }

  /** Sets {@code Tags} to the tags, as a list of Key and Value; see {@link #tags(List)}. */
  public Workteam tags(Tags tags) {
    return set("Tags", tags);
  }

  /**
   * The name of the workforce.
   *
   * <p>Changing it replaces the resource. Length: 1 to 63 characters. Pattern: {@code
   * ^[a-zA-Z0-9]([a-zA-Z0-9&#92;-]){0,62}$}. CloudFormation property {@code WorkforceName}.
   */
  public Workteam workforceName(String value) {
    return set("WorkforceName", Value.of(value));
  }

  /** Sets {@code WorkforceName} to this value; see {@link #workforceName(String)}. */
  public Workteam workforceName(Value<String> value) {
    return set("WorkforceName", value);
  }

  /**
   * The name of the work team.
   *
   * <p>Changing it replaces the resource. Length: 1 to 63 characters. Pattern: {@code
   * ^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$}. CloudFormation property {@code WorkteamName}.
   */
  public Workteam workteamName(String value) {
    return set("WorkteamName", Value.of(value));
  }

  /** Sets {@code WorkteamName} to this value; see {@link #workteamName(String)}. */
  public Workteam workteamName(Value<String> value) {
    return set("WorkteamName", value);
  }

  /**
   * The Amazon Resource Name (ARN) that identifies the work team.
   *
   * <p>{@code Fn::GetAtt} attribute {@code WorkteamArn}.
   */
  public Value<String> workteamArn() {
    return getAtt("WorkteamArn");
  }

  /**
   * The name of the work team.
   *
   * <p>{@code Fn::GetAtt} attribute {@code WorkteamName}.
   */
  public Value<String> workteamName() {
    return getAtt("WorkteamName");
  }

  /**
   * Identifies a Amazon Cognito user group. A user group can be used in on or more work teams.
   *
   * <p>Property type {@code AWS::SageMaker::Workteam.CognitoMemberDefinition}.
   */
  public static final class CognitoMemberDefinition extends Struct<CognitoMemberDefinition> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::Workteam.CognitoMemberDefinition")
        .required("CognitoClientId", "CognitoUserGroup", "CognitoUserPool")
        .constrain("CognitoClientId", Constraint.of().minLength(1).maxLength(128))
        .constrain("CognitoUserGroup", Constraint.of().minLength(1).maxLength(128))
        .constrain("CognitoUserPool", Constraint.of().minLength(1).maxLength(55))
        .build();

    public CognitoMemberDefinition() {
      super(SCHEMA);
    }

    /**
     * An identifier for an application client. You must create the app client ID using Amazon
     * Cognito .
     *
     * <p>Required. Length: 1 to 128 characters. CloudFormation property {@code CognitoClientId}.
     */
    public CognitoMemberDefinition cognitoClientId(String value) {
      return set("CognitoClientId", Value.of(value));
    }

    /** Sets {@code CognitoClientId} to this value; see {@link #cognitoClientId(String)}. */
    public CognitoMemberDefinition cognitoClientId(Value<String> value) {
      return set("CognitoClientId", value);
    }

    /**
     * An identifier for a user group.
     *
     * <p>Required. Length: 1 to 128 characters. CloudFormation property {@code CognitoUserGroup}.
     */
    public CognitoMemberDefinition cognitoUserGroup(String value) {
      return set("CognitoUserGroup", Value.of(value));
    }

    /** Sets {@code CognitoUserGroup} to this value; see {@link #cognitoUserGroup(String)}. */
    public CognitoMemberDefinition cognitoUserGroup(Value<String> value) {
      return set("CognitoUserGroup", value);
    }

    /**
     * An identifier for a user pool. The user pool must be in the same region as the service that
     * you are calling.
     *
     * <p>Required. Changing it replaces the resource. Length: 1 to 55 characters. CloudFormation
     * property {@code CognitoUserPool}.
     */
    public CognitoMemberDefinition cognitoUserPool(String value) {
      return set("CognitoUserPool", Value.of(value));
    }

    /** Sets {@code CognitoUserPool} to this value; see {@link #cognitoUserPool(String)}. */
    public CognitoMemberDefinition cognitoUserPool(Value<String> value) {
      return set("CognitoUserPool", value);
    }
  }

  /**
   * Defines an Amazon Cognito or your own OIDC IdP user group that is part of a work team.
   *
   * <p>Property type {@code AWS::SageMaker::Workteam.MemberDefinition}.
   */
  public static final class MemberDefinition extends Struct<MemberDefinition> {
    private static final Schema SCHEMA = Schema.of("AWS::SageMaker::Workteam.MemberDefinition");

    public MemberDefinition() {
      super(SCHEMA);
    }

    /**
     * The Amazon Cognito user group that is part of the work team.
     *
     * <p>CloudFormation property {@code CognitoMemberDefinition}.
     */
    public MemberDefinition cognitoMemberDefinition(Value<CognitoMemberDefinition> value) {
      return set("CognitoMemberDefinition", value);
    }

    /**
     * A list user groups that exist in your OIDC Identity Provider (IdP). One to ten groups can be
     * used to create a single private work team. When you add a user group to the list of
     * <code>Groups</code> , you can add that user group to one or more private work teams. If you
     * add a user group to a private work team, all workers in that user group are added to the work
     * team.
     *
     * <p>CloudFormation property {@code OidcMemberDefinition}.
     */
    public MemberDefinition oidcMemberDefinition(Value<OidcMemberDefinition> value) {
      return set("OidcMemberDefinition", value);
    }
  }

  /**
   * Configures Amazon SNS notifications of available or expiring work items for work teams.
   *
   * <p>Property type {@code AWS::SageMaker::Workteam.NotificationConfiguration}.
   */
  public static final class NotificationConfiguration extends Struct<NotificationConfiguration> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::Workteam.NotificationConfiguration")
        .required("NotificationTopicArn")
        .constrain("NotificationTopicArn", Constraint.of().pattern("^arn:aws[a-z\\-]*:sns:[a-z0-9\\-]*:[0-9]{12}:[a-zA-Z0-9_.-]*$"))
        .build();

    public NotificationConfiguration() {
      super(SCHEMA);
    }

    /**
     * The ARN for the Amazon SNS topic to which notifications should be published.
     *
     * <p>Required. Pattern: {@code
     * ^arn:aws[a-z&#92;-]*:sns:[a-z0-9&#92;-]*:[0-9]{12}:[a-zA-Z0-9_.-]*$}. CloudFormation property
     * {@code NotificationTopicArn}.
     */
    public NotificationConfiguration notificationTopicArn(String value) {
      return set("NotificationTopicArn", Value.of(value));
    }

    /**
     * Sets {@code NotificationTopicArn} to this value; see {@link #notificationTopicArn(String)}.
     */
    public NotificationConfiguration notificationTopicArn(Value<String> value) {
      return set("NotificationTopicArn", value);
    }
  }

  /**
   * A list of user groups that exist in your OIDC Identity Provider (IdP). One to ten groups can be
   * used to create a single private work team. When you add a user group to the list of
   * <code>Groups</code> , you can add that user group to one or more private work teams. If you add
   * a user group to a private work team, all workers in that user group are added to the work team.
   *
   * <p>Property type {@code AWS::SageMaker::Workteam.OidcMemberDefinition}.
   */
  public static final class OidcMemberDefinition extends Struct<OidcMemberDefinition> {
    private static final Schema SCHEMA = Schema.builder("AWS::SageMaker::Workteam.OidcMemberDefinition")
        .required("OidcGroups")
        .constrain("OidcGroups", Constraint.of().minLength(1).maxLength(63))
        .build();

    public OidcMemberDefinition() {
      super(SCHEMA);
    }

    /**
     * A list of OIDC group names whose members will be part of this workteam
     *
     * <p>Required. Length: 1 to 63 characters. CloudFormation property {@code OidcGroups}.
     */
    public OidcMemberDefinition oidcGroups(List<String> value) {
      return set("OidcGroups", Value.listOf(value));
    }

    /** Sets {@code OidcGroups} to this value; see {@link #oidcGroups(List)}. */
    public OidcMemberDefinition oidcGroups(Value<List<String>> value) {
      return set("OidcGroups", value);
    }
  }
}
