// Generated from the AWS service specification by tropo4j's generator. Do not edit.
package io.tropo4j.resources.appstream;

import io.tropo4j.core.Constraint;
import io.tropo4j.core.Resource;
import io.tropo4j.core.Schema;
import io.tropo4j.core.Struct;
import io.tropo4j.fn.Value;
import java.util.List;

/**
 * Creates an entitlement to control access, based on user attributes, to specific applications
 * within a stack. Entitlements apply to SAML 2.0 federated user identities. Amazon AppStream 2.0
 * user pool and streaming URL users are entitled to all applications in a stack. Entitlements don't
 * apply to the desktop stream view application or to applications managed by a dynamic app provider
 * using the Dynamic Application Framework.
 *
 * <p>CloudFormation type {@code AWS::AppStream::Entitlement}.
 */
public final class Entitlement extends Resource<Entitlement> {
  private static final Schema SCHEMA = Schema.builder("AWS::AppStream::Entitlement")
      .required("AppVisibility", "Attributes", "Name", "StackName")
      .allowed("AppVisibility", "ALL", "ASSOCIATED")
      .constrain("Description", Constraint.of().minLength(0).maxLength(256))
      .constrain("Name", Constraint.of().pattern("^[a-zA-Z0-9][a-zA-Z0-9_.-]{0,100}$"))
      .constrain("StackName", Constraint.of().pattern("^[a-zA-Z0-9][a-zA-Z0-9_.-]{0,100}$"))
      .attributes("CreatedTime", "LastModifiedTime")
      .build();

  public Entitlement(String logicalId) {
    super(logicalId, SCHEMA);
  }

  /**
   * Specifies whether to entitle all apps or only selected apps.
   *
   * <p>Required. Allowed values: {@code ALL}, {@code ASSOCIATED}. CloudFormation property {@code
   * AppVisibility}.
   */
  public Entitlement appVisibility(String value) {
    return set("AppVisibility", Value.of(value));
  }

  /** Sets {@code AppVisibility} to this value; see {@link #appVisibility(String)}. */
  public Entitlement appVisibility(Value<String> value) {
    return set("AppVisibility", value);
  }

  /**
   * The attributes of the entitlement.
   *
   * <p>Required. CloudFormation property {@code Attributes}.
   */
  public Entitlement attributes(List<Attribute> value) {
    return set("Attributes", Value.listOf(value));
  }

  /** Sets {@code Attributes} to this value; see {@link #attributes(List)}. */
  public Entitlement attributes(Value<List<Attribute>> value) {
    return set("Attributes", value);
  }

  /** Sets {@code Attributes} to a list of these; see {@link #attributes(List)}. */
  public Entitlement attributes(Attribute... values) {
    return set("Attributes", Value.list(values));
  }

  /**
   * The description of the entitlement.
   *
   * <p>Length: 0 to 256 characters. CloudFormation property {@code Description}.
   */
  public Entitlement description(String value) {
    return set("Description", Value.of(value));
  }

  /** Sets {@code Description} to this value; see {@link #description(String)}. */
  public Entitlement description(Value<String> value) {
    return set("Description", value);
  }

  /**
   * The name of the entitlement.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code
   * ^[a-zA-Z0-9][a-zA-Z0-9_.-]{0,100}$}. CloudFormation property {@code Name}.
   */
  public Entitlement name(String value) {
    return set("Name", Value.of(value));
  }

  /** Sets {@code Name} to this value; see {@link #name(String)}. */
  public Entitlement name(Value<String> value) {
    return set("Name", value);
  }

  /**
   * The name of the stack.
   *
   * <p>Required. Changing it replaces the resource. Pattern: {@code
   * ^[a-zA-Z0-9][a-zA-Z0-9_.-]{0,100}$}. CloudFormation property {@code StackName}.
   */
  public Entitlement stackName(String value) {
    return set("StackName", Value.of(value));
  }

  /** Sets {@code StackName} to this value; see {@link #stackName(String)}. */
  public Entitlement stackName(Value<String> value) {
    return set("StackName", value);
  }

  /**
   * The time when the entitlement was created.
   *
   * <p>{@code Fn::GetAtt} attribute {@code CreatedTime}.
   */
  public Value<String> createdTime() {
    return getAtt("CreatedTime");
  }

  /**
   * The time when the entitlement was last modified.
   *
   * <p>{@code Fn::GetAtt} attribute {@code LastModifiedTime}.
   */
  public Value<String> lastModifiedTime() {
    return getAtt("LastModifiedTime");
  }

  /**
   * An attribute that belongs to an entitlement. Application entitlements work by matching a
   * supported SAML 2.0 attribute name to a value when a user identity federates to an AppStream 2.0
   * SAML application.
   *
   * <p>Property type {@code AWS::AppStream::Entitlement.Attribute}.
   */
  public static final class Attribute extends Struct<Attribute> {
    private static final Schema SCHEMA = Schema.builder("AWS::AppStream::Entitlement.Attribute")
        .required("Name", "Value")
        .constrain("Name", Constraint.of().minLength(1))
        .constrain("Value", Constraint.of().minLength(1))
        .build();

    public Attribute() {
      super(SCHEMA);
    }

    /**
     * A supported AWS IAM SAML PrincipalTag attribute that is matched to a value when a user
     * identity federates to an AppStream 2.0 SAML application.
     *
     * <p>The following are supported values:
     *
     * <ul> <li>roles <li>department <li>organization <li>groups <li>title <li>costCenter
     * <li>userType </ul>
     *
     * <p>Required. Length: at least 1 characters. CloudFormation property {@code Name}.
     */
    public Attribute name(String value) {
      return set("Name", Value.of(value));
    }

    /** Sets {@code Name} to this value; see {@link #name(String)}. */
    public Attribute name(Value<String> value) {
      return set("Name", value);
    }

    /**
     * A value that is matched to a supported SAML attribute name when a user identity federates to
     * an AppStream 2.0 SAML application.
     *
     * <p>Required. Length: at least 1 characters. CloudFormation property {@code Value}.
     */
    public Attribute value(String value) {
      return set("Value", Value.of(value));
    }

    /** Sets {@code Value} to this value; see {@link #value(String)}. */
    public Attribute value(Value<String> value) {
      return set("Value", value);
    }
  }
}
